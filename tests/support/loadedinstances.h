#pragma once

// A table of the sandbox's instances, every row loaded, behind the filter
// proxy a view puts over it, checked by QAbstractItemModelTester: the
// starting point of the tests of what a table does with its rows.

#include "app/models/instancesmodel.h"
#include "app/models/recordfilterproxy.h"
#include "app/net/apiclient.h"
#include "sandbox/sandboxserver.h"

#include <memory>

class QAbstractItemModelTester;

namespace testsupport {

struct LoadedInstances
{
    ~LoadedInstances();

    std::unique_ptr<sandbox::SandboxServer> server;
    std::unique_ptr<pc::ApiClient> client;
    std::unique_ptr<pc::InstancesModel> model;
    std::unique_ptr<pc::RecordFilterProxy> proxy;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// `count` instances, no burst limit; nullptr (with a warning) when Load
// all did not end complete in time.
std::unique_ptr<LoadedInstances> loadInstances(int count);

} // namespace testsupport
