// libFuzzer target: the `link` header parser and what the Pager does with its
// rel="next": resolve it against the page's URL, put back the parameters the
// walk needs, check it stays on the API host, and key it for loop detection.
//
// Input: the raw header value. It is parsed against a fixed page URL (as the
// Pager does) and without a base; when it holds a newline, the bytes before
// the first one are also tried as the base URL and the rest as the header.
// Any crash, sanitizer report or broken promise of linkheader.h aborts.

#include "app/net/apiclient.h"
#include "app/net/linkheader.h"
#include "app/net/pager.h"
#include "longestrun.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QUrl>
#include <QUrlQuery>

#include <cstdio>
#include <cstdlib>

namespace {

[[noreturn]] void broken(const char *what, const QUrl &url = {})
{
    std::fprintf(stderr, "fuzz_linkheader: %s: %s\n", what, url.toEncoded().constData());
    std::abort();
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
        std::abort();
    }
}

const QUrl &pageUrl()
{
    static const QUrl url = QUrl::fromEncoded(
        "https://api.example.com/v1/app_instances?fields=id,name,customer_account&per_page=100&search_after=NDI");
    return url;
}

// The query of the walk whose page is being read: what the Pager puts back
// into a link that dropped some of it.
const QUrlQuery &walkQuery()
{
    static const QUrlQuery query(QStringLiteral("fields=id,name,customer_account&per_page=100&sort=-id"));
    return query;
}

pc::ApiClient *client()
{
    static pc::ApiClient *instance = [] {
        pc::ConnectionSettings settings;
        settings.baseUrl = QUrl(QStringLiteral("https://api.example.com/v1"));
        settings.account = QStringLiteral("wdc");
        return new pc::ApiClient(settings);
    }();
    return instance;
}

void check(const QByteArray &header, const QUrl &base)
{
    const QHash<QString, QUrl> links = pc::parseLinkHeader(header, base);
    const bool absoluteBase = base.isValid() && !base.isRelative();
    for (auto it = links.cbegin(); it != links.cend(); ++it) {
        // linkheader.h: relations are lower case, never empty; URLs are valid
        // and resolved against a base when relative.
        if (it.key().isEmpty())
            broken("empty relation", it.value());
        if (it.key() != it.key().toLower())
            broken("relation not in lower case", it.value());
        if (!it.value().isValid())
            broken("invalid URL returned", it.value());
        if (absoluteBase && it.value().isRelative())
            broken("relative URL not resolved against an absolute base", it.value());
    }

    const QUrl next = links.value(QStringLiteral("next"));
    if (!next.isValid())
        return;
    const QUrl nextUrl = pc::Pager::withRequiredParameters(next, walkQuery());
    // pager.h: every required parameter is there afterwards, and a link that
    // lacked none is sent as it came.
    bool lackedOne = false;
    const QUrlQuery nextQuery(next);
    const QUrlQuery sentQuery(nextUrl);
    for (const auto &item : walkQuery().queryItems()) {
        lackedOne = lackedOne || !nextQuery.hasQueryItem(item.first);
        if (!sentQuery.hasQueryItem(item.first))
            broken("a required parameter is still missing", nextUrl);
    }
    if (!lackedOne && nextUrl.toEncoded() != next.toEncoded())
        broken("a link that lacked nothing was changed", nextUrl);
    const bool sameOrigin = client()->isSameOrigin(nextUrl);
    if (sameOrigin && nextUrl.host().compare(QLatin1String("api.example.com"), Qt::CaseInsensitive) != 0)
        broken("a link to another host counted as same-origin", nextUrl);
    const QString key = pc::Pager::pageKey(nextUrl);
    if (key.isNull())
        broken("no page key", nextUrl);
    // What getUrl() sends and what the journal and messages show.
    (void)nextUrl.toEncoded();
    (void)nextUrl.toDisplayString();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    qputenv("QT_HASH_SEED", "0"); // the same input takes the same path
    qInstallMessageHandler(quietMessages);
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.warning=false"));
    static QCoreApplication app(*argc, *argv);
    client();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const LongestRun timing(size);
    const QByteArray input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    check(input, pageUrl());
    check(input, QUrl());
    const qsizetype newline = input.indexOf('\n');
    if (newline >= 0)
        check(input.mid(newline + 1), QUrl::fromEncoded(input.left(newline), QUrl::TolerantMode));
    return 0;
}
