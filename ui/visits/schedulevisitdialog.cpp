#include "schedulevisitdialog.h"

#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "services/householdservice.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "services/workeradmin.h"
#include "visittext.h"
#include "widgets/jalalidateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

ScheduleVisitDialog::ScheduleVisitDialog(services::Session &session, qint64 householdId,
                                         QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_date(new JalaliDateEdit(visits::today(session), this))
    , m_hasTime(new QCheckBox(tr("At a set &time"), this))
    , m_time(new QTimeEdit(QTime(9, 0), this))
    , m_purpose(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"scheduleVisitDialog"_s);
    setWindowTitle(tr("Schedule a home visit"));
    auto *form = new QFormLayout;
    if (householdId == 0) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(u"householdSearchEdit"_s);
        m_search->setPlaceholderText(tr("Name, national code or file number"));
        m_household = new QComboBox(this);
        m_household->setObjectName(u"householdCombo"_s);
        form->addRow(tr("&Find the file:"), m_search);
        form->addRow(tr("&Household file:"), m_household);
        connect(m_search, &QLineEdit::textChanged, this, &ScheduleVisitDialog::searchHouseholds);
    }
    m_date->setObjectName(u"visitDateEdit"_s);
    m_date->setMinimumDate(visits::today(session));
    m_hasTime->setObjectName(u"visitHasTimeCheck"_s);
    m_time->setObjectName(u"visitTimeEdit"_s);
    // A time is one left-to-right number run, also in Persian (set before the format: Qt mirrors
    // the sections under RTL).
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setEnabled(false);
    m_purpose->setObjectName(u"visitPurposeEdit"_s);
    m_purpose->setPlaceholderText(tr("e.g. first home visit, follow-up of the support plan"));
    m_error->setObjectName(u"scheduleVisitError"_s);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_hasTime);
    timeRow->addWidget(m_time, 1);
    form->addRow(tr("&Day:"), m_date);
    form->addRow(tr("Time:"), timeRow);
    if (session.worker().isManager()) {
        m_worker = new QComboBox(this);
        m_worker->setObjectName(u"visitWorkerCombo"_s);
        form->addRow(tr("&Social worker:"), m_worker);
        fillWorkers();
    } else {
        form->addRow(tr("Social worker:"), new QLabel(session.worker().displayName, this));
    }
    form->addRow(tr("&Purpose:"), m_purpose);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"scheduleVisitButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
    connect(buttons, &QDialogButtonBox::accepted, this, &ScheduleVisitDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void ScheduleVisitDialog::fillWorkers()
{
    const auto workers = services::WorkerAdmin(m_session).workers();
    for (const domain::Worker &w : workers) {
        if (w.active && (w.role == domain::WorkerRole::SocialWorker || w.isManager()))
            m_worker->addItem(w.displayName, w.id);
    }
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(m_session.worker().id)));
}

void ScheduleVisitDialog::searchHouseholds(const QString &text)
{
    m_household->clear();
    if (text.trimmed().isEmpty())
        return;
    const QLocale locale;
    const auto found = services::HouseholdService(m_session).search(text, {}, 20);
    for (const domain::HouseholdSummary &h : found)
        m_household->addItem(fileNumberText(h.fileNumber, locale) + u" — "_s + h.headName, h.id);
}

void ScheduleVisitDialog::accept()
{
    domain::Visit visit;
    visit.householdId = m_household ? m_household->currentData().toLongLong() : m_householdId;
    if (visit.householdId == 0) {
        m_error->showError(tr("Find and choose the household file first."));
        (m_search ? m_search : static_cast<QWidget *>(m_date))->setFocus();
        return;
    }
    visit.plannedDate = m_date->date();
    visit.plannedTime = m_hasTime->isChecked() ? m_time->time() : QTime();
    visit.purpose = m_purpose->text().trimmed();
    visit.workerId = m_worker ? m_worker->currentData().toLongLong() : m_session.worker().id;
    const storage::StoreError error = services::VisitService(m_session).schedule(&visit);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_visit = visit;
    emit scheduled(visit);
    QDialog::accept();
}

} // namespace pluslife::ui
