#pragma once

#include <QDateTime>
#include <QString>

namespace pluslife::domain {

// A worker's note on a household file. Notes are never edited in place: a correction is a new
// note that supersedes the old one, and the old one stays in the file's history.
struct Note {
    qint64 id = 0;
    QString uuid;
    qint64 householdId = 0;
    qint64 workerId = 0;
    QString workerName; // for lists
    QDateTime writtenUtc;
    QString body;
    qint64 supersedes = 0; // the note this one corrects, 0 for none
    // Set on reading: a later note corrects this one.
    bool superseded = false;
};

} // namespace pluslife::domain
