#include "engine/formparser.h"
#include "engine/formsession.h"
#include "formscript.h"
#include "testsupport.h"

#include <QtTest>

using namespace pluslife::forms;

class TestFormSession : public QObject {
    Q_OBJECT

private:
    FormDefinitionPtr m_form;

private slots:
    void initTestCase()
    {
        // A household form with every moving part at once: a repeat of members with a computed
        // age, a count-driven repeat, relevance, a constraint, an itemset filtered by
        // current(), itext in two languages, case fields.
        const FormParseResult parsed = parseForm(
            pluslife::test::readFile(qEnvironmentVariable("PLUSLIFE_TEST_DATA") +
                                     QStringLiteral("/forms/engine/household_session.xml")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.report()));
        m_form = parsed.form;
        QCOMPARE(m_form->formId, QStringLiteral("session_test"));
        QCOMPARE(m_form->activityCode, QStringLiteral("3"));
        QCOMPARE(m_form->languages, QStringList({QStringLiteral("fa"), QStringLiteral("en")}));
    }

    void typesConstraintsAndLanguage()
    {
        auto session = FormSession::start(m_form, corpusContext());
        QVERIFY(session);
        QCOMPARE(session->item(QStringLiteral("/data/size")).label,
                 QStringLiteral("تعداد اعضای خانوار"));
        QVERIFY(!session->setValue(QStringLiteral("/data/size"), QStringLiteral("دو")).ok());
        QVERIFY(session->setValue(QStringLiteral("/data/size"), QStringLiteral("۲۵")).ok());
        QCOMPARE(session->value(QStringLiteral("/data/size")), QStringLiteral("25"));
        QCOMPARE(session->item(QStringLiteral("/data/size")).problem,
                 QStringLiteral("بین ۱ تا ۲۰"));
        session->setLanguage(QStringLiteral("en"));
        QCOMPARE(session->item(QStringLiteral("/data/size")).problem,
                 QStringLiteral("From 1 to 20"));
        QVERIFY(session->setValue(QStringLiteral("/data/size"), QStringLiteral("3")).ok());
        QVERIFY(session->item(QStringLiteral("/data/size")).problem.isEmpty());
        QCOMPARE(session->repeatCount(QStringLiteral("/data/child")), 3);
        QVERIFY(session->setValue(QStringLiteral("/data/size"), QStringLiteral("1")).ok());
        QCOMPARE(session->repeatCount(QStringLiteral("/data/child")), 1);
        QCOMPARE(session->item(QStringLiteral("/data/rent")).label, QStringLiteral("اجاره 1"));
    }

    void relevanceAndCaseFields()
    {
        auto session = FormSession::start(m_form, corpusContext());
        QVERIFY(!session->item(QStringLiteral("/data/rent")).relevant);
        QVERIFY(!session->setValue(QStringLiteral("/data/housing"), QStringLiteral("castle")).ok());
        const FormChange change =
            session->setValue(QStringLiteral("/data/housing"), QStringLiteral("tenant"));
        QVERIFY(change.ok());
        QVERIFY(change.changedPaths.contains(QStringLiteral("/data/rent")));
        QVERIFY(session->item(QStringLiteral("/data/rent")).relevant);
        session->setValue(QStringLiteral("/data/rent"), QStringLiteral("۱۲٬۰۰۰٬۰۰۰"));
        QHash<QString, QString> fields = session->caseFieldValues();
        QCOMPARE(fields.value(QStringLiteral("household.monthly_rent")),
                 QStringLiteral("12000000"));
        session->setValue(QStringLiteral("/data/housing"), QStringLiteral("owner"));
        fields = session->caseFieldValues();
        QVERIFY(!fields.contains(QStringLiteral("household.monthly_rent"))); // not relevant now
        QVERIFY(!session->submissionXml().contains("<rent>"));
    }

    void itemsetFollowsCurrent()
    {
        auto session = FormSession::start(m_form, corpusContext());
        QVERIFY(session->item(QStringLiteral("/data/city")).choices.isEmpty());
        session->setValue(QStringLiteral("/data/province"), QStringLiteral("teh"));
        const QList<FormChoiceItem> choices = session->item(QStringLiteral("/data/city")).choices;
        QCOMPARE(choices.size(), 2);
        QCOMPARE(choices.at(1).label, QStringLiteral("ری"));
        QVERIFY(!session->setValue(QStringLiteral("/data/city"), QStringLiteral("tabriz")).ok());
        QVERIFY(session->setValue(QStringLiteral("/data/city"), QStringLiteral("rey")).ok());
    }

    void repeatsCalculateAndValidate()
    {
        auto session = FormSession::start(m_form, corpusContext());
        QCOMPARE(session->repeatCount(QStringLiteral("/data/member")), 0);
        QVERIFY(session->addRepeat(QStringLiteral("/data/member")).structureChanged);
        session->addRepeat(QStringLiteral("/data/member"));
        QVERIFY(
            session->setValue(QStringLiteral("/data/member[1]/birth"), QStringLiteral("2000-11-23"))
                .ok());
        QVERIFY(
            session->setValue(QStringLiteral("/data/member[2]/birth"), QStringLiteral("2016-11-24"))
                .ok());
        QCOMPARE(session->value(QStringLiteral("/data/member[1]/age")), QStringLiteral("25"));
        QCOMPARE(session->value(QStringLiteral("/data/member[2]/age")), QStringLiteral("9"));
        QCOMPARE(session->value(QStringLiteral("/data/total_age")), QStringLiteral("34"));
        QVERIFY(
            !session->setValue(QStringLiteral("/data/member[1]/age"), QStringLiteral("3")).ok());

        const QList<FormIssue> issues = session->validate();
        QStringList paths;
        for (const FormIssue &issue : issues)
            paths << issue.path;
        QCOMPARE(paths,
                 QStringList({QStringLiteral("/data/size"), QStringLiteral("/data/member[1]/name"),
                              QStringLiteral("/data/member[2]/name")}));
        QVERIFY(session->removeRepeat(QStringLiteral("/data/member[1]")).ok());
        QCOMPARE(session->value(QStringLiteral("/data/total_age")), QStringLiteral("9"));
        QVERIFY(!session->removeRepeat(QStringLiteral("/data/child[1]")).ok()); // jr:count owns it
    }

    void draftRoundTrip()
    {
        auto session = FormSession::start(m_form, corpusContext());
        session->setValue(QStringLiteral("/data/size"), QStringLiteral("2"));
        session->addRepeat(QStringLiteral("/data/member"));
        session->setValue(QStringLiteral("/data/member[1]/name"), QStringLiteral("مریم"));
        const QByteArray draft = session->instanceXml();
        QString error;
        auto resumed = FormSession::resume(m_form, corpusContext(), draft, &error);
        QVERIFY2(resumed, qPrintable(error));
        QCOMPARE(resumed->instanceId(), session->instanceId());
        QCOMPARE(resumed->value(QStringLiteral("/data/member[1]/name")), QStringLiteral("مریم"));
        QCOMPARE(resumed->repeatCount(QStringLiteral("/data/child")), 2);
        resumed->addRepeat(QStringLiteral("/data/member"));
        QCOMPARE(resumed->repeatCount(QStringLiteral("/data/member")), 2);
        QVERIFY(
            !FormSession::resume(m_form, corpusContext(), QByteArray("<other id=\"x\"/>"), &error));
        QVERIFY(!error.isEmpty());
    }

    void nestedCountsShrinkSafely()
    {
        // Found by the fuzz replay under ASan: rows freed while shrinking an outer counted
        // repeat were still visited as parents of the inner one.
        const FormParseResult parsed =
            parseForm(pluslife::test::readFile(qEnvironmentVariable("PLUSLIFE_TEST_DATA") +
                                               QStringLiteral("/forms/engine/nested_counts.xml")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.report()));
        auto session = FormSession::start(parsed.form, corpusContext());
        QVERIFY(session->setValue(QStringLiteral("/data/n"), QStringLiteral("3")).ok());
        for (int row = 1; row <= 3; ++row)
            QVERIFY(session
                        ->setValue(QStringLiteral("/data/household[%1]/m").arg(row),
                                   QStringLiteral("2"))
                        .ok());
        QCOMPARE(session->repeatCount(QStringLiteral("/data/household[3]/child")), 2);
        QVERIFY(session->setValue(QStringLiteral("/data/n"), QStringLiteral("1")).ok());
        QCOMPARE(session->repeatCount(QStringLiteral("/data/household")), 1);
        QCOMPARE(session->repeatCount(QStringLiteral("/data/household[1]/child")), 2);
        // The calculate on a group leaves the question under it in place.
        QVERIFY(session->setValue(QStringLiteral("/data/group_calc/inside"), QStringLiteral("kept"))
                    .ok());
        QCOMPARE(session->value(QStringLiteral("/data/group_calc/inside")), QStringLiteral("kept"));
    }

    void submissionPrunesAndMarksCorrections()
    {
        auto session = FormSession::start(m_form, corpusContext());
        session->setValue(QStringLiteral("/data/size"), QStringLiteral("1"));
        const QByteArray xml = session->submissionXml(QStringLiteral("uuid:old"));
        QVERIFY(xml.contains("<deprecatedID>uuid:old</deprecatedID>"));
        QVERIFY(!xml.contains("template"));
        QVERIFY(!xml.contains("started="));
        QVERIFY(xml.contains("<instanceID>uuid:"));
    }
};

QTEST_GUILESS_MAIN(TestFormSession)
#include "tst_formsession.moc"
