#pragma once

#include "domain/center.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace pluslife::ui {

// The center's licence data as a form: code, name, province, county, licensed capacity.
// Used by the setup wizard and by the manager's center settings.
class CenterFields : public QWidget {
    Q_OBJECT
public:
    explicit CenterFields(QWidget *parent = nullptr);

    domain::CenterInfo center() const;
    void setCenter(const domain::CenterInfo &center);

signals:
    void edited();

private:
    void selectCapacity(int capacity);

    QLineEdit *m_code;
    QLineEdit *m_name;
    QComboBox *m_province;
    QLineEdit *m_county;
    QComboBox *m_capacity;
};

} // namespace pluslife::ui
