#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

// Needs assessment (activity 6, issue 5): the Behzisti service catalog and the versioned scoring
// rules, both data (models/domain/data/*.json, embedded under :/pluslife/domain/data/), replaceable
// later from the central window. The rules turn a household's facts (NeedsFacts) into a score of
// 0–100 made of one contribution per indicator, a band (a Choice::Priority key) and the catalog
// services the rules suggest for it.
namespace pluslife::domain {

// One service of the catalog (DOMAIN.md §6): an 11-digit id, its parent's, and its names.
struct CatalogService {
    QString id;
    QString parentId; // "" for a top-level service
    QString nameFa;
    QString nameEn;
    // The name in the UI's language (Persian unless the application runs in English).
    QString displayName() const;
};

class ServiceCatalog {
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)

public:
    // Null and a translated reason naming the problem when the file is not a catalog.
    static std::shared_ptr<const ServiceCatalog> fromJson(const QByteArray &json, QString *error);
    // The catalog shipped with the app (parsed once per process).
    static std::shared_ptr<const ServiceCatalog> shipped();

    const QList<CatalogService> &services() const { return m_services; }
    const CatalogService *find(const QString &id) const;
    bool contains(const QString &id) const { return m_index.contains(id); }
    // The service's name in the UI's language; the id itself when it is not in the catalog.
    QString displayName(const QString &id) const;

private:
    QList<CatalogService> m_services;
    QHash<QString, qsizetype> m_index;
};

// What the assessment knows about one household, gathered from the household file and, where the
// file lacks a fact, from its latest initial interview and home visit report.
struct NeedsFacts {
    int members = 0;    // current, living members
    int dependants = 0; // under dependantUnderAge or elderly
    bool femaleHead = false;
    int disabled = 0;      // members with a disability
    QString worstSeverity; // a DisabilitySeverity key, "unknown", or "" (nobody disabled)
    int chronicallyIll = 0;
    int elderly = 0;
    int youngChildren = 0;
    qint64 monthlyIncome = -1; // rials; -1: not known (no interview)
    QString housing;           // owner | tenant | other | ""
    qint64 monthlyRent = 0;
    bool evictionRisk = false;
    QString employment; // a key of the employment levels, or "" (not known)
    bool debtKnown = false;
    bool hasDebts = false;
    bool overdueDebt = false;
    qint64 monthlyInstalments = 0;
    int uninsured = -1;            // members without health insurance; -1: not known
    bool visitKnown = false;       // a home visit took place and was reported
    QStringList visitObservations; // keys of the home_visit observations table
    bool familyRisk = false;
    bool homeNotAccessible = false;
};

// One indicator's share of a score.
struct IndicatorPoints {
    QString indicator; // key, e.g. "income"
    int points = 0;
    int weight = 0;
};

struct NeedsScore {
    int score = 0;
    QString band;                               // urgent | high | medium | low
    QList<IndicatorPoints> contributions;       // in the rules' indicator order
    QSet<QString> flags;                        // the facts that rules can suggest services from
    QList<QPair<QString, QString>> suggestions; // (rule key, service id), first rule per service
};

class NeedsRules {
    Q_DECLARE_TR_FUNCTIONS(NeedsRules)

public:
    // Loads and checks a rules file against a catalog. Null and a translated reason naming the
    // problem (the field and what is wrong with it) when the file is malformed or inconsistent.
    static std::shared_ptr<const NeedsRules>
    fromJson(const QByteArray &json, const ServiceCatalog &catalog, QString *error);
    // The rules shipped with the app, checked against the shipped catalog (parsed once).
    static std::shared_ptr<const NeedsRules> shipped(QString *error = nullptr);

    // Every indicator key, in the order the explanation lists them.
    static QStringList indicatorKeys();
    static QString indicatorDisplayName(const QString &key);
    // Every fact a suggestion may name in "when".
    static QStringList flagKeys();
    static QString flagDisplayName(const QString &key);
    static QStringList employmentKeys();
    static QString employmentDisplayName(const QString &key);
    static QStringList observationKeys();

    QString version() const { return m_version; }
    QDate effectiveFrom() const { return m_effectiveFrom; }
    qint64 incomePerHeadThreshold() const { return m_incomeThreshold; }
    int dependantUnderAge() const { return m_dependantUnderAge; }
    int elderlyAge() const { return m_elderlyAge; }
    int youngChildUnderAge() const { return m_youngChildUnderAge; }
    int bandFloor(const QString &band) const; // lowest score of the band (low: 0)
    QString bandFor(int score) const;
    int weight(const QString &indicator) const { return m_weights.value(indicator); }
    // The rule that suggested a service, in words ("female head of household + low income").
    QString suggestionDisplayName(const QString &ruleKey) const;

    NeedsScore score(const NeedsFacts &facts) const;
    // One indicator's points (used by score()).
    int points(const QString &indicator, const NeedsFacts &facts) const;

private:
    struct Step {
        double bound = 0;
        int points = 0;
    };
    struct Suggestion {
        QString key;
        QStringList when;
        QString service;
    };
    QSet<QString> flagsOf(const NeedsFacts &facts) const;
    double incomeRatio(const NeedsFacts &facts) const; // < 0 when not known
    double rentBurden(const NeedsFacts &facts) const;  // < 0 when not known

    QString m_version;
    QDate m_effectiveFrom;
    qint64 m_incomeThreshold = 0;
    int m_dependantUnderAge = 18;
    int m_elderlyAge = 60;
    int m_youngChildUnderAge = 6;
    int m_urgent = 0, m_high = 0, m_medium = 0;
    QHash<QString, int> m_weights;
    QHash<QString, double> m_params; // "<indicator>.<name>" -> number
    QHash<QString, int> m_disabilityLevels;
    QHash<QString, int> m_employmentLevels;
    QHash<QString, int> m_observations;
    QList<Step> m_incomeSteps;
    QList<Step> m_rentSteps;
    QList<Suggestion> m_suggestions;
};

} // namespace pluslife::domain
