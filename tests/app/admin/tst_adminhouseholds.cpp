// pluslife-admin's household commands as IT staff run them: import the county office's list
// (dry run, all or nothing, a report of every problem), find exactly as the caseload does, and
// fill a store with deterministic demo data.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAdminHouseholds : public QObject {
    Q_OBJECT

private slots:
    void init();
    void importDryRunThenForReal();
    void badListImportsNothing();
    void findMatchesFoldedText();
    void demoIsDeterministic();
    void reservedBlockNumbersComeFirst();

private:
    Run admin(const QStringList &args, const QString &dataDir = {});
    int households(const QString &dataDir = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_data;
};

Run TestAdminHouseholds::admin(const QStringList &args, const QString &dataDir)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PLUSLIFE_PASSWORD"), QStringLiteral("correct horse 1405"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(test::adminExecutable(),
                  args + QStringList{QStringLiteral("--data-dir"),
                                     dataDir.isEmpty() ? m_data : dataDir, QStringLiteral("--lang"),
                                     QStringLiteral("en")});
    process.waitForFinished(120000);
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

int TestAdminHouseholds::households(const QString &dataDir)
{
    const Run run = admin({QStringLiteral("stats"), QStringLiteral("--json"),
                           QStringLiteral("--as"), QStringLiteral("manager")},
                          dataDir);
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("tables"))
        .toObject()
        .value(QStringLiteral("households"))
        .toInt(-1);
}

void TestAdminHouseholds::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data = m_dir->filePath(QStringLiteral("store"));
    const Run run =
        admin({QStringLiteral("init"), QStringLiteral("--center-code"), QStringLiteral("1001"),
               QStringLiteral("--center-name"), QStringLiteral("مرکز نمونه"),
               QStringLiteral("--capacity"), QStringLiteral("450"), QStringLiteral("--manager"),
               QStringLiteral("manager")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestAdminHouseholds::importDryRunThenForReal()
{
    const QString csv =
        qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/county-referrals.csv");
    const Run dry = admin({QStringLiteral("import-households"), csv, QStringLiteral("--dry-run"),
                           QStringLiteral("--as"), QStringLiteral("manager")});
    QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
    QVERIFY(dry.out.contains(QStringLiteral("2 households, 4 people")));
    QCOMPARE(households(), 0);
    const Run real = admin({QStringLiteral("import-households"), csv, QStringLiteral("--as"),
                            QStringLiteral("manager")});
    QVERIFY2(real.exitCode == 0, qPrintable(real.out + real.err));
    QCOMPARE(households(), 2);
    // The same list again: every person is already in a file, nothing is imported.
    const Run again = admin({QStringLiteral("import-households"), csv, QStringLiteral("--as"),
                             QStringLiteral("manager")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.out.contains(QStringLiteral("0076229645")));
    QCOMPARE(households(), 2);
}

void TestAdminHouseholds::badListImportsNothing()
{
    const QString csv =
        qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/county-referrals-bad.csv");
    const Run run = admin({QStringLiteral("import-households"), csv, QStringLiteral("--as"),
                           QStringLiteral("manager")});
    QCOMPARE(run.exitCode, 1);
    // Every problem is named: a bad code, a bad date, a household without head, a duplicate.
    QVERIFY2(run.out.count(QLatin1Char('\n')) >= 3, qPrintable(run.out));
    QVERIFY(run.out.contains(QStringLiteral("B-3")));
    QVERIFY(run.out.contains(QStringLiteral("Line 3")));
    QCOMPARE(households(), 0);
}

void TestAdminHouseholds::findMatchesFoldedText()
{
    const QString csv =
        qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/county-referrals.csv");
    QCOMPARE(admin({QStringLiteral("import-households"), csv, QStringLiteral("--as"),
                    QStringLiteral("manager")})
                 .exitCode,
             0);
    // Arabic ي/ك, and the national code in Persian digits.
    for (const QString &text : {QStringLiteral("كريمي"), QStringLiteral("۰۴۹۹۳۷۰۸۹۹")}) {
        const Run run = admin({QStringLiteral("find"), text, QStringLiteral("--json"),
                               QStringLiteral("--as"), QStringLiteral("manager")});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(run.out.toUtf8()).array();
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("head")).toString(),
                 QStringLiteral("اکبر کریمی"));
    }
    const Run none = admin({QStringLiteral("find"), QStringLiteral("ناموجود"),
                            QStringLiteral("--as"), QStringLiteral("manager")});
    QCOMPARE(none.exitCode, 0);
    QVERIFY(none.out.contains(QStringLiteral("0 file")));
}

void TestAdminHouseholds::demoIsDeterministic()
{
    const QString other = m_dir->filePath(QStringLiteral("other"));
    QCOMPARE(admin({QStringLiteral("init"), QStringLiteral("--center-code"), QStringLiteral("1001"),
                    QStringLiteral("--center-name"), QStringLiteral("مرکز نمونه"),
                    QStringLiteral("--capacity"), QStringLiteral("450"),
                    QStringLiteral("--manager"), QStringLiteral("manager")},
                   other)
                 .exitCode,
             0);
    for (const QString &dir : {m_data, other}) {
        const Run run =
            admin({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("300"),
                   QStringLiteral("--seed"), QStringLiteral("42"), QStringLiteral("--as"),
                   QStringLiteral("manager")},
                  dir);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(households(dir), 300);
    }
    // Same seed, same people: the same search finds the same heads in both stores.
    const auto heads = [&](const QString &dir) {
        QStringList names;
        const Run run =
            admin({QStringLiteral("find"), QStringLiteral("ا"), QStringLiteral("--json"),
                   QStringLiteral("--as"), QStringLiteral("manager")},
                  dir);
        for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
            names << v.toObject().value(QStringLiteral("head")).toString();
        names.sort();
        return names;
    };
    QVERIFY(!heads(m_data).isEmpty());
    QCOMPARE(heads(m_data), heads(other));
}

void TestAdminHouseholds::reservedBlockNumbersComeFirst()
{
    QCOMPARE(admin({QStringLiteral("reserve-file-numbers"), QStringLiteral("--prefix"),
                    QStringLiteral("1001-D2"), QStringLiteral("--from"), QStringLiteral("1"),
                    QStringLiteral("--to"), QStringLiteral("500"), QStringLiteral("--as"),
                    QStringLiteral("manager")})
                 .exitCode,
             0);
    // The same block twice is refused (numbers are never handed out twice).
    QCOMPARE(admin({QStringLiteral("reserve-file-numbers"), QStringLiteral("--prefix"),
                    QStringLiteral("1001-D2"), QStringLiteral("--from"), QStringLiteral("1"),
                    QStringLiteral("--to"), QStringLiteral("500"), QStringLiteral("--as"),
                    QStringLiteral("manager")})
                 .exitCode,
             1);
    const QString csv =
        qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/county-referrals.csv");
    QCOMPARE(admin({QStringLiteral("import-households"), csv, QStringLiteral("--as"),
                    QStringLiteral("manager")})
                 .exitCode,
             0);
    const Run run =
        admin({QStringLiteral("find"), QStringLiteral("1001-D2-000001"), QStringLiteral("--json"),
               QStringLiteral("--as"), QStringLiteral("manager")});
    QCOMPARE(QJsonDocument::fromJson(run.out.toUtf8()).array().size(), 1);
}

QTEST_GUILESS_MAIN(TestAdminHouseholds)
#include "tst_adminhouseholds.moc"
