#include "noteservice.h"

#include "householdaccess.h"
#include "session.h"
#include "storage/auditlog.h"
#include "storage/householdrepository.h"
#include "storage/noterepository.h"
#include "storage/writetransaction.h"

#include <QCoreApplication>
#include <QLocale>

namespace pluslife::services {

using storage::StoreError;
using storage::StoreErrorCode;

namespace {

StoreError saveFailed(const QSqlError &error)
{
    return StoreError::make(
        StoreErrorCode::Database,
        QCoreApplication::translate("NoteService", "The note could not be saved."),
        error.databaseText());
}

} // namespace

NoteService::NoteService(Session &session)
    : m_session(session)
{}

StoreError NoteService::checkBody(const QString &body) const
{
    const QString text = body.trimmed();
    if (text.isEmpty())
        return StoreError::invalidInput(
            QCoreApplication::translate("NoteService", "Write the note first."));
    if (text.size() > MaxLength)
        return StoreError::invalidInput(
            QCoreApplication::translate("NoteService", "A note can be at most %1 characters long.")
                .arg(QLocale().toString(MaxLength)));
    return StoreError::success();
}

// The note row, its timeline entry and its audit entry: one transaction.
StoreError NoteService::save(domain::Note *note, const QString &kind, const QString &action)
{
    storage::WriteTransaction transaction(m_session.database());
    storage::NoteRepository notes(m_session.database());
    storage::HouseholdRepository households(m_session.database());
    if (!notes.insert(note))
        return saveFailed(notes.lastError());
    if (!households.addTimelineEvent(note->householdId, note->workerId, kind,
                                     {{QStringLiteral("note"), note->id}}, note->writtenUtc))
        return saveFailed(households.lastError());
    QVariantMap details{{QStringLiteral("household"), note->householdId}};
    if (note->supersedes > 0)
        details.insert(QStringLiteral("supersedes"), note->supersedes);
    if (StoreError error =
            m_session.audit().append(m_session.worker().id, action, QStringLiteral("note"),
                                     QString::number(note->id), details);
        !error.ok())
        return error;
    return transaction.commit() ? StoreError::success() : saveFailed(transaction.error());
}

StoreError NoteService::add(qint64 householdId, const QString &body, domain::Note *note)
{
    if (StoreError error = checkHouseholdAccess(m_session, householdId, true); !error.ok())
        return error;
    if (StoreError error = checkBody(body); !error.ok())
        return error;
    domain::Note fresh;
    fresh.householdId = householdId;
    fresh.workerId = m_session.worker().id;
    fresh.workerName = m_session.worker().displayName;
    fresh.writtenUtc = m_session.clock().nowUtc();
    fresh.body = body.trimmed();
    if (StoreError error =
            save(&fresh, QStringLiteral("note.added"), QStringLiteral("household.note_add"));
        !error.ok())
        return error;
    if (note)
        *note = fresh;
    return StoreError::success();
}

StoreError NoteService::correct(qint64 noteId, const QString &newBody, domain::Note *note)
{
    if (m_session.isLocked())
        return StoreError::notUnlocked();
    const auto old = storage::NoteRepository(m_session.database()).note(noteId);
    if (!old)
        return StoreError::invalidInput(
            QCoreApplication::translate("NoteService", "There is no such note."));
    if (StoreError error = checkHouseholdAccess(m_session, old->householdId, true); !error.ok())
        return error;
    if (old->workerId != m_session.worker().id)
        return StoreError::make(
            StoreErrorCode::NotPermitted,
            QCoreApplication::translate("NoteService",
                                        "Only the worker who wrote a note can correct it."));
    if (old->superseded)
        return StoreError::invalidInput(QCoreApplication::translate(
            "NoteService", "This note was already corrected; correct its latest version."));
    if (StoreError error = checkBody(newBody); !error.ok())
        return error;
    if (newBody.trimmed() == old->body)
        return StoreError::invalidInput(
            QCoreApplication::translate("NoteService", "The correction does not change the note."));
    domain::Note fresh;
    fresh.householdId = old->householdId;
    fresh.workerId = m_session.worker().id;
    fresh.workerName = m_session.worker().displayName;
    fresh.writtenUtc = m_session.clock().nowUtc();
    fresh.body = newBody.trimmed();
    fresh.supersedes = old->id;
    if (StoreError error = save(&fresh, QStringLiteral("note.corrected"),
                                QStringLiteral("household.note_correct"));
        !error.ok())
        return error;
    if (note)
        *note = fresh;
    return StoreError::success();
}

QList<domain::Note> NoteService::ofHousehold(qint64 householdId) const
{
    if (!checkHouseholdAccess(m_session, householdId, false).ok())
        return {};
    return storage::NoteRepository(m_session.database()).ofHousehold(householdId);
}

} // namespace pluslife::services
