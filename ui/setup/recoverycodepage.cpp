#include "recoverycodepage.h"

#include "common/sensitiveclipboard.h"
#include "common/wrappedlabel.h"
#include "locale/jalali.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

RecoveryCodePage::RecoveryCodePage(QWidget *parent)
    : QWizardPage(parent)
    , m_code(new QLabel(this))
    , m_copy(new QPushButton(tr("C&opy"), this))
    , m_print(new QPushButton(tr("&Print…"), this))
    , m_confirm(
          new QCheckBox(tr("I have &written the recovery code down and will keep it safe"), this))
{
    setObjectName(u"recoveryCodePage"_s);
    setTitle(tr("The recovery code"));
    setSubTitle(tr("Shown this once. Write it on paper and keep it locked away, apart from the "
                   "computer."));
    setFinalPage(true);

    auto *explanation =
        new QLabel(tr("If this computer's keychain is lost (a new operating system, a new user "
                      "profile, a repaired disk), only this code opens the center's files again. "
                      "PlusLife Desk does not keep it anywhere, and nobody can recover it."),
                   this);
    explanation->setWordWrap(true);
    alignToReadingSide(explanation);

    m_code->setObjectName(u"recoveryCodeLabel"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.8);
    mono.setBold(true);
    m_code->setFont(mono);
    m_code->setLayoutDirection(Qt::LeftToRight); // the code reads left to right in any language
    m_code->setAlignment(Qt::AlignCenter);
    m_code->setTextFormat(Qt::PlainText);
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setFrameShape(QFrame::StyledPanel);
    m_code->setMargin(12);
    m_code->setAccessibleName(tr("Recovery code"));

    m_copy->setObjectName(u"copyRecoveryCodeButton"_s);
    m_copy->setToolTip(tr("Copies the code; the clipboard is cleared again after 60 seconds."));
    m_print->setObjectName(u"printRecoveryCodeButton"_s);
    m_confirm->setObjectName(u"recoveryConfirmCheck"_s);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_copy);
    buttons->addWidget(m_print);
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addSpacing(8);
    layout->addWidget(m_code);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(m_confirm);
    layout->addStretch();

    connect(m_copy, &QPushButton::clicked, this, [this] {
        copySensitiveText(m_code->text());
        m_copy->setText(tr("C&opied (cleared in 60 s)"));
    });
    connect(m_print, &QPushButton::clicked, this, &RecoveryCodePage::print);
    connect(m_confirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
}

void RecoveryCodePage::setRecoveryCode(const QString &code, const QString &centerName)
{
    m_code->setText(code); // already in groups of five
    m_centerName = centerName;
}

bool RecoveryCodePage::isComplete() const
{
    return isConfirmed();
}

bool RecoveryCodePage::isConfirmed() const
{
    return m_confirm->isChecked();
}

void RecoveryCodePage::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the recovery code"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const bool rtl = layoutDirection() == Qt::RightToLeft;
    const QString html =
        u"<div dir='%1'><h2>%2</h2><p>%3</p><p>%4</p>"
        u"<p dir='ltr' style='font-family:monospace; font-size:22pt; font-weight:bold'>%5</p>"
        u"<p>%6</p></div>"_s.arg(
            rtl ? u"rtl"_s : u"ltr"_s, tr("PlusLife Desk recovery code").toHtmlEscaped(),
            m_centerName.toHtmlEscaped(),
            locale::formatJalaliLong(QDate::currentDate(), QLocale()).toHtmlEscaped(),
            m_code->text().toHtmlEscaped(),
            tr("Keep this sheet locked away, apart from the computer.").toHtmlEscaped());
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
}

} // namespace pluslife::ui
