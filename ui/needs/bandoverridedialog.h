#pragma once

#include <QDialog>

class QComboBox;
class QPlainTextEdit;

namespace pluslife::ui {

class ErrorLabel;

// Setting a household's needs band over the computed one: shows the computed band (which stays
// on the file), asks for the band and the mandatory reason.
class BandOverrideDialog : public QDialog {
    Q_OBJECT
public:
    BandOverrideDialog(const QString &computedBand, int score, const QString &currentBand,
                       QWidget *parent = nullptr);

    QString band() const;
    QString reason() const;
    void accept() override;

private:
    QComboBox *m_band;
    QPlainTextEdit *m_reason;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
