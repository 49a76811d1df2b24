#pragma once

#include "domain/household.h"
#include "storage/storeerror.h"

#include <QDialog>

#include <functional>

class QComboBox;

namespace pluslife::ui {

class ErrorLabel;
class PersonFields;

// One person's details in a dialog: adding a member (with the relation to the head) or editing
// a person of a household file. `save` does the work (through HouseholdService); its translated
// error stays on the dialog, success closes it.
class PersonDialog : public QDialog {
    Q_OBJECT
public:
    enum Mode { AddMember, EditPerson };
    using Save = std::function<storage::StoreError(const domain::Member &)>;

    PersonDialog(Mode mode, Save save, QWidget *parent = nullptr);

    void setMember(const domain::Member &member);
    PersonFields *fields() const { return m_fields; }

private:
    void accept() override;

    Save m_save;
    domain::Member m_member;
    PersonFields *m_fields;
    QComboBox *m_relation = nullptr;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
