#include "screeninglauncher.h"

#include "forms/formlauncher.h"
#include "services/formservice.h"
#include "services/session.h"

#include <algorithm>

namespace pluslife::ui {

QList<ScreeningForm> ScreeningLauncher::forms(services::Session &session)
{
    static const QStringList order{
        QStringLiteral("screening_vision"), QStringLiteral("screening_hearing"),
        QStringLiteral("screening_genetic"), QStringLiteral("screening_autism")};
    QList<ScreeningForm> found;
    for (const forms::InstalledForm &form : forms::FormService(session).installedForms()) {
        if (form.activityCode == QLatin1String("18") && form.latestVersionId > 0)
            found.append({form.formId, form.title, form.latestVersionId});
    }
    std::stable_sort(found.begin(), found.end(),
                     [](const ScreeningForm &a, const ScreeningForm &b) {
                         const auto rank = [](const QString &id) {
                             const qsizetype at = order.indexOf(id);
                             return at < 0 ? order.size() : at;
                         };
                         return rank(a.formId) < rank(b.formId);
                     });
    return found;
}

QString ScreeningLauncher::start(services::Session &session, qint64 formVersionId,
                                 const domain::Person &person, qint64 householdId, QWidget *parent,
                                 Finished finished)
{
    const forms::FormSubject subject{householdId, person.id, 0};
    forms::FormService service(session);
    const forms::FormDefinitionPtr form = service.load(formVersionId);
    const QString birthPath =
        form ? QLatin1Char('/') + form->rootName + QStringLiteral("/child/birth_date") : QString();
    if (!form || !person.birthDate.isValid() || !form->bindFor(birthPath))
        return FormLauncher::startNew(session, formVersionId, subject, parent, std::move(finished));

    // The birth date from the file, in the draft before the window opens it.
    qint64 draftId = 0;
    std::unique_ptr<forms::FormSession> filling;
    storage::StoreError error = service.startDraft(formVersionId, subject, &draftId, &filling);
    if (!error.ok())
        return error.message;
    if (filling->setValue(birthPath, person.birthDate.toString(Qt::ISODate)).ok()) {
        error = service.saveDraft(draftId, *filling);
        if (!error.ok())
            return error.message;
    }
    return FormLauncher::resume(session, draftId, parent, std::move(finished));
}

} // namespace pluslife::ui
