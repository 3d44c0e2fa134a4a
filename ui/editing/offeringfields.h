#pragma once

#include <QJsonValue>
#include <QMap>
#include <QWidget>

class QLabel;

namespace pc {

class ApiClient;
class OfferingEdit;
class PicturePreview;

// The fields of the offering form, one per writable field in the rules'
// order: its label, its control (QLineEdit, QPlainTextEdit, QComboBox,
// QCheckBox or ReferencePicker), its character counter, its message line,
// its preview line (what a template or a duration means) and its hint; the
// picture link has the picture below it. The values live in the form's
// OfferingEdit: this panel shows them and reports what the user changes.
class OfferingFields : public QWidget
{
    Q_OBJECT

public:
    explicit OfferingFields(ApiClient *client, QWidget *parent = nullptr);

    QWidget *control(const QString &field) const { return m_controls.value(field); }
    QLabel *messageLabel(const QString &field) const { return m_messages.value(field); }
    QLabel *counterLabel(const QString &field) const { return m_counters.value(field); }
    QLabel *previewLabel(const QString &field) const { return m_previews.value(field); }
    PicturePreview *picture() const { return m_picture; }

    // Puts the edit's values in the controls without reporting them back.
    void showValues(const OfferingEdit &edit);
    void showValue(const QString &field, const QJsonValue &value, const QString &referenceName = {});
    // The message under a field (empty: none) and its counter and preview
    // for the value it has now. A warning is shown as one (amber, with a
    // sign), not as an error: the value may still be saved.
    enum class MessageKind { Error, Warning };
    void showMessage(const QString &field, const QString &message, MessageKind kind = MessageKind::Error);
    void updateExtras(const QString &field, const OfferingEdit &edit);

Q_SIGNALS:
    // The user changed a field (not emitted while values are being shown).
    void edited(const QString &field, const QJsonValue &value);
    void referenceChosen(const QString &field, qint64 id, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QWidget *createControl(const QString &field);
    QWidget *createTextControl(const QString &field);
    void report(const QString &field, const QJsonValue &value);

    ApiClient *m_client;
    bool m_showing = false; // values are being put in the controls
    QMap<QString, QWidget *> m_controls;
    QMap<QString, QLabel *> m_labels;
    QMap<QString, QLabel *> m_hints;
    QMap<QString, QLabel *> m_messages;
    QMap<QString, QLabel *> m_counters;
    QMap<QString, QLabel *> m_previews;
    PicturePreview *m_picture = nullptr;
};

} // namespace pc
