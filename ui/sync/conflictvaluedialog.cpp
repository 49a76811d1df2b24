#include "conflictvaluedialog.h"

#include "common/errorlabel.h"
#include "locale/digits.h"
#include "synctext.h"
#include "widgets/jalalidateedit.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

namespace {

// Codes and phone numbers: digits of any script typed, ASCII digits stored.
bool isDigitField(const QString &field)
{
    return field == u"national_code" || field == u"mobile" || field == u"landline" ||
           field == u"postal_code";
}

QString plainText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'f', value.toDouble() == value.toInt() ? 0 : 2);
    return value.isString() ? value.toString() : QString();
}

} // namespace

ConflictValueDialog::ConflictValueDialog(const QString &field, const QJsonValue &mine,
                                         const QJsonValue &theirs, QWidget *parent)
    : QDialog(parent)
    , m_field(field)
    , m_numeric(mine.isDouble() || theirs.isDouble())
    , m_nullable(mine.isNull() || theirs.isNull())
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"conflictEditDialog"_s);
    setWindowTitle(tr("Choose another value"));
    m_error->setObjectName(u"conflictEditError"_s);
    auto *form = new QFormLayout;
    const QString label = synctext::fieldText(field);
    if (synctext::isDateField(field)) {
        m_date = new JalaliDateEdit(this);
        m_date->setObjectName(u"conflictDateEdit"_s);
        QDate start = QDate::fromString(mine.toString(), Qt::ISODate);
        if (!start.isValid())
            start = QDate::fromString(theirs.toString(), Qt::ISODate);
        if (start.isValid())
            m_date->setDate(start);
        form->addRow(label, m_date);
    } else {
        m_line = new QLineEdit(plainText(mine), this);
        m_line->setObjectName(u"conflictValueEdit"_s);
        m_line->selectAll();
        form->addRow(label, m_line);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Use this value"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"conflictEditOkButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ConflictValueDialog::accept()
{
    if (m_date) {
        m_value = m_date->date().toString(Qt::ISODate);
        QDialog::accept();
        return;
    }
    QString text = m_line->text().trimmed();
    if (text.isEmpty()) {
        if (!m_nullable && m_numeric) {
            m_error->showError(tr("Type a number."));
            return;
        }
        m_value = m_nullable ? QJsonValue(QJsonValue::Null) : QJsonValue(QString());
        QDialog::accept();
        return;
    }
    if (m_numeric) {
        bool ok = false;
        const double number = locale::normalizeNumber(text).toDouble(&ok);
        if (!ok) {
            m_error->showError(tr("Type a number."));
            m_line->setFocus();
            return;
        }
        m_value = number;
    } else {
        m_value = isDigitField(m_field) ? locale::normalizeDigits(text) : text;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
