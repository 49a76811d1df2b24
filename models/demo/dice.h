#pragma once

#include <QList>
#include <QRandomGenerator>
#include <QtGlobal>

#include <initializer_list>

namespace pluslife::demo::detail {

// Seeded randomness for the demo generator. Only QRandomGenerator::generate() is used (a seeded
// std::mt19937, whose sequence the C++ standard fixes); every derived value is computed here, so
// a seed gives the same households with any standard library, compiler or Qt version.
class Dice {
public:
    explicit Dice(quint64 seed)
    {
        const quint32 words[2] = {quint32(seed), quint32(seed >> 32)};
        m_generator = QRandomGenerator(words, 2);
    }

    quint32 next() { return m_generator.generate(); }

    // Uniform in [0, n), n > 0 (multiply-shift: no modulo bias worth measuring for small n).
    int below(int n) { return n <= 0 ? 0 : int((quint64(next()) * quint32(n)) >> 32); }
    // Uniform in [lo, hi], both included.
    int between(int lo, int hi) { return hi <= lo ? lo : lo + below(hi - lo + 1); }
    // True with probability permille / 1000.
    bool chance(int permille) { return below(1000) < permille; }

    // Index chosen with the given relative weights.
    int weighted(std::initializer_list<int> weights)
    {
        return weightedIndex(weights.begin(), weights.size());
    }
    int weighted(const QList<int> &weights)
    {
        return weightedIndex(weights.constData(), weights.size());
    }

    template <typename T> const T &pick(const QList<T> &items)
    {
        return items.at(below(int(items.size())));
    }

    // A string of count random ASCII digits, the first one drawn from firstDigits.
    QString digits(int count, const char *firstDigits = "0123456789")
    {
        QString out;
        out.reserve(count);
        for (int i = 0; i < count; ++i) {
            const char *pool = i == 0 ? firstDigits : "0123456789";
            out.append(QLatin1Char(pool[below(int(qstrlen(pool)))]));
        }
        return out;
    }

private:
    int weightedIndex(const int *weights, qsizetype count)
    {
        int total = 0;
        for (qsizetype i = 0; i < count; ++i)
            total += weights[i];
        int roll = below(total);
        for (qsizetype i = 0; i < count; ++i) {
            if (roll < weights[i])
                return int(i);
            roll -= weights[i];
        }
        return int(count - 1);
    }

    QRandomGenerator m_generator;
};

} // namespace pluslife::demo::detail
