#pragma once

#include <QPointer>
#include <QWidget>

class QImage;
class QLabel;
class QNetworkReply;
class QTimer;

namespace pc {

class ApiClient;

// The offering's picture beside its link: a data URL is shown at once, a
// link is fetched through the connection's network (its proxy and trusted
// CAs) but never with the API token, whatever host it names. A note line
// says what is going on: loading, or why there is no picture.
class PicturePreview : public QWidget
{
    Q_OBJECT

public:
    explicit PicturePreview(ApiClient *client, QWidget *parent = nullptr);
    // A fetch still running is aborted: its reply belongs to the client's
    // network, which outlives this widget.
    ~PicturePreview() override;

    // Shows `uri` (a link or a data URL) now: a loaded or restored offering.
    void setUri(const QString &uri);
    // Shows it after a pause: while it is typed, not a request per keystroke.
    void setUriSoon(const QString &uri);

    QLabel *imageLabel() const { return m_image; }
    QLabel *noteLabel() const { return m_note; }

private:
    void load();
    void fetch(const QUrl &url);
    void display(const QImage &image, const QString &note);

    ApiClient *m_client;
    QString m_uri;
    QLabel *m_image;
    QLabel *m_note;
    QTimer *m_typingTimer;
    QPointer<QNetworkReply> m_reply;
};

} // namespace pc
