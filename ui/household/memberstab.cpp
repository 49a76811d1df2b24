#include "memberstab.h"

#include "screening/personscreeningpanel.h"

#include "caseload/displaytext.h"
#include "domain/accesspolicy.h"
#include "filedialogs.h"
#include "intake/persondialog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "locale/validators.h"
#include "services/householdservice.h"
#include "services/session.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

MembersTab::MembersTab(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 6, this))
    , m_add(new QPushButton(tr("&Add a member…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_left(new QPushButton(tr("&Left or died…"), this))
    , m_head(new QPushButton(tr("Make &head"), this))
    , m_screen(new QPushButton(tr("&Screening…"), this))
{
    setObjectName(u"membersTab"_s);
    m_table->setObjectName(u"membersTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Relation"), tr("National code"), tr("Sex"),
                                        tr("Birth date"), tr("Mobile")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_add->setObjectName(u"addMemberButton"_s);
    m_edit->setObjectName(u"editPersonButton"_s);
    m_left->setObjectName(u"memberLeftButton"_s);
    m_head->setObjectName(u"makeHeadButton"_s);
    m_screen->setObjectName(u"screenMemberButton"_s);

    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : {m_add, m_edit, m_left, m_head})
        buttons->addWidget(button);
    buttons->addStretch();
    buttons->addWidget(m_screen);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    const bool edits = domain::allows(m_session.worker().role, domain::Capability::EditMembers);
    for (QPushButton *button : {m_add, m_edit, m_left, m_head})
        button->setVisible(edits);
    connect(m_add, &QPushButton::clicked, this, &MembersTab::addMember);
    connect(m_edit, &QPushButton::clicked, this, &MembersTab::editPerson);
    connect(m_left, &QPushButton::clicked, this, &MembersTab::memberLeft);
    connect(m_head, &QPushButton::clicked, this, &MembersTab::makeHead);
    // Level-1 screening (activity 18) and its history, per person.
    m_screen->setVisible(
        domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails));
    connect(m_screen, &QPushButton::clicked, this, &MembersTab::screenMember);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersTab::updateButtons);
    connect(m_table, &QTableWidget::itemActivated, this, [this] {
        if (m_edit->isVisible())
            editPerson();
    });
}

void MembersTab::setMembers(const domain::Household &household,
                            const QList<domain::Member> &members)
{
    m_household = household;
    m_members = members;
    const QLocale loc = locale();
    m_table->setRowCount(int(members.size()));
    for (int row = 0; row < members.size(); ++row) {
        const domain::Person &p = members[row].person;
        const QString mobile =
            p.mobile.isEmpty() ? QString() : locale::formatMobileForDisplay(p.mobile);
        const QStringList cells{p.fullName(),
                                domain::relationDisplayName(members[row].relation),
                                locale::localizeDigits(p.nationalCode, loc),
                                p.sex.isEmpty() ? QString() : domain::sexDisplayName(p.sex),
                                locale::formatJalaliDate(p.birthDate, loc),
                                numberText(mobile, loc)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells[column]));
    }
    if (!members.isEmpty() && m_table->currentRow() < 0)
        m_table->setCurrentCell(0, 0);
    updateButtons();
}

const domain::Member *MembersTab::currentMember() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_members.size() ? &m_members[row] : nullptr;
}

void MembersTab::updateButtons()
{
    const domain::Member *member = currentMember();
    const bool isHead = member && member->person.id == m_household.headPersonId;
    m_edit->setEnabled(member);
    m_left->setEnabled(member && !isHead);
    m_head->setEnabled(member && !isHead);
    m_screen->setEnabled(member);
}

void MembersTab::screenMember()
{
    const domain::Member *member = currentMember();
    if (!member)
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"memberScreeningDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Screening: %1").arg(member->person.fullName()));
    auto *panel = new PersonScreeningPanel(m_session, member->person, m_household.id, dialog);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(close, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(panel, &PersonScreeningPanel::screened, this,
            [this] { emit changed(tr("The screening was recorded.")); });
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(panel);
    layout->addWidget(close);
    dialog->resize(720, 480);
    dialog->open();
}

void MembersTab::addMember()
{
    const qint64 id = m_household.id;
    auto *dialog = new PersonDialog(
        PersonDialog::AddMember,
        [this, id](const domain::Member &member) {
            return services::HouseholdService(m_session).addMember(id, member);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { emit changed(tr("The member was added.")); });
    dialog->open();
}

void MembersTab::editPerson()
{
    const domain::Member *member = currentMember();
    if (!member)
        return;
    const qint64 id = m_household.id;
    auto *dialog = new PersonDialog(
        PersonDialog::EditPerson,
        [this, id](const domain::Member &edited) {
            return services::HouseholdService(m_session).updatePerson(id, edited.person);
        },
        this);
    dialog->setMember(*member);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { emit changed(tr("The details were saved.")); });
    dialog->open();
}

void MembersTab::memberLeft()
{
    const domain::Member *member = currentMember();
    if (!member)
        return;
    const qint64 id = m_household.id;
    const qint64 personId = member->person.id;
    auto *dialog = new MemberLeftDialog(
        member->person.fullName(),
        [this, id, personId](const QString &reason, const QDate &on) {
            return services::HouseholdService(m_session).memberLeft(id, personId, reason, on);
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this] { emit changed(tr("The change was recorded.")); });
    dialog->open();
}

void MembersTab::makeHead()
{
    const domain::Member *member = currentMember();
    if (!member)
        return;
    const storage::StoreError error =
        services::HouseholdService(m_session).changeHead(m_household.id, member->person.id);
    if (!error.ok()) {
        QMessageBox::warning(this, tr("Head of household"), error.message);
        return;
    }
    emit changed(tr("%1 is now the head of household.").arg(member->person.fullName()));
}

} // namespace pluslife::ui
