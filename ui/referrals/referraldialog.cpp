#include "referraldialog.h"

#include "common/errorlabel.h"
#include "common/wrappedlabel.h"
#include "locale/digits.h"
#include "services/householdservice.h"
#include "services/referralservice.h"
#include "services/session.h"
#include "widgets/jalalidateedit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace pluslife::ui {
namespace {

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, const QString &okName)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(okText);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(okName);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}

} // namespace

ReferralDialog::ReferralDialog(services::Session &session, qint64 householdId, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_householdId(householdId)
    , m_kind(new QComboBox(this))
    , m_person(new QComboBox(this))
    , m_service(new QComboBox(this))
    , m_requested(new QLineEdit(this))
    , m_due(new JalaliDateEdit(services::ReferralService(session).defaultDueDate(), this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"referralDialog"_s);
    setWindowTitle(tr("New referral"));
    m_kind->setObjectName(u"referralKindBox"_s);
    for (const auto &[key, name] : domain::referralKindItems())
        m_kind->addItem(name, key);
    m_person->setObjectName(u"referralPersonBox"_s);
    m_person->addItem(tr("The whole household"), qint64(0));
    const auto names = services::HouseholdService(session).memberNames(householdId);
    QList<qint64> people = names.keys();
    std::sort(people.begin(), people.end()); // the order they joined the file
    for (const qint64 person : std::as_const(people))
        m_person->addItem(names.value(person), person);
    m_service->setObjectName(u"referralServiceBox"_s);
    m_service->addItem(tr("No catalog service"), QString());
    const QLocale locale;
    for (const domain::ReferralCatalogEntry &service : domain::referralCatalogServices())
        m_service->addItem(
            u"%1 — %2"_s.arg(service.name, locale::localizeDigits(service.id, locale)), service.id);
    m_requested->setObjectName(u"referralRequestedEdit"_s);
    m_requested->setMaxLength(500);
    m_due->setObjectName(u"referralDueEdit"_s);
    m_due->setMinimumDate(session.clock().nowUtc().date());

    auto *form = new QFormLayout;
    form->addRow(tr("&Kind:"), m_kind);
    form->addRow(tr("&For:"), m_person);
    form->addRow(tr("Catalog &service:"), m_service);
    form->addRow(tr("&Requested service:"), m_requested);
    form->addRow(tr("&Due date:"), m_due);

    auto *destinations = new QGridLayout;
    destinations->addWidget(new QLabel(tr("Priority"), this), 0, 0);
    destinations->addWidget(new QLabel(tr("Kind of agency"), this), 0, 1);
    destinations->addWidget(new QLabel(tr("Agency or unit"), this), 0, 2);
    for (int priority = 1; priority <= domain::Referral::MaxDestinations; ++priority) {
        auto *agency = new QComboBox(this);
        agency->setObjectName(u"referralAgencyBox%1"_s.arg(priority));
        if (priority > 1)
            agency->addItem(tr("None"), QString());
        for (const auto &[key, name] : domain::referralAgencyKindItems())
            agency->addItem(name, key);
        auto *name = new QLineEdit(this);
        name->setObjectName(u"referralDestinationEdit%1"_s.arg(priority));
        name->setMaxLength(500);
        destinations->addWidget(new QLabel(locale.toString(priority), this), priority, 0);
        destinations->addWidget(agency, priority, 1);
        destinations->addWidget(name, priority, 2, 1, 1);
        m_agency << agency;
        m_destination << name;
    }
    destinations->setColumnStretch(2, 1);

    m_error->setObjectName(u"referralDialogError"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(makeWrappedLabel(
        tr("Destinations are tried in order: when one refuses with a reason, the referral goes "
           "to the next."),
        this));
    layout->addLayout(destinations);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Save as draft"), u"referralSaveButton"_s));

    // Picking a catalog service names the requested service when nothing is written yet.
    connect(m_service, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index > 0 && m_requested->text().trimmed().isEmpty())
            m_requested->setText(
                domain::referralCatalogServiceName(m_service->itemData(index).toString()));
    });
}

void ReferralDialog::accept()
{
    domain::Referral r;
    r.householdId = m_householdId;
    r.personId = m_person->currentData().toLongLong();
    r.kind = m_kind->currentData().toString();
    r.serviceId = m_service->currentData().toString();
    r.requestedService = m_requested->text();
    r.dueDate = m_due->date();
    for (int i = 0; i < m_agency.size(); ++i) {
        const QString kind = m_agency.at(i)->currentData().toString();
        const QString name = m_destination.at(i)->text().trimmed();
        if (kind.isEmpty() && name.isEmpty())
            continue;
        if (kind.isEmpty()) {
            m_error->showError(
                tr("Choose the kind of agency of priority %1.").arg(QLocale().toString(i + 1)));
            return;
        }
        r.destinations.append({kind, name});
    }
    const storage::StoreError error = services::ReferralService(m_session).create(&r);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_referral = r;
    emit created(r.id);
    QDialog::accept();
}

ReferralOutcomeDialog::ReferralOutcomeDialog(services::Session &session,
                                             const domain::Referral &referral, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_referral(referral)
    , m_service(new QLineEdit(referral.requestedService, this))
    , m_amount(new QLineEdit(this))
    , m_payment(new QLineEdit(this))
    , m_note(new QLineEdit(this))
    , m_error(new ErrorLabel(this))
{
    setObjectName(u"referralOutcomeDialog"_s);
    setWindowTitle(tr("Referral completed"));
    m_service->setObjectName(u"outcomeServiceEdit"_s);
    m_amount->setObjectName(u"outcomeAmountEdit"_s);
    m_amount->setPlaceholderText(tr("0 when not cash"));
    m_payment->setObjectName(u"outcomePaymentEdit"_s);
    m_note->setObjectName(u"outcomeNoteEdit"_s);
    m_error->setObjectName(u"outcomeError"_s);
    auto *form = new QFormLayout;
    form->addRow(tr("Service &given:"), m_service);
    form->addRow(tr("&Amount (rials):"), m_amount);
    form->addRow(tr("&Payment id:"), m_payment);
    form->addRow(tr("&Note:"), m_note);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(makeWrappedLabel(
        tr("Referral %1").arg(locale::localizeDigits(referral.trackingNumber, QLocale())), this));
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(okCancel(this, tr("&Complete"), u"outcomeSaveButton"_s));
}

void ReferralOutcomeDialog::accept()
{
    domain::ReferralOutcome outcome;
    outcome.serviceGiven = m_service->text();
    const QString amount = locale::normalizeNumber(m_amount->text().trimmed());
    if (!amount.isEmpty()) {
        bool ok = false;
        outcome.amountRials = amount.toLongLong(&ok);
        if (!ok || outcome.amountRials < 0) {
            m_error->showError(tr("Write the amount in rials, digits only."));
            return;
        }
    }
    outcome.paymentId = locale::normalizeDigits(m_payment->text().trimmed());
    outcome.note = m_note->text();
    const storage::StoreError error =
        services::ReferralService(m_session).complete(m_referral.id, outcome);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    QDialog::accept();
}

} // namespace pluslife::ui
