#include "syncstatusindicator.h"

#include "household/timelinetext.h"
#include "synctext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

QToolButton *countButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setAutoRaise(true);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    button->setFocusPolicy(Qt::TabFocus);
    return button;
}

} // namespace

SyncStatusIndicator::SyncStatusIndicator(sync::SyncController *controller, QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_state(new QLabel(this))
    , m_lastSync(new QLabel(this))
    , m_pending(countButton(u"syncPendingButton"_s, this))
    , m_quarantined(countButton(u"syncQuarantinedButton"_s, this))
    , m_conflicts(countButton(u"syncConflictsButton"_s, this))
    , m_clashes(new QLabel(this))
    , m_error(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_syncNow(new QToolButton(this))
{
    setObjectName(u"syncStatusIndicator"_s);
    m_icon->setObjectName(u"syncStateIcon"_s);
    m_state->setObjectName(u"syncStateLabel"_s);
    m_lastSync->setObjectName(u"syncLastLabel"_s);
    m_error->setObjectName(u"syncErrorLabel"_s);
    m_clashes->setObjectName(u"syncClashesLabel"_s);
    m_clashes->setToolTip(
        tr("Records that the central window has, which clash with records made on this computer "
           "(the same national code or user name under another file). They are kept aside, not "
           "lost; ask the center's IT staff to merge the duplicates."));
    m_progress->setObjectName(u"syncProgressBar"_s);
    m_progress->setMaximumWidth(260);
    m_progress->setTextVisible(true);
    m_syncNow->setObjectName(u"syncNowButton"_s);
    m_syncNow->setText(tr("Sync now"));
    m_syncNow->setAutoRaise(true);
    m_pending->setToolTip(tr("Show what waits to be sent"));
    m_quarantined->setToolTip(tr("Show the changes the central window refused"));
    m_conflicts->setToolTip(tr("Open the conflict inbox"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_icon);
    layout->addWidget(m_state);
    layout->addWidget(m_lastSync);
    layout->addWidget(m_pending);
    layout->addWidget(m_quarantined);
    layout->addWidget(m_conflicts);
    layout->addWidget(m_clashes);
    layout->addWidget(m_error, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_syncNow);

    connect(m_syncNow, &QToolButton::clicked, this, &SyncStatusIndicator::syncNowRequested);
    connect(m_pending, &QToolButton::clicked, this, &SyncStatusIndicator::outboxRequested);
    connect(m_quarantined, &QToolButton::clicked, this, &SyncStatusIndicator::outboxRequested);
    connect(m_conflicts, &QToolButton::clicked, this, &SyncStatusIndicator::conflictsRequested);
    if (controller) {
        connect(controller, &sync::SyncController::statusChanged, this,
                &SyncStatusIndicator::showStatus);
        connect(controller, &sync::SyncController::progress, this,
                &SyncStatusIndicator::showProgress);
        showStatus(controller->status());
    } else {
        showStatus({});
    }
}

QString SyncStatusIndicator::stateText() const
{
    return m_state->text();
}

void SyncStatusIndicator::setConflictsOpenable(bool openable)
{
    m_conflicts->setEnabled(openable);
    m_conflicts->setToolTip(openable ? tr("Open the conflict inbox")
                                     : tr("A manager or the file's social worker decides"));
}

QString SyncStatusIndicator::errorText() const
{
    return m_error->text();
}

void SyncStatusIndicator::showStatus(const sync::SyncStatus &status)
{
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
    QString state;
    if (!status.enrolled) {
        state = tr("Not connected to a central window");
    } else if (status.revoked) {
        icon = QStyle::SP_MessageBoxCritical;
        state = tr("Disconnected from the central window");
    } else if (status.running) {
        icon = QStyle::SP_BrowserReload;
        state = tr("Syncing…");
    } else if (status.online) {
        icon = QStyle::SP_DialogApplyButton;
        state = tr("Online");
    } else {
        icon = QStyle::SP_MessageBoxWarning;
        state = tr("Offline");
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size, size));
    m_state->setText(state);
    m_icon->setAccessibleName(state);

    m_lastSync->setVisible(status.enrolled);
    m_lastSync->setText(
        status.lastSuccessUtc.isValid()
            ? tr("Last synced %1").arg(jalaliDateTime(status.lastSuccessUtc, QLocale()))
            : tr("Never synced"));
    m_pending->setText(tr("%Ln change(s) to send", nullptr, status.pending));
    m_quarantined->setText(tr("%Ln refused", nullptr, status.quarantined));
    m_quarantined->setVisible(status.quarantined > 0);
    m_conflicts->setText(tr("%Ln conflict(s)", nullptr, status.openConflicts));
    m_conflicts->setVisible(status.openConflicts > 0);
    m_clashes->setText(tr("%Ln duplicate(s) kept aside", nullptr, status.clashes));
    m_clashes->setVisible(status.clashes > 0);

    QString error;
    // "stopped": the cycle was stopped for a lock or sign-out, nothing went wrong;
    // "not-enrolled" while not enrolled: the state already says it.
    const QString &code = status.lastErrorCode;
    if (!code.isEmpty() && code != u"stopped" && (status.enrolled || code != u"not-enrolled"))
        error = synctext::errorText(code);
    else if (status.enrolled && status.revoked)
        error = synctext::errorText(u"device-revoked"_s);
    m_error->setText(error);
    m_error->setToolTip(error);
    m_error->setVisible(!error.isEmpty());

    m_syncNow->setEnabled(status.enrolled && !status.revoked && !status.running);
    if (!status.running)
        hideProgress();
}

void SyncStatusIndicator::showProgress(const QString &phase, qint64 done, qint64 total)
{
    // Files are slow whatever their number; changes only when many remain (a pull counts the
    // center's change sequence, from where this store's cursor stands).
    const bool files = phase == u"upload" || phase == u"download";
    const bool shown = !m_progress->isHidden() && m_progress->property("phase") == phase;
    if (total <= 0 || done >= total || (!files && !shown && total - done < kLongTransfer)) {
        hideProgress();
        return;
    }
    // Byte counts of a large file would overflow an int range: the bar shows thousandths.
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(done * 1000 / total));
    const QString text = synctext::progressText(phase, done, total, QLocale());
    m_progress->setFormat(text);
    m_progress->setProperty("phase", phase);
    m_progress->setAccessibleName(text);
    m_progress->show();
}

void SyncStatusIndicator::hideProgress()
{
    m_progress->hide();
    m_progress->setFormat({});
}

} // namespace pluslife::ui
