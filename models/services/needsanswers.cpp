// The needs assessment's reading of a submitted form instance: only the leaves it scores from,
// parsed once per submission and kept for the process.
#include "needsanswers.h"

#include <QMutexLocker>
#include <QXmlStreamReader>

namespace pluslife::services::needs_internal {
namespace {

const QStringList &wantedPaths()
{
    static const QStringList paths{
        // initial_interview
        QStringLiteral("household/size"), QStringLiteral("household/children"),
        QStringLiteral("household/elderly"), QStringLiteral("household/head_work"),
        QStringLiteral("health/head_chronic"), QStringLiteral("health/head_disability"),
        QStringLiteral("health/head_disability_severity"), QStringLiteral("health/uninsured"),
        QStringLiteral("income/monthly_income"), QStringLiteral("housing/tenure"),
        QStringLiteral("housing/monthly_rent"), QStringLiteral("housing/eviction_risk"),
        QStringLiteral("debts/has_debts"), QStringLiteral("debts/debt/overdue"),
        QStringLiteral("debts/debt/instalment"), QStringLiteral("assessment/risks"),
        // home_visit_report
        QStringLiteral("visit/outcome"), QStringLiteral("dwelling/condition"),
        QStringLiteral("dwelling/accessible"), QStringLiteral("facilities/heating"),
        QStringLiteral("facilities/hazards"), QStringLiteral("assets/state"),
        QStringLiteral("living/food"), QStringLiteral("living/relations"),
        QStringLiteral("living/risk_signs")};
    return paths;
}

const QHash<QString, int> &wantedIndex()
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> map;
        for (qsizetype i = 0; i < wantedPaths().size(); ++i)
            map.insert(wantedPaths().at(i), int(i));
        return map;
    }();
    return index;
}

} // namespace

QString Answers::value(const QString &path) const
{
    const int i = wantedIndex().value(path, -1);
    return i < 0 ? QString() : m_values.at(size_t(i));
}

void Answers::add(int index, const QString &value)
{
    QString &slot = m_values.at(size_t(index));
    if (slot.isEmpty())
        slot = value;
    else if (!value.isEmpty())
        slot += QLatin1Char(' ') + value;
}

AnswerCache &AnswerCache::instance()
{
    static AnswerCache cache;
    return cache;
}

std::optional<Answers> AnswerCache::find(const QString &uuid)
{
    const QMutexLocker lock(&m_mutex);
    const auto it = m_answers.constFind(uuid);
    return it == m_answers.cend() ? std::nullopt : std::optional<Answers>(*it);
}

void AnswerCache::insert(const QString &uuid, const Answers &answers)
{
    const QMutexLocker lock(&m_mutex);
    if (m_answers.size() > 200000)
        m_answers.clear();
    m_answers.insert(uuid, answers);
}

Answers parseInstance(const QByteArray &xml)
{
    Q_ASSERT(wantedPaths().size() == kWantedCount);
    const QHash<QString, int> &wanted = wantedIndex();
    Answers answers;
    QXmlStreamReader reader(xml);
    QString path; // below the root, '/'-separated
    QList<qsizetype> lengths;
    QString text;
    int collecting = -1;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            lengths.append(path.size());
            if (lengths.size() > 1) {
                if (lengths.size() > 2)
                    path += QLatin1Char('/');
                path += reader.name();
            }
            collecting = wanted.value(path, -1);
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            if (collecting >= 0)
                text += reader.text();
            break;
        case QXmlStreamReader::EndElement:
            if (collecting >= 0)
                answers.add(collecting, text.trimmed());
            collecting = -1;
            if (!lengths.isEmpty())
                path.truncate(lengths.takeLast());
            break;
        default:
            break;
        }
    }
    return answers;
}

QStringList selected(const Answers &answers, const QString &key)
{
    return answers.value(key).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

qint64 wholeAnswer(const Answers &answers, const QString &key, qint64 fallback)
{
    bool ok = false;
    const double value = answers.value(key).toDouble(&ok);
    return ok ? qint64(value) : fallback;
}

} // namespace pluslife::services::needs_internal
