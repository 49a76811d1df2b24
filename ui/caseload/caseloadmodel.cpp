#include "caseloadmodel.h"

#include "displaytext.h"
#include "locale/digits.h"

namespace pluslife::ui {

CaseloadModel::CaseloadModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void CaseloadModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_files.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CaseloadModel::setFiles(const QList<domain::HouseholdSummary> &files)
{
    beginResetModel();
    m_files = files;
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int CaseloadModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::displayText(const domain::HouseholdSummary &file, int column) const
{
    switch (column) {
    case FileNumber:
        return fileNumberText(file.fileNumber, m_locale);
    case Head:
        return file.headName;
    case Worker:
        return file.workerId == 0 ? tr("Unassigned") : file.workerName;
    case Status:
        return domain::householdStatusDisplayName(file.status);
    case Members:
        return m_locale.toString(file.memberCount);
    }
    return {};
}

QVariant CaseloadModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::HouseholdSummary &file = m_files.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayText(file, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Head && !file.headNationalCode.isEmpty())
            return tr("National code %1")
                .arg(locale::localizeDigits(file.headNationalCode, m_locale));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Members)
            return int(Qt::AlignCenter);
        return {};
    case SortRole:
        switch (index.column()) {
        case FileNumber:
            return file.fileNumber;
        case Members:
            return file.memberCount;
        default:
            return displayText(file, index.column());
        }
    case HouseholdIdRole:
        return file.id;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileNumber:
        return tr("File number");
    case Head:
        return tr("Head of household");
    case Worker:
        return tr("Social worker");
    case Status:
        return tr("Status");
    case Members:
        return tr("Members");
    }
    return {};
}

} // namespace pluslife::ui
