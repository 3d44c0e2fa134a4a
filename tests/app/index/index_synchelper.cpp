// A second console for tst_indexsync, in a process of its own:
//   index_synchelper DATABASE API_URL ACCOUNT CURSORS
// with the token in PROVIDER_CONSOLE_TOKEN. It syncs DATABASE and prints a
// line per page ("progress instances 300") and one at the end ("finished 1
// <message>", or "busy <message>"), exiting 0 on success. The test kills it
// with SIGKILL mid-walk, or syncs beside it.

#include "app/index/indexstore.h"
#include "app/index/indexsync.h"
#include "app/net/apiclient.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace pc;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        QTextStream(stderr) << "usage: index_synchelper DATABASE API_URL ACCOUNT CURSORS\n";
        return 2;
    }
    ConnectionSettings settings;
    settings.baseUrl = QUrl(args.at(2));
    settings.account = args.at(3);
    settings.token = qgetenv("PROVIDER_CONSOLE_TOKEN");
    ApiClient client(settings);
    IndexStore store;
    IndexSync sync(&client, &store);
    IndexSyncSettings syncSettings;
    syncSettings.cursors = args.at(4).toInt();
    sync.setSettings(syncSettings);

    QTextStream out(stdout);
    QObject::connect(&store, &IndexStore::opened, &app, [&](const OpenResult &result) {
        if (!result.ok || !sync.sync()) {
            out << "failed " << result.error << Qt::endl;
            app.exit(1);
        }
    });
    QObject::connect(&sync, &IndexSync::progress, &app,
                     [&](IndexCollection collection, CollectionSync::Phase, qint64 done, qint64) {
                         out << "progress " << indexCollectionName(collection) << ' ' << done << Qt::endl;
                     });
    QObject::connect(&sync, &IndexSync::busyElsewhere, &app,
                     [&](const QString &message) { out << "busy " << message << Qt::endl; });
    QObject::connect(&sync, &IndexSync::finished, &app, [&](const SyncResult &result) {
        out << "finished " << int(result.ok()) << ' ' << result.message << Qt::endl;
        app.exit(result.ok() ? 0 : 1);
    });
    store.open(args.at(1));
    return app.exec();
}
