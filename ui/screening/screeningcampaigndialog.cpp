#include "screeningcampaigndialog.h"

#include "common/errorlabel.h"
#include "intake/intakedialog.h"
#include "intake/persondialog.h"
#include "locale/digits.h"
#include "locale/jalali.h"
#include "screeninglauncher.h"
#include "services/householdservice.h"
#include "services/screeninghistory.h"
#include "services/session.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kKindRole = Qt::UserRole + 1; // "household" | "person"
constexpr int kLoadedRole = Qt::UserRole + 2;

QTreeWidget *makeList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAlternatingRowColors(true);
    list->setHeaderLabels(headers);
    list->header()->setStretchLastSection(true);
    return list;
}

} // namespace

ScreeningCampaignDialog::ScreeningCampaignDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(u"screeningCampaignDialog"_s);
    setWindowTitle(tr("Screening campaign"));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildWorkPage());
    m_pages->addWidget(buildSummaryPage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(760, 620);
    updateState();
}

QWidget *ScreeningCampaignDialog::buildWorkPage()
{
    auto *page = new QWidget(this);
    m_form = new QComboBox(page);
    m_form->setObjectName(u"campaignFormChoice"_s);
    for (const ScreeningForm &form : ScreeningLauncher::forms(m_session))
        m_form->addItem(form.title, form.versionId);

    m_search = new QLineEdit(page);
    m_search->setObjectName(u"campaignSearch"_s);
    m_search->setPlaceholderText(tr("National code, name or file number"));
    m_search->setClearButtonEnabled(true);
    m_find = new QPushButton(tr("&Find"), page);
    m_find->setObjectName(u"campaignFindButton"_s);
    m_results =
        makeList(u"campaignResults"_s,
                 {tr("File / child"), tr("Born"), tr("National code"), tr("Relation")}, page);
    m_screen = new QPushButton(tr("&Screen this child…"), page);
    m_screen->setObjectName(u"campaignScreenButton"_s);
    m_screen->setDefault(true);
    m_addChild = new QPushButton(tr("&Add a child to this file…"), page);
    m_addChild->setObjectName(u"campaignAddChildButton"_s);
    m_newFile = new QPushButton(tr("&New file…"), page);
    m_newFile->setObjectName(u"campaignNewFileButton"_s);
    m_sessionList = makeList(u"campaignScreenedList"_s, {tr("Child"), tr("Result")}, page);
    m_sessionList->setRootIsDecorated(false);
    m_progress = new QLabel(page);
    m_progress->setObjectName(u"campaignProgress"_s);
    m_finish = new QPushButton(tr("F&inish and show the summary"), page);
    m_finish->setObjectName(u"campaignFinishButton"_s);
    m_error = new ErrorLabel(page);

    auto *formRow = new QFormLayout;
    formRow->addRow(tr("Screening &form:"), m_form);
    auto *searchRow = new QHBoxLayout;
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_find);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_screen);
    actions->addStretch(1);
    actions->addWidget(m_addChild);
    actions->addWidget(m_newFile);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_progress, 1);
    bottom->addWidget(m_finish);

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(formRow);
    layout->addWidget(new QLabel(tr("Find the child:"), page));
    layout->addLayout(searchRow);
    layout->addWidget(m_results, 2);
    layout->addLayout(actions);
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Screened in this session:"), page));
    layout->addWidget(m_sessionList, 1);
    layout->addLayout(bottom);

    connect(m_find, &QPushButton::clicked, this, &ScreeningCampaignDialog::find);
    connect(m_search, &QLineEdit::returnPressed, this, &ScreeningCampaignDialog::find);
    connect(m_screen, &QPushButton::clicked, this, &ScreeningCampaignDialog::screenSelected);
    connect(m_addChild, &QPushButton::clicked, this, &ScreeningCampaignDialog::addChild);
    connect(m_newFile, &QPushButton::clicked, this, &ScreeningCampaignDialog::newFile);
    connect(m_finish, &QPushButton::clicked, this, &ScreeningCampaignDialog::finish);
    connect(m_results, &QTreeWidget::itemExpanded, this,
            [this](QTreeWidgetItem *item) { loadMembers(item); });
    connect(m_results, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (current && current->data(0, kKindRole).toString() == u"household"_s)
            loadMembers(current);
        updateState();
    });
    connect(m_results, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        if (item->data(0, kKindRole).toString() == u"person"_s)
            screenSelected();
    });
    return page;
}

QWidget *ScreeningCampaignDialog::buildSummaryPage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"campaignSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summaryList = makeList(u"campaignSummaryList"_s, {tr("Child"), tr("Result")}, page);
    m_summaryList->setRootIsDecorated(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, page);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Session summary"), page));
    layout->addWidget(m_summary);
    layout->addWidget(m_summaryList, 1);
    layout->addWidget(buttons);
    return page;
}

ScreeningCampaignDialog::Summary ScreeningCampaignDialog::summary() const
{
    Summary s;
    for (const Screened &child : m_screened) {
        ++s.screened;
        if (child.band == QLatin1String("refer"))
            ++s.refer;
        else if (child.band == QLatin1String("follow-up"))
            ++s.followUp;
        else
            ++s.normal;
    }
    return s;
}

void ScreeningCampaignDialog::updateState()
{
    const QTreeWidgetItem *current = m_results->currentItem();
    const bool person = current && current->data(0, kKindRole).toString() == u"person"_s;
    m_screen->setEnabled(person && !m_screening && m_form->count() > 0);
    m_addChild->setEnabled(selectedHousehold() > 0 && !m_screening);
    m_form->setEnabled(m_screened.isEmpty() && !m_screening);
    const Summary s = summary();
    const QLocale locale;
    m_progress->setText(tr("Screened: %1 — refer: %2, follow up: %3, normal: %4")
                            .arg(locale.toString(s.screened), locale.toString(s.refer),
                                 locale.toString(s.followUp), locale.toString(s.normal)));
    m_finish->setEnabled(!m_screening);
    if (m_form->count() == 0)
        m_error->showError(tr("No screening form is installed."));
}

qint64 ScreeningCampaignDialog::selectedHousehold() const
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return 0;
    if (item->parent())
        item = item->parent();
    return item->data(0, kIdRole).toLongLong();
}

QTreeWidgetItem *ScreeningCampaignDialog::addHousehold(qint64 householdId,
                                                       const QString &fileNumber,
                                                       const QString &headName)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_results->topLevelItem(i);
        if (item->data(0, kIdRole).toLongLong() == householdId)
            return item;
    }
    auto *item = new QTreeWidgetItem(m_results);
    const QString number = locale::localizeDigits(fileNumber, QLocale());
    if (headName.isEmpty())
        item->setText(0, number.isEmpty() ? tr("The new file") : tr("File %1").arg(number));
    else
        item->setText(0, tr("File %1 — %2").arg(number, headName));
    item->setData(0, kIdRole, householdId);
    item->setData(0, kKindRole, u"household"_s);
    item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
    return item;
}

void ScreeningCampaignDialog::loadMembers(QTreeWidgetItem *householdItem)
{
    if (!householdItem || householdItem->data(0, kKindRole).toString() != u"household"_s ||
        householdItem->data(0, kLoadedRole).toBool())
        return;
    const qint64 householdId = householdItem->data(0, kIdRole).toLongLong();
    domain::Household household;
    QList<domain::Member> members;
    if (const auto error =
            services::HouseholdService(m_session).open(householdId, &household, &members);
        !error.ok()) {
        m_error->showError(error.message);
        return;
    }
    householdItem->setData(0, kLoadedRole, true);
    const QLocale locale;
    // Youngest first: the children a campaign is about come to the top.
    std::stable_sort(members.begin(), members.end(),
                     [](const domain::Member &a, const domain::Member &b) {
                         return a.person.birthDate > b.person.birthDate;
                     });
    for (const domain::Member &member : std::as_const(members)) {
        auto *item = new QTreeWidgetItem(householdItem);
        item->setText(0, member.person.fullName());
        item->setText(1, member.person.birthDate.isValid()
                             ? locale::formatJalaliDate(member.person.birthDate, locale)
                             : QString());
        item->setText(2, locale::localizeDigits(member.person.nationalCode, locale));
        item->setText(3, domain::relationDisplayName(member.relation));
        item->setData(0, kIdRole, member.person.id);
        item->setData(0, kKindRole, u"person"_s);
        m_people.insert(member.person.id, member.person);
    }
    householdItem->setChildIndicatorPolicy(QTreeWidgetItem::DontShowIndicatorWhenChildless);
    householdItem->setExpanded(true);
}

void ScreeningCampaignDialog::selectPerson(qint64 householdId, qint64 personId)
{
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *household = m_results->topLevelItem(i);
        if (household->data(0, kIdRole).toLongLong() != householdId)
            continue;
        loadMembers(household);
        for (int j = 0; j < household->childCount(); ++j) {
            if (household->child(j)->data(0, kIdRole).toLongLong() == personId) {
                m_results->setCurrentItem(household->child(j));
                m_results->scrollToItem(household->child(j));
                return;
            }
        }
        m_results->setCurrentItem(household);
    }
}

void ScreeningCampaignDialog::find()
{
    m_error->clearMessage();
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty())
        return;
    m_results->clear();
    m_people.clear();
    const QString digits = locale::normalizeDigits(typed);
    services::HouseholdService households(m_session);
    if (locale::isAllDigits(digits) && digits.size() >= 8 && digits.size() <= 10) {
        storage::StoreError error;
        if (const auto known = households.findByNationalCode(digits, &error)) {
            if (known->householdId > 0) {
                // The head's name comes with the members; the file number says enough here.
                addHousehold(known->householdId, known->fileNumber, QString());
                selectPerson(known->householdId, known->person.id);
                return;
            }
            m_error->showError(tr("%1 is known but belongs to no household file here.")
                                   .arg(known->person.fullName()));
            return;
        }
        // Not a known (or valid) national code: it may be a file number; search for it.
    }
    const QList<domain::HouseholdSummary> found = households.search(typed, {}, 30);
    for (const domain::HouseholdSummary &household : found)
        addHousehold(household.id, household.fileNumber, household.headName);
    if (found.isEmpty())
        m_error->showNotice(tr("No file was found. Add the child to a file, or open a new file."));
    else if (found.size() == 1)
        selectPerson(found.first().id, 0);
    updateState();
}

void ScreeningCampaignDialog::screenSelected()
{
    m_error->clearMessage();
    const QTreeWidgetItem *item = m_results->currentItem();
    if (m_screening || !item || item->data(0, kKindRole).toString() != u"person"_s)
        return;
    const qint64 versionId = m_form->currentData().toLongLong();
    if (versionId <= 0)
        return;
    const domain::Person person = m_people.value(item->data(0, kIdRole).toLongLong());
    const qint64 householdId = item->parent()->data(0, kIdRole).toLongLong();
    m_screening = true;
    updateState();
    QPointer<ScreeningCampaignDialog> self(this);
    const QString problem =
        ScreeningLauncher::start(m_session, versionId, person, householdId, this,
                                 [self, person, householdId](bool submitted) {
                                     if (self)
                                         self->afterScreening(person, householdId, submitted);
                                 });
    if (!problem.isEmpty()) {
        m_screening = false;
        m_error->showError(problem);
        updateState();
        return;
    }
    m_formVersionId = versionId;
}

void ScreeningCampaignDialog::afterScreening(const domain::Person &person, qint64 householdId,
                                             bool submitted)
{
    m_screening = false;
    if (submitted) {
        const QList<services::ScreeningResult> history =
            services::ScreeningHistory(m_session).ofPerson(person.id);
        const QString band = history.isEmpty() ? QString() : history.first().band;
        m_screened.append({person.id, householdId, person.fullName(), band});
        auto *row = new QTreeWidgetItem(m_sessionList);
        row->setText(0, person.fullName());
        row->setText(1, services::ScreeningHistory::bandName(band));
        row->setData(1, Qt::UserRole, band);
        emit childScreened(person.id, band);
        // Next child.
        m_search->clear();
        m_results->clear();
        m_people.clear();
        m_search->setFocus();
    }
    updateState();
}

void ScreeningCampaignDialog::addChild()
{
    const qint64 householdId = selectedHousehold();
    if (householdId <= 0)
        return;
    const QList<qint64> before = m_people.keys();
    PersonDialog dialog(
        PersonDialog::AddMember,
        [this, householdId](const domain::Member &member) {
            return services::HouseholdService(m_session).addMember(householdId, member);
        },
        this);
    domain::Member child;
    child.relation = u"child"_s;
    dialog.setMember(child);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // The new member: the one the file did not list before.
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        QTreeWidgetItem *household = m_results->topLevelItem(i);
        if (household->data(0, kIdRole).toLongLong() != householdId)
            continue;
        qDeleteAll(household->takeChildren());
        household->setData(0, kLoadedRole, false);
        loadMembers(household);
        for (int j = 0; j < household->childCount(); ++j) {
            const qint64 id = household->child(j)->data(0, kIdRole).toLongLong();
            if (!before.contains(id)) {
                m_results->setCurrentItem(household->child(j));
                break;
            }
        }
    }
    updateState();
}

void ScreeningCampaignDialog::newFile()
{
    auto *intake = new IntakeDialog(m_session, this);
    intake->setAttribute(Qt::WA_DeleteOnClose);
    connect(intake, &IntakeDialog::fileOpened, this, [this](qint64 householdId) {
        m_results->clear();
        m_people.clear();
        addHousehold(householdId, QString(), QString());
        selectPerson(householdId, 0);
        updateState();
    });
    intake->open();
}

void ScreeningCampaignDialog::finish()
{
    const Summary s = summary();
    const QLocale locale;
    m_summary->setText(tr("Children screened: %1\nRefer: %2\nFollow up: %3\nNormal: %4")
                           .arg(locale.toString(s.screened), locale.toString(s.refer),
                                locale.toString(s.followUp), locale.toString(s.normal)));
    m_summaryList->clear();
    for (const Screened &child : std::as_const(m_screened)) {
        auto *row = new QTreeWidgetItem(m_summaryList);
        row->setText(0, child.name);
        row->setText(1, services::ScreeningHistory::bandName(child.band));
    }
    m_pages->setCurrentIndex(1);
}

} // namespace pluslife::ui
