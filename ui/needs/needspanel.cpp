#include "needspanel.h"

#include "bandoverridedialog.h"
#include "common/errorlabel.h"
#include "domain/choices.h"
#include "locale/digits.h"
#include "services/session.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(true);
    return table;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setToolTip(text);
    return item;
}

QString statusText(const QString &status)
{
    if (status == QLatin1String("proposed"))
        return NeedsPanel::tr("Proposed");
    if (status == QLatin1String("accepted"))
        return NeedsPanel::tr("Accepted");
    if (status == QLatin1String("removed"))
        return NeedsPanel::tr("Removed");
    return status;
}

} // namespace

NeedsPanel::NeedsPanel(services::Session &session, qint64 householdId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_summary(new QLabel(this))
    , m_explanation(makeTable(this, u"needsExplanation"_s,
                              {tr("Indicator"), tr("What was found"), tr("Points")}))
    , m_save(new QPushButton(tr("&Save the assessment"), this))
    , m_override(new QPushButton(tr("&Change band…"), this))
    , m_planStatus(new QLabel(this))
    , m_items(makeTable(this, u"planItems"_s,
                        {tr("Service"), tr("Suggested because"), tr("Status"), tr("Note")}))
    , m_propose(new QPushButton(tr("&Propose plan"), this))
    , m_add(new QPushButton(tr("&Add service…"), this))
    , m_accept(new QPushButton(tr("A&ccept"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_error(new ErrorLabel(this))
{
    m_summary->setObjectName(u"needsSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_save->setObjectName(u"saveAssessmentButton"_s);
    m_override->setObjectName(u"overrideBandButton"_s);
    m_planStatus->setObjectName(u"planStatus"_s);
    m_planStatus->setWordWrap(true);
    m_propose->setObjectName(u"proposePlanButton"_s);
    m_add->setObjectName(u"addServiceButton"_s);
    m_accept->setObjectName(u"acceptServiceButton"_s);
    m_remove->setObjectName(u"removeServiceButton"_s);
    m_explanation->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto *assessmentButtons = new QHBoxLayout;
    assessmentButtons->addWidget(m_save);
    assessmentButtons->addWidget(m_override);
    assessmentButtons->addStretch(1);
    auto *needsBox = new QGroupBox(tr("Needs assessment"), this);
    auto *needsLayout = new QVBoxLayout(needsBox);
    needsLayout->addWidget(m_summary);
    needsLayout->addWidget(m_explanation, 1);
    needsLayout->addLayout(assessmentButtons);

    auto *planButtons = new QHBoxLayout;
    planButtons->addWidget(m_propose);
    planButtons->addWidget(m_add);
    planButtons->addWidget(m_accept);
    planButtons->addWidget(m_remove);
    if (m_session.worker().isManager()) {
        m_approve = new QPushButton(tr("A&pprove plan"), this);
        m_approve->setObjectName(u"approvePlanButton"_s);
        planButtons->addWidget(m_approve);
        connect(m_approve, &QPushButton::clicked, this, &NeedsPanel::approvePlan);
    }
    planButtons->addStretch(1);
    auto *planBox = new QGroupBox(tr("Support plan"), this);
    auto *planLayout = new QVBoxLayout(planBox);
    planLayout->addWidget(m_planStatus);
    planLayout->addWidget(m_items, 1);
    planLayout->addLayout(planButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(needsBox, 3);
    layout->addWidget(planBox, 2);
    layout->addWidget(m_error);

    connect(m_save, &QPushButton::clicked, this, &NeedsPanel::saveAssessment);
    connect(m_override, &QPushButton::clicked, this, &NeedsPanel::openOverrideDialog);
    connect(m_propose, &QPushButton::clicked, this, &NeedsPanel::proposePlan);
    connect(m_add, &QPushButton::clicked, this, &NeedsPanel::chooseService);
    connect(m_accept, &QPushButton::clicked, this, &NeedsPanel::acceptSelected);
    connect(m_remove, &QPushButton::clicked, this, &NeedsPanel::askRemove);
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &NeedsPanel::updateButtons);
    reload();
}

void NeedsPanel::reload()
{
    services::NeedsAssessment needs(m_session);
    const storage::StoreError error = needs.assess(m_householdId, &m_result);
    if (!error.ok()) {
        m_result = {};
        m_error->showError(error.message);
    }
    m_stored = needs.current(m_householdId);
    m_plan = needs.currentPlan(m_householdId);
    showAssessment();
    showPlan();
    updateButtons();
}

void NeedsPanel::showAssessment()
{
    const QLocale here;
    QString text = tr("Score %1 of 100: %2 (rules %3).")
                       .arg(here.toString(m_result.score),
                            domain::choiceDisplayName(domain::Choice::Priority, m_result.band),
                            locale::localizeDigits(m_result.ruleVersion, here));
    if (m_stored && !m_stored->overrideBand.isEmpty())
        text +=
            QLatin1Char('\n') +
            tr("Band set by a worker: %1 (computed: %2). Reason: %3")
                .arg(domain::choiceDisplayName(domain::Choice::Priority, m_stored->overrideBand),
                     domain::choiceDisplayName(domain::Choice::Priority, m_stored->computedBand),
                     m_stored->overrideReason);
    else if (!m_stored)
        text += QLatin1Char('\n') + tr("Not saved yet: the file's priority is not set from it.");
    m_summary->setText(text);

    m_explanation->setRowCount(int(m_result.contributions.size()));
    for (int row = 0; row < m_result.contributions.size(); ++row) {
        const auto &c = m_result.contributions.at(row);
        m_explanation->setItem(row, 0, cell(c.name));
        m_explanation->setItem(row, 1, cell(c.value));
        auto *points = cell(tr("%1 of %2").arg(here.toString(c.points), here.toString(c.weight)));
        points->setData(Qt::UserRole, c.points);
        points->setTextAlignment(Qt::AlignCenter);
        m_explanation->setItem(row, 2, points);
    }
    m_explanation->resizeColumnToContents(0);
}

void NeedsPanel::showPlan()
{
    services::NeedsAssessment needs(m_session);
    const QLocale here;
    if (!m_plan) {
        m_planStatus->setText(tr("No support plan yet. Propose one from the assessment."));
        m_items->setRowCount(0);
        return;
    }
    m_planStatus->setText(m_plan->status == QLatin1String("approved")
                              ? tr("Approved by the center manager.")
                              : tr("Draft: waiting for the center manager's approval."));
    m_items->setRowCount(int(m_plan->items.size()));
    for (int row = 0; row < m_plan->items.size(); ++row) {
        const auto &item = m_plan->items.at(row);
        auto *service = cell(needs.catalog().displayName(item.serviceId));
        service->setData(Qt::UserRole, item.id);
        service->setData(Qt::UserRole + 1, item.serviceId);
        service->setToolTip(locale::localizeDigits(item.serviceId, here));
        m_items->setItem(row, 0, service);
        m_items->setItem(
            row, 1,
            cell(item.suggestedBy.isEmpty()
                     ? tr("Added by a worker")
                     : (needs.rules() ? needs.rules()->suggestionDisplayName(item.suggestedBy)
                                      : item.suggestedBy)));
        m_items->setItem(row, 2, cell(statusText(item.status)));
        m_items->setItem(row, 3, cell(item.note));
    }
}

void NeedsPanel::updateButtons()
{
    const bool draft = m_plan && m_plan->status == QLatin1String("draft");
    QString status;
    if (const int row = m_items->currentRow(); row >= 0 && m_plan && row < m_plan->items.size())
        status = m_plan->items.at(row).status;
    m_add->setEnabled(draft);
    m_accept->setEnabled(draft && status == QLatin1String("proposed"));
    m_remove->setEnabled(draft && !status.isEmpty() && status != QLatin1String("removed"));
    if (m_approve)
        m_approve->setEnabled(draft);
}

bool NeedsPanel::done(const storage::StoreError &error)
{
    if (!error.ok()) {
        m_error->showError(error.message);
        return false;
    }
    m_error->clearMessage();
    reload();
    emit householdChanged(m_householdId);
    return true;
}

bool NeedsPanel::saveAssessment()
{
    return done(services::NeedsAssessment(m_session).store(m_householdId));
}

bool NeedsPanel::overrideBand(const QString &band, const QString &reason)
{
    return done(services::NeedsAssessment(m_session).overrideBand(m_householdId, band, reason));
}

void NeedsPanel::openOverrideDialog()
{
    const QString current = m_stored ? m_stored->effectiveBand() : m_result.band;
    BandOverrideDialog dialog(m_result.band, m_result.score, current, this);
    if (dialog.exec() == QDialog::Accepted)
        overrideBand(dialog.band(), dialog.reason());
}

bool NeedsPanel::proposePlan()
{
    return done(services::NeedsAssessment(m_session).proposePlan(m_householdId));
}

bool NeedsPanel::addService(const QString &serviceId, const QString &note)
{
    if (!m_plan)
        return done(storage::StoreError::invalidInput(tr("Propose a support plan first.")));
    return done(services::NeedsAssessment(m_session).addPlanItem(m_plan->id, serviceId, note));
}

void NeedsPanel::chooseService()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Add a service to the support plan"));
    auto *serviceCombo = new QComboBox(&dialog);
    serviceCombo->setObjectName(u"serviceCombo"_s);
    const QLocale here;
    for (const auto &service : services::NeedsAssessment(m_session).catalog().services())
        if (!service.parentId.isEmpty())
            serviceCombo->addItem(
                tr("%1 (%2)").arg(service.displayName(), locale::localizeDigits(service.id, here)),
                service.id);
    auto *note = new QLineEdit(&dialog);
    note->setObjectName(u"serviceNoteEdit"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("&Service:"), serviceCombo);
    form->addRow(tr("&Note:"), note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() == QDialog::Accepted)
        addService(serviceCombo->currentData().toString(), note->text());
}

qint64 NeedsPanel::selectedItemId() const
{
    const int row = m_items->currentRow();
    const QTableWidgetItem *item = row >= 0 ? m_items->item(row, 0) : nullptr;
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool NeedsPanel::selectService(const QString &serviceId)
{
    for (int row = 0; row < m_items->rowCount(); ++row)
        if (m_items->item(row, 0)->data(Qt::UserRole + 1).toString() == serviceId) {
            m_items->selectRow(row);
            m_items->setCurrentCell(row, 0);
            updateButtons();
            return true;
        }
    return false;
}

bool NeedsPanel::acceptSelected()
{
    const qint64 item = selectedItemId();
    if (item == 0)
        return done(storage::StoreError::invalidInput(tr("Choose a service of the plan first.")));
    return done(services::NeedsAssessment(m_session).acceptPlanItem(item));
}

bool NeedsPanel::removeSelected(const QString &note)
{
    const qint64 item = selectedItemId();
    if (item == 0)
        return done(storage::StoreError::invalidInput(tr("Choose a service of the plan first.")));
    return done(services::NeedsAssessment(m_session).removePlanItem(item, note));
}

void NeedsPanel::askRemove()
{
    bool ok = false;
    const QString note = QInputDialog::getText(this, tr("Remove a service"),
                                               tr("Why is this service removed from the plan?"),
                                               QLineEdit::Normal, {}, &ok);
    if (ok)
        removeSelected(note);
}

bool NeedsPanel::approvePlan()
{
    if (!m_plan)
        return done(storage::StoreError::invalidInput(tr("Propose a support plan first.")));
    return done(services::NeedsAssessment(m_session).approvePlan(m_plan->id));
}

} // namespace pluslife::ui
