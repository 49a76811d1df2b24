#include "domain/casefields.h"
#include "engine/formparser.h"
#include "engine/formsession.h"

#include <QDir>
#include <QRegularExpression>
#include <QTimeZone>
#include <QtTest>

using namespace pluslife::forms;

// The forms the app ships (forms/library): each is accepted by the engine, speaks Persian and
// English throughout, names its activity, and can be filled to a valid submission whose case
// fields the household file accepts.
class TestFormLibrary : public QObject {
    Q_OBJECT

private:
    static FormContext context()
    {
        FormContext c;
        c.userName = QStringLiteral("library.test");
        c.now = [] { return QDateTime(QDate(2026, 11, 23), QTime(10, 30), QTimeZone::utc()); };
        return c;
    }

    // Answers one problem question with the first candidate the form accepts.
    static bool answer(FormSession &session, const FormIssue &issue)
    {
        const FormItem item = session.item(issue.path);
        QStringList candidates;
        if (!item.choices.isEmpty()) {
            for (const FormChoiceItem &choice : item.choices)
                candidates << choice.value;
        }
        switch (item.type) {
        case DataType::Int:
        case DataType::Decimal:
            candidates << QStringLiteral("1") << QStringLiteral("2") << QStringLiteral("0")
                       << QStringLiteral("10") << QStringLiteral("1000000");
            break;
        case DataType::Date:
            candidates << QStringLiteral("2026-11-23") << QStringLiteral("2026-12-01")
                       << QStringLiteral("2020-01-01");
            break;
        case DataType::Time:
            candidates << QStringLiteral("10:00");
            break;
        case DataType::DateTime:
            candidates << QStringLiteral("2026-11-23T10:00:00.000+00:00");
            break;
        default:
            candidates << QStringLiteral("پاسخ آزمایشی") << QStringLiteral("09121234567")
                       << QStringLiteral("02112345678") << QStringLiteral("OK");
            break;
        }
        for (const QString &candidate : std::as_const(candidates)) {
            if (session.setValue(issue.path, candidate).ok() &&
                session.item(issue.path).problem.isEmpty())
                return true;
        }
        return false;
    }

private slots:
    void everyForm_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files =
            QDir(QStringLiteral(":/pluslife/forms")).entryList({QStringLiteral("*.xml")});
        QVERIFY(files.size() >= 4);
        for (const QString &required :
             {QStringLiteral("initial_interview.xml"), QStringLiteral("home_visit_report.xml"),
              QStringLiteral("family_follow_up.xml"), QStringLiteral("new_program_example.xml")})
            QVERIFY2(files.contains(required), qPrintable(required));
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void everyForm()
    {
        QFETCH(QString, file);
        QFile resource(QStringLiteral(":/pluslife/forms/") + file);
        QVERIFY(resource.open(QIODevice::ReadOnly));
        const FormParseResult parsed = parseForm(resource.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.report()));
        const FormDefinition &form = *parsed.form;
        QCOMPARE(form.formId + QStringLiteral(".xml"), file);
        QVERIFY(!form.activityCode.isEmpty());
        QVERIFY(!form.version.isEmpty());
        QCOMPARE(form.languages.value(0), QStringLiteral("fa"));
        QVERIFY(form.languages.contains(QStringLiteral("en")));
        QVERIFY2(form.title.contains(QRegularExpression(QStringLiteral("\\p{Arabic}"))),
                 "the title is not Persian");
        // Every text in both languages, and Persian actually Persian.
        const auto fa = form.itext.value(QStringLiteral("fa"));
        const auto en = form.itext.value(QStringLiteral("en"));
        QCOMPARE(QSet<QString>(fa.keyBegin(), fa.keyEnd()),
                 QSet<QString>(en.keyBegin(), en.keyEnd()));
        for (auto it = fa.cbegin(); it != fa.cend(); ++it) {
            QVERIFY2(!it.value().isEmpty(), qPrintable(it.key()));
            QVERIFY2(!en.value(it.key()).isEmpty(), qPrintable(it.key()));
        }
        for (const FormControl &control : form.controls) {
            QVERIFY2(
                !control.label.itextId.isEmpty() || control.kind == FormControl::Kind::Repeat ||
                    (control.kind == FormControl::Kind::Group && control.label.isEmpty()),
                qPrintable(
                    QStringLiteral("line %1: a label without translations").arg(control.line)));
        }

        // Filled in to a valid submission, page by page.
        auto session = FormSession::start(parsed.form, context());
        QVERIFY(session);
        QVERIFY(!session->pages().isEmpty());
        for (int page = 0; page < session->pages().size(); ++page)
            QVERIFY(!session->pageItems(page).isEmpty());
        QList<FormIssue> issues = session->validate();
        for (int round = 0; round < 12 && !issues.isEmpty(); ++round) {
            for (const FormIssue &issue : std::as_const(issues))
                answer(*session, issue);
            issues = session->validate();
        }
        QVERIFY2(issues.isEmpty(),
                 qPrintable(issues.isEmpty()
                                ? QString()
                                : issues.first().path + QLatin1Char(' ') + issues.first().message));
        const QByteArray submission = session->submissionXml();
        QVERIFY(submission.contains("<instanceID>uuid:"));
        const auto fields = session->caseFieldValues();
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            QVERIFY2(pluslife::domain::validateCaseField(it.key(), it.value()).isEmpty(),
                     qPrintable(it.key()));
        session->setLanguage(QStringLiteral("en"));
        QVERIFY(!session->pageItems(0).first().label.contains(
            QRegularExpression(QStringLiteral("\\p{Arabic}"))));
    }
};

QTEST_GUILESS_MAIN(TestFormLibrary)
#include "tst_formlibrary.moc"
