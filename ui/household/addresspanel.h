#pragma once

#include "domain/household.h"

#include <QWidget>

class QFormLayout;
class QLabel;

namespace pluslife::ui {

// Where and how the household lives, read-only: address, postal code, housing, rent, income.
class AddressPanel : public QWidget {
    Q_OBJECT
public:
    explicit AddressPanel(QWidget *parent = nullptr);

    void setHousehold(const domain::Household &household);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const QString &name);

    QLabel *m_place;
    QLabel *m_street;
    QLabel *m_postalCode;
    QLabel *m_housing;
    QLabel *m_income;
};

} // namespace pluslife::ui
