#include "homepage.h"

#include "forms/mydraftslist.h"

#include "services/capacityservice.h"
#include "storage/filenumberblocks.h"

#include "common/wrappedlabel.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "services/session.h"
#include "services/workeradmin.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QLabel *makeLabel(QWidget *parent, const QString &objectName, qreal scale = 1.0, bool bold = false)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    alignToReadingSide(label);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    label->setFont(font);
    return label;
}

} // namespace

HomePage::HomePage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_welcome(makeLabel(this, u"welcomeLabel"_s, 1.7, true))
    , m_role(makeLabel(this, u"roleLabel"_s, 1.15))
    , m_today(makeLabel(this, u"todayLabel"_s, 1.15))
{
    setObjectName(u"homePage"_s);
    auto *centerBox = new QGroupBox(tr("The center"), this);
    centerBox->setObjectName(u"centerBox"_s);
    auto *form = new QFormLayout(centerBox);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setHorizontalSpacing(24);
    form->setVerticalSpacing(10);
    m_centerName = addValue(form, tr("Name:"), u"centerNameValue"_s);
    m_centerCode = addValue(form, tr("Code:"), u"centerCodeValue"_s);
    m_place = addValue(form, tr("Province and county:"), u"centerPlaceValue"_s);
    m_capacity = addValue(form, tr("Licensed capacity:"), u"capacityValue"_s);
    m_fileNumbers = addValue(form, tr("File numbers:"), u"fileNumbersValue"_s);
    m_fileNumbersLabel = qobject_cast<QLabel *>(form->labelForField(m_fileNumbers));
    m_workers = addValue(form, tr("Workers:"), u"workerCountValue"_s);
    m_workersLabel = qobject_cast<QLabel *>(form->labelForField(m_workers));
    m_idleLock = addValue(form, tr("Automatic lock:"), u"idleLockValue"_s);

    auto *column = new QVBoxLayout;
    column->addWidget(m_welcome);
    column->addWidget(m_role);
    column->addWidget(m_today);
    column->addSpacing(16);
    column->addWidget(centerBox);
    column->addSpacing(16);
    m_drafts = new MyDraftsList(session, this);
    column->addWidget(m_drafts);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(32, 24, 32, 24);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    refresh();
}

QLabel *HomePage::addValue(QFormLayout *form, const QString &label, const QString &objectName)
{
    QLabel *value = makeLabel(this, objectName);
    form->addRow(label, value);
    return value;
}

void HomePage::refresh()
{
    if (m_drafts)
        m_drafts->reload();
    const QLocale locale;
    const domain::Worker &worker = m_session.worker();
    m_welcome->setText(tr("Welcome, %1").arg(worker.displayName));
    m_role->setText(
        tr("Signed in as %1 (%2)").arg(domain::roleDisplayName(worker.role), worker.username));
    m_today->setText(tr("Today is %1").arg(locale::formatJalaliLong(QDate::currentDate(), locale)));

    const domain::CenterInfo center = m_session.center();
    m_centerName->setText(center.name);
    m_centerCode->setText(locale::localizeDigits(center.code, locale));
    m_place->setText(tr("%1, %2").arg(center.province, center.county));
    const auto usage = services::CapacityService(m_session).centerUsage();
    m_capacity->setText(
        tr("%1 of %2 household files in use")
            .arg(locale.toString(usage.used), locale.toString(center.licensedCapacity)));
    // File numbers come from blocks reserved in advance; a manager is told before they run out.
    const qint64 left = storage::FileNumberBlocks(m_session.database()).remaining();
    m_fileNumbers->setText(left < storage::FileNumberBlocks::kLowWater
                               ? tr("only %1 left in the reserved blocks: ask for a new block")
                                     .arg(locale.toString(left))
                               : tr("%1 left in the reserved blocks").arg(locale.toString(left)));
    m_fileNumbers->setStyleSheet(left < storage::FileNumberBlocks::kLowWater
                                     ? QStringLiteral("color: #b00020; font-weight: bold;")
                                     : QString());
    m_fileNumbers->setVisible(worker.isManager());
    if (m_fileNumbersLabel)
        m_fileNumbersLabel->setVisible(worker.isManager());

    // The worker list is the manager's to see; other roles do not get the count.
    const QList<domain::Worker> workers =
        worker.isManager() ? services::WorkerAdmin(m_session).workers() : QList<domain::Worker>();
    const auto active = std::count_if(workers.cbegin(), workers.cend(),
                                      [](const domain::Worker &w) { return w.active; });
    m_workers->setText(
        tr("%1 active (%2 accounts in all)")
            .arg(locale.toString(qlonglong(active)), locale.toString(qlonglong(workers.size()))));
    m_workers->setVisible(!workers.isEmpty());
    if (m_workersLabel)
        m_workersLabel->setVisible(!workers.isEmpty());

    const int minutes = m_session.idleLockMinutes();
    m_idleLock->setText(tr("after %Ln minute(s) without use", nullptr, minutes));
}

} // namespace pluslife::ui
