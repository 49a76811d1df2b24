#include "rankedhouseholdsmodel.h"

#include "domain/choices.h"
#include "locale/digits.h"

#include <QLocale>

namespace pluslife::ui {

RankedHouseholdsModel::RankedHouseholdsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void RankedHouseholdsModel::setRows(QList<services::NeedsAssessment::Ranked> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

qint64 RankedHouseholdsModel::householdIdAt(int index) const
{
    return index >= 0 && index < m_rows.size() ? m_rows.at(index).householdId : 0;
}

int RankedHouseholdsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RankedHouseholdsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RankedHouseholdsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const auto &r = m_rows.at(index.row());
    if (role == HouseholdIdRole)
        return r.householdId;
    if (role == BandKeyRole)
        return r.effectiveBand;
    if (role == Qt::TextAlignmentRole && (index.column() == Rank || index.column() == Score))
        return int(Qt::AlignCenter);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const QLocale here;
    switch (index.column()) {
    case Rank:
        return here.toString(index.row() + 1);
    case FileNumber:
        return locale::localizeDigits(r.fileNumber, here);
    case Head:
        return r.headName;
    case Worker:
        return r.workerId == 0 ? tr("Unassigned") : r.workerName;
    case Score:
        return here.toString(r.score);
    case Band: {
        const QString band = domain::choiceDisplayName(domain::Choice::Priority, r.effectiveBand);
        if (r.overrideBand.isEmpty())
            return band;
        return tr("%1 (computed: %2)")
            .arg(band, domain::choiceDisplayName(domain::Choice::Priority, r.computedBand));
    }
    default:
        return {};
    }
}

QVariant RankedHouseholdsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Rank:
        return tr("Rank");
    case FileNumber:
        return tr("File number");
    case Head:
        return tr("Head of household");
    case Worker:
        return tr("Social worker");
    case Score:
        return tr("Score");
    case Band:
        return tr("Priority");
    default:
        return {};
    }
}

} // namespace pluslife::ui
