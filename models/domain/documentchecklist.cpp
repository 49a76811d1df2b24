#include "documentchecklist.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace pluslife::domain {
namespace {

const QString kResource = QStringLiteral(":/pluslife/domain/data/document-checklists.json");

std::optional<DocumentFor> forFromKey(const QString &key)
{
    if (key == QLatin1String("household"))
        return DocumentFor::Household;
    if (key == QLatin1String("head"))
        return DocumentFor::Head;
    if (key == QLatin1String("each-adult"))
        return DocumentFor::EachAdult;
    if (key == QLatin1String("each-member"))
        return DocumentFor::EachMember;
    if (key == QLatin1String("each-disabled"))
        return DocumentFor::EachDisabled;
    return std::nullopt;
}

bool isKnownCondition(const QString &when)
{
    return when.isEmpty() || when == QLatin1String("tenant") ||
           when == QLatin1String("widowed-head") || when == QLatin1String("divorced-head");
}

bool isAdult(const Person &person, const QDate &today)
{
    return !person.birthDate.isValid() || person.birthDate.addYears(18) <= today;
}

bool conditionHolds(const QString &when, const Household &household, const Member *head)
{
    if (when == QLatin1String("tenant"))
        return household.housing == QLatin1String("tenant");
    if (when == QLatin1String("widowed-head"))
        return head && head->person.maritalStatus == QLatin1String("widowed");
    if (when == QLatin1String("divorced-head"))
        return head && head->person.maritalStatus == QLatin1String("divorced");
    return true;
}

// The most advanced (then the latest) document of the item's type for the item's person.
void resolveState(ChecklistItem *item, const QList<Document> &documents)
{
    const Document *best = nullptr;
    for (const Document &d : documents) {
        if (d.typeCode != item->typeCode ||
            (item->appliesTo != DocumentFor::Household && d.personId != item->personId))
            continue;
        if (!best || d.state() >= best->state())
            best = &d;
    }
    if (!best)
        return;
    item->state = best->state();
    item->documentId = best->id;
    switch (item->state) {
    case DocumentState::Verified:
        item->byWorkerId = best->verifiedBy;
        item->byWorkerName = best->verifiedByName;
        item->atUtc = best->verifiedUtc;
        break;
    case DocumentState::Checked:
        item->byWorkerId = best->checkedBy;
        item->byWorkerName = best->checkedByName;
        item->atUtc = best->checkedUtc;
        break;
    default:
        item->byWorkerId = best->addedBy;
        item->byWorkerName = best->addedByName;
        item->atUtc = best->addedUtc;
    }
}

QString localized(const QLocale &locale, const QString &fa, const QString &en)
{
    return locale.language() == QLocale::Persian ? fa : en;
}

} // namespace

QString documentStateKey(DocumentState state)
{
    switch (state) {
    case DocumentState::Missing:
        return QStringLiteral("missing");
    case DocumentState::Attached:
        return QStringLiteral("attached");
    case DocumentState::Checked:
        return QStringLiteral("checked");
    case DocumentState::Verified:
        return QStringLiteral("verified");
    }
    return QStringLiteral("missing");
}

bool DocumentChecklist::parse(const QByteArray &json, DocumentChecklist *out, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return fail(parseError.errorString());
    DocumentChecklist list;
    for (const QJsonValue &value : root.value(QStringLiteral("documentTypes")).toArray()) {
        const QJsonObject o = value.toObject();
        DocumentTypeInfo type{o.value(QStringLiteral("code")).toString(),
                              o.value(QStringLiteral("fa")).toString(),
                              o.value(QStringLiteral("en")).toString()};
        if (type.code.isEmpty() || type.nameFa.isEmpty() || type.nameEn.isEmpty() ||
            list.hasDocumentType(type.code))
            return fail(QStringLiteral("bad or repeated document type '%1'").arg(type.code));
        list.m_documentTypes.append(type);
    }
    for (const QJsonValue &value : root.value(QStringLiteral("requestTypes")).toArray()) {
        const QJsonObject o = value.toObject();
        RequestTypeInfo request{o.value(QStringLiteral("code")).toString(),
                                o.value(QStringLiteral("fa")).toString(),
                                o.value(QStringLiteral("en")).toString(),
                                {}};
        if (request.code.isEmpty() || request.nameFa.isEmpty() || request.nameEn.isEmpty() ||
            list.hasRequestType(request.code))
            return fail(QStringLiteral("bad or repeated request type '%1'").arg(request.code));
        for (const QJsonValue &item : o.value(QStringLiteral("required")).toArray()) {
            const QJsonObject r = item.toObject();
            const QString type = r.value(QStringLiteral("type")).toString();
            const auto appliesTo = forFromKey(r.value(QStringLiteral("for")).toString());
            const QString when = r.value(QStringLiteral("when")).toString();
            if (!list.hasDocumentType(type) || !appliesTo || !isKnownCondition(when))
                return fail(
                    QStringLiteral("bad required document '%1' in '%2'").arg(type, request.code));
            request.required.append({type, *appliesTo, when});
        }
        if (request.required.isEmpty())
            return fail(QStringLiteral("request type '%1' requires nothing").arg(request.code));
        list.m_requestTypes.append(request);
    }
    if (list.m_requestTypes.isEmpty())
        return fail(QStringLiteral("no request types"));
    *out = list;
    return true;
}

const DocumentChecklist &DocumentChecklist::shipped()
{
    static const DocumentChecklist checklist = [] {
        DocumentChecklist list;
        QFile file(kResource);
        if (file.open(QIODevice::ReadOnly))
            parse(file.readAll(), &list, nullptr);
        return list;
    }();
    return checklist;
}

QStringList DocumentChecklist::requestTypes() const
{
    QStringList codes;
    for (const RequestTypeInfo &type : m_requestTypes)
        codes << type.code;
    return codes;
}

QStringList DocumentChecklist::documentTypes() const
{
    QStringList codes;
    for (const DocumentTypeInfo &type : m_documentTypes)
        codes << type.code;
    return codes;
}

bool DocumentChecklist::hasRequestType(const QString &code) const
{
    return requestTypes().contains(code);
}

bool DocumentChecklist::hasDocumentType(const QString &code) const
{
    return documentTypes().contains(code);
}

QList<RequiredDocument> DocumentChecklist::requiredFor(const QString &requestType) const
{
    for (const RequestTypeInfo &type : m_requestTypes)
        if (type.code == requestType)
            return type.required;
    return {};
}

QString DocumentChecklist::displayName(const QString &typeCode, const QLocale &locale) const
{
    for (const DocumentTypeInfo &type : m_documentTypes)
        if (type.code == typeCode)
            return localized(locale, type.nameFa, type.nameEn);
    return typeCode;
}

QString DocumentChecklist::requestTypeName(const QString &requestType, const QLocale &locale) const
{
    for (const RequestTypeInfo &type : m_requestTypes)
        if (type.code == requestType)
            return localized(locale, type.nameFa, type.nameEn);
    return requestType;
}

QList<ChecklistItem> DocumentChecklist::itemsFor(const QString &requestType,
                                                 const Household &household,
                                                 const QList<Member> &members,
                                                 const QList<Document> &documents,
                                                 const QDate &today) const
{
    const Member *head = nullptr;
    for (const Member &m : members)
        if (m.person.id == household.headPersonId || (!head && m.relation == QLatin1String("head")))
            head = &m;
    QList<ChecklistItem> items;
    auto add = [&](const RequiredDocument &rule, const Member *member) {
        ChecklistItem item;
        item.typeCode = rule.typeCode;
        item.appliesTo = rule.appliesTo;
        if (member) {
            item.personId = member->person.id;
            item.personName = member->person.fullName();
            item.relation = member->relation;
        }
        resolveState(&item, documents);
        items.append(item);
    };
    for (const RequiredDocument &rule : requiredFor(requestType)) {
        if (!conditionHolds(rule.when, household, head))
            continue;
        switch (rule.appliesTo) {
        case DocumentFor::Household:
            add(rule, nullptr);
            break;
        case DocumentFor::Head:
            if (head)
                add(rule, head);
            break;
        case DocumentFor::EachAdult:
        case DocumentFor::EachMember:
        case DocumentFor::EachDisabled:
            for (const Member &m : members) {
                if ((rule.appliesTo == DocumentFor::EachAdult && !isAdult(m.person, today)) ||
                    (rule.appliesTo == DocumentFor::EachDisabled &&
                     m.person.disabilityType.isEmpty()))
                    continue;
                add(rule, &m);
            }
            break;
        }
    }
    return items;
}

} // namespace pluslife::domain
