#pragma once

#include "domain/documentchecklist.h"

#include <QIcon>
#include <QString>

class QStyle;

namespace pluslife::ui {

// Words and icons for where a document stands, shared by the documents panel's lists.
QString documentStateText(domain::DocumentState state);
QIcon documentStateIcon(domain::DocumentState state, const QStyle *style);
// Whom a checklist line is for: the member's name (or relation when names are not shown), or
// "Household".
QString documentForText(const domain::ChecklistItem &item);
// "PDF, 120 KB" / "PNG image, 3 KB" in the locale's digits.
QString documentSizeText(const QString &mimeType, qint64 size, const QLocale &locale);

// `folder`/`originalName`, or "name (2).ext", "name (3).ext" … when taken: a copy never overwrites.
QString freeCopyPath(const QString &folder, const QString &originalName);

// Adds a line for each document no checklist line shows (other types, second copies), so every
// attached document can be previewed and checked.
void appendUnlistedDocuments(QList<domain::ChecklistItem> *items,
                             const QList<domain::Document> &documents);

} // namespace pluslife::ui
