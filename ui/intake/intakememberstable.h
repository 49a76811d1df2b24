#pragma once

#include "domain/household.h"

#include <QWidget>

class QTableWidget;

namespace pluslife::ui {

// The household's other members at intake, one row each, typed in place: national code, names,
// sex, Jalali birth date and relation to the head. Further details are added later in the
// household file. Row widgets are named "member<Field>_<row>" (row from 0).
class IntakeMembersTable : public QWidget {
    Q_OBJECT
public:
    explicit IntakeMembersTable(QWidget *parent = nullptr);

    int rowCount() const;
    void addRow();
    QList<domain::Member> members() const; // rows left entirely empty are skipped
    // A translated reason why a row cannot be right (bad national code); empty if fine.
    QString problem() const;

private:
    void removeCurrentRow();
    QWidget *cell(int row, int column) const;

    QTableWidget *m_table;
};

} // namespace pluslife::ui
