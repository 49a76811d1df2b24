// The screening campaign (offscreen, real store and keychain): the form chosen once, two
// children of a kindergarten visit found (one by national code, one by the file's name) and
// screened through the real form window, the summary counts; and a person's screening panel
// listing the results newest first.
#include "../../models/services/servicetestfixture.h"
#include "forms/formfilldialog.h"
#include "forms/formview.h"
#include "screening/personscreeningpanel.h"
#include "screening/screeningcampaigndialog.h"
#include "services/formservice.h"
#include "services/screeninghistory.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace pluslife;

namespace {

// A valid national code made from `serial` (DOMAIN.md §7).
QString nationalCode(int serial)
{
    const QString nine = QStringLiteral("3%1").arg(serial, 8, 10, QLatin1Char('0'));
    int sum = 0;
    for (int d = 0; d < 9; ++d)
        sum += nine.at(d).digitValue() * (10 - d);
    const int r = sum % 11;
    return nine + QString::number(r < 2 ? r : 11 - r);
}

ui::FormFillDialog *openFormWindow(QWidget *host)
{
    ui::FormFillDialog *found = nullptr;
    for (auto *dialog : host->findChildren<ui::FormFillDialog *>())
        if (dialog->isVisible())
            found = dialog;
    return found;
}

} // namespace

class TestScreeningCampaign : public QObject {
    Q_OBJECT

private:
    test::CenterFixture m_center;
    qint64 m_household = 0;
    qint64 m_otherHousehold = 0;
    QString m_otherFileNumber;

    qint64 addChild(qint64 household, const QString &first, const QString &code, int months)
    {
        domain::Member child;
        child.person.firstName = first;
        child.person.lastName = u"کودک"_s;
        child.person.sex = u"female"_s;
        child.person.nationalCode = code;
        child.person.birthDate = m_center.clock.nowUtc().date().addMonths(-months).addDays(-5);
        child.relation = u"child"_s;
        services::HouseholdService households(*m_center.session);
        if (!households.addMember(household, child).ok())
            return 0;
        domain::Household file;
        QList<domain::Member> members;
        households.open(household, &file, &members);
        for (const auto &member : members)
            if (member.person.firstName == first)
                return member.person.id;
        return 0;
    }

    // Answers the hearing form of the window open over `host` and submits it.
    static void fillHearing(QWidget *host, const QString &right, const QString &left)
    {
        ui::FormFillDialog *window = openFormWindow(host);
        QVERIFY(window);
        ui::FormView *view = window->view();
        QVERIFY(view->setAnswer(u"/data/method/kind"_s, u"device"_s).ok());
        QVERIFY(view->setAnswer(u"/data/device/right_ear"_s, right).ok());
        QVERIFY(view->setAnswer(u"/data/device/left_ear"_s, left).ok());
        const QPointer<ui::FormFillDialog> closing(window);
        window->submit();
        QTRY_VERIFY(!closing || !closing->isVisible());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_center.create());
        QVERIFY(forms::FormService(*m_center.session).installLibrary().ok());
        m_household = m_center.openHousehold(11);
        m_otherHousehold = m_center.openHousehold(12, &m_otherFileNumber);
        QVERIFY(m_household > 0 && m_otherHousehold > 0);
    }

    void twoChildrenAndTheSummary()
    {
        const qint64 first = addChild(m_household, u"مهسا"_s, nationalCode(1), 50);
        const qint64 second = addChild(m_otherHousehold, u"نیلا"_s, QString(), 60);
        QVERIFY(first > 0 && second > 0);

        ui::ScreeningCampaignDialog dialog(*m_center.session);
        dialog.show();
        auto *form = dialog.findChild<QComboBox *>(u"campaignFormChoice"_s);
        QCOMPARE(form->count(), 4);
        form->setCurrentIndex(form->findText(u"غربالگری شنوایی"_s));
        QVERIFY(form->currentIndex() >= 0);
        auto *search = dialog.findChild<QLineEdit *>(u"campaignSearch"_s);
        auto *results = dialog.findChild<QTreeWidget *>(u"campaignResults"_s);
        auto *screen = dialog.findChild<QPushButton *>(u"campaignScreenButton"_s);

        // The first child by national code (typed in Persian digits): selected at once.
        search->setText(u"۳"_s + nationalCode(1).mid(1));
        dialog.find();
        QVERIFY(results->currentItem());
        QCOMPARE(results->currentItem()->data(0, Qt::UserRole).toLongLong(), first);
        QVERIFY(screen->isEnabled());
        screen->click();
        fillHearing(&dialog, u"refer"_s, u"pass"_s);
        QTRY_COMPARE(dialog.summary().screened, 1);
        QVERIFY(!form->isEnabled()); // the form is chosen once
        QVERIFY(search->text().isEmpty());

        // The second child through the file number: the file's members are listed.
        search->setText(m_otherFileNumber);
        dialog.find();
        QTreeWidgetItem *file = results->topLevelItem(0);
        QVERIFY(file);
        QTreeWidgetItem *child = nullptr;
        for (int i = 0; i < file->childCount(); ++i)
            if (file->child(i)->data(0, Qt::UserRole).toLongLong() == second)
                child = file->child(i);
        QVERIFY(child);
        results->setCurrentItem(child);
        screen->click();
        fillHearing(&dialog, u"pass"_s, u"pass"_s);
        QTRY_COMPARE(dialog.summary().screened, 2);

        const auto summary = dialog.summary();
        QCOMPARE(summary.refer, 1);
        QCOMPARE(summary.followUp, 0);
        QCOMPARE(summary.normal, 1);
        QCOMPARE(dialog.screenedChildren().at(0).personId, first);
        QCOMPARE(dialog.screenedChildren().at(1).band, u"normal"_s);
        dialog.findChild<QPushButton *>(u"campaignFinishButton"_s)->click();
        const QString text = dialog.findChild<QLabel *>(u"campaignSummary"_s)->text();
        QVERIFY2(text.contains(QLocale().toString(2)), qPrintable(text));
        QCOMPARE(dialog.findChild<QTreeWidget *>(u"campaignSummaryList"_s)->topLevelItemCount(), 2);

        // The refer result made its referral.
        QSqlQuery q(m_center.session->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM referrals WHERE origin = 'screening'"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void personPanelListsHistory()
    {
        const qint64 child = addChild(m_household, u"رها"_s, QString(), 48);
        QVERIFY(child > 0);
        domain::Person person;
        person.id = child;
        person.firstName = u"رها"_s;
        person.lastName = u"کودک"_s;
        person.birthDate = m_center.clock.nowUtc().date().addMonths(-48).addDays(-5);
        ui::PersonScreeningPanel panel(*m_center.session, person, m_household);
        panel.show();
        auto *history = panel.findChild<QTreeWidget *>(u"screeningHistory"_s);
        QCOMPARE(history->topLevelItemCount(), 0);
        auto *forms = panel.findChild<QComboBox *>(u"screeningFormChoice"_s);
        QCOMPARE(forms->count(), 4);

        // Vision: the birth date is filled in from the file.
        forms->setCurrentIndex(0);
        panel.findChild<QPushButton *>(u"screenButton"_s)->click();
        ui::FormFillDialog *window = openFormWindow(&panel);
        QVERIFY(window);
        QCOMPARE(window->view()->session().value(u"/data/child/birth_date"_s),
                 person.birthDate.toString(Qt::ISODate));
        ui::FormView *view = window->view();
        QVERIFY(view->setAnswer(u"/data/test/tested"_s, u"yes"_s).ok());
        QVERIFY(view->setAnswer(u"/data/test/right"_s, u"10"_s).ok());
        QVERIFY(view->setAnswer(u"/data/test/left"_s, u"10"_s).ok());
        QVERIFY(view->setAnswer(u"/data/test/squint"_s, u"no"_s).ok());
        window->submit();
        QTRY_COMPARE(history->topLevelItemCount(), 1);
        QCOMPARE(history->topLevelItem(0)->data(2, Qt::UserRole).toString(), u"normal"_s);

        m_center.clock.advanceSeconds(3600);
        forms->setCurrentIndex(1); // hearing
        panel.findChild<QPushButton *>(u"screenButton"_s)->click();
        fillHearing(&panel, u"refer"_s, u"refer"_s);
        QTRY_COMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(0)->data(2, Qt::UserRole).toString(), u"refer"_s);
        QCOMPARE(history->topLevelItem(1)->data(2, Qt::UserRole).toString(), u"normal"_s);
    }
};

QTEST_MAIN(TestScreeningCampaign)
#include "tst_screeningcampaign.moc"
