#pragma once

#include "domain/household.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pluslife::ui {

// Where the household lives and how: province (Iran's provinces, editable), county, city or
// village, neighbourhood, street, postal code; housing (owner, tenant with the monthly rent,
// other) and sources of income.
class AddressFields : public QWidget {
    Q_OBJECT
public:
    explicit AddressFields(QWidget *parent = nullptr);

    domain::Address address() const;
    QString housing() const;
    qint64 monthlyRent() const; // rials; 0 unless a tenant
    QStringList incomeSources() const;
    // A translated reason why the postal code or the rent cannot be right; empty if fine.
    QString problem() const;

private:
    QLineEdit *line(const QString &name);

    QComboBox *m_province;
    QLineEdit *m_county;
    QLineEdit *m_city;
    QLineEdit *m_neighbourhood;
    QLineEdit *m_street;
    QLineEdit *m_postalCode;
    QComboBox *m_housing;
    QLineEdit *m_rent;
    QLineEdit *m_income;
};

} // namespace pluslife::ui
