#pragma once

#include "client/synccontroller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace pluslife::ui {

// The sync line of the main window's status bar: online or not (words and an icon, never colour
// alone), when the store last synced, what waits to be sent, refused operations and conflicts
// (each a button that opens its view), the last error in words, a progress bar while a long
// transfer runs, and "Sync now". Follows a SyncController's signals (showStatus() and
// showProgress() can also be driven directly); what the buttons do is the owner's (SyncUi).
class SyncStatusIndicator : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusIndicator(sync::SyncController *controller, QWidget *parent = nullptr);

    // Below these totals a push or pull is quick enough to pass without a progress bar.
    static constexpr qint64 kLongTransfer = 50;

    QString stateText() const;
    // Roles that may not open the conflict inbox still see the count, as plain text.
    void setConflictsOpenable(bool openable);
    QString errorText() const;

public slots:
    void showStatus(const pluslife::sync::SyncStatus &status);
    void showProgress(const QString &phase, qint64 done, qint64 total);

signals:
    void syncNowRequested();
    void outboxRequested();
    void conflictsRequested();

private:
    void hideProgress();

    QLabel *m_icon;
    QLabel *m_state;
    QLabel *m_lastSync;
    QToolButton *m_pending;
    QToolButton *m_quarantined;
    QToolButton *m_conflicts;
    QLabel *m_clashes;
    QLabel *m_error;
    QProgressBar *m_progress;
    QToolButton *m_syncNow;
};

} // namespace pluslife::ui
