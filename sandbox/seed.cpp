// Deterministic seed data: the same seed gives the same records, and nothing
// depends on the clock (all timestamps derive from kSeedEpoch).

#include "sandbox/store.h"
#include "sandbox/util.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QStringList>

namespace sandbox {

namespace {

QString slug(const QString &name)
{
    QString out;
    for (const QChar c : name) {
        if (c.unicode() < 128 && c.isLetterOrNumber())
            out += c.toLower();
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out.left(12);
}

// Exactly `count` code points of mixed-script text (so byte, UTF-16 and
// character counts all differ), the maximum a 64 KB text field accepts.
// `count` characters of `pattern` over and over, or fewer where the next
// one would take the UTF-8 text over `maxBytes` (-1: no byte limit).
QString longText(int count, const QString &pattern, int maxBytes = -1)
{
    QString out;
    out.reserve(count * 2);
    int characters = 0;
    qsizetype bytes = 0;
    const qsizetype n = pattern.size();
    for (qsizetype i = 0; characters < count; i = (i + 1) % n) {
        const bool pair = pattern.at(i).isHighSurrogate();
        const QString character = pattern.mid(i, pair ? 2 : 1);
        const qsizetype size = character.toUtf8().size();
        if (maxBytes >= 0 && bytes + size > maxBytes)
            break;
        out += character;
        bytes += size;
        if (pair)
            i = (i + 1) % n;
        ++characters;
    }
    return out;
}

const QStringList &offeringNames()
{
    static const QStringList names = {
        QStringLiteral("Café Synchronisation für Übersee"),
        QStringLiteral("日本語の統合アプリ 顧客管理"),
        QStringLiteral("Rocket Deploy 🚀✨"),
        QStringLiteral("تكامل إدارة الخدمات المؤسسية مع منصة المراقبة السحابية وإشعارات الحوادث التلقائية للفرق"),
        QStringLiteral("Log Note Dispatcher"),
        QStringLiteral("Slack Notifier"),
        QStringLiteral("ניהול משמרות ותורנויות"),
        QStringLiteral("Jira Cloud Bridge"),
        QStringLiteral("Zoë's Åsset Tracker"),
        QStringLiteral("Azure DevOps Sync"),
        QStringLiteral("数据同步服务"),
        QStringLiteral("PagerDuty Escalations"),
        QStringLiteral("Microsoft Teams Chat"),
        QStringLiteral("Ñandú Billing Export"),
        QStringLiteral("Salesforce Cases"),
        QStringLiteral("Émoji Status Board 😀🎉"),
    };
    return names;
}

const QStringList &accountNames()
{
    static const QStringList names = {
        QStringLiteral("Acme Corporation"),
        QStringLiteral("Société Générale de Services"),
        QStringLiteral("Müller & Söhne GmbH"),
        QStringLiteral("株式会社テストデータ"),
        QStringLiteral("北京数据有限公司"),
        QStringLiteral("شركة البيانات المتحدة"),
        QStringLiteral("חברת הנתונים בע\"מ"),
        QStringLiteral("Café ☕ Collective"),
        QStringLiteral("O'Reilly Holdings"),
        QStringLiteral("Ærø Logistics"),
        QStringLiteral("Hooli"),
        QStringLiteral("Initrode Global"),
        QStringLiteral("Stark Industries"),
        QStringLiteral("Wayne Enterprises"),
        QStringLiteral("Tyrell 🤖 Corp"),
        QStringLiteral("Łódź Municipal IT"),
    };
    return names;
}

const QStringList &personNames()
{
    static const QStringList names = {
        QStringLiteral("Howard Tanner"),   QStringLiteral("Ellen Brown"),   QStringLiteral("José Álvarez"),
        QStringLiteral("Zoë Müller"),      QStringLiteral("田中 太郎"),      QStringLiteral("李 娜"),
        QStringLiteral("محمد الأحمد"),      QStringLiteral("דנה כהן"),       QStringLiteral("Ólafur Sigurðsson"),
        QStringLiteral("Chloé Dubois"),    QStringLiteral("Søren Kierkegaard"), QStringLiteral("Ayşe Yılmaz"),
    };
    return names;
}

QJsonValue customFieldsVariant(int variant)
{
    auto field = [](const char *id, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("id"), QString::fromLatin1(id)}, {QStringLiteral("value"), value}};
    };
    switch (variant) {
    case 0:
        return QJsonArray{field("api_url", QStringLiteral("https://api.example.com/v2")),
                          field("region", QStringLiteral("eu-west-1"))};
    case 1:
        return QJsonArray{field("sync_interval", 15), field("enabled_modules",
                          QJsonArray{QStringLiteral("requests"), QStringLiteral("problems")})};
    case 2:
        return QJsonArray{field("team_name", QStringLiteral("Équipe Réseau 🌐")), field("notify", true)};
    default:
        return QJsonArray{field("config", QJsonObject{{QStringLiteral("nested"), QJsonObject{
                                                  {QStringLiteral("depth"), 2}, {QStringLiteral("list"), QJsonArray{1, 2, 3}}}}})};
    }
}

// The name at `i` in a list of names, numbered from the second round on
// ("Hooli", …, "Hooli 2") so that any count of records gets distinct names.
QString numberedName(const QStringList &names, int i)
{
    const QString base = names.at(i % names.size());
    return i < names.size() ? base : base + QLatin1String(" ") + QString::number(i / names.size() + 1);
}

int customerCount(const SandboxOptions &options)
{
    return std::max(1, options.customerAccountCount);
}

// Accounts: the provider, three trusted providers, then the customers.
void seedAccounts(Store &store, const SandboxOptions &options)
{
    store.accounts.append({options.account, options.accountName});
    store.accounts.append({QStringLiteral("globex"), QStringLiteral("Globex Corporation")});
    store.accounts.append({QStringLiteral("initech-eu"), QStringLiteral("Initech Europe")});
    store.accounts.append({QStringLiteral("umbrella-apps"), QStringLiteral("Umbrella Apps Ltd.")});
    store.trustedAccountCount = 3;
    for (int i = 0; i < customerCount(options); ++i) {
        QString id = slug(accountNames().at(i % accountNames().size()));
        if (id.isEmpty())
            id = QStringLiteral("acct");
        store.accounts.append(
            {id + QLatin1Char('-') + QString::number(i + 1), numberedName(accountNames(), i)});
    }
}

void seedPeople(Store &store, const SandboxOptions &options, QRandomGenerator &rng)
{
    for (int i = 0; i < std::max(1, options.peopleCount); ++i) {
        Person p;
        p.id = i + 1;
        p.name = numberedName(personNames(), i);
        p.email = QStringLiteral("person%1@example.com").arg(p.id);
        // The first few work for the provider (person 1 owns the token), the rest for customers.
        p.account = i < 5 ? 0 : 1 + store.trustedAccountCount + int(rng.bounded(customerCount(options)));
        p.createdAt = kSeedEpoch - 86400 * 30 + i * 3600;
        p.updatedAt = p.createdAt + rng.bounded(86400);
        p.disabled = i % 13 == 12;
        store.people.append(p);
    }
}

void seedServiceInstances(Store &store, const SandboxOptions &options)
{
    static const char *const serviceNames[] = {"Our Integration", "App Support – EU", "App Support – US",
                                               "Integrations Desk", "Connector Hosting", "Développement"};
    for (int i = 0; i < std::max(1, options.serviceInstanceCount); ++i) {
        ServiceInstance s;
        s.id = i + 1;
        s.name = QString::fromUtf8(serviceNames[i % 6]);
        if (i >= 6)
            s.name += QLatin1String(" ") + QString::number(i / 6 + 1);
        s.createdAt = kSeedEpoch - 86400 * 60 + i * 600;
        s.updatedAt = s.createdAt;
        store.serviceInstances.append(s);
    }
}

void seedUiExtensionVersions(Store &store)
{
    for (int i = 0; i < 8; ++i) {
        UiExtensionVersion u;
        u.id = i + 1;
        u.version = i % 3 + 1;
        u.name = QStringLiteral("Configuration form %1 v%2").arg(i / 3 + 1).arg(u.version);
        u.createdAt = kSeedEpoch - 86400 * 10 + i * 600;
        u.updatedAt = u.createdAt;
        store.uiExtensionVersions.append(u);
    }
}

// Pattern over four: draft, own published, own published, trusted account's published.
void setOfferingState(Offering &o, int i, int trustedAccountCount)
{
    switch (i % 4) {
    case 0:
        o.state = OfferingState::Draft;
        o.publishedOnce = (i / 4) % 2 == 1; // a new version of an already published app
        break;
    case 3:
        o.state = OfferingState::Published;
        o.publishedOnce = true;
        o.account = 1 + (i / 4) % trustedAccountCount;
        break;
    default:
        o.state = OfferingState::Published;
        o.publishedOnce = true;
        break;
    }
    o.installedHere = o.state == OfferingState::Published && (i % 4 == 3 || (i / 4) % 2 == 0);
}

// The writable fields of offering `i`. The generator is drawn from in a fixed
// order (service instance, UI extension, algorithm, expiry): changing that
// order changes every record seeded after it.
QJsonObject offeringAttributes(const Store &store, const Offering &o, int i, QRandomGenerator &rng)
{
    static const char *const algorithms[] = {"rs256", "rs384", "rs512", "es256", "es384", "es512"};
    static const QString longPattern =
        QStringLiteral("Lorem ipsum dolor sit amet, café Ünïcödé 日本語テキスト 🚀🎉 שלום عربى. ");
    const QString name = numberedName(offeringNames(), i);
    QJsonObject a;
    a[QLatin1String("name")] = name;
    QString reference = store.accounts.at(o.account).id + QLatin1Char('_') +
                        name.toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
    a[QLatin1String("reference")] = reference.left(161);
    a[QLatin1String("source")] = i % 6 == 1 ? QJsonValue(QStringLiteral("provider-import")) : QJsonValue();
    a[QLatin1String("sourceID")] =
        i % 6 == 1 ? QJsonValue(QStringLiteral("ext-%1").arg(1000 + i)) : QJsonValue();
    a[QLatin1String("service_instance_id")] = qint64(1 + rng.bounded(store.serviceInstances.size()));
    a[QLatin1String("ui_extension_version_id")] =
        i % 3 == 0 ? QJsonValue() : QJsonValue(qint64(1 + rng.bounded(store.uiExtensionVersions.size())));
    a[QLatin1String("policy_jwt_alg")] = QString::fromLatin1(algorithms[rng.bounded(6)]);
    a[QLatin1String("policy_jwt_audience")] =
        i % 4 == 2 ? QJsonValue()
                   : QJsonValue(QStringLiteral("https://hooks.example.com/audience/%1").arg(o.id));
    a[QLatin1String("policy_jwt_claim_expires_in")] =
        i % 5 == 4 ? QJsonValue() : QJsonValue(5 + int(rng.bounded(60)));
    a[QLatin1String("webhook_uri_template")] =
        QStringLiteral("https://hooks.example.com/apps/%1/?account={account}").arg(o.id);
    a[QLatin1String("configuration_uri_template")] =
        i % 3 == 1 ? QJsonValue()
                   : QJsonValue(QStringLiteral("https://config.example.com/%1/{account}").arg(o.id));
    a[QLatin1String("card_description")] =
        i % 7 == 3 ? QJsonValue() : QJsonValue(QStringLiteral("Connects %1 to your account.").arg(name));
    if (i == 4 || i == 29)
        a[QLatin1String("description")] = longText(65535, longPattern, 65535); // "max 64KB": bytes
    else
        a[QLatin1String("description")] =
            i % 4 == 1 ? QJsonValue()
                       : QJsonValue(QStringLiteral("## %1\n\nSynchronises records. Ünïcödé ✓").arg(name));
    a[QLatin1String("features")] =
        i % 3 == 2 ? QJsonValue() : QJsonValue(QStringLiteral("- Fast\n- Reliable\n- 安全"));
    a[QLatin1String("compliance")] =
        i % 2 == 0 ? QJsonValue() : QJsonValue(QStringLiteral("GDPR compliant; data stays in the EU."));
    a[QLatin1String("picture_uri")] =
        i % 5 == 2 ? QJsonValue()
                   : QJsonValue(QStringLiteral("https://cdn.example.com/apps/%1.png").arg(o.id));
    a[QLatin1String("disabled")] = i % 11 == 10;
    return a;
}

void seedOfferings(Store &store, const SandboxOptions &options, QRandomGenerator &rng)
{
    for (int i = 0; i < options.offeringCount; ++i) {
        Offering o;
        o.id = store.nextOfferingId++;
        setOfferingState(o, i, store.trustedAccountCount);
        o.createdAt = kSeedEpoch + i * 7200 + rng.bounded(3600);
        o.updatedAt = i % 5 == 0 ? o.createdAt : o.createdAt + rng.bounded(86400 * 20);
        o.attributes = offeringAttributes(store, o, i, rng);
        store.offerings.append(o);
    }
}

// Customers install the provider's own published offerings.
QList<qint64> installableOfferings(const Store &store)
{
    QList<qint64> installable;
    for (const Offering &o : std::as_const(store.offerings)) {
        if (o.account == 0 && o.state == OfferingState::Published)
            installable.append(o.id);
    }
    if (installable.isEmpty() && !store.offerings.isEmpty())
        installable.append(store.offerings.first().id);
    return installable;
}

void seedInstances(Store &store, const SandboxOptions &options, QRandomGenerator &rng)
{
    const QList<qint64> installable = installableOfferings(store);
    const QString longComment = longText(6000, QStringLiteral("Suspended until the invoice is paid — suspendu ⏸ 支払い待ち. "));
    const QStringList comments = {QStringLiteral("Customer asked for a pause."),
                                  QStringLiteral("Webhook failures (HTTP 500) — paused by the provider."),
                                  QStringLiteral("Überprüfung läuft 🔍"), longComment};
    QList<QJsonValue> customFieldVariants;
    for (int v = 0; v < 4; ++v)
        customFieldVariants.append(customFieldsVariant(v));

    store.instances.reserve(size_t(std::max(0, options.instanceCount)) + 64);
    const quint32 span = 2 * 365 * 86400;
    for (int i = 0; i < options.instanceCount; ++i) {
        Instance in;
        in.id = store.nextInstanceId++;
        in.offeringId = installable.isEmpty() ? 0 : installable.at(int(rng.bounded(quint32(installable.size()))));
        in.account =
            i == 0 ? 0 : 1 + store.trustedAccountCount + int(rng.bounded(quint32(customerCount(options))));
        in.representativeId = 1 + rng.bounded(quint32(store.people.size()));
        in.createdAt = kSeedEpoch + 3600 + rng.bounded(span);
        in.updatedAt = i % 3 == 0 ? in.createdAt : in.createdAt + rng.bounded(86400 * 60);
        const quint32 roll = rng.bounded(100);
        in.disabled = roll < 8;
        in.enabledByCustomer = roll < 8 || roll >= 22;
        in.suspended = roll >= 12 && roll < 22;
        if (in.suspended)
            in.suspensionComment = comments.at(int(i % comments.size()));
        if (roll % 5 == 1)
            in.customFields = customFieldVariants.at(int(i % customFieldVariants.size()));
        if (in.enabledByCustomer) {
            in.webhookId = 100000 + in.id;
            in.webhookPolicyId = 200000 + in.id;
        }
        store.instances.push_back(in);
    }
}

} // namespace

// One generator for the whole seed, drawn from in this order: each step
// depends on the records of the steps before it.
void Store::seed(const SandboxOptions &options)
{
    QRandomGenerator rng(options.seed);
    m_lastWrite = 0;
    seedAccounts(*this, options);
    seedPeople(*this, options, rng);
    seedServiceInstances(*this, options);
    seedUiExtensionVersions(*this);
    seedOfferings(*this, options, rng);
    seedInstances(*this, options, rng);
}

} // namespace sandbox
