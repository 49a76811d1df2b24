#include "engine/xpathscan.h"

#include <QtTest>

using namespace pluslife::forms;

// The checker's view of an expression: which functions it calls (so an unsupported one is
// refused by name) and whether it does date arithmetic without decimal-date-time().
class TestXPathScan : public QObject {
    Q_OBJECT

private slots:
    void functionsCalled_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QStringList>("functions");
        QTest::newRow("plain") << QStringLiteral("/data/a + 1") << QStringList();
        QTest::newRow("nested") << QStringLiteral("if(selected(/data/x, 'a'), count(/data/r), 0)")
                                << QStringList{QStringLiteral("if"), QStringLiteral("selected"),
                                               QStringLiteral("count")};
        QTest::newRow("and before a bracket is an operator")
            << QStringLiteral("/data/a = 'x' and (/data/b = 'y' or /data/c)") << QStringList();
        QTest::newRow("or/div/mod before brackets")
            << QStringLiteral("(1) or (2) div (3) mod (4)") << QStringList();
        QTest::newRow("not() is a function after and")
            << QStringLiteral(". > 0 and not(/data/x)") << QStringList{QStringLiteral("not")};
        QTest::newRow("prefixed") << QStringLiteral("jr:choice-name(/data/x, '/data/x')")
                                  << QStringList{QStringLiteral("jr:choice-name")};
        QTest::newRow("strings are not calls")
            << QStringLiteral("concat('pow(', \"max(\")") << QStringList{QStringLiteral("concat")};
        QTest::newRow("node tests are not calls")
            << QStringLiteral("count(/data/r/node())") << QStringList{QStringLiteral("count")};
        QTest::newRow("axes are not prefixes")
            << QStringLiteral("count(child::item)") << QStringList{QStringLiteral("count")};
    }

    void functionsCalled()
    {
        QFETCH(QString, expression);
        QFETCH(QStringList, functions);
        QCOMPARE(scanXPath(expression).functions, functions);
    }

    void rawDateOperations()
    {
        QVERIFY(scanXPath(QStringLiteral(". <= today()")).rawDateOperation);
        QVERIFY(scanXPath(QStringLiteral("today() - /data/dob")).rawDateOperation);
        QVERIFY(!scanXPath(QStringLiteral("decimal-date-time(.) <= decimal-date-time(today())"))
                     .rawDateOperation);
        QVERIFY(!scanXPath(QStringLiteral("format-date(now(), '%Y')")).rawDateOperation);
    }
};

QTEST_GUILESS_MAIN(TestXPathScan)
#include "tst_xpathscan.moc"
