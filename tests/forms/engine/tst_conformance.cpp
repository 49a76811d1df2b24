#include "engine/formparser.h"
#include "engine/formsession.h"
#include "formscript.h"
#include "testsupport.h"

#include <QDir>
#include <QtTest>

using namespace pluslife::forms;

// The conformance corpus: every supported feature, scripted answers, the expected submission;
// and forms that must be refused, with the line and feature each problem names.
class TestConformance : public QObject {
    Q_OBJECT

private:
    static QString corpusDir()
    {
        return qEnvironmentVariable("PLUSLIFE_TEST_DATA") + QStringLiteral("/forms");
    }

private slots:
    void corpus_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList forms =
            QDir(corpusDir()).entryList({QStringLiteral("*.answers")}, QDir::Files, QDir::Name);
        QVERIFY2(forms.size() >= 20, "the corpus is missing");
        for (const QString &answers : forms) {
            const QString name = answers.chopped(8);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void corpus()
    {
        QFETCH(QString, name);
        const QString base = corpusDir() + QLatin1Char('/') + name;
        const FormParseResult parsed =
            parseForm(pluslife::test::readFile(base + QStringLiteral(".xml")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.report()));
        auto session = FormSession::start(parsed.form, corpusContext());
        QVERIFY(session);
        const QStringList failures = runFormScript(
            *session,
            QString::fromUtf8(pluslife::test::readFile(base + QStringLiteral(".answers"))));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        const QString expectedFile = base + QStringLiteral(".expected.xml");
        if (QFile::exists(expectedFile)) {
            const QString actual = canonicalXml(session->submissionXml());
            const QString expected = canonicalXml(pluslife::test::readFile(expectedFile));
            if (actual != expected)
                qInfo().noquote() << "submission:\n" << session->submissionXml();
            QCOMPARE(actual, expected);
        }
    }

    void refused_data()
    {
        QTest::addColumn<QString>("name");
        const QStringList forms =
            QDir(corpusDir() + QStringLiteral("/refused"))
                .entryList({QStringLiteral("*.xml")}, QDir::Files, QDir::Name);
        QVERIFY2(forms.size() >= 8, "the refused corpus is missing");
        for (const QString &form : forms)
            QTest::newRow(qPrintable(form.chopped(4))) << form.chopped(4);
    }

    void refused()
    {
        QFETCH(QString, name);
        const QString base = corpusDir() + QStringLiteral("/refused/") + name;
        const FormParseResult parsed =
            parseForm(pluslife::test::readFile(base + QStringLiteral(".xml")));
        QVERIFY2(!parsed.form, "the form was accepted");
        QVERIFY(!parsed.problems.isEmpty());
        QVERIFY(!parsed.report().isEmpty());
        const QStringList expected =
            QString::fromUtf8(pluslife::test::readFile(base + QStringLiteral(".expected")))
                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : expected) {
            const int line_ = line.section(QLatin1Char(' '), 0, 0).toInt();
            const QString feature = line.section(QLatin1Char(' '), 1).trimmed();
            bool found = false;
            for (const FormProblem &problem : parsed.problems)
                found = found || (problem.line == line_ && problem.feature == feature);
            QVERIFY2(
                found,
                qPrintable(QStringLiteral("expected \"%1\"; got:\n%2")
                               .arg(
                                   line, parsed.report() + QStringLiteral("\nfeatures: ") + [&] {
                                       QStringList f;
                                       for (const FormProblem &p : parsed.problems)
                                           f << QStringLiteral("%1 %2").arg(p.line).arg(p.feature);
                                       return f.join(QStringLiteral(", "));
                                   }())));
        }
    }
};

QTEST_GUILESS_MAIN(TestConformance)
#include "tst_conformance.moc"
