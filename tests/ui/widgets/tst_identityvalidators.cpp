#include "widgets/identityvalidators.h"

#include <QLineEdit>
#include <QTest>

using namespace pluslife::ui;

class TestIdentityValidators : public QObject {
    Q_OBJECT
private slots:
    void nationalCodeStates_data();
    void nationalCodeStates();
    void fixupWritesStoredForm();
    void lineEditPadsOnFocusOut();
    void mobileStates();
    void postalStates();
};

void TestIdentityValidators::nationalCodeStates_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("state");
    QTest::newRow("empty") << QString() << int(QValidator::Intermediate);
    QTest::newRow("typing") << QStringLiteral("007") << int(QValidator::Intermediate);
    QTest::newRow("valid") << QStringLiteral("0076229645") << int(QValidator::Acceptable);
    QTest::newRow("valid persian") << QStringLiteral("۰۰۷۶۲۲۹۶۴۵") << int(QValidator::Acceptable);
    QTest::newRow("bad checksum") << QStringLiteral("1234567890") << int(QValidator::Intermediate);
    QTest::newRow("8 digits: valid after padding")
        << QStringLiteral("76229645") << int(QValidator::Intermediate);
    QTest::newRow("letter") << QStringLiteral("00a") << int(QValidator::Invalid);
    QTest::newRow("11th digit") << QStringLiteral("00762296451") << int(QValidator::Invalid);
}

void TestIdentityValidators::nationalCodeStates()
{
    QFETCH(QString, input);
    QFETCH(int, state);
    NationalCodeValidator v;
    int pos = int(input.size());
    QCOMPARE(int(v.validate(input, pos)), state);
}

void TestIdentityValidators::fixupWritesStoredForm()
{
    NationalCodeValidator national;
    QString s = QStringLiteral("۷۶۲۲۹۶۴۵");
    national.fixup(s);
    QCOMPARE(s, QStringLiteral("0076229645"));
    QVERIFY(national.errorText(QStringLiteral("1234567890")).size() > 5);
    QVERIFY(national.errorText(QStringLiteral("0076229645")).isEmpty());

    MobileValidator mobile;
    s = QStringLiteral("+۹۸ ۹۱۲ ۳۴۵ ۶۷۸۹");
    mobile.fixup(s);
    QCOMPARE(s, QStringLiteral("09123456789"));

    PostalCodeValidator postal;
    s = QStringLiteral("۱۳۵۷۹-۱۳۵۷۹");
    postal.fixup(s);
    QCOMPARE(s, QStringLiteral("1357913579"));
}

void TestIdentityValidators::lineEditPadsOnFocusOut()
{
    QLineEdit edit;
    edit.setValidator(new NationalCodeValidator(&edit));
    edit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&edit));
    QTest::keyClicks(&edit, QStringLiteral("76229645"));
    QCOMPARE(edit.text(), QStringLiteral("76229645"));
    QVERIFY(!edit.hasAcceptableInput());
    QTest::keyClicks(&edit, QStringLiteral("x")); // refused keystroke
    QCOMPARE(edit.text(), QStringLiteral("76229645"));
    QTest::keyClick(&edit, Qt::Key_Return); // runs fixup() on Intermediate input
    QCOMPARE(edit.text(), QStringLiteral("0076229645"));
    QVERIFY(edit.hasAcceptableInput());
}

void TestIdentityValidators::mobileStates()
{
    MobileValidator v;
    int pos = 0;
    const auto state = [&](QString s) { return v.validate(s, pos); };
    QCOMPARE(state(QStringLiteral("09123456789")), QValidator::Acceptable);
    QCOMPARE(state(QStringLiteral("0912")), QValidator::Intermediate);
    QCOMPARE(state(QStringLiteral("+98")), QValidator::Intermediate);
    QCOMPARE(state(QStringLiteral("98912345678")), QValidator::Intermediate);   // on its way
    QCOMPARE(state(QStringLiteral("+989123456789")), QValidator::Intermediate); // fixup: 09…
    QCOMPARE(state(QStringLiteral("091234567890")), QValidator::Invalid);
    QCOMPARE(state(QStringLiteral("0912a")), QValidator::Invalid);
}

void TestIdentityValidators::postalStates()
{
    PostalCodeValidator v;
    int pos = 0;
    const auto state = [&](QString s) { return v.validate(s, pos); };
    QCOMPARE(state(QStringLiteral("13579-13579")), QValidator::Acceptable);
    QCOMPARE(state(QStringLiteral("13579-")), QValidator::Intermediate);
    QCOMPARE(state(QStringLiteral("1357913579 1")), QValidator::Invalid);
}

QTEST_MAIN(TestIdentityValidators)
#include "tst_identityvalidators.moc"
