#pragma once

#include "merge.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace pluslife::central {

class Db;
struct Device;

// Reads a push request; false with *problem naming the field ("ops[3].op_id: ...") when a
// field is missing or has the wrong type.
bool parsePush(const QJsonObject &body, QList<Op> *ops, QString *problem);

struct PushCounts {
    int applied = 0; // applied, merged or duplicate
    int held = 0;
    int rejected = 0;
    int repeats = 0;
};

// Applies a batch in one transaction (run again when a concurrent insert or a deadlock gets in
// the way) and answers {"results": [...]} in op order. Throws DbError on database failure.
QJsonObject push(Db &db, const Device &device, const QList<Op> &ops, const QDateTime &now,
                 PushCounts *counts);

} // namespace pluslife::central
