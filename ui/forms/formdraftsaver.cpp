#include "formdraftsaver.h"

#include "formview.h"

namespace pluslife::ui {

namespace {
constexpr int kDefaultIntervalMs = 500;
}

FormDraftSaver::FormDraftSaver(SaveFunction save, QObject *parent)
    : QObject(parent)
    , m_save(std::move(save))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &FormDraftSaver::flush);
}

FormDraftSaver::~FormDraftSaver()
{
    flush();
}

void FormDraftSaver::watch(FormView *view)
{
    connect(view, &FormView::edited, this, &FormDraftSaver::schedule);
}

void FormDraftSaver::setInterval(int milliseconds)
{
    m_timer.setInterval(qMax(0, milliseconds));
}

void FormDraftSaver::schedule()
{
    m_pending = true;
    if (!m_timer.isActive())
        m_timer.start();
}

void FormDraftSaver::flush()
{
    m_timer.stop();
    if (!m_pending || m_saving)
        return;
    m_pending = false;
    if (!m_save)
        return;
    m_saving = true; // a save that edits (or flushes) again does not recurse
    m_save();
    m_saving = false;
    ++m_saveCount;
    emit saved();
}

void FormDraftSaver::discard()
{
    m_timer.stop();
    m_pending = false;
}

} // namespace pluslife::ui
