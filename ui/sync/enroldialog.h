#pragma once

#include "client/syncengine.h"

#include <QDialog>

#include <functional>

class QLineEdit;
class QPushButton;

namespace pluslife::services {
class Session;
}
namespace pluslife::storage {
class SecretStore;
}

namespace pluslife::ui {

class ErrorLabel;

// "Connect to the central window…" (managers): the central's address, the enrolment code its
// administrator gave, what to trust (a private CA file or the certificate's SHA-256) and this
// computer's name. Enrolment runs on a thread of its own; the dialog stays responsive and shows
// the answer in words.
class EnrolDialog : public QDialog {
    Q_OBJECT
public:
    // Runs on the enrolment thread; the default calls SyncEngine::enroll.
    using EnrolFn = std::function<bool(const sync::EnrolmentRequest &request, QString *errorCode,
                                       QString *errorMessage)>;

    EnrolDialog(services::Session &session, storage::SecretStore &secrets,
                QWidget *parent = nullptr);

    void setEnrolFunction(EnrolFn enrol) { m_enrol = std::move(enrol); }
    bool isBusy() const { return m_busy; }
    // The request the fields make (trimmed, digits normalised); valid only when the fields are.
    sync::EnrolmentRequest request() const;

public slots:
    void accept() override;

signals:
    void enrolled();

private:
    QString validate() const; // empty when the fields make a request, else the message
    void chooseCaFile();
    void setBusy(bool busy);
    void finish(bool ok, const QString &errorCode);

    EnrolFn m_enrol;
    bool m_busy = false;
    bool m_done = false;
    QLineEdit *m_url;
    QLineEdit *m_code;
    QLineEdit *m_caFile;
    QLineEdit *m_pin;
    QLineEdit *m_device;
    QPushButton *m_chooseCa;
    QPushButton *m_connect;
    ErrorLabel *m_message;
};

} // namespace pluslife::ui
