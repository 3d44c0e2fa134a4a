#include "ui/shell/elidedlabel.h"

#include <QHBoxLayout>
#include <QTest>
#include <QWidget>

using pc::ElidedLabel;

// The status bar's line: whole where it fits; short of room, ended with "…"
// rather than cut mid-word, the whole line in its tooltip and accessible name.
class TestElidedLabel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsWithAnEllipsisOnlyWhenShortOfRoom();
};

void TestElidedLabel::endsWithAnEllipsisOnlyWhenShortOfRoom()
{
    const QString line =
        QStringLiteral("Based on the local copy: every one of the 45 offerings and 100,000 instances.");
    QWidget bar;
    auto *layout = new QHBoxLayout(&bar);
    auto *label = new ElidedLabel(&bar);
    layout->addWidget(label, 1);
    label->setFullText(line);
    bar.resize(900, 30);
    bar.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bar));
    QCOMPARE(label->text(), line);
    QVERIFY(label->toolTip().isEmpty());

    bar.resize(200, 30); // narrower than the line: the bar does not grow for it
    QTRY_VERIFY(label->text() != line);
    QCOMPARE(bar.width(), 200);
    QVERIFY2(label->text().endsWith(QChar(0x2026)), qPrintable(label->text()));
    QVERIFY(line.startsWith(label->text().chopped(1)));
    QVERIFY(label->fontMetrics().horizontalAdvance(label->text()) <= label->contentsRect().width());
    QCOMPARE(label->toolTip(), line);
    QCOMPARE(label->accessibleName(), line);

    // A new line while narrow is shortened too; wide again, it is whole.
    const QString other = QStringLiteral("100 of 2,500 instances loaded · matches: 7 in the loaded rows");
    label->setFullText(other);
    QVERIFY(label->text().endsWith(QChar(0x2026)));
    QCOMPARE(label->fullText(), other);
    bar.resize(900, 30);
    QTRY_COMPARE(label->text(), other);
    QVERIFY(label->toolTip().isEmpty());
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
