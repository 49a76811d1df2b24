#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

// Private to the needs assessment (needsanswers.cpp, needsfacts.cpp): the answers of a submitted
// initial interview or home visit report that the assessment reads.
namespace pluslife::services::needs_internal {

constexpr int kWantedCount = 25;

// The leaf answers of a submitted instance that the assessment reads, by path below the root
// ("household/size"). A repeated leaf (a debt of the debts repeat) holds its answers separated
// by spaces. Only these leaves are kept: ranking reads thousands of instances.
class Answers {
public:
    QString value(const QString &path) const;
    void add(int index, const QString &value);

private:
    std::array<QString, kWantedCount> m_values;
};

// Submissions never change (migration 0004's triggers), so what was read from one is kept for
// the process, by its uuid: ranking again does not parse the same instances again.
class AnswerCache {
public:
    static AnswerCache &instance();
    std::optional<Answers> find(const QString &uuid);
    void insert(const QString &uuid, const Answers &answers);

private:
    QMutex m_mutex;
    QHash<QString, Answers> m_answers;
};

Answers parseInstance(const QByteArray &xml);
// The choices of a select-multiple answer (or the answers of a repeated leaf).
QStringList selected(const Answers &answers, const QString &key);
qint64 wholeAnswer(const Answers &answers, const QString &key, qint64 fallback);

} // namespace pluslife::services::needs_internal
