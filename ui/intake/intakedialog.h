#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class AddressFields;
class ErrorLabel;
class IntakeMembersTable;
class PersonFields;

// Activity 2, journey 1: a request comes in and a household file is opened. The head's national
// code comes first and says at once whether the person is already known; then the head's
// details, the other members, the address and housing, how the request came and what was asked.
// People with the same name and birth date are warned about, never blocked. On success the new
// file number is shown large.
class IntakeDialog : public QDialog {
    Q_OBJECT
public:
    explicit IntakeDialog(services::Session &session, QWidget *parent = nullptr);

signals:
    void fileOpened(qint64 householdId);
    void openFileRequested(qint64 householdId); // "open the file" on the done page

private:
    QWidget *buildForm();
    QWidget *buildDonePage();
    void lookUpNationalCode();
    QString formProblem() const;
    // Translated warnings about likely duplicates of the people typed; empty when none.
    QStringList duplicateWarnings() const;
    void save();

    services::Session &m_session;
    QStackedWidget *m_pages;
    QLineEdit *m_code;
    QLabel *m_known;
    PersonFields *m_head;
    IntakeMembersTable *m_members;
    AddressFields *m_address;
    QComboBox *m_channel;
    QPlainTextEdit *m_asked;
    ErrorLabel *m_duplicates;
    ErrorLabel *m_error;
    QPushButton *m_save;
    QString m_warnedAbout; // the duplicate warnings already shown once
    QLabel *m_fileNumber = nullptr;
    QLabel *m_doneNotes = nullptr;
    QPushButton *m_openNew = nullptr;
    qint64 m_createdId = 0;
};

} // namespace pluslife::ui
