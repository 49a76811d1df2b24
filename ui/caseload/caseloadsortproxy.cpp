#include "caseloadsortproxy.h"

#include "caseloadmodel.h"
#include "locale/textfolding.h"

namespace pluslife::ui {

CaseloadSortProxy::CaseloadSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
}

bool CaseloadSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return locale::comparePersian(a.toString(), b.toString()) < 0;
}

} // namespace pluslife::ui
