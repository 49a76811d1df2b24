#pragma once

#include <QDialog>
#include <QJsonValue>

class QLineEdit;

namespace pluslife::ui {

class ErrorLabel;
class JalaliDateEdit;

// "Edit…" in the conflict inbox: a third value for one field, typed by the worker. Dates are
// entered in Jalali (JalaliDateEdit); numbers and codes accept Persian digits and are kept in
// ASCII, like every other entry of the app.
class ConflictValueDialog : public QDialog {
    Q_OBJECT
public:
    ConflictValueDialog(const QString &field, const QJsonValue &mine, const QJsonValue &theirs,
                        QWidget *parent = nullptr);

    QJsonValue value() const { return m_value; }
    QLineEdit *lineEdit() const { return m_line; }
    JalaliDateEdit *dateEdit() const { return m_date; }

public slots:
    void accept() override;

private:
    QString m_field;
    bool m_numeric = false;
    bool m_nullable = false;
    QJsonValue m_value;
    QLineEdit *m_line = nullptr;
    JalaliDateEdit *m_date = nullptr;
    ErrorLabel *m_error;
};

} // namespace pluslife::ui
