#pragma once

#include <QList>
#include <QSqlDatabase>

namespace pluslife::sync::detail {

// households.search_text of these households must be recomputed (HouseholdRepository). While an
// ApplyGuard is alive on the connection this waits until the guard ends (once per household per
// page instead of once per record); otherwise it happens at once.
void refreshHouseholdSearch(QSqlDatabase db, const QList<qint64> &householdIds);

} // namespace pluslife::sync::detail
