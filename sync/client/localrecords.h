#pragma once

#include "protocol/entities.h"

#include "storage/writetransaction.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// The store's rows as protocol records, and protocol records written back as rows, for every
// entity of protocol::entityRules(). Generic: columns and references are read from the schema
// (PRAGMA table_info / foreign_key_list), so a new column syncs without code here. A reference
// column holds the referred record's uuid on the wire and its local id in the store.
namespace pluslife::sync {

namespace detail {
class RecordsCache;
struct TableSchema;
} // namespace detail

enum class ApplyResult {
    Applied,
    Parked, // a referred record is not here yet; kept in sync_parked and retried later
    Failed, // SQL error (the caller's transaction should roll back)
};

class LocalRecords {
public:
    explicit LocalRecords(QSqlDatabase db);

    // The record as the wire sends it (every synced column, references as uuids); empty when
    // there is no such row.
    QJsonObject read(const QString &entity, const QString &uuid) const;
    bool exists(const QString &entity, const QString &uuid) const;

    // Inserts or updates the row (recomputing the columns a store computes for itself), or
    // deletes it. Must run inside a transaction with the capture guard on (ApplyGuard): pulled
    // rows are not local changes.
    ApplyResult apply(const QString &entity, const QString &uuid, const QJsonObject &fields,
                      bool deleted);
    // apply() does not touch sync_records: the caller keeps the server's version and base.
    // A record is parked (sync_parked, with `version`) when a referred record is missing, when
    // it clashes with a local row on a unique value, or when a delete is refused because local
    // rows still refer to it; nothing else fails the caller's page. Append-only records are
    // inserted once: a later version of one, or a delete, changes nothing here.
    // Documents: the wire's attachment_sha256 is looked up in sync_attachments; bytes that are
    // not here leave attachment_address NULL and a sync_downloads row to fetch them.
    ApplyResult apply(const QString &entity, const QString &uuid, const QJsonObject &fields,
                      bool deleted, qint64 version);
    // Retries parked records whose references have arrived; returns how many were applied.
    int retryParked();
    int parkedCount() const;

    // Attachments (for the engine). Addresses of documents' files that have no SHA-256 in
    // sync_attachments yet: hash them and add the rows before Outbox::seal(), so that sealed
    // documents carry their attachment_sha256.
    QStringList unhashedAttachments() const;
    // The bytes of `sha256` are now stored under `address` (and in sync_attachments): every
    // document waiting for them gets its attachment_address. Run under ApplyGuard.
    bool attachmentArrived(const QString &sha256, const QString &address);

    QString lastError() const { return m_lastError; }

private:
    ApplyResult applyUpsert(const detail::TableSchema &schema, const QString &uuid,
                            const QJsonObject &fields, qint64 version);
    ApplyResult applyDelete(const detail::TableSchema &schema, const QString &uuid, qint64 version);
    ApplyResult park(const detail::TableSchema &schema, const QString &uuid,
                     const QJsonObject &fields, bool deleted, qint64 version, const QString &reason,
                     const QString &waitsTable = {}, const QString &waitsUuid = {});
    bool unpark(const QString &entity, const QString &uuid);
    bool referenceArrived(const QString &table, const QString &uuid);
    bool documentAttachment(const QString &uuid, const QJsonObject &fields, QVariant *address);
    void refreshSearchText(const detail::TableSchema &schema, qint64 rowid,
                           const QJsonObject &fields);
    bool fail(const QString &message) const;

    QSqlDatabase m_db;
    mutable QString m_lastError;
    std::shared_ptr<detail::RecordsCache> m_cache;
    qint64 m_parked = -1; // rows in sync_parked, -1 until counted
};

// While alive, the capture triggers of migration 0008 do not record changes (sync_guard).
// Use inside the transaction that applies pulled records; it switches capture back on before
// the transaction commits. (Without one it opens its own and commits it at the end, so the flag
// can never be left on in the store by a crash.) Households whose search text the applied
// records change are refreshed once, when the guard ends.
class ApplyGuard {
public:
    explicit ApplyGuard(QSqlDatabase db);
    ~ApplyGuard();
    ApplyGuard(const ApplyGuard &) = delete;
    ApplyGuard &operator=(const ApplyGuard &) = delete;

private:
    QSqlDatabase m_db;
    std::optional<storage::WriteTransaction> m_tx;
};

// Three-way merge of one record's fields: fields where `local` equals `base` take `theirs`;
// fields changed locally stay. Used after a pull onto an unsynced record and after a push whose
// answer carries the server's merged record.
QJsonObject mergeFields(const QJsonObject &local, const QJsonObject &base,
                        const QJsonObject &theirs);

} // namespace pluslife::sync
