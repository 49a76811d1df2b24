#pragma once

#include "domain/center.h"

#include <QWizard>

namespace pluslife::services {
class Session;
}
namespace pluslife::storage {
class SecretStore;
}

namespace pluslife::ui {

class CenterPage;
class ManagerPage;
class RecoveryCodePage;

// First start, when the data directory holds no store: the center, its first manager, then
// the store is created and the recovery code shown once.
class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { CenterPageId, ManagerPageId, RecoveryPageId };

    // `session` is signed out; it tells where the store goes and whether one is there already.
    SetupWizard(const services::Session &session, storage::SecretStore &secrets,
                QWidget *parent = nullptr);

    // The store exists once the manager page has been committed.
    bool storeCreated() const { return m_created; }
    QString managerUsername() const;

    void reject() override;

private:
    const services::Session &m_session;
    storage::SecretStore &m_secrets;
    CenterPage *m_centerPage;
    ManagerPage *m_managerPage;
    RecoveryCodePage *m_recoveryPage;
    bool m_created = false;
};

} // namespace pluslife::ui
