#pragma once

#include "domain/needsrules.h"
#include "locale/workingcalendar.h"

#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

// What the central window distributes (sync/protocol/README.md "Resources"): the sync engine
// keeps each fetched resource in `settings` as "sync.resource.<kind>.<id>" = {"version",
// "sha256", "content"}. These readers prefer a distributed copy that loads cleanly and fall back
// to what shipped with the program, so a bad file from the central never stops a center.
namespace pluslife::services {

struct DistributedResource {
    QString kind; // form | needs-rules | holidays
    QString id;
    QString version;
    QByteArray content;
};

QList<DistributedResource> distributedResources(QSqlDatabase db, const QString &kind);

locale::WorkingCalendar currentWorkingCalendar(QSqlDatabase db);
std::shared_ptr<const domain::NeedsRules> currentNeedsRules(QSqlDatabase db, QString *error);

} // namespace pluslife::services
