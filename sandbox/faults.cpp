#include "sandbox/faults.h"

#include <QCoreApplication>
#include <QStringList>

namespace sandbox {

void FaultList::add(const Fault &fault)
{
    Entry entry{fault, QRegularExpression(fault.pathPattern), 0};
    m_entries.append(entry);
}

std::optional<Fault> FaultList::take(const QByteArray &method, const QString &path)
{
    std::optional<Fault> winner;
    for (Entry &e : m_entries) {
        if (!e.fault.method.isEmpty() && e.fault.method.compare(method, Qt::CaseInsensitive) != 0)
            continue;
        if (!e.fault.pathPattern.isEmpty() && !e.pattern.match(path).hasMatch())
            continue;
        const int n = e.matched++;
        const bool active = n >= e.fault.skip && (e.fault.times < 0 || n < e.fault.skip + e.fault.times);
        if (active && !winner)
            winner = e.fault;
    }
    return winner;
}

bool parseFaultSpec(const QString &spec, Fault *fault, QString *error)
{
    static const QList<QPair<QString, Fault::Kind>> kinds{
        {QStringLiteral("status"), Fault::Kind::Status},
        {QStringLiteral("ratelimit"), Fault::Kind::RateLimit},
        {QStringLiteral("malformed"), Fault::Kind::MalformedJson},
        {QStringLiteral("empty"), Fault::Kind::EmptyBody},
        {QStringLiteral("truncate"), Fault::Kind::TruncatedBody},
        {QStringLiteral("reset"), Fault::Kind::ResetMidBody},
        {QStringLiteral("drop"), Fault::Kind::DropConnection},
        {QStringLiteral("never"), Fault::Kind::NeverAnswer},
        {QStringLiteral("drip"), Fault::Kind::SlowDrip},
        {QStringLiteral("foreign-link"), Fault::Kind::ForeignLink},
        {QStringLiteral("link-loop"), Fault::Kind::LinkLoop},
        {QStringLiteral("wrong-types"), Fault::Kind::WrongTypes},
        {QStringLiteral("drop-fields"), Fault::Kind::DropFieldsInLink},
        {QStringLiteral("latency"), Fault::Kind::Latency},
        {QStringLiteral("revoke-token"), Fault::Kind::RevokeToken},
        {QStringLiteral("huge"), Fault::Kind::HugePage},
    };
    Fault f;
    QString rest = spec.trimmed();
    const qsizetype colon = rest.indexOf(QLatin1Char(':'));
    const QString kind = (colon < 0 ? rest : rest.left(colon)).toLower();
    rest = colon < 0 ? QString() : rest.mid(colon + 1);
    bool found = false;
    for (const auto &[name, k] : kinds) {
        if (name == kind) {
            f.kind = k;
            found = true;
        }
    }
    if (!found) {
        *error = QCoreApplication::translate("sandbox::Faults", "unknown fault kind '%1'").arg(kind);
        return false;
    }
    if (f.kind == Fault::Kind::Status)
        f.status = 500;
    if (f.kind == Fault::Kind::SlowDrip)
        f.latencyMs = 20;
    while (!rest.isEmpty()) {
        QString token;
        if (rest.startsWith(QLatin1String("body=")) || rest.startsWith(QLatin1String("foreign="))) {
            token = rest; // swallows the rest: may contain ':'
            rest.clear();
        } else {
            const qsizetype next = rest.indexOf(QLatin1Char(':'));
            token = next < 0 ? rest : rest.left(next);
            rest = next < 0 ? QString() : rest.mid(next + 1);
        }
        if (token.isEmpty())
            continue;
        const qsizetype eq = token.indexOf(QLatin1Char('='));
        bool ok = true;
        if (eq < 0) {
            const int number = token.toInt(&ok);
            if (ok && number >= 100 && number <= 599)
                f.status = number;
            else if (token.startsWith(QLatin1Char('^')) || token.startsWith(QLatin1Char('/')))
                f.pathPattern = token;
            else if (token == token.toUpper() && token.at(0).isLetter())
                f.method = token.toLatin1();
            else {
                *error = QCoreApplication::translate("sandbox::Faults", "cannot read '%1'").arg(token);
                return false;
            }
            continue;
        }
        const QString key = token.left(eq).toLower();
        const QString value = token.mid(eq + 1);
        if (key == QLatin1String("skip"))
            f.skip = value.toInt(&ok);
        else if (key == QLatin1String("times"))
            f.times = value.toInt(&ok);
        else if (key == QLatin1String("status"))
            f.status = value.toInt(&ok);
        else if (key == QLatin1String("ms"))
            f.latencyMs = value.toInt(&ok);
        else if (key == QLatin1String("chunk"))
            f.dripBytes = value.toInt(&ok);
        else if (key == QLatin1String("bytes"))
            f.hugeBytes = value.toLongLong(&ok);
        else if (key == QLatin1String("retry-after"))
            f.retryAfterSeconds = value.toInt(&ok);
        else if (key == QLatin1String("method"))
            f.method = value.toUpper().toLatin1();
        else if (key == QLatin1String("path"))
            f.pathPattern = value;
        else if (key == QLatin1String("content-type"))
            f.contentType = value.toLatin1();
        else if (key == QLatin1String("body"))
            f.body = value.toUtf8();
        else if (key == QLatin1String("foreign"))
            f.foreignBaseUrl = QUrl(value);
        else {
            *error = QCoreApplication::translate("sandbox::Faults", "unknown option '%1'").arg(key);
            return false;
        }
        if (!ok) {
            *error = QCoreApplication::translate("sandbox::Faults", "'%1' needs a number").arg(key);
            return false;
        }
    }
    if (f.pathPattern.size() && !QRegularExpression(f.pathPattern).isValid()) {
        *error =
            QCoreApplication::translate("sandbox::Faults", "invalid path pattern '%1'").arg(f.pathPattern);
        return false;
    }
    if (f.kind == Fault::Kind::ForeignLink && !f.foreignBaseUrl.isValid())
        f.foreignBaseUrl = QUrl(QStringLiteral("http://127.0.0.2:8080"));
    *fault = f;
    return true;
}

QString faultSpecHelp()
{
    // In the project's catalogue (translations/provider-console_*.ts), under
    // a context only the sandbox uses. Only the prose is translated: the kinds, options
    // and examples are what --fault takes, in any language.
    return QCoreApplication::translate(
        "sandbox::Faults",
        "Fault spec: KIND[:OPTION]...  (repeat --fault; checked in order, first applicable wins;\n"
        "  every fault counts each request that matches its method and path for its own skip/times)\n"
        "  KIND: status ratelimit malformed empty truncate reset drop never drip\n"
        "        foreign-link link-loop wrong-types drop-fields latency\n"
        "        revoke-token (this and every later request get 401)  huge (records padded to bytes=N, 10 "
        "MiB)\n"
        "  OPTION: N (100..599, the status)  METHOD (upper case)  ^REGEX or /path (path pattern)\n"
        "          skip=N  times=N (-1 = forever, default 1)  ms=N  retry-after=N  bytes=N  chunk=N (drip)\n"
        "          content-type=T  body=TEXT  foreign=URL  (body= and foreign= take the rest: put them "
        "last)\n"
        "  e.g. status:503:GET:^/v1/app_instances$:skip=2:times=1   ratelimit:retry-after=1\n"
        "       drop   truncate   malformed   latency:ms=300:times=-1   "
        "foreign-link:foreign=http://127.0.0.2:8080");
}

} // namespace sandbox
