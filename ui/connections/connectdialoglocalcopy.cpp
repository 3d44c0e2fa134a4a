#include "app/index/indexstore.h"
#include "app/index/localindex.h"
#include "ui/connections/connectdialog.h"
#include "ui/connections/formparts.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

// The local copy of a profile's offerings and instances (the local index):
// whether to keep one, how big it is and when it was last synced, and
// forgetting it.
namespace pc {

#if 0 // Read by lupdate only: without the include paths it cannot open the header, and it
// needs the class to name the translation context as Qt does at run time (pc::ConnectDialog).
class ConnectDialog { Q_OBJECT };
#endif

using namespace formparts;

void ConnectDialog::buildLocalCopySection(QWidget *form, QFormLayout *layout)
{
    m_keepLocalCopy = new QCheckBox(form);
    setText(m_keepLocalCopy, Text::Label, QT_TR_NOOP("Keep a local copy of the offerings an&d instances"));
    m_keepLocalCopy->setObjectName(QStringLiteral("keepLocalCopy"));
    m_keepLocalCopy->setChecked(true);
    setText(m_keepLocalCopy, Text::ToolTip,
            QT_TR_NOOP("A file on this computer with every offering and instance of the account: the "
                       "tables open with all rows at once and only changes are fetched. Turn it off "
                       "where local copies of customer data are not allowed."));
    m_localCopyInfo = hintLabel(nullptr, form); // updateLocalCopyInfo() says what it is
    m_localCopyInfo->setObjectName(QStringLiteral("localCopyInfo"));
    m_forget = new QPushButton(form);
    setText(m_forget, Text::Label, QT_TR_NOOP("&Forget local data…"));
    m_forget->setObjectName(QStringLiteral("forgetLocalData"));
    m_forget->setAutoDefault(false);
    setText(m_forget, Text::AccessibleDescription,
            QT_TR_NOOP("Removes the local copy of this profile from this computer"));
    auto *info = new QWidget(form);
    auto *infoRow = new QHBoxLayout(info);
    infoRow->setContentsMargins(0, 0, 0, 0);
    infoRow->addWidget(m_localCopyInfo, 1);
    infoRow->addWidget(m_forget);
    layout->addRow(QString(), m_keepLocalCopy);
    layout->addRow(QString(), info);
    updateLocalCopyInfo();
}

QString ConnectDialog::localCopyPath() const
{
    if (!m_editing)
        return {};
    return IndexStore::defaultPath(m_originalProfile.baseUrl(), m_originalProfile.account);
}

void ConnectDialog::updateLocalCopyInfo()
{
    const QString path = localCopyPath();
    const bool exists = !path.isEmpty() && QFile::exists(path);
    m_forget->setVisible(m_editing);
    m_forget->setEnabled(exists);
    if (!m_editing) {
        m_localCopyInfo->setText(tr("Kept in the application's data folder, never with the token."));
        return;
    }
    if (!exists) {
        m_localCopyInfo->setText(tr("No local copy on this computer."));
        return;
    }
    const QLocale locale;
    const QDateTime synced = LocalIndex::lastSyncOf(path);
    m_localCopyInfo->setText(
        tr("On this computer: %1, last synced %2.")
            .arg(locale.formattedDataSize(LocalIndex::fileBytes(path)),
                 synced.isValid() ? locale.toString(synced, QLocale::ShortFormat) : tr("never")));
    m_localCopyInfo->setToolTip(QDir::toNativeSeparators(path));
}

void ConnectDialog::askToForgetLocalData()
{
    const QString path = localCopyPath();
    if (path.isEmpty() || m_forgetQuestion)
        return;
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("Forget the local copy of %1?").arg(m_originalProfile.name),
                        tr("The file with the offerings and instances of %1 is removed from this "
                           "computer now. Nothing changes on the server.")
                            .arg(m_originalProfile.account),
                        QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("forgetQuestion"));
    box->setInformativeText(tr("With “Keep a local copy” on, a new copy is made the next time this profile "
                               "is opened."));
    QPushButton *forget = box->addButton(tr("&Forget"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, forget, path] {
        if (box->clickedButton() != forget)
            return;
        const auto done = [dialog = QPointer<ConnectDialog>(this)](bool ok, const QString &error) {
            if (!dialog)
                return;
            dialog->updateLocalCopyInfo();
            dialog->m_status->setText(ok ? tr("The local copy was removed.")
                                         : tr("The local copy could not be removed: %1").arg(error));
        };
        if (m_forgetter) {
            m_forgetter(path, done);
            return;
        }
        QString error;
        const bool ok = LocalIndex::removeFiles(path, &error);
        done(ok, error);
    });
    m_forgetQuestion = box;
    box->open();
}

} // namespace pc
