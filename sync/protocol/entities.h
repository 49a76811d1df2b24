#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// What syncs, and how the server decides a conflict for each kind of record (README.md
// "Entities"). The client maps an entity to its table; the server knows only these rules.
namespace pluslife::sync::protocol {

enum class EntityClass {
    Merge,        // field-level merge; critical fields stop for review
    AppendOnly,   // inserted once, never changed
    StateMachine, // merge, but `state` moves only along legal transitions
    CentralOwned, // created by a client, then changed by the central only (inquiry, conflict)
};

struct EntityRule {
    QString name;  // on the wire
    QString table; // the client's table
    EntityClass kind = EntityClass::Merge;
    QStringList critical;  // fields that stop for review on a same-field conflict
    QStringList localOnly; // columns a store computes for itself and never sends
};

// In dependency order: an entity refers only to entities before it, so applying a page in this
// order finds every reference that the page itself brings.
const QList<EntityRule> &entityRules();
std::optional<EntityRule> entityRule(const QString &name);
// Position in entityRules() (dependency order); unknown entities sort last.
int entityOrder(const QString &name);
bool isCriticalField(const QString &entity, const QString &field);
// Bookkeeping that every edit touches (updated_utc): two devices editing different fields of
// one record must not conflict over it. On a same-field clash the later value wins silently.
bool isBookkeepingField(const QString &field);

// Legal referral status transitions (the server checks pushed status changes against them).
bool isLegalReferralTransition(const QString &from, const QString &to);

} // namespace pluslife::sync::protocol
