#include "myreferralspage.h"

#include "householdreferralspanel.h"
#include "locale/jalali.h"
#include "services/referralservice.h"
#include "services/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

enum Column {
    DueColumn,
    FileColumn,
    TrackingColumn,
    KindColumn,
    DestinationColumn,
    StateColumn,
    ColumnCount
};

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setToolTip(text);
    return item;
}

} // namespace

MyReferralsPage::MyReferralsPage(services::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_view(new QComboBox(this))
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    setObjectName(u"myReferralsPage"_s);
    m_view->setObjectName(u"myReferralsViewBox"_s);
    m_view->addItem(tr("My open referrals"), int(View::Mine));
    m_view->addItem(tr("Overdue referrals"), int(View::Overdue));
    m_table->setObjectName(u"myReferralsTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("File number"), tr("Tracking number"),
                                        tr("Kind"), tr("Destination"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *bar = new QHBoxLayout;
    auto *label = new QLabel(tr("&Show:"), this);
    label->setBuddy(m_view);
    bar->addWidget(label);
    bar->addWidget(m_view);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);

    connect(m_view, &QComboBox::currentIndexChanged, this, &MyReferralsPage::refresh);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        const int row = item->row();
        if (row >= 0 && row < m_referrals.size())
            emit householdRequested(m_referrals.at(row).householdId, m_referrals.at(row).id);
    });
    refresh();
}

void MyReferralsPage::setView(View view)
{
    m_view->setCurrentIndex(m_view->findData(int(view)));
}

MyReferralsPage::View MyReferralsPage::view() const
{
    return View(m_view->currentData().toInt());
}

void MyReferralsPage::showEvent(QShowEvent *event)
{
    refresh();
    QWidget::showEvent(event);
}

void MyReferralsPage::hideEvent(QHideEvent *event)
{
    m_table->setRowCount(0);
    m_referrals.clear();
    QWidget::hideEvent(event);
}

void MyReferralsPage::refresh()
{
    const services::ReferralService service(m_session);
    m_referrals.clear();
    if (!m_session.isLocked())
        m_referrals = view() == View::Overdue ? service.overdue() : service.mine();
    const QLocale locale;
    const QDate today = m_session.clock().nowUtc().date();
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_referrals.size()));
    for (int row = 0; row < m_referrals.size(); ++row) {
        const domain::Referral &r = m_referrals.at(row);
        m_table->setItem(row, DueColumn, cell(locale::formatJalaliDate(r.dueDate, locale)));
        m_table->setItem(row, FileColumn, cell(r.fileNumber));
        m_table->setItem(row, TrackingColumn, cell(r.trackingNumber));
        m_table->setItem(row, KindColumn, cell(domain::referralKindName(r.kind)));
        m_table->setItem(row, DestinationColumn, cell(referrals::destinationText(r)));
        m_table->setItem(row, StateColumn, cell(referrals::stateText(r, today)));
        if (r.isOverdue(today))
            m_table->item(row, DueColumn)->setForeground(QColor(0xb0, 0x00, 0x20));
    }
}

} // namespace pluslife::ui
