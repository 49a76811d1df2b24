#include "locale/textfolding.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

using namespace pluslife::locale;

class TestTextFolding : public QObject {
    Q_OBJECT
private slots:
    void fold_data();
    void fold();
    void zwnjAndSpacing();
    void compactIgnoresSpacing();
    void searchMatches();
    void persianOrder_data();
    void persianOrder();
    void sortsAList();
    void sortKeyIgnoresArabicForms();
};

void TestTextFolding::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("arabic yeh and kaf")
        << QStringLiteral("علي كريمي") << QStringLiteral("علی کریمی");
    QTest::newRow("alef maksura") << QStringLiteral("موسى") << QStringLiteral("موسی");
    QTest::newRow("teh marbuta") << QStringLiteral("فاطمة") << QStringLiteral("فاطمه");
    QTest::newRow("alef forms") << QStringLiteral("آرش أحمد إبراهيم")
                                << QStringLiteral("ارش احمد ابراهیم");
    QTest::newRow("waw hamza") << QStringLiteral("مؤمن") << QStringLiteral("مومن");
    QTest::newRow("yeh hamza") << QStringLiteral("پائیز") << QStringLiteral("پاییز");
    QTest::newRow("tatweel") << QStringLiteral("محـــمد") << QStringLiteral("محمد");
    QTest::newRow("diacritics") << QStringLiteral("مُحَمَّد") << QStringLiteral("محمد");
    QTest::newRow("superscript alef") << QStringLiteral("رحمٰن") << QStringLiteral("رحمن");
    QTest::newRow("digits") << QStringLiteral("کوچه ۱۲ و ٣٤") << QStringLiteral("کوچه 12 و 34");
    QTest::newRow("latin case") << QStringLiteral("Ali REZAEI") << QStringLiteral("ali rezaei");
    QTest::newRow("trim") << QStringLiteral("  زهرا \t ") << QStringLiteral("زهرا");
    QTest::newRow("bidi marks") << QStringLiteral("\u200Fسارا\u200E") << QStringLiteral("سارا");
}

void TestTextFolding::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(foldForSearch(input), expected);
}

void TestTextFolding::zwnjAndSpacing()
{
    const QString withZwnj = QStringLiteral("محمد\u200Cرضا");
    const QString withSpace = QStringLiteral("محمد رضا");
    const QString withRun = QStringLiteral("محمد \u200C  رضا");
    QCOMPARE(foldForSearch(withZwnj), withSpace);
    QCOMPARE(foldForSearch(withRun), withSpace);
    // Written together stays different in the spaced form...
    QVERIFY(foldForSearch(u"محمدرضا") != withSpace);
    // ...and ZWJ is not a word boundary.
    QCOMPARE(foldForSearch(u"محمد\u200Dرضا"), QStringLiteral("محمدرضا"));
}

void TestTextFolding::compactIgnoresSpacing()
{
    const QString together = foldForSearchCompact(u"محمدرضا");
    QCOMPARE(foldForSearchCompact(u"محمد\u200Cرضا"), together);
    QCOMPARE(foldForSearchCompact(u"محمد رضا"), together);
    QCOMPARE(foldForSearchCompact(u"مُحمّد   رضا"), together);
}

void TestTextFolding::searchMatches()
{
    QVERIFY(pluslife::locale::searchMatches(u"علي‌اكبر كريمي", u"علی اکبر"));
    QVERIFY(pluslife::locale::searchMatches(u"آقای رضایی", u"اقای"));
    QVERIFY(pluslife::locale::searchMatches(u"Ali Karimi", u"KARIM"));
    QVERIFY(pluslife::locale::searchMatches(u"anything", u""));
    QVERIFY(!pluslife::locale::searchMatches(u"زهرا", u"زینب"));
}

void TestTextFolding::persianOrder_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::newRow("ب < پ") << QStringLiteral("ب") << QStringLiteral("پ");
    QTest::newRow("پ < ت") << QStringLiteral("پ") << QStringLiteral("ت");
    QTest::newRow("ج < چ") << QStringLiteral("ج") << QStringLiteral("چ");
    QTest::newRow("چ < ح") << QStringLiteral("چ") << QStringLiteral("ح");
    QTest::newRow("ز < ژ") << QStringLiteral("ز") << QStringLiteral("ژ");
    QTest::newRow("ژ < س") << QStringLiteral("ژ") << QStringLiteral("س");
    QTest::newRow("ک < گ") << QStringLiteral("ک") << QStringLiteral("گ");
    QTest::newRow("گ < ل") << QStringLiteral("گ") << QStringLiteral("ل");
    QTest::newRow("و < ه") << QStringLiteral("و") << QStringLiteral("ه");
    QTest::newRow("ه < ی") << QStringLiteral("ه") << QStringLiteral("ی");
    QTest::newRow("ا < آ") << QStringLiteral("ا") << QStringLiteral("آ");
    QTest::newRow("آ < ب") << QStringLiteral("آرش") << QStringLiteral("بابک");
    QTest::newRow("prefix first") << QStringLiteral("علی") << QStringLiteral("علیرضا");
    QTest::newRow("space first") << QStringLiteral("علی اکبر") << QStringLiteral("علیرضا");
    QTest::newRow("digits before letters") << QStringLiteral("۱۲") << QStringLiteral("الف");
    QTest::newRow("persian before latin") << QStringLiteral("یاسر") << QStringLiteral("Ali");
    QTest::newRow("arabic kaf as keheh") << QStringLiteral("كاظم") << QStringLiteral("گلاره");
    QTest::newRow("arabic yeh as farsi yeh") << QStringLiteral("هادي") << QStringLiteral("یاسر");
}

void TestTextFolding::persianOrder()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QVERIFY2(comparePersian(before, after) < 0,
             qPrintable(before + QStringLiteral(" !< ") + after));
    QVERIFY(comparePersian(after, before) > 0);
    QVERIFY(PersianLess()(before, after));
}

void TestTextFolding::sortsAList()
{
    QStringList names = {QStringLiteral("تینا"),  QStringLiteral("پروین"),  QStringLiteral("بهرام"),
                         QStringLiteral("چنگیز"), QStringLiteral("جواد"),   QStringLiteral("حسن"),
                         QStringLiteral("گلی"),   QStringLiteral("کامران"), QStringLiteral("آزاده"),
                         QStringLiteral("احمد"),  QStringLiteral("یوسف")};
    std::sort(names.begin(), names.end(), PersianLess());
    const QStringList expected = {
        QStringLiteral("احمد"),  QStringLiteral("آزاده"), QStringLiteral("بهرام"),
        QStringLiteral("پروین"), QStringLiteral("تینا"),  QStringLiteral("جواد"),
        QStringLiteral("چنگیز"), QStringLiteral("حسن"),   QStringLiteral("کامران"),
        QStringLiteral("گلی"),   QStringLiteral("یوسف")};
    QCOMPARE(names, expected);
}

void TestTextFolding::sortKeyIgnoresArabicForms()
{
    QCOMPARE(sortKey(u"علي"), sortKey(u"علی"));
    QCOMPARE(sortKey(u"مُحَمَّد"), sortKey(u"محمد"));
    QVERIFY(sortKey(u"آ") != sortKey(u"ا"));
    // Equal keys, different spellings: still a strict, stable order.
    QVERIFY(comparePersian(u"علي", u"علی") != 0);
    QCOMPARE(comparePersian(u"علی", u"علی"), 0);
}

QTEST_APPLESS_MAIN(TestTextFolding)
#include "tst_textfolding.moc"
