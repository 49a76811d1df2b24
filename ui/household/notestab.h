#pragma once

#include "domain/note.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// The running notes of one household file, newest first: Jalali date and time, who wrote it and
// the text; corrected notes stay, greyed. Roles that may edit the file write notes in the editor
// ("Add note" or Ctrl+Return) and correct their own notes with "Correct…".
class NotesTab : public QWidget {
    Q_OBJECT
public:
    NotesTab(services::Session &session, qint64 householdId, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QPlainTextEdit *editor() const { return m_editor; }

public slots:
    void refresh();
    void addNote();
    void correctSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    const domain::Note *selectedNote() const;
    void updateButtons();

    services::Session &m_session;
    qint64 m_householdId;
    QList<domain::Note> m_notes;
    QListWidget *m_list;
    QPlainTextEdit *m_editor;
    QPushButton *m_add;
    QPushButton *m_correct;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
