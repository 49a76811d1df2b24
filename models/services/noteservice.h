#pragma once

#include "domain/note.h"
#include "storage/storeerror.h"

#include <QList>

namespace pluslife::services {

class Session;

// The running notes on a household file (issue 3). A note is never edited or removed: a
// correction is a new note that supersedes the old one, and both stay in the file. Each write
// goes with a timeline entry and an audit entry that hold ids only, never the note's text.
class NoteService {
public:
    static constexpr int MaxLength = 4000;

    explicit NoteService(Session &session);

    storage::StoreError add(qint64 householdId, const QString &body, domain::Note *note = nullptr);
    // Writes `newBody` as a new note superseding `noteId`; only the note's author may correct
    // it, and only its latest version.
    storage::StoreError correct(qint64 noteId, const QString &newBody,
                                domain::Note *note = nullptr);
    // Newest first; superseded notes are marked as such.
    QList<domain::Note> ofHousehold(qint64 householdId) const;

private:
    storage::StoreError checkBody(const QString &body) const;
    storage::StoreError save(domain::Note *note, const QString &kind, const QString &action);

    Session &m_session;
};

} // namespace pluslife::services
