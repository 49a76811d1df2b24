#pragma once

#include "domain/note.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

class NoteRepository {
public:
    explicit NoteRepository(QSqlDatabase db);

    bool insert(domain::Note *note);
    // The household's notes, newest first, each marked when a later note supersedes it.
    QList<domain::Note> ofHousehold(qint64 householdId) const;
    std::optional<domain::Note> note(qint64 id) const;
    QSqlError lastError() const { return m_lastError; }

private:
    QList<domain::Note> select(const QString &where, const QVariantList &binds) const;

    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

} // namespace pluslife::storage
