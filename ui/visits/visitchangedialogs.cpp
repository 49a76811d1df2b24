#include "visitchangedialogs.h"

#include "forms/formlauncher.h"

#include "caseload/displaytext.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "locale/jalali.h"
#include "services/session.h"
#include "services/visitservice.h"
#include "visitreportdialog.h"
#include "visittext.h"
#include "widgets/jalalidateedit.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QString describe(const domain::Visit &visit)
{
    const QLocale locale;
    return locale::formatJalaliLong(visit.plannedDate, locale) + u" · "_s +
           visits::visitLine(visit, locale);
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

RescheduleVisitDialog::RescheduleVisitDialog(services::Session &session, const domain::Visit &visit,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
    , m_date(new JalaliDateEdit(std::max(visit.plannedDate, visits::today(session)), this))
    , m_hasTime(new QCheckBox(tr("At a set &time"), this))
    , m_time(new QTimeEdit(visit.plannedTime.isValid() ? visit.plannedTime : QTime(9, 0), this))
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"rescheduleVisitDialog"_s);
    setWindowTitle(tr("Reschedule the visit"));
    m_date->setObjectName(u"rescheduleDateEdit"_s);
    m_date->setMinimumDate(visits::today(session));
    m_hasTime->setObjectName(u"rescheduleHasTimeCheck"_s);
    m_hasTime->setChecked(visit.plannedTime.isValid());
    m_time->setObjectName(u"rescheduleTimeEdit"_s);
    // A time is one left-to-right number run, also in Persian (set before the format: Qt mirrors
    // the sections under RTL).
    m_time->setLayoutDirection(Qt::LeftToRight);
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setEnabled(m_hasTime->isChecked());
    m_reason->setObjectName(u"rescheduleReasonEdit"_s);
    m_error->setObjectName(u"rescheduleError"_s);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_hasTime);
    timeRow->addWidget(m_time, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&New day:"), m_date);
    form->addRow(tr("Time:"), timeRow);
    form->addRow(tr("&Reason (required):"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(describe(visit), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Reschedule"), u"rescheduleButton"_s));
    connect(m_hasTime, &QCheckBox::toggled, m_time, &QWidget::setEnabled);
}

void RescheduleVisitDialog::accept()
{
    if (m_reason->text().trimmed().isEmpty()) {
        m_error->showError(tr("Give the reason for moving the visit."));
        m_reason->setFocus();
        return;
    }
    const storage::StoreError error = services::VisitService(m_session).reschedule(
        m_visit.id, m_date->date(), m_hasTime->isChecked() ? m_time->time() : QTime(),
        m_reason->text());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

CancelVisitDialog::CancelVisitDialog(services::Session &session, const domain::Visit &visit,
                                     QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
    , m_reason(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"cancelVisitDialog"_s);
    setWindowTitle(tr("Cancel the visit"));
    m_reason->setObjectName(u"cancelReasonEdit"_s);
    m_error->setObjectName(u"cancelVisitError"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason (required):"), m_reason);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(describe(visit), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("Cancel the &visit"), u"cancelVisitButton"_s));
}

void CancelVisitDialog::accept()
{
    if (m_reason->text().trimmed().isEmpty()) {
        m_error->showError(tr("Give the reason for cancelling the visit."));
        m_reason->setFocus();
        return;
    }
    const storage::StoreError error =
        services::VisitService(m_session).cancel(m_visit.id, m_reason->text());
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

VisitActionsDialog::VisitActionsDialog(services::Session &session, const domain::Visit &visit,
                                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_visit(visit)
{
    setObjectName(u"visitActionsDialog"_s);
    setWindowTitle(tr("Home visit"));
    auto *report = new QPushButton(tr("Fill in the visit &report…"), this);
    auto *done = new QPushButton(tr("Record as &done with a short note…"), this);
    auto *move = new QPushButton(tr("&Reschedule…"), this);
    auto *cancel = new QPushButton(tr("&Cancel the visit…"), this);
    auto *close = new QPushButton(tr("C&lose"), this);
    report->setObjectName(u"actionFillReport"_s);
    done->setObjectName(u"actionRecordDone"_s);
    move->setObjectName(u"actionReschedule"_s);
    cancel->setObjectName(u"actionCancel"_s);
    const bool planned = visit.status == u"planned"_s;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(describe(visit), this));
    // The home visit report form (activity 5) completes the visit; the short note stays for
    // a center that has not installed the form.
    const qint64 reportForm = FormLauncher::latestVersion(session, u"home_visit_report"_s);
    report->setVisible(reportForm != 0);
    for (QPushButton *button : {report, done, move, cancel}) {
        button->setEnabled(planned);
        layout->addWidget(button);
    }
    layout->addWidget(close);
    (reportForm != 0 ? report : done)->setDefault(planned);
    connect(report, &QPushButton::clicked, this, [this, reportForm] {
        forms::FormSubject subject;
        subject.householdId = m_visit.householdId;
        subject.visitId = m_visit.id;
        QPointer<VisitActionsDialog> self(this);
        const QString error = FormLauncher::startNew(m_session, reportForm, subject, parentWidget(),
                                                     [self](bool submitted) {
                                                         if (self && submitted)
                                                             emit self->changed();
                                                         if (self)
                                                             self->deleteLater();
                                                     });
        if (error.isEmpty())
            hide();
        else
            QMessageBox::warning(this, tr("Home visit"), error);
    });
    connect(done, &QPushButton::clicked, this,
            [this] { openStep(new VisitReportDialog(m_session, m_visit, parentWidget())); });
    connect(move, &QPushButton::clicked, this,
            [this] { openStep(new RescheduleVisitDialog(m_session, m_visit, parentWidget())); });
    connect(cancel, &QPushButton::clicked, this,
            [this] { openStep(new CancelVisitDialog(m_session, m_visit, parentWidget())); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
}

void VisitActionsDialog::openStep(QDialog *step)
{
    step->setAttribute(Qt::WA_DeleteOnClose);
    // This dialog steps aside for the chosen one and goes away with it.
    connect(step, &QDialog::accepted, this, &VisitActionsDialog::changed);
    connect(step, &QDialog::finished, this, &QObject::deleteLater);
    hide();
    step->open();
}

void openVisitActions(services::Session &session, const domain::Visit &visit, QWidget *parent,
                      const std::function<void()> &refresh)
{
    auto *actions = new VisitActionsDialog(session, visit, parent);
    QObject::connect(actions, &VisitActionsDialog::changed, parent, refresh);
    QObject::connect(actions, &QDialog::finished, actions, &QObject::deleteLater);
    actions->open();
}

} // namespace pluslife::ui
