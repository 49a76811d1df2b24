#include "rankedhouseholdspage.h"

#include "common/busycursor.h"
#include "common/errorlabel.h"
#include "domain/choices.h"
#include "rankedhouseholdsmodel.h"
#include "services/session.h"
#include "services/workeradmin.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

RankedHouseholdsPage::RankedHouseholdsPage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_worker(new QComboBox(this))
    , m_band(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_model(new RankedHouseholdsModel(this))
    , m_error(new ErrorLabel(this))
{
    auto *heading = new QLabel(tr("Households ranked by need"), this);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);

    m_worker->setObjectName(u"rankWorkerFilter"_s);
    m_band->setObjectName(u"rankBandFilter"_s);
    m_view->setObjectName(u"rankedHouseholds"_s);
    m_count->setObjectName(u"rankCount"_s);
    fillWorkers();
    m_band->addItem(tr("Every priority"), QString());
    for (const auto &[key, name] : domain::choiceItems(domain::Choice::Priority))
        m_band->addItem(name, key);

    auto *workerLabel = new QLabel(tr("&Social worker:"), this);
    workerLabel->setBuddy(m_worker);
    auto *bandLabel = new QLabel(tr("&Priority:"), this);
    bandLabel->setBuddy(m_band);
    auto *refresh = new QPushButton(tr("&Rank again"), this);
    refresh->setObjectName(u"rankAgainButton"_s);
    auto *filters = new QHBoxLayout;
    filters->addWidget(workerLabel);
    filters->addWidget(m_worker, 1);
    filters->addWidget(bandLabel);
    filters->addWidget(m_band, 1);
    filters->addWidget(refresh);
    if (m_session.worker().isManager()) {
        // Saving every score sets each file's priority (the caseload's priority filter).
        auto *saveAll = new QPushButton(tr("Save &every score"), this);
        saveAll->setObjectName(u"saveEveryScoreButton"_s);
        filters->addWidget(saveAll);
        connect(saveAll, &QPushButton::clicked, this, &RankedHouseholdsPage::saveEveryScore);
    }

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(RankedHouseholdsModel::Head,
                                                     QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(filters);
    layout->addWidget(m_count);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_error);

    connect(m_worker, &QComboBox::currentIndexChanged, this, &RankedHouseholdsPage::reload);
    connect(m_band, &QComboBox::currentIndexChanged, this, &RankedHouseholdsPage::reload);
    connect(refresh, &QPushButton::clicked, this, &RankedHouseholdsPage::reload);
    // Double-click and Enter both activate a row.
    connect(m_view, &QTableView::activated, this, &RankedHouseholdsPage::activated);
    reload();
}

void RankedHouseholdsPage::fillWorkers()
{
    const QSignalBlocker blocker(m_worker);
    m_worker->clear();
    m_worker->addItem(tr("Every worker"), qint64(-1));
    m_worker->addItem(tr("Unassigned"), qint64(0));
    if (!m_session.worker().isManager()) {
        m_worker->addItem(m_session.worker().displayName, m_session.worker().id);
        return;
    }
    for (const domain::Worker &w : services::WorkerAdmin(m_session).workers())
        if (w.active && w.role == domain::WorkerRole::SocialWorker)
            m_worker->addItem(w.displayName, w.id);
}

void RankedHouseholdsPage::setWorkerFilter(qint64 workerId)
{
    const int index = m_worker->findData(workerId);
    if (index >= 0)
        m_worker->setCurrentIndex(index); // reloads
}

void RankedHouseholdsPage::setBandFilter(const QString &band)
{
    const int index = m_band->findData(band);
    if (index >= 0)
        m_band->setCurrentIndex(index); // reloads
}

void RankedHouseholdsPage::reload()
{
    BusyCursor busy;
    m_error->clearMessage();
    services::NeedsAssessment::RankFilter filter;
    filter.workerId = m_worker->currentData().toLongLong();
    filter.band = m_band->currentData().toString();
    storage::StoreError error;
    m_model->setRows(services::NeedsAssessment(m_session).rankAll(filter, &error));
    if (!error.ok())
        m_error->showError(error.message);
    m_count->setText(tr("%1 households").arg(QLocale().toString(m_model->rowCount())));
}

bool RankedHouseholdsPage::saveEveryScore()
{
    BusyCursor busy;
    int stored = 0;
    const storage::StoreError error = services::NeedsAssessment(m_session).storeAll(&stored);
    if (!error.ok()) {
        m_error->showError(error.message);
        return false;
    }
    reload();
    m_error->showNotice(tr("%1 scores saved.").arg(QLocale().toString(stored)));
    return true;
}

void RankedHouseholdsPage::activated(const QModelIndex &index)
{
    if (const qint64 id = m_model->householdIdAt(index.row()); id > 0)
        emit openHousehold(id);
}

} // namespace pluslife::ui
