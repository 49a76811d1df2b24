// IntakeDialog: looking up the national code, checking the form and opening the file.
#include "intakedialog.h"

#include "addressfields.h"
#include "caseload/displaytext.h"
#include "choicekeys.h"
#include "common/errorlabel.h"
#include "intakememberstable.h"
#include "locale/digits.h"
#include "personfields.h"
#include "services/householdservice.h"
#include "widgets/identityvalidators.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace pluslife::ui {

void IntakeDialog::lookUpNationalCode()
{
    m_known->clear();
    const QString typed = m_code->text();
    if (!m_code->hasAcceptableInput())
        return;
    storage::StoreError error;
    const auto known = services::HouseholdService(m_session).findByNationalCode(typed, &error);
    if (!error.ok()) {
        m_known->setText(error.message);
        return;
    }
    if (!known) {
        m_known->setText(tr("New person: not in the center's files yet."));
        return;
    }
    const QString name = known->person.fullName();
    if (!known->fileNumber.isEmpty()) {
        m_known->setText(tr("Already known: %1, member of household file %2.")
                             .arg(name, fileNumberText(known->fileNumber, locale())));
    } else {
        m_known->setText(tr("Already known: %1 (in no household file now).").arg(name));
    }
    // The same person is reused, never entered twice: start from what the center knows.
    if (m_head->firstNameEdit()->text().trimmed().isEmpty())
        m_head->setPerson(known->person);
}

QString IntakeDialog::formProblem() const
{
    if (m_code->text().trimmed().isEmpty())
        return tr("Enter the national code of the head of household.");
    const auto *validator = static_cast<const NumberFieldValidator *>(m_code->validator());
    if (const QString error = validator->errorText(m_code->text()); !error.isEmpty())
        return error;
    for (const QString &problem : {m_head->problem(), m_members->problem(), m_address->problem()}) {
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QStringList IntakeDialog::duplicateWarnings() const
{
    const services::HouseholdService service(m_session);
    QList<domain::Person> people{m_head->person()};
    people.first().nationalCode = locale::digitsOnly(m_code->text());
    for (const domain::Member &member : m_members->members())
        people.append(member.person);
    QStringList warnings;
    for (const domain::Person &person : std::as_const(people)) {
        if (person.firstName.isEmpty() || person.lastName.isEmpty())
            continue;
        for (const domain::Person &match : service.likelyDuplicates(person)) {
            if (!person.nationalCode.isEmpty() && match.nationalCode == person.nationalCode)
                continue; // the same person, who is reused
            const QString code = match.nationalCode.isEmpty()
                                     ? tr("no national code")
                                     : locale::localizeDigits(match.nationalCode, locale());
            warnings << tr("%1 (national code %2) has the same name and birth date as %3. "
                           "Check that this is not the same person.")
                            .arg(match.fullName(), code, person.fullName());
        }
    }
    return warnings;
}

void IntakeDialog::save()
{
    m_error->clearMessage();
    if (const QString problem = formProblem(); !problem.isEmpty()) {
        m_error->showError(problem);
        return;
    }
    // Likely duplicates are shown once; pressing the button again opens the file anyway.
    const QStringList warnings = duplicateWarnings();
    const QString warningText = warnings.join(u'\n');
    m_duplicates->showError(warningText);
    if (!warnings.isEmpty() && warningText != m_warnedAbout) {
        m_warnedAbout = warningText;
        m_save->setText(tr("&Open the file anyway"));
        return;
    }

    services::HouseholdService::NewFile file;
    file.head = m_head->person();
    file.head.nationalCode = locale::digitsOnly(m_code->text());
    file.others = m_members->members();
    file.address = m_address->address();
    file.housing = m_address->housing();
    file.monthlyRent = m_address->monthlyRent();
    file.incomeSources = m_address->incomeSources();
    file.channel = chosenKey(m_channel);
    file.asked = m_asked->toPlainText().trimmed();
    domain::Household created;
    QStringList notes;
    const storage::StoreError error =
        services::HouseholdService(m_session).openFile(file, &created, &notes);
    if (!error.ok()) {
        m_error->showError(error.message);
        return;
    }
    m_createdId = created.id;
    m_fileNumber->setText(fileNumberText(created.fileNumber, locale()));
    m_doneNotes->setText(notes.join(u'\n'));
    m_pages->setCurrentIndex(1);
    m_openNew->setFocus();
    emit fileOpened(created.id);
}

} // namespace pluslife::ui
