#include "documentstatetext.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStyle>

#include <algorithm>

namespace pluslife::ui {
namespace {} // namespace

QString documentStateText(domain::DocumentState state)
{
    switch (state) {
    case domain::DocumentState::Missing:
        return QCoreApplication::translate("DocumentsPanel", "Missing");
    case domain::DocumentState::Attached:
        return QCoreApplication::translate("DocumentsPanel", "Attached, not checked");
    case domain::DocumentState::Checked:
        return QCoreApplication::translate("DocumentsPanel", "Checked");
    case domain::DocumentState::Verified:
        return QCoreApplication::translate("DocumentsPanel", "Verified");
    }
    return {};
}

QIcon documentStateIcon(domain::DocumentState state, const QStyle *style)
{
    switch (state) {
    case domain::DocumentState::Missing:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case domain::DocumentState::Attached:
        return style->standardIcon(QStyle::SP_FileIcon);
    case domain::DocumentState::Checked:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case domain::DocumentState::Verified:
        return style->standardIcon(QStyle::SP_DialogYesButton);
    }
    return {};
}

QString documentForText(const domain::ChecklistItem &item)
{
    if (item.personId == 0)
        return QCoreApplication::translate("DocumentsPanel", "Household");
    if (!item.personName.trimmed().isEmpty())
        return item.personName;
    return domain::relationDisplayName(item.relation);
}

QString documentSizeText(const QString &mimeType, qint64 size, const QLocale &locale)
{
    const QString kb = locale.toString(qMax<qint64>(1, (size + 1023) / 1024));
    if (mimeType == QLatin1String("application/pdf"))
        return QCoreApplication::translate("DocumentsPanel", "PDF, %1 KB").arg(kb);
    if (mimeType == QLatin1String("image/jpeg"))
        return QCoreApplication::translate("DocumentsPanel", "JPEG image, %1 KB").arg(kb);
    if (mimeType == QLatin1String("image/png"))
        return QCoreApplication::translate("DocumentsPanel", "PNG image, %1 KB").arg(kb);
    return QCoreApplication::translate("DocumentsPanel", "TIFF image, %1 KB").arg(kb);
}

QString freeCopyPath(const QString &folder, const QString &originalName)
{
    const QFileInfo name(originalName.isEmpty() ? QStringLiteral("document") : originalName);
    QString target = QDir(folder).filePath(name.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QDir(folder).filePath(
            QStringLiteral("%1 (%2).%3").arg(name.completeBaseName()).arg(n).arg(name.suffix()));
    return target;
}

void appendUnlistedDocuments(QList<domain::ChecklistItem> *items,
                             const QList<domain::Document> &documents)
{
    const QList<domain::ChecklistItem> listed = *items;
    for (const domain::Document &d : documents) {
        if (std::any_of(listed.cbegin(), listed.cend(),
                        [&](const auto &item) { return item.documentId == d.id; }))
            continue;
        domain::ChecklistItem extra;
        extra.typeCode = d.typeCode;
        extra.personId = d.personId;
        extra.state = d.state();
        extra.documentId = d.id;
        switch (extra.state) {
        case domain::DocumentState::Verified:
            extra.byWorkerName = d.verifiedByName;
            extra.atUtc = d.verifiedUtc;
            break;
        case domain::DocumentState::Checked:
            extra.byWorkerName = d.checkedByName;
            extra.atUtc = d.checkedUtc;
            break;
        default:
            extra.byWorkerName = d.addedByName;
            extra.atUtc = d.addedUtc;
        }
        for (const auto &item : listed)
            if (d.personId != 0 && item.personId == d.personId) {
                extra.personName = item.personName;
                extra.relation = item.relation;
            }
        items->append(extra);
    }
}

} // namespace pluslife::ui
