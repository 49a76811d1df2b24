#include "personscreeningpanel.h"

#include "common/errorlabel.h"
#include "screeninglauncher.h"
#include "screeningtext.h"
#include "services/screeninghistory.h"
#include "services/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

PersonScreeningPanel::PersonScreeningPanel(services::Session &session, const domain::Person &person,
                                           qint64 householdId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_person(person)
    , m_householdId(householdId)
    , m_history(new QTreeWidget(this))
    , m_forms(new QComboBox(this))
    , m_screen(new QPushButton(tr("&Screen…"), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"personScreeningPanel"_s);
    m_history->setObjectName(u"screeningHistory"_s);
    m_forms->setObjectName(u"screeningFormChoice"_s);
    m_screen->setObjectName(u"screenButton"_s);
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setHeaderLabels({tr("Screening"), tr("Date"), tr("Result"), tr("Score"), tr("By")});
    m_history->header()->setStretchLastSection(true);

    auto *formLabel = new QLabel(tr("Screening &form:"), this);
    formLabel->setBuddy(m_forms);
    auto *row = new QHBoxLayout;
    row->addWidget(formLabel);
    row->addWidget(m_forms, 1);
    row->addWidget(m_screen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Level-1 screenings of %1").arg(m_person.fullName()), this));
    layout->addWidget(m_history, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);

    connect(m_screen, &QPushButton::clicked, this, &PersonScreeningPanel::screen);
    reload();
}

void PersonScreeningPanel::reload()
{
    const QLocale locale;
    m_history->clear();
    for (const services::ScreeningResult &r :
         services::ScreeningHistory(m_session).ofPerson(m_person.id)) {
        auto *item = new QTreeWidgetItem(m_history);
        item->setText(0, r.formTitle);
        item->setText(1, screeningWhenText(r.screenedUtc));
        item->setText(2, services::ScreeningHistory::bandName(r.band));
        item->setText(3, r.hasScore ? locale.toString(r.score) : QString());
        item->setText(4, r.workerName);
        item->setData(0, Qt::UserRole, r.submissionId);
        item->setData(2, Qt::UserRole, r.band);
        if (r.band == QLatin1String("refer") || r.band == QLatin1String("follow-up")) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
    }
    const QVariant chosen = m_forms->currentData();
    m_forms->clear();
    for (const ScreeningForm &form : ScreeningLauncher::forms(m_session))
        m_forms->addItem(form.title, form.versionId);
    if (const int at = m_forms->findData(chosen); at >= 0)
        m_forms->setCurrentIndex(at);
    m_screen->setEnabled(m_forms->count() > 0);
    if (m_forms->count() == 0)
        m_error->showNotice(tr("No screening form is installed."));
}

void PersonScreeningPanel::screen()
{
    m_error->clearMessage();
    const qint64 versionId = m_forms->currentData().toLongLong();
    if (versionId <= 0)
        return;
    QPointer<PersonScreeningPanel> self(this);
    const QString problem = ScreeningLauncher::start(m_session, versionId, m_person, m_householdId,
                                                     window(), [self](bool submitted) {
                                                         if (!self)
                                                             return;
                                                         self->reload();
                                                         if (submitted)
                                                             emit self->screened();
                                                     });
    if (!problem.isEmpty())
        m_error->showError(problem);
}

} // namespace pluslife::ui
