#pragma once

#include "locale/validators.h"

#include <QValidator>

// QLineEdit validators for the identity and contact numbers of the forms, wrapping
// pluslife::locale's validators: Intermediate while the input can still become valid, Invalid
// only for a keystroke that can never help (a letter, a digit too many), Acceptable when valid.
// fixup() (run by QLineEdit when editing finishes on Intermediate input) writes the stored form:
// ASCII digits, national codes padded to 10, mobiles as 09xxxxxxxxx.
namespace pluslife::ui {

class NumberFieldValidator : public QValidator {
    Q_OBJECT
public:
    using Check = locale::ValidationResult (*)(QStringView);

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    // The translated reason the text is not valid; empty when it is.
    QString errorText(const QString &input) const;
    locale::ValidationResult check(const QString &input) const { return m_check(input); }

protected:
    NumberFieldValidator(Check check, QObject *parent);

private:
    Check m_check;
};

class NationalCodeValidator final : public NumberFieldValidator {
    Q_OBJECT
public:
    explicit NationalCodeValidator(QObject *parent = nullptr);
};

class PostalCodeValidator final : public NumberFieldValidator {
    Q_OBJECT
public:
    explicit PostalCodeValidator(QObject *parent = nullptr);
};

class MobileValidator final : public NumberFieldValidator {
    Q_OBJECT
public:
    explicit MobileValidator(QObject *parent = nullptr);
};

} // namespace pluslife::ui
