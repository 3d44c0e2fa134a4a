// Browsing: the detail pane beside the table (the class: tst_browsing.h).

#include "app/models/instancesmodel.h"
#include "app/models/offeringsmodel.h"
#include "tests/support/sandboxfixture.h"
#include "tests/ui/shell/tst_browsing.h"
#include "ui/records/detailpane.h"
#include "ui/records/recordview.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace testsupport;

void TestBrowsing::detailPaneShowsTheFullRecord()
{
    startWindow();
    m_window->showArea(1);
    pc::RecordView *view = m_window->instancesView();
    m_window->activateWindow();
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->table()->model()->index(5, 0));
    const qint64 id = view->table()->currentIndex().data(pc::PagedTableModel::RecordIdRole).toLongLong();
    QTest::keyClick(view->table(), Qt::Key_Return);
    QTRY_VERIFY(view->detailPane()->isVisible());
    QTRY_COMPARE(view->detailPane()->record().value(QStringLiteral("id")).toInteger(), id);
    QCOMPARE(m_server->requests().last().path, instancesPath(QStringLiteral("/%1").arg(id)));
    QCOMPARE(view->detailPane()->record(),
             servedInstance(*m_server, id)); // every field, as the server has it
    m_window->action(QStringLiteral("copyJson"))->trigger();
    QCOMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object(),
             servedInstance(*m_server, id));
    // Esc with the focus inside the pane closes it (one Esc binding, no ambiguity).
    view->detailPane()->setFocus();
    QWidget *inside = view->detailPane()->findChild<QWidget *>(QStringLiteral("value_suspension_comment"));
    QVERIFY(inside);
    inside->setFocus();
    QTRY_VERIFY(view->detailPane()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!view->detailPane()->isVisible());
    QTRY_VERIFY(view->table()->hasFocus());
}

void TestBrowsing::detailFollowsTheSelection()
{
    startWindow();
    pc::RecordView *view = m_window->offeringsView();
    m_window->activateWindow();
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->table()->model()->index(3, 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QTRY_VERIFY(!view->detailPane()->record().isEmpty());
    QTest::keyClick(view->table(), Qt::Key_Down);
    const qint64 next = view->table()->currentIndex().data(pc::PagedTableModel::RecordIdRole).toLongLong();
    QTRY_COMPARE(view->detailPane()->record().value(QStringLiteral("id")).toInteger(), next);
}

void TestBrowsing::copyKeyInsideTheDetailPane()
{
    startWindow();
    pc::RecordView *view = m_window->offeringsView();
    m_window->activateWindow();
    view->table()->setFocus();
    view->table()->setCurrentIndex(view->table()->model()->index(1, 0));
    QTest::keyClick(view->table(), Qt::Key_Return);
    QTRY_VERIFY(!view->detailPane()->record().isEmpty());
    const qint64 id = view->detailPane()->record().value(QStringLiteral("id")).toInteger();
    QApplication::clipboard()->clear();
    QWidget *inside = view->detailPane()->findChild<QWidget *>(QStringLiteral("value_name"));
    inside->setFocus();
    QTRY_VERIFY(inside->hasFocus());
    QTest::keyClick(inside, Qt::Key_C,
                    Qt::ControlModifier | Qt::ShiftModifier); // the real key, not trigger()
    QTRY_COMPARE(QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).object(),
                 m_server->offering(id));
}

void TestBrowsing::copyWhileAnotherRecordLoadsCopiesTheRows()
{
    startWindow();
    pc::RecordView *view = m_window->offeringsView();
    view->table()->setCurrentIndex(view->table()->model()->index(0, 0));
    view->openDetail();
    QTRY_VERIFY(!view->detailPane()->record().isEmpty());
    sandbox::Fault slow;
    slow.kind = sandbox::Fault::Kind::Latency;
    slow.latencyMs = 2000;
    slow.pathPattern = QStringLiteral("^/v1/app_offerings/\\d+$");
    m_server->addFault(slow);
    const QModelIndex second = view->table()->model()->index(4, 0);
    view->table()->setCurrentIndex(second);
    view->table()->selectionModel()->select(second,
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->openDetail(); // now loading #second, slowly
    m_window->action(QStringLiteral("copyJson"))->trigger();
    const QJsonArray rows = QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8()).array();
    QCOMPARE(rows.size(), 1); // the selected row, not the record still in the pane
    QCOMPARE(rows.first().toObject().value(QStringLiteral("id")).toInteger(),
             second.data(pc::PagedTableModel::RecordIdRole).toLongLong());
}

void TestBrowsing::enterRetriesAFailedDetail()
{
    startWindow();
    pc::RecordView *view = m_window->offeringsView();
    view->table()->setCurrentIndex(view->table()->model()->index(2, 0));
    const qint64 id = view->table()->currentIndex().data(pc::PagedTableModel::RecordIdRole).toLongLong();
    sandbox::Fault fault;
    fault.kind = sandbox::Fault::Kind::Status;
    fault.status = 500;
    fault.pathPattern = QStringLiteral("^/v1/app_offerings/%1$").arg(id);
    m_server->addFault(fault);
    view->openDetail();
    QTRY_VERIFY(view->detailPane()->findChild<QWidget *>(QStringLiteral("errorBanner"))->isVisible());
    view->openDetail(); // Enter again
    QTRY_COMPARE(view->detailPane()->record().value(QStringLiteral("id")).toInteger(), id);
}

void TestBrowsing::refreshReloadsTheDetail()
{
    startWindow();
    pc::RecordView *view = m_window->offeringsView();
    view->table()->setCurrentIndex(view->table()->model()->index(2, 0));
    const qint64 id = view->table()->currentIndex().data(pc::PagedTableModel::RecordIdRole).toLongLong();
    view->openDetail();
    QTRY_VERIFY(!view->detailPane()->record().isEmpty());
    m_server->updateOffering(
        id, {{QStringLiteral("card_description"), QStringLiteral("Changed by a colleague")}});
    m_window->action(QStringLiteral("refresh"))->trigger();
    QTRY_COMPARE(view->detailPane()->record().value(QStringLiteral("card_description")).toString(),
                 QStringLiteral("Changed by a colleague"));
    QVERIFY(view->detailPane()->isVisible());
    // A different query, though, is a different list: the pane closes.
    view->predefinedFilterBox()->setCurrentIndex(1);
    QVERIFY(!view->detailPane()->isVisible());
}
