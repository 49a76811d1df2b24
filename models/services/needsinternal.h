#pragma once

#include "needsassessment.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVariantMap>

#include <optional>

// Private to NeedsAssessment's translation units (needsassessment.cpp, needsfacts.cpp,
// needsscores.cpp, needsranking.cpp, needsplan.cpp, needsplanitems.cpp): what more than one of
// them uses. Defined in needsinternal.cpp, the facts in needsfacts.cpp.
namespace pluslife::services::needs_internal {

// ---- A household's facts (needsfacts.cpp) ----

struct Candidate {
    qint64 id = 0;
    QString fileNumber;
    QString headName;
    qint64 workerId = 0;
    QString workerName;
};

// The SQL condition choosing the households and its bound values (repeated per query).
struct Scope {
    QString where;
    QVariantList binds;
};

// The facts of every household the scope chooses (from its file and, where the file lacks a fact,
// its latest initial interview and home visit report), with set-based queries. False and `error`
// when a query fails.
bool loadFacts(QSqlDatabase db, const domain::NeedsRules &rules, const QDate &today,
               const Scope &scope, QList<Candidate> *candidates,
               QHash<qint64, domain::NeedsFacts> *facts, QSqlError *error);

// ---- Storage ----

storage::StoreError saveFailed(const QSqlError &error);
QString isoUtc(const QDateTime &utc);
QDateTime fromIso(const QVariant &value);
bool exec(QSqlQuery &q, QSqlError *error);
bool setPriority(QSqlDatabase db, qint64 householdId, const QString &band, const QDateTime &now,
                 QSqlError *error);

// ---- Support plan ----

bool addPlanEvent(Session &session, qint64 householdId, const QString &kind,
                  const QVariantMap &details, QSqlError *error);
storage::StoreError auditPlan(Session &session, const QString &action, qint64 planId,
                              const QVariantMap &details = {});
bool insertItem(QSqlDatabase db, qint64 planId, const QString &serviceId, const QString &rule,
                const QString &status, const QString &note, qint64 by, const QDateTime &now,
                qint64 *itemId, QSqlError *error);
std::optional<NeedsAssessment::Plan> readPlan(QSqlDatabase db, const QString &where,
                                              const QVariantList &binds);

} // namespace pluslife::services::needs_internal
