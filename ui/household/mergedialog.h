#pragma once

#include "domain/household.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace pluslife::services {
class Session;
}

namespace pluslife::ui {

class ErrorLabel;

// Two files of one household: the worker types the duplicate's file number (any digits), sees
// whose file it is, and merges it into the open file. The duplicate is closed, its members join.
class MergeDialog : public QDialog {
    Q_OBJECT
public:
    MergeDialog(services::Session &session, const domain::Household &keep,
                QWidget *parent = nullptr);

private:
    void findDuplicate();
    void accept() override;

    services::Session &m_session;
    domain::Household m_keep;
    qint64 m_duplicateId = 0;
    QLineEdit *m_fileNumber;
    QLabel *m_found;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
