#include "bandoverridedialog.h"

#include "common/errorlabel.h"
#include "domain/choices.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

BandOverrideDialog::BandOverrideDialog(const QString &computedBand, int score,
                                       const QString &currentBand, QWidget *parent)
    : QDialog(parent)
    , m_band(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_error(new ErrorLabel(this))
{
    setWindowTitle(tr("Change the needs band"));
    auto *computed =
        new QLabel(tr("Computed band: %1 (score %2). It stays on the file beside the band you set.")
                       .arg(domain::choiceDisplayName(domain::Choice::Priority, computedBand),
                            QLocale().toString(score)),
                   this);
    computed->setObjectName(u"computedBandLabel"_s);
    computed->setWordWrap(true);
    m_band->setObjectName(u"overrideBandCombo"_s);
    for (const auto &[key, name] : domain::choiceItems(domain::Choice::Priority))
        m_band->addItem(name, key);
    m_band->setCurrentIndex(std::max(0, m_band->findData(currentBand)));
    m_reason->setObjectName(u"overrideReasonEdit"_s);
    m_reason->setTabChangesFocus(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Band:"), m_band);
    auto *reasonLabel = new QLabel(tr("&Reason (required):"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set band"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"setBandButton"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(computed);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &BandOverrideDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString BandOverrideDialog::band() const
{
    return m_band->currentData().toString();
}

QString BandOverrideDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void BandOverrideDialog::accept()
{
    if (reason().isEmpty()) {
        m_error->showError(tr("Give the reason for changing the band."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
