#pragma once

#include "engine/formsession.h"

#include <QDialog>

#include <functional>
#include <memory>

class QPushButton;

namespace pluslife::ui {

class ErrorLabel;
class FormDraftSaver;
class FormView;

// What the host does with a filling. Each returns "" on success, or a translated message of
// what went wrong (shown in the dialog, which stays open).
struct FormFillActions {
    // Stores the session's working instance as a draft (FormSession::instanceXml()).
    std::function<QString(forms::FormSession &)> saveDraft;
    // Submits the session; called only once validation passed. On success the dialog closes
    // with QDialog::Accepted.
    std::function<QString(forms::FormSession &)> submit;
};

// A form to fill, in a dialog: the FormView, with Save draft / Submit / Close. The draft is
// saved as the worker types (FormDraftSaver, at most once per interval), on Save draft, and on
// Close (nothing is lost by closing: the draft stays to be resumed). Submit validates first:
// the worker is taken to the first missing or invalid answer.
//
// The session is not owned: it must outlive the dialog.
class FormFillDialog : public QDialog {
    Q_OBJECT
public:
    FormFillDialog(forms::FormSession &session, FormFillActions actions, QWidget *parent = nullptr);
    ~FormFillDialog() override;

    FormView *view() const { return m_view; }
    FormDraftSaver *draftSaver() const { return m_saver.get(); }

public slots:
    // Saves the draft now; true when saved (or when the host keeps no drafts).
    bool saveDraft();
    // Validates, then submits; closes the dialog on success.
    void submit();
    // Close: saves what is pending first.
    void reject() override;

private:
    bool runSave(bool announce);

    forms::FormSession &m_session;
    FormFillActions m_actions;
    FormView *m_view = nullptr;
    ErrorLabel *m_status = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    bool m_saveFailed = false;
    // Last member: destroyed (and flushed) while the rest is still there.
    std::unique_ptr<FormDraftSaver> m_saver;
};

} // namespace pluslife::ui
