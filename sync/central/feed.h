#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Reading the change feed: pull pages, single records (fetch), and what hello reports.
namespace pluslife::central {

class Db;
struct Device;

enum class PullOutcome { Ok, ResetRequired };

// Records of the device's center with seq > cursor.seq, in seq order, at most `limit`.
// ResetRequired when the cursor does not belong to this history (restored backup).
PullOutcome pull(Db &db, const Device &device, qint64 cursorSeq, const QString &cursorTag,
                 int limit, QJsonObject *answer);

// The current state of the referred records of the device's center; others are left out.
QJsonArray fetch(Db &db, const Device &device, const QJsonArray &refs);

// Published resources, newest version of each (kind, id): [{"kind", "id", "version", "sha256"}].
QJsonArray resourceList(Db &db);

struct ServerState {
    QString serverId;
    int epoch = 0;
};
ServerState serverState(Db &db);

} // namespace pluslife::central
