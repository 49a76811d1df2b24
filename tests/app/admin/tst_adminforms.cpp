// pluslife-admin forms as IT staff use it: the shipped library is listed with its versions; a
// form file is checked and installed as a new version (the same file again changes nothing); a
// form using something unsupported is refused with every problem by line, and nothing is
// installed.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace pluslife;
using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestAdminForms : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_data;

    Run admin(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"PLUSLIFE_PASSWORD"_s, u"correct horse 1405"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(test::adminExecutable(),
                      args + QStringList{u"--data-dir"_s, m_data, u"--lang"_s, u"en"_s});
        process.waitForFinished(120000);
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QJsonArray installed()
    {
        const Run run = admin({u"forms"_s, u"list"_s, u"--json"_s, u"--as"_s, u"manager"_s});
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

    QStringList versionsOf(const QString &formId)
    {
        QStringList versions;
        for (const QJsonValue &form : installed()) {
            if (form[u"form_id"_s].toString() == formId) {
                for (const QJsonValue &version : form[u"versions"_s].toArray())
                    versions << version[u"version"_s].toString();
            }
        }
        return versions;
    }

private slots:
    void initTestCase()
    {
        m_data = m_dir.filePath(u"store"_s);
        const Run run =
            admin({u"init"_s, u"--center-code"_s, u"1001"_s, u"--center-name"_s, u"مرکز نمونه"_s,
                   u"--capacity"_s, u"150"_s, u"--manager"_s, u"manager"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    void libraryIsListed()
    {
        const Run run = admin({u"forms"_s, u"list"_s, u"--as"_s, u"manager"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        for (const QString &id : {u"initial_interview"_s, u"home_visit_report"_s,
                                  u"family_follow_up"_s, u"new_program_example"_s})
            QVERIFY2(run.out.contains(id), qPrintable(run.out));
        QCOMPARE(versionsOf(u"home_visit_report"_s), QStringList{u"2026112301"_s});
    }

    void importInstallsOnce()
    {
        const QString file = qEnvironmentVariable("PLUSLIFE_TEST_DATA") + u"/forms/groups.xml"_s;
        const Run first = admin({u"forms"_s, u"import"_s, file, u"--as"_s, u"manager"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.out + first.err));
        QVERIFY(first.out.contains(u"Installed"_s));
        const QJsonArray before = installed();
        const Run again = admin({u"forms"_s, u"import"_s, file, u"--as"_s, u"manager"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QCOMPARE(installed(), before);
    }

    void unsupportedFormIsRefusedWhole()
    {
        const QString file =
            qEnvironmentVariable("PLUSLIFE_TEST_DATA") + u"/forms/refused/functions.xml"_s;
        QVERIFY(QFile::exists(file));
        const QJsonArray before = installed();
        const Run run = admin({u"forms"_s, u"import"_s, file, u"--as"_s, u"manager"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"line "_s) && run.err.contains(u"not supported"_s),
                 qPrintable(run.err));
        QCOMPARE(installed(), before);
    }

    void usageErrors()
    {
        QCOMPARE(admin({u"forms"_s, u"--as"_s, u"manager"_s}).exitCode, 2);
        QCOMPARE(admin({u"forms"_s, u"import"_s, u"--as"_s, u"manager"_s}).exitCode, 2);
        QCOMPARE(admin({u"forms"_s, u"import"_s, m_dir.filePath(u"missing.xml"_s), u"--as"_s,
                        u"manager"_s})
                     .exitCode,
                 1);
    }
};

QTEST_GUILESS_MAIN(TestAdminForms)
#include "tst_adminforms.moc"
