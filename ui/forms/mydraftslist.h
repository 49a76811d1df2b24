#pragma once

#include <QGroupBox>

class QListWidget;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

// "My drafts" on the desk: every form the signed-in worker started and has not submitted, last
// saved first, across households; Enter or a double-click resumes one.
class MyDraftsList : public QGroupBox {
    Q_OBJECT
public:
    explicit MyDraftsList(services::Session &session, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }

public slots:
    void reload();

private:
    void resume();

    services::Session &m_session;
    QListWidget *m_list;
};

} // namespace pluslife::ui
