#include "formservice.h"

#include "domain/casefields.h"
#include "engine/formparser.h"
#include "formserviceinternal.h"
#include "services/distributedresources.h"
#include "services/session.h"
#include "storage/auditlog.h"
#include "storage/vault.h"
#include "storage/writetransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>

// FormService: the form library (installing, listing and loading form versions).

namespace pluslife::forms {

using detail::noSuchForm;
using detail::saveFailed;
using storage::StoreError;
using storage::StoreErrorCode;

namespace {

const QString kLibraryFolder = QStringLiteral(":/pluslife/forms");

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// Parsed forms by the SHA-256 of their bytes. A definition is immutable and depends on nothing
// but its bytes, so one parse serves every store, service and session of the process.
struct DefinitionCache {
    QMutex mutex;
    QHash<QString, FormDefinitionPtr> byHash;
};

DefinitionCache &definitionCache()
{
    static DefinitionCache cache;
    return cache;
}

FormDefinitionPtr parseCached(const QByteArray &xml, const QString &sha256, QString *report)
{
    DefinitionCache &cache = definitionCache();
    {
        const QMutexLocker lock(&cache.mutex);
        if (FormDefinitionPtr found = cache.byHash.value(sha256))
            return found;
    }
    const FormParseResult result = parseForm(xml);
    if (!result.ok()) {
        if (report)
            *report = result.report();
        return nullptr;
    }
    const QMutexLocker lock(&cache.mutex);
    cache.byHash.insert(sha256, result.form);
    return result.form;
}

// Binds that save to a field outside the case-field vocabulary, as report lines.
QStringList saveToProblems(const FormDefinition &form)
{
    QStringList problems;
    for (const FormBind &bind : form.binds) {
        if (bind.saveTo.isEmpty())
            continue;
        QString message;
        if (domain::isCriticalField(bind.saveTo))
            message = QCoreApplication::translate(
                          "FormService", "entities:saveto=\"%1\": who a person is is changed "
                                         "only on the household file, never by a form.")
                          .arg(bind.saveTo);
        else if (!domain::isCaseField(bind.saveTo))
            message = QCoreApplication::translate(
                          "FormService", "entities:saveto=\"%1\" is not a case field a form "
                                         "may write.")
                          .arg(bind.saveTo);
        if (!message.isEmpty())
            problems << QCoreApplication::translate("FormService", "line %1: %2")
                            .arg(bind.line)
                            .arg(message);
    }
    return problems;
}

} // namespace

StoreError FormService::install(const QByteArray &xml, Origin origin, qint64 *formVersionId)
{
    return installBytes(xml, origin, formVersionId, nullptr);
}

StoreError FormService::installBytes(const QByteArray &xml, Origin origin, qint64 *formVersionId,
                                     bool *added)
{
    if (added)
        *added = false;
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    if (origin == Origin::Import)
        if (StoreError error = m_session.requireManager(); !error.ok())
            return error;
    QSqlDatabase db = m_session.database();
    storage::FormRepository repo(db);
    const QString sha256 = sha256Hex(xml);
    // The very same bytes installed before: nothing to do, and no parse.
    if (const auto same = repo.versionBySha256(sha256)) {
        if (formVersionId)
            *formVersionId = same->id;
        return StoreError::success();
    }
    QString report;
    const FormDefinitionPtr form = parseCached(xml, sha256, &report);
    QStringList problems;
    if (!form)
        problems << report;
    else
        problems << saveToProblems(*form);
    if (!problems.isEmpty())
        return StoreError::invalidInput(tr("This form cannot be installed:") + QLatin1Char('\n') +
                                        problems.join(QLatin1Char('\n')));

    storage::WriteTransaction transaction(db);
    if (!transaction.isActive())
        return saveFailed(transaction.error());
    if (const auto same = repo.versionBySha256(sha256)) { // installed meanwhile
        if (formVersionId)
            *formVersionId = same->id;
        return StoreError::success();
    }
    if (repo.version(form->formId, form->version))
        return StoreError::invalidInput(
            tr("Version %2 of form %1 is already installed with different content; a changed "
               "form needs a new version.")
                .arg(form->formId, form->version));
    storage::FormVersionRecord record;
    record.formId = form->formId;
    record.version = form->version;
    record.title = form->title;
    record.activityCode = form->activityCode;
    record.sourceXml = xml;
    record.sha256 = sha256;
    record.origin = originKey(origin);
    record.installedUtc = m_session.clock().nowUtc();
    record.installedBy = m_session.worker().id;
    if (!repo.insertVersion(&record))
        return saveFailed(repo.lastError());
    if (StoreError error =
            m_session.audit().append(m_session.worker().id, QStringLiteral("form.install"),
                                     QStringLiteral("form_version"), QString::number(record.id),
                                     {{QStringLiteral("form"), record.formId},
                                      {QStringLiteral("version"), record.version},
                                      {QStringLiteral("origin"), record.origin}});
        !error.ok())
        return error;
    if (!transaction.commit())
        return saveFailed(transaction.error());
    if (formVersionId)
        *formVersionId = record.id;
    if (added)
        *added = true;
    return StoreError::success();
}

StoreError FormService::installLibrary(int *installed)
{
    if (installed)
        *installed = 0;
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QStringList files;
    QDirIterator it(kLibraryFolder, {QStringLiteral("*.xml")}, QDir::Files);
    while (it.hasNext())
        files << it.next();
    files.sort();
    QStringList problems;
    for (const QString &path : std::as_const(files)) {
        QFile file(path);
        const QString name = QFileInfo(path).fileName();
        if (!file.open(QIODevice::ReadOnly)) {
            problems << tr("%1: the form cannot be read.").arg(name);
            continue;
        }
        bool added = false;
        if (StoreError error = installBytes(file.readAll(), Origin::Library, nullptr, &added);
            !error.ok())
            problems << QStringLiteral("%1: %2").arg(name, error.message);
        else if (added && installed)
            ++*installed;
    }
    if (!problems.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput,
                                tr("Some forms of the library could not be installed:") +
                                    QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    return StoreError::success();
}

QList<InstalledForm> FormService::installedForms() const
{
    if (m_session.isLocked())
        return {};
    const QList<storage::FormVersionRecord> all =
        storage::FormRepository(m_session.database()).versions();
    QList<InstalledForm> forms;
    const storage::FormVersionRecord *latest = nullptr;
    const auto finish = [&] {
        if (forms.isEmpty() || !latest)
            return;
        forms.last().title = latest->title;
        forms.last().activityCode = latest->activityCode;
        forms.last().latestVersionId = latest->id;
    };
    for (const storage::FormVersionRecord &v : all) {
        if (forms.isEmpty() || forms.last().formId != v.formId) {
            finish();
            forms.append(InstalledForm());
            forms.last().formId = v.formId;
            latest = nullptr;
        }
        forms.last().versions.append(
            {v.id, v.version, v.title, v.origin, v.installedUtc, v.retiredUtc.isValid()});
        // The highest version in use; a form whose versions are all retired shows its highest.
        const bool inUse = !v.retiredUtc.isValid();
        if (!latest || (inUse && latest->retiredUtc.isValid()) ||
            (inUse == !latest->retiredUtc.isValid() &&
             storage::FormRepository::compareVersions(v.version, latest->version) > 0))
            latest = &v;
    }
    finish();
    return forms;
}

FormDefinitionPtr FormService::load(qint64 formVersionId, StoreError *error) const
{
    StoreError ignored;
    StoreError &result = error ? *error : ignored;
    result = StoreError::success();
    if (m_session.isLocked()) {
        result = StoreError::notUnlocked();
        return nullptr;
    }
    if (FormDefinitionPtr found = m_loaded.value(formVersionId))
        return found;
    const auto version = storage::FormRepository(m_session.database()).version(formVersionId);
    if (!version) {
        result = noSuchForm();
        return nullptr;
    }
    QString report;
    FormDefinitionPtr form = parseCached(version->sourceXml, version->sha256, &report);
    if (!form) {
        result = StoreError::make(
            StoreErrorCode::Corrupt,
            tr("Version %2 of form %1 cannot be opened by this version of PlusLife Desk.")
                .arg(version->formId, version->version),
            report);
        return nullptr;
    }
    m_loaded.insert(formVersionId, form);
    return form;
}

StoreError FormService::installDistributed(int *installed)
{
    if (installed)
        *installed = 0;
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    QStringList problems;
    const auto forms =
        services::distributedResources(m_session.vault().database(), QStringLiteral("form"));
    for (const services::DistributedResource &form : forms) {
        bool added = false;
        if (StoreError error = installBytes(form.content, Origin::Central, nullptr, &added);
            !error.ok())
            problems << QStringLiteral("%1 %2: %3").arg(form.id, form.version, error.message);
        else if (added && installed)
            ++*installed;
    }
    if (!problems.isEmpty())
        return StoreError::make(StoreErrorCode::InvalidInput,
                                tr("Some forms from the central window could not be installed:") +
                                    QLatin1Char('\n') + problems.join(QLatin1Char('\n')));
    return StoreError::success();
}

} // namespace pluslife::forms
