#include "demo/syntheticpopulation.h"

#include "demo/generator.h"

namespace pluslife::demo {

namespace {

constexpr quint64 kSpace = 1000000000ULL; // 10^9 bodies of nine digits

quint64 reverseNineDigits(quint64 x)
{
    quint64 out = 0;
    for (int i = 0; i < 9; ++i) {
        out = out * 10 + x % 10;
        x /= 10;
    }
    return out;
}

} // namespace

SyntheticPopulation::SyntheticPopulation(quint64 seed)
    : m_generator(std::make_unique<detail::Generator>(seed))
{}

SyntheticPopulation::~SyntheticPopulation() = default;

SyntheticHousehold SyntheticPopulation::nextHousehold(const QDate &today)
{
    return m_generator->next(today);
}

qint64 SyntheticPopulation::peopleGenerated() const
{
    return m_generator->peopleGenerated();
}

QString SyntheticPopulation::makeValidNationalCode(quint64 n)
{
    if (n >= kSpace)
        return {};
    // Bijections of [0, 10^9): x -> a·x + b (a is prime to 10), then the digit reversal, then a
    // second affine map. Consecutive n therefore give codes that look unrelated.
    quint64 body = (387420489ULL * n + 271828182ULL) % kSpace;
    body = reverseNineDigits(body);
    body = (594823321ULL * body + 314159265ULL) % kSpace;

    QString code = QString::number(body).rightJustified(9, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += code.at(i).digitValue() * (10 - i);
    const int r = sum % 11;
    code.append(QLatin1Char(char('0' + (r < 2 ? r : 11 - r))));
    if (code.count(code.at(0)) == 10)
        return {}; // ten equal digits pass the sum but are never issued
    return code;
}

} // namespace pluslife::demo
