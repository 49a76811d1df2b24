#include "intakememberstable.h"

#include "locale/digits.h"
#include "personfields.h"
#include "widgets/identityvalidators.h"
#include "widgets/jalalidateedit.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Column { Code, First, Last, Sex, Birth, Relation, ColumnCount };

const char *const kFieldNames[] = {"NationalCodeEdit", "FirstNameEdit", "LastNameEdit",
                                   "SexCombo",         "BirthDateEdit", "RelationCombo"};

} // namespace

IntakeMembersTable::IntakeMembersTable(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(u"intakeMembersTable"_s);
    m_table->setHorizontalHeaderLabels({tr("National code"), tr("First name"), tr("Last name"),
                                        tr("Sex"), tr("Birth date"), tr("Relation")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false); // Tab walks the row's fields, not the cells
    m_table->setMinimumHeight(120);

    auto *add = new QPushButton(tr("Add a &member row"), this);
    add->setObjectName(u"addMemberRowButton"_s);
    auto *remove = new QPushButton(tr("Remove the row"), this);
    remove->setObjectName(u"removeMemberRowButton"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow();
        cell(rowCount() - 1, Code)->setFocus();
    });
    connect(remove, &QPushButton::clicked, this, &IntakeMembersTable::removeCurrentRow);
}

int IntakeMembersTable::rowCount() const
{
    return m_table->rowCount();
}

QWidget *IntakeMembersTable::cell(int row, int column) const
{
    return m_table->cellWidget(row, column);
}

void IntakeMembersTable::addRow()
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *code = new QLineEdit;
    code->setValidator(new NationalCodeValidator(code));
    auto *sex = new QComboBox;
    for (const QString &key : {u"female"_s, u"male"_s})
        sex->addItem(domain::sexDisplayName(key), key);
    sex->setPlaceholderText(PersonFields::tr("Choose"));
    sex->setCurrentIndex(-1);
    auto *relation = new QComboBox;
    for (const QString &key : domain::relationKeys()) {
        if (key != QLatin1String("head"))
            relation->addItem(domain::relationDisplayName(key), key);
    }
    relation->setCurrentIndex(relation->findData(u"child"_s));
    QWidget *widgets[] = {code,    new QLineEdit, new QLineEdit, sex, makeBirthDateEdit(nullptr),
                          relation};
    for (int column = 0; column < ColumnCount; ++column) {
        widgets[column]->setObjectName(u"member"_s + QLatin1String(kFieldNames[column]) + u'_' +
                                       QString::number(row));
        m_table->setCellWidget(row, column, widgets[column]);
    }
    m_table->resizeRowToContents(row);
}

void IntakeMembersTable::removeCurrentRow()
{
    const int row = m_table->currentRow() >= 0 ? m_table->currentRow() : m_table->rowCount() - 1;
    if (row >= 0)
        m_table->removeRow(row);
}

QList<domain::Member> IntakeMembersTable::members() const
{
    QList<domain::Member> result;
    for (int row = 0; row < rowCount(); ++row) {
        domain::Member member;
        domain::Person &p = member.person;
        p.nationalCode = locale::digitsOnly(static_cast<QLineEdit *>(cell(row, Code))->text());
        p.firstName = static_cast<QLineEdit *>(cell(row, First))->text().simplified();
        p.lastName = static_cast<QLineEdit *>(cell(row, Last))->text().simplified();
        p.sex = static_cast<QComboBox *>(cell(row, Sex))->currentData().toString();
        p.birthDate = birthDateOf(static_cast<JalaliDateEdit *>(cell(row, Birth)));
        member.relation = static_cast<QComboBox *>(cell(row, Relation))->currentData().toString();
        if (p.nationalCode.isEmpty() && p.firstName.isEmpty() && p.lastName.isEmpty())
            continue;
        result.append(member);
    }
    return result;
}

QString IntakeMembersTable::problem() const
{
    for (int row = 0; row < rowCount(); ++row) {
        const auto *code = static_cast<QLineEdit *>(cell(row, Code));
        if (code->text().trimmed().isEmpty())
            continue;
        const auto *validator = static_cast<const NumberFieldValidator *>(code->validator());
        if (const QString error = validator->errorText(code->text()); !error.isEmpty())
            return tr("Member %1: %2").arg(QLocale().toString(row + 1), error);
    }
    return {};
}

} // namespace pluslife::ui
