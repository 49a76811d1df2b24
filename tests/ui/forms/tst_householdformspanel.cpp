// The household file's Forms tab in Persian through its real widgets, on a real store and
// keychain: a library form filled in its window and submitted (timeline, submissions list, the
// answers shown), a draft closed and resumed with its answers, a correction that supersedes;
// and a planned home visit completed by filling the visit report form.
#include "forms/formfilldialog.h"
#include "forms/formview.h"
#include "forms/householdformspanel.h"
#include "forms/mydraftslist.h"
#include "guidriver.h"
#include "localization.h"
#include "services/formservice.h"
#include "services/visitservice.h"
#include "servicetestfixture.h"
#include "visits/visitchangedialogs.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QListWidget>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pluslife;

using test::visibleTopLevel;

namespace {

ui::FormFillDialog *openFillDialog()
{
    return qobject_cast<ui::FormFillDialog *>(visibleTopLevel(u"formFillDialog"_s));
}

// Answers whatever the form still wants, through the view (as a worker would), first choice or
// a plausible value, until the form validates.
bool answerEverything(ui::FormView *view)
{
    forms::FormSession &session = view->session();
    for (int round = 0; round < 12; ++round) {
        const QList<forms::FormIssue> issues = session.validate();
        if (issues.isEmpty())
            return true;
        for (const forms::FormIssue &issue : issues) {
            const forms::FormItem item = session.item(issue.path);
            QStringList candidates;
            for (const forms::FormChoiceItem &choice : item.choices)
                candidates << choice.value;
            candidates << u"1"_s << u"2026-11-23"_s << u"پاسخ آزمایشی"_s << u"09121234567"_s
                       << u"10:00"_s;
            for (const QString &candidate : std::as_const(candidates)) {
                if (view->setAnswer(issue.path, candidate).ok() &&
                    session.item(issue.path).problem.isEmpty())
                    break;
            }
        }
    }
    return session.validate().isEmpty();
}

void chooseForm(ui::HouseholdFormsPanel &panel, const QString &formTitlePart)
{
    auto *combo = panel.findChild<QComboBox *>(u"formChoice"_s);
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemText(i).contains(formTitlePart))
            combo->setCurrentIndex(i);
    }
}

} // namespace

class TestHouseholdFormsPanel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        ui::installLocalization(*qobject_cast<QApplication *>(QCoreApplication::instance()),
                                QLocale(QLocale::Persian, QLocale::Iran));
    }

    void fillSubmitViewCorrect()
    {
        test::CenterFixture center;
        QVERIFY(center.create());
        const qint64 household = center.openHousehold(1);
        const auto installed = forms::FormService(*center.session).installLibrary();
        QVERIFY2(installed.ok(), qPrintable(installed.message));
        ui::HouseholdFormsPanel panel(*center.session, household);
        panel.resize(800, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *combo = panel.findChild<QComboBox *>(u"formChoice"_s);
        QVERIFY(combo->count() >= 4);
        chooseForm(panel, u"زمستانی"_s); // the "new program" example form
        QSignalSpy fileChanged(&panel, &ui::HouseholdFormsPanel::fileChanged);

        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"fillFormButton"_s), Qt::LeftButton);
        ui::FormFillDialog *dialog = openFillDialog();
        QVERIFY(dialog);
        auto *drafts = panel.findChild<QTreeWidget *>(u"draftsList"_s);
        QCOMPARE(drafts->topLevelItemCount(), 1); // listed while it is being filled
        QVERIFY(answerEverything(dialog->view()));
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"formSubmitButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!openFillDialog());
        QCOMPARE(fileChanged.count(), 1);
        auto *submissions = panel.findChild<QTreeWidget *>(u"submissionsList"_s);
        QCOMPARE(submissions->topLevelItemCount(), 1);
        QCOMPARE(drafts->topLevelItemCount(), 0);
        const auto timeline = services::HouseholdService(*center.session).timeline(household);
        QVERIFY(std::any_of(timeline.cbegin(), timeline.cend(),
                            [](const auto &event) { return event.kind == u"form.submitted"_s; }));

        // The answers, readable.
        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"viewSubmissionButton"_s),
                          Qt::LeftButton);
        QWidget *shown = visibleTopLevel(u"submissionDialog"_s);
        QVERIFY(shown);
        const QString text = shown->findChild<QTextBrowser *>(u"submissionText"_s)->toPlainText();
        QVERIFY2(text.contains(u"زمستانی"_s), qPrintable(text));
        shown->close();

        // A correction opens as a draft; closed, it stays a draft; submitted, it supersedes.
        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"correctSubmissionButton"_s),
                          Qt::LeftButton);
        dialog = openFillDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"formCloseButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!openFillDialog());
        QCOMPARE(drafts->topLevelItemCount(), 1);
        drafts->setCurrentItem(drafts->topLevelItem(0));
        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"resumeDraftButton"_s),
                          Qt::LeftButton);
        dialog = openFillDialog();
        QVERIFY(dialog);
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"formSubmitButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!openFillDialog());
        QCOMPARE(submissions->topLevelItemCount(), 2);
        QCOMPARE(drafts->topLevelItemCount(), 0);
    }

    void draftKeepsItsAnswers()
    {
        test::CenterFixture center;
        QVERIFY(center.create());
        const qint64 household = center.openHousehold(2);
        const auto installed = forms::FormService(*center.session).installLibrary();
        QVERIFY2(installed.ok(), qPrintable(installed.message));
        ui::HouseholdFormsPanel panel(*center.session, household);
        panel.show();
        chooseForm(panel, u"مصاحبه"_s);
        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"fillFormButton"_s), Qt::LeftButton);
        ui::FormFillDialog *dialog = openFillDialog();
        QVERIFY(dialog);
        QString answered;
        const auto issues = dialog->view()->session().validate();
        QVERIFY(!issues.isEmpty());
        for (const forms::FormIssue &issue : issues) {
            const forms::FormItem item = dialog->view()->session().item(issue.path);
            if (!item.choices.isEmpty() &&
                dialog->view()->setAnswer(issue.path, item.choices.first().value).ok()) {
                answered = issue.path;
                break;
            }
        }
        QVERIFY(!answered.isEmpty());
        const QString value = dialog->view()->session().value(answered);
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"formCloseButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!openFillDialog());
        auto *drafts = panel.findChild<QTreeWidget *>(u"draftsList"_s);
        QCOMPARE(drafts->topLevelItemCount(), 1);
        drafts->setCurrentItem(drafts->topLevelItem(0));
        QTest::mouseClick(panel.findChild<QAbstractButton *>(u"resumeDraftButton"_s),
                          Qt::LeftButton);
        dialog = openFillDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->view()->session().value(answered), value);
        dialog->reject();
        QTRY_VERIFY(!openFillDialog());

        // The desk's "My drafts" lists it too, and resumes it.
        ui::MyDraftsList mine(*center.session);
        mine.show();
        QCOMPARE(mine.list()->count(), 1);
        QVERIFY(mine.list()->item(0)->text().contains(u"مصاحبه"_s));
        mine.list()->setCurrentRow(0);
        emit mine.list()->itemActivated(mine.list()->item(0));
        dialog = openFillDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->view()->session().value(answered), value);
        dialog->reject();
        QTRY_VERIFY(!openFillDialog());
    }

    void visitCompletedByItsReportForm()
    {
        test::CenterFixture center;
        QVERIFY(center.create());
        const qint64 household = center.openHousehold(3);
        const auto installed = forms::FormService(*center.session).installLibrary();
        QVERIFY2(installed.ok(), qPrintable(installed.message));
        domain::Visit visit;
        visit.householdId = household;
        visit.workerId = center.session->worker().id;
        visit.plannedDate = center.clock.nowUtc().date().addDays(1);
        QVERIFY(services::VisitService(*center.session).schedule(&visit).ok());
        QWidget host;
        host.show();
        bool refreshed = false;
        ui::openVisitActions(*center.session, visit, &host, [&] { refreshed = true; });
        QWidget *actions = visibleTopLevel(u"visitActionsDialog"_s);
        QVERIFY(actions);
        auto *report = actions->findChild<QAbstractButton *>(u"actionFillReport"_s);
        QVERIFY(report && report->isVisible() && report->isEnabled());
        QTest::mouseClick(report, Qt::LeftButton);
        ui::FormFillDialog *dialog = openFillDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->view()->session().definition().formId, u"home_visit_report"_s);
        QVERIFY(answerEverything(dialog->view()));
        QTest::mouseClick(dialog->findChild<QAbstractButton *>(u"formSubmitButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!openFillDialog());
        QTRY_VERIFY(refreshed);
        const auto visits = services::VisitService(*center.session).ofHousehold(household);
        QCOMPARE(visits.size(), 1);
        QCOMPARE(visits.first().status, u"done"_s);
    }
};

QTEST_MAIN(TestHouseholdFormsPanel)
#include "tst_householdformspanel.moc"
