#pragma once

#include <QObject>
#include <QTimer>

#include <functional>

namespace pluslife::ui {

class FormView;

// Saves a form's draft while it is being filled, without saving on every keystroke: the first
// edit starts a single-shot timer, edits while it runs only mark the draft dirty, and when it
// fires the save callback runs once. So a draft is saved at most once per interval, and at
// the latest one interval after the last edit. flush() saves at once when something is pending
// (closing the form, switching households); the destructor flushes too, so the callback must
// stay callable for the saver's whole life.
class FormDraftSaver : public QObject {
    Q_OBJECT
public:
    using SaveFunction = std::function<void()>;

    explicit FormDraftSaver(SaveFunction save, QObject *parent = nullptr);
    ~FormDraftSaver() override;

    // Saves after the view's edits (FormView::edited()).
    void watch(FormView *view);

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    bool isPending() const { return m_pending; }
    int saveCount() const { return m_saveCount; }

public slots:
    // Something changed: save within the interval.
    void schedule();
    // Saves now if something is pending.
    void flush();
    // Forgets what is pending (after the form was submitted or thrown away).
    void discard();

signals:
    void saved();

private:
    SaveFunction m_save;
    QTimer m_timer;
    bool m_pending = false;
    bool m_saving = false;
    int m_saveCount = 0;
};

} // namespace pluslife::ui
