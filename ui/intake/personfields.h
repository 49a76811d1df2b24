#pragma once

#include "domain/household.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLineEdit;

namespace pluslife::ui {

class JalaliDateEdit;

// A birth date field that may stay "not known" (its minimum date, shown as a word).
JalaliDateEdit *makeBirthDateEdit(QWidget *parent);
QDate birthDateOf(const JalaliDateEdit *edit);
void setBirthDate(JalaliDateEdit *edit, const QDate &date);

// The fields of one person (the head at intake, a member in the household file). Choice fields
// are combos holding the domain's keys. Object names start with `prefix` ("head" →
// "headFirstNameEdit", "headNationalCodeEdit", …) so tests and screen readers can find them.
class PersonFields : public QWidget {
    Q_OBJECT
public:
    enum Option { WithNationalCode = 1, WithDetails = 2 };
    PersonFields(const QString &prefix, int options, QWidget *parent = nullptr);

    void setPerson(const domain::Person &person);
    domain::Person person() const; // keeps id, uuid and death date of the person set
    // A translated reason why the typed national code or mobile cannot be right; empty if fine.
    QString problem() const;
    QLineEdit *firstNameEdit() const { return m_first; }
    QLineEdit *nationalCodeEdit() const { return m_code; }

signals:
    void identityEdited(); // names or birth date changed (for the likely-duplicate check)

private:
    QLineEdit *addLine(QFormLayout *form, const QString &label, const QString &name);
    QComboBox *addCombo(QFormLayout *form, const QString &label, const QString &name);

    QString m_prefix;
    domain::Person m_original;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_first = nullptr;
    QLineEdit *m_last = nullptr;
    QLineEdit *m_father = nullptr;
    QComboBox *m_sex = nullptr;
    JalaliDateEdit *m_birth = nullptr;
    QLineEdit *m_mobile = nullptr;
    QComboBox *m_marital = nullptr;
    QComboBox *m_education = nullptr;
    QLineEdit *m_occupation = nullptr;
    QComboBox *m_disability = nullptr;
    QComboBox *m_severity = nullptr;
    QLineEdit *m_illness = nullptr;
    QComboBox *m_insurance = nullptr;
    QLineEdit *m_landline = nullptr;
};

} // namespace pluslife::ui
