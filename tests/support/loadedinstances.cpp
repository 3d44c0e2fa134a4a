#include "tests/support/loadedinstances.h"

#include "tests/support/sandboxfixture.h"
#include "tests/support/walk.h"

#include <QAbstractItemModelTester>
#include <QtDebug>

namespace testsupport {

LoadedInstances::~LoadedInstances() = default;

std::unique_ptr<LoadedInstances> loadInstances(int count)
{
    auto loaded = std::make_unique<LoadedInstances>();
    sandbox::SandboxOptions options;
    options.instanceCount = count;
    options.burstLimit = false;
    loaded->server = startSandbox(options);
    loaded->client = std::make_unique<pc::ApiClient>(settingsFor(*loaded->server));
    loaded->model = std::make_unique<pc::InstancesModel>(loaded->client.get());
    loaded->proxy = std::make_unique<pc::RecordFilterProxy>();
    loaded->proxy->setSourceModel(loaded->model.get());
    loaded->tester = std::make_unique<QAbstractItemModelTester>(
        loaded->proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    loaded->model->loadAll();
    if (!waitUntil([&] { return loaded->model->atEnd() && !loaded->model->isLoading(); }, 30000) ||
        loaded->model->rowCount() != count) {
        qWarning() << "Load all of" << count << "instances ended with" << loaded->model->rowCount() << "rows";
        return nullptr;
    }
    return loaded;
}

} // namespace testsupport
