#include "entities.h"

#include <QSet>

namespace pluslife::sync::protocol {

namespace {

EntityRule rule(const char *name, const char *table, EntityClass kind, QStringList critical = {},
                QStringList localOnly = {})
{
    return EntityRule{QString::fromLatin1(name), QString::fromLatin1(table), kind,
                      std::move(critical), std::move(localOnly)};
}

} // namespace

const QList<EntityRule> &entityRules()
{
    static const QList<EntityRule> rules = {
        rule("worker", "workers", EntityClass::Merge),
        rule("person", "people", EntityClass::Merge,
             {QStringLiteral("national_code"), QStringLiteral("first_name"),
              QStringLiteral("last_name"), QStringLiteral("birth_date"), QStringLiteral("sex"),
              QStringLiteral("died_on")},
             {QStringLiteral("name_key")}),
        rule("household", "households", EntityClass::Merge, {QStringLiteral("file_number")},
             {QStringLiteral("search_text")}),
        rule("membership", "memberships", EntityClass::Merge),
        rule("request", "requests", EntityClass::AppendOnly),
        rule("timeline_event", "timeline_events", EntityClass::AppendOnly),
        rule("visit", "visits", EntityClass::Merge),
        rule("document", "documents", EntityClass::Merge, {},
             {QStringLiteral("attachment_address")}),
        rule("note", "notes", EntityClass::AppendOnly),
        rule("form_version", "form_versions", EntityClass::AppendOnly),
        rule("form_submission", "form_submissions", EntityClass::AppendOnly),
        rule("referral", "referrals", EntityClass::StateMachine),
        rule("referral_destination", "referral_destinations", EntityClass::Merge),
        rule("referral_event", "referral_events", EntityClass::AppendOnly),
        rule("followup_task", "followup_tasks", EntityClass::Merge),
        rule("needs_score", "needs_scores", EntityClass::Merge),
        rule("support_plan", "support_plans", EntityClass::Merge),
        rule("support_plan_item", "support_plan_items", EntityClass::Merge),
        rule("screening_result", "screening_results", EntityClass::Merge),
        rule("inquiry", "sync_inquiries", EntityClass::CentralOwned),
        rule("sms_request", "sync_sms_requests", EntityClass::AppendOnly),
        rule("sync_conflict", "sync_conflicts", EntityClass::CentralOwned),
    };
    return rules;
}

std::optional<EntityRule> entityRule(const QString &name)
{
    for (const EntityRule &r : entityRules()) {
        if (r.name == name)
            return r;
    }
    return std::nullopt;
}

int entityOrder(const QString &name)
{
    const auto &rules = entityRules();
    for (qsizetype i = 0; i < rules.size(); ++i) {
        if (rules.at(i).name == name)
            return int(i);
    }
    return int(rules.size());
}

bool isCriticalField(const QString &entity, const QString &field)
{
    const auto r = entityRule(entity);
    return r && r->critical.contains(field);
}

bool isBookkeepingField(const QString &field)
{
    return field == QLatin1String("updated_utc");
}

bool isLegalReferralTransition(const QString &from, const QString &to)
{
    if (from == to)
        return true;
    // "rejected" is transient: a refusal moves the referral to the next destination (sent) or
    // to exhausted in the same transition, so it never stands as a stored state.
    static const QSet<QString> legal = {
        QStringLiteral("draft>sent"),         QStringLiteral("draft>cancelled"),
        QStringLiteral("sent>accepted"),      QStringLiteral("sent>exhausted"),
        QStringLiteral("sent>cancelled"),     QStringLiteral("sent>rejected"),
        QStringLiteral("accepted>completed"), QStringLiteral("accepted>sent"),
        QStringLiteral("accepted>exhausted"), QStringLiteral("accepted>cancelled"),
        QStringLiteral("accepted>rejected"),  QStringLiteral("rejected>sent"),
        QStringLiteral("rejected>exhausted"),
    };
    return legal.contains(from + QLatin1Char('>') + to);
}

} // namespace pluslife::sync::protocol
