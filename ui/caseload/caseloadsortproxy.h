#pragma once

#include <QSortFilterProxyModel>

namespace pluslife::ui {

// Sorting of the caseload: numbers as numbers, text in Persian alphabetical order
// (locale::comparePersian), whatever the platform's collation library would say. Sorting by
// column -1 keeps the order search returned (best matches first).
class CaseloadSortProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseloadSortProxy(QObject *parent = nullptr);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace pluslife::ui
