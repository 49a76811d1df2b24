#include "intakedialog.h"

#include "addressfields.h"
#include "choicekeys.h"
#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "domain/accesspolicy.h"
#include "intakememberstable.h"
#include "personfields.h"
#include "services/session.h"
#include "widgets/identityvalidators.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QGroupBox *section(const QString &title, QWidget *content, QWidget *parent)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

QPushButton *plainButton(const QString &text, const QString &name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false); // Enter in a field never submits the long form
    return button;
}

} // namespace

IntakeDialog::IntakeDialog(services::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_pages(new QStackedWidget(this))
    , m_code(new QLineEdit(this))
    , m_known(makeWrappedLabel(QString(), this))
    , m_head(new PersonFields(u"head"_s, PersonFields::WithDetails, this))
    , m_members(new IntakeMembersTable(this))
    , m_address(new AddressFields(this))
    , m_channel(new QComboBox(this))
    , m_asked(new QPlainTextEdit(this))
    , m_duplicates(new ErrorLabel(this))
    , m_error(new ErrorLabel(this))
    , m_save(plainButton(tr("&Open the file"), u"openFileButton"_s, this))
{
    setObjectName(u"intakeDialog"_s);
    setWindowTitle(tr("New request and household file"));
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildDonePage());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    resize(940, 720);
    m_code->setFocus();
}

QWidget *IntakeDialog::buildForm()
{
    m_code->setObjectName(u"headNationalCodeEdit"_s);
    m_code->setValidator(new NationalCodeValidator(m_code));
    m_code->setPlaceholderText(tr("10 digits"));
    m_known->setObjectName(u"knownPersonLabel"_s);
    auto *codeRow = new QWidget(this);
    auto *codeForm = new QFormLayout(codeRow);
    codeForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    codeForm->addRow(tr("National &code of the head:"), m_code);
    codeForm->addRow(QString(), m_known);

    m_channel->setObjectName(u"channelCombo"_s);
    fillChoiceCombo(m_channel, Choice::Channel, false);
    m_asked->setObjectName(u"askedEdit"_s);
    m_asked->setTabChangesFocus(true);
    m_asked->setFixedHeight(m_asked->fontMetrics().lineSpacing() * 4);
    auto *request = new QWidget(this);
    auto *requestForm = new QFormLayout(request);
    requestForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    requestForm->addRow(tr("The request came &by:"), m_channel);
    requestForm->addRow(tr("&What was asked:"), m_asked);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->addWidget(section(tr("Who is asking"), codeRow, content));
    column->addWidget(section(tr("Head of household"), m_head, content));
    column->addWidget(section(tr("Other members of the household"), m_members, content));
    column->addWidget(section(tr("Address and housing"), m_address, content));
    column->addWidget(section(tr("The request"), request, content));
    column->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);

    m_duplicates->setObjectName(u"duplicateWarning"_s);
    m_error->setObjectName(u"intakeError"_s);
    auto *cancel = plainButton(tr("Cancel"), u"cancelIntakeButton"_s, this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    buttons->addWidget(cancel);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_code, &QLineEdit::textChanged, this, &IntakeDialog::lookUpNationalCode);
    connect(m_head, &PersonFields::identityEdited, this, [this] {
        const QStringList warnings = duplicateWarnings();
        m_duplicates->showError(warnings.join(u'\n'));
    });
    connect(m_save, &QPushButton::clicked, this, &IntakeDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    return page;
}

QWidget *IntakeDialog::buildDonePage()
{
    auto *page = new QWidget(this);
    auto *title = makeWrappedLabel(tr("The household file is open. Its file number:"), page);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    title->setFont(titleFont);
    m_fileNumber = new QLabel(page);
    m_fileNumber->setObjectName(u"newFileNumberLabel"_s);
    m_fileNumber->setTextFormat(Qt::PlainText);
    m_fileNumber->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fileNumber->setAlignment(Qt::AlignCenter);
    QFont big = m_fileNumber->font();
    big.setPointSizeF(big.pointSizeF() * 3);
    big.setBold(true);
    m_fileNumber->setFont(big);
    m_doneNotes = makeWrappedLabel(QString(), page);
    m_doneNotes->setObjectName(u"intakeDoneNotes"_s);

    m_openNew = plainButton(tr("Open the &file"), u"openNewFileButton"_s, page);
    m_openNew->setVisible(
        domain::allows(m_session.worker().role, domain::Capability::ReadFileDetails));
    auto *close = plainButton(tr("&Close"), u"closeIntakeButton"_s, page);
    close->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_openNew);
    buttons->addWidget(close);

    auto *layout = new QVBoxLayout(page);
    layout->addStretch();
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(m_fileNumber);
    layout->addSpacing(12);
    layout->addWidget(m_doneNotes);
    layout->addStretch();
    layout->addLayout(buttons);

    connect(m_openNew, &QPushButton::clicked, this, [this] {
        const qint64 id = m_createdId;
        accept();
        emit openFileRequested(id);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    return page;
}

} // namespace pluslife::ui
