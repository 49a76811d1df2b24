#include "notestab.h"

#include "common/errorlabel.h"
#include "domain/accesspolicy.h"
#include "services/noteservice.h"
#include "services/session.h"
#include "timelinetext.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPalette>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

NotesTab::NotesTab(services::Session &session, qint64 householdId, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_list(new QListWidget(this))
    , m_editor(new QPlainTextEdit(this))
    , m_add(new QPushButton(tr("Add not&e"), this))
    , m_correct(new QPushButton(tr("&Correct…"), this))
    , m_message(new ErrorLabel(this))
{
    setObjectName(u"notesTab"_s);
    m_list->setObjectName(u"notesList"_s);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_editor->setObjectName(u"noteEditor"_s);
    m_editor->setTabChangesFocus(true);
    m_editor->setPlaceholderText(tr("Write a note on this household file…"));
    m_editor->setMaximumHeight(m_editor->fontMetrics().lineSpacing() * 6);
    m_add->setObjectName(u"addNoteButton"_s);
    m_add->setToolTip(tr("Add the note (Ctrl+Return)"));
    m_correct->setObjectName(u"correctNoteButton"_s);
    m_message->setObjectName(u"notesMessage"_s);

    const bool mayWrite = domain::allows(session.worker().role, domain::Capability::EditMembers);
    m_editor->setVisible(mayWrite);
    m_add->setVisible(mayWrite);
    m_correct->setVisible(mayWrite);

    auto *bar = new QHBoxLayout;
    bar->addStretch();
    bar->addWidget(m_correct);
    bar->addWidget(m_add);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor);
    layout->addLayout(bar);
    layout->addWidget(m_message);

    m_editor->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &NotesTab::addNote);
    connect(m_correct, &QPushButton::clicked, this, &NotesTab::correctSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this, &NotesTab::updateButtons);
    refresh();
}

bool NotesTab::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Return (or Ctrl+Enter on the keypad) in the editor adds the note instead of a line.
    if (watched == m_editor && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            key->modifiers().testFlag(Qt::ControlModifier)) {
            addNote();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void NotesTab::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void NotesTab::hideEvent(QHideEvent *event)
{
    // Hidden (or hidden by a lock): the notes do not stay in the list. The draft stays, so that
    // looking at another tab does not lose it.
    m_list->clear();
    m_notes.clear();
    QWidget::hideEvent(event);
}

void NotesTab::refresh()
{
    m_notes = m_session.isLocked() ? QList<domain::Note>()
                                   : services::NoteService(m_session).ofHousehold(m_householdId);
    const QLocale locale;
    const QColor grey = palette().color(QPalette::Disabled, QPalette::Text);
    m_list->clear();
    for (const domain::Note &note : std::as_const(m_notes)) {
        QString heading = jalaliDateTime(note.writtenUtc, locale) + u" — "_s + note.workerName;
        if (note.superseded)
            heading += u" — "_s + tr("corrected");
        else if (note.supersedes > 0)
            heading += u" — "_s + tr("correction");
        auto *item = new QListWidgetItem(heading + u'\n' + note.body, m_list);
        item->setData(Qt::UserRole, note.id);
        if (note.superseded) {
            item->setForeground(grey);
            QFont font = item->font();
            font.setItalic(true);
            item->setFont(font);
        }
    }
    updateButtons();
}

const domain::Note *NotesTab::selectedNote() const
{
    const auto selected = m_list->selectedItems();
    if (selected.isEmpty())
        return nullptr;
    const qint64 id = selected.first()->data(Qt::UserRole).toLongLong();
    for (const domain::Note &note : m_notes)
        if (note.id == id)
            return &note;
    return nullptr;
}

void NotesTab::updateButtons()
{
    const domain::Note *note = selectedNote();
    m_correct->setEnabled(note && !note->superseded && note->workerId == m_session.worker().id);
}

void NotesTab::addNote()
{
    if (!m_add->isVisible())
        return;
    m_message->clearMessage();
    const auto error = services::NoteService(m_session).add(m_householdId, m_editor->toPlainText());
    if (!error.ok()) {
        m_message->showError(error.message);
        m_editor->setFocus();
        return;
    }
    m_editor->clear();
    m_message->showNotice(tr("The note was added."));
    refresh();
}

void NotesTab::correctSelected()
{
    const domain::Note *selected = selectedNote();
    if (!selected || !m_correct->isEnabled())
        return;
    m_message->clearMessage();
    const qint64 noteId = selected->id;

    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"correctNoteDialog"_s);
    dialog->setWindowTitle(tr("Correct the note"));
    auto *explanation = new QLabel(
        tr("The corrected text is kept as a new note; the old note stays in the file, marked as "
           "corrected."),
        dialog);
    explanation->setWordWrap(true);
    auto *text = new QPlainTextEdit(selected->body, dialog);
    text->setObjectName(u"correctNoteEditor"_s);
    text->setTabChangesFocus(true);
    auto *problem = new ErrorLabel(dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save correction"));
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(explanation);
    layout->addWidget(text, 1);
    layout->addWidget(problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, text, problem, noteId] {
        const auto error = services::NoteService(m_session).correct(noteId, text->toPlainText());
        if (!error.ok()) {
            problem->showError(error.message);
            return;
        }
        dialog->accept();
        m_message->showNotice(tr("The note was corrected."));
        refresh();
    });
    dialog->resize(520, 320);
    dialog->open();
}

} // namespace pluslife::ui
