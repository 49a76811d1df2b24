#pragma once

#include "domain/center.h"
#include "domain/worker.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlError>

#include <optional>

namespace pluslife::storage {

// SQL for the center, its workers and its settings; no rules and no audit here (services do that).
class WorkerRepository {
public:
    explicit WorkerRepository(QSqlDatabase db);

    std::optional<domain::Worker> findByUsername(const QString &username) const;
    std::optional<domain::Worker> findById(qint64 id) const;
    QList<domain::Worker> all() const;
    int activeManagers() const;
    bool insert(domain::Worker *worker, const QDateTime &nowUtc);
    bool setActive(qint64 id, bool active, const QDateTime &nowUtc);
    bool setMustChangePassword(qint64 id, bool mustChange, const QDateTime &nowUtc);
    bool setNdaAccepted(qint64 id, const QString &version, const QDateTime &nowUtc);
    QSqlError lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    mutable QSqlError m_lastError;
};

class CenterRepository {
public:
    explicit CenterRepository(QSqlDatabase db);
    std::optional<domain::CenterInfo> load() const;
    bool save(const domain::CenterInfo &center, const QDateTime &nowUtc);
    QSqlError lastError() const { return m_lastError; }

private:
    QSqlDatabase m_db;
    QSqlError m_lastError;
};

class SettingsRepository {
public:
    explicit SettingsRepository(QSqlDatabase db);
    QString value(const QString &key, const QString &fallback = {}) const;
    bool setValue(const QString &key, const QString &value, qint64 workerId,
                  const QDateTime &nowUtc);

private:
    QSqlDatabase m_db;
};

} // namespace pluslife::storage
