#pragma once

#include "engine/formsession.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace pluslife::ui {

class FormField;

// Renders a filling of an ODK form (forms::FormSession) for the worker to answer, one page at a
// time (FormSession::pages(): a field-list group, a group, or a run of top-level questions),
// each page in a scroll area, with Previous / Next and "page i of n" with a progress bar.
//
// Every answer goes to the session as it is typed (line edits commit on each edit, so a draft
// captures typing). A refused answer keeps its text and shows the engine's reason beside the
// question; an accepted one refreshes only the questions the change names
// (FormChange::changedPaths: value, relevance, required, read-only, problem, choices), and a
// change of structure (repeat instances) rebuilds the page with the keyboard kept where it was.
// A question's problem (required, constraint) is shown once it has been answered, and for every
// question after validateAndFocus().
//
// Keyboard: Tab moves on; Enter moves to the next question, and from the last question of the
// page (or with Ctrl anywhere, also in a multi-line text) to the next page.
// The view follows the application's layout direction and shows digits of the UI locale.
//
// The session is not owned: it must outlive the view, and must not be changed behind the view's
// back (call reload() if it was).
class FormView : public QWidget {
    Q_OBJECT
public:
    // Asked before a repeat instance is removed; `title` names it ("Member 2"). The default asks
    // with a QMessageBox.
    using RemoveConfirmer = std::function<bool(QWidget *parent, const QString &title)>;
    // Asked for a file to attach; `mediaType` from the upload control ("image/*"). Returns the
    // chosen file's path, or "" when cancelled. The default is a QFileDialog.
    using FileChooser = std::function<QString(QWidget *parent, const QString &mediaType)>;

    explicit FormView(forms::FormSession &session, QWidget *parent = nullptr);
    ~FormView() override;

    forms::FormSession &session() const { return m_session; }

    int currentPage() const { return m_page; }
    int pageCount() const { return int(m_pages.size()); }
    // Shows `page` (whatever its relevance) and puts the keyboard on its first question.
    bool goToPage(int page);
    // The next / previous page that has a relevant question; false when there is none.
    bool nextPage();
    bool previousPage();
    bool hasNextPage() const;
    bool hasPreviousPage() const;

    // Runs FormSession::validate(). When something is wrong: shows the page of the first issue,
    // every message on it, and puts the keyboard on the first question concerned; returns false.
    bool validateAndFocus();

    // Answers a question from outside (the host after attachmentRequested(), for instance),
    // exactly as if the worker had: the change is shown and edited() emitted when accepted.
    forms::FormChange setAnswer(const QString &path, const QString &value);
    // Shows the session again from scratch (after the host changed it directly).
    void reload();

    void setRemoveConfirmer(RemoveConfirmer confirmer);
    void setFileChooser(FileChooser chooser);

    // The question at `path` (instance path) on the current page, or nullptr.
    FormField *field(const QString &path) const;
    // The questions of the current page in document order.
    QList<FormField *> fields() const { return m_fields; }
    // How many questions the last accepted change refreshed (a rebuilt page counts all of them).
    int lastRefreshCount() const { return m_lastRefreshCount; }

signals:
    // After every accepted change (answer, repeat added or removed): the host saves a draft
    // (debounced, see FormDraftSaver).
    void edited();
    void pageChanged(int page);
    // The worker chose a file for the upload question at `path`. The host decides what to do
    // with it (store it as an attachment, then setAnswer(path, its name)).
    void attachmentRequested(const QString &path, const QString &filePath);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Section {
        QWidget *box = nullptr;
        QLabel *heading = nullptr;
        std::optional<bool> relevant;
        QString label;
    };

    void buildPage();
    void buildItems(const QList<forms::FormItem> &items, QWidget *parent, QVBoxLayout *layout,
                    bool topLevel, const QString &groupLabel = QString());
    void buildGroup(const forms::FormItem &group, QWidget *parent, QVBoxLayout *layout,
                    bool topLevel);
    void buildRepeat(const forms::FormItem &repeat, QWidget *parent, QVBoxLayout *layout,
                     const QString &groupLabel);
    void addField(const forms::FormItem &item, QWidget *parent, QVBoxLayout *layout);
    void addSection(const forms::FormItem &item, QWidget *box, QLabel *heading);
    void refreshSection(const QString &path);

    void commit(FormField *field, const QString &value);
    void applyChange(const forms::FormChange &change, FormField *origin, bool editing);
    void rebuildKeepingFocus(const QString &focusName, const FormField *typedIn);
    QString focusedName() const;

    void updateNavigation();
    bool pageHasContent(int page) const;
    int pageOfControl(int control) const;
    void focusFirstField();
    void focusNextField(FormField *from);
    FormField *fieldContaining(const QWidget *widget) const;

    void addRepeatInstance(const QString &repeatPath);
    void removeRepeatInstance(const QString &instancePath, const QString &title);
    void chooseAttachment(FormField *field);

    forms::FormSession &m_session;
    QList<forms::FormPage> m_pages;
    int m_page = -1;

    QLabel *m_title = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QPushButton *m_previous = nullptr;
    QPushButton *m_next = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;

    QList<FormField *> m_fields; // the current page, document order
    QHash<QString, FormField *> m_fieldByPath;
    QList<FormField *> m_dynamicText;   // questions whose label or hint shows answers
    QHash<QString, Section> m_sections; // groups, repeats and repeat instances of the page
    QSet<QString> m_revealed;           // questions whose problem is shown
    QString m_instanceContext;          // the repeat instance being built, "" outside any
    int m_lastRefreshCount = 0;
    bool m_shown = false;

    RemoveConfirmer m_confirmRemove;
    FileChooser m_chooseFile;
};

} // namespace pluslife::ui
