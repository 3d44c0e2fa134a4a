#include "ui/editing/picturepreview.h"

#include "app/editing/offeringrules.h"
#include "app/net/apiclient.h"

#include <QImage>
#include <QLabel>
#include <QNetworkReply>
#include <QPixmap>
#include <QTimer>
#include <QVBoxLayout>

namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::PicturePreview).
class PicturePreview { Q_OBJECT };
#endif

namespace {

constexpr qint64 MaxPictureBytes = 2 * 1024 * 1024;
constexpr int TypingPauseMs = 600;
constexpr int TransferTimeoutMs = 10000;
const QString &pictureField()
{
    static const QString field = QStringLiteral("picture_uri");
    return field;
}

} // namespace

PicturePreview::PicturePreview(ApiClient *client, QWidget *parent)
    : QWidget(parent)
    , m_client(client)
    , m_image(new QLabel(this))
    , m_note(new QLabel(this))
    , m_typingTimer(new QTimer(this))
{
    m_image->setObjectName(QStringLiteral("picturePreview"));
    m_image->setFixedSize(96, 96);
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setStyleSheet(QStringLiteral("border: 1px solid palette(mid);"));
    m_image->hide();
    // The field's preview line, where the other fields show theirs.
    m_note->setObjectName(pictureField() + QStringLiteral("Preview"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::RichText);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->hide();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_image, 0, Qt::AlignLeft);
    m_typingTimer->setSingleShot(true);
    m_typingTimer->setInterval(TypingPauseMs);
    connect(m_typingTimer, &QTimer::timeout, this, &PicturePreview::load);
}

PicturePreview::~PicturePreview()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void PicturePreview::setUri(const QString &uri)
{
    m_uri = uri.trimmed();
    m_typingTimer->stop();
    load();
}

void PicturePreview::setUriSoon(const QString &uri)
{
    m_uri = uri.trimmed();
    m_typingTimer->start();
}

void PicturePreview::display(const QImage &image, const QString &note)
{
    if (!image.isNull()) {
        m_image->setPixmap(
            QPixmap::fromImage(image.scaled(m_image->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
        m_image->show();
    } else {
        m_image->clear();
        m_image->hide();
    }
    m_note->setText(note.toHtmlEscaped());
    m_note->setVisible(!note.isEmpty());
}

void PicturePreview::load()
{
    if (m_reply)
        m_reply->abort();
    if (m_uri.isEmpty() || !OfferingRules::validate(pictureField(), m_uri).isEmpty()) {
        display({}, QString());
        return;
    }
    if (m_uri.startsWith(QLatin1String("data:"))) {
        const qsizetype comma = m_uri.indexOf(QLatin1Char(','));
        const QByteArray data =
            comma < 0 ? QByteArray() : QByteArray::fromBase64(m_uri.mid(comma + 1).toLatin1());
        const QImage image = QImage::fromData(data);
        display(image,
                image.isNull() ? tr("The data URL is not a picture this console can show.") : QString());
        return;
    }
    display({}, tr("Loading the picture…"));
    fetch(QUrl(m_uri));
}

void PicturePreview::fetch(const QUrl &url)
{
    // The rule above let only http(s) links through; the client's fetch
    // carries no token, not even to the API's own host.
    QNetworkReply *reply = m_client->fetchWithoutToken(url, TransferTimeoutMs);
    m_reply = reply;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxPictureBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply != m_reply)
            return; // a newer URL was typed
        if (reply->error() != QNetworkReply::NoError) {
            display({}, reply->error() == QNetworkReply::OperationCanceledError
                            ? tr("No preview: the picture is larger than 2 MB or was replaced.")
                            : tr("No preview: %1").arg(reply->errorString()));
            return;
        }
        const QImage image = QImage::fromData(reply->readAll());
        display(image, image.isNull() ? tr("No preview: the link does not give a picture.") : QString());
    });
}

} // namespace pc
