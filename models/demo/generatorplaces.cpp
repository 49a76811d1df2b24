#include "demo/generator.h"

namespace pluslife::demo::detail {

QString persianDigits(int value)
{
    QString out = QString::number(value);
    for (QChar &c : out) {
        if (c.isDigit())
            c = QChar(char16_t(0x06F0 + c.digitValue()));
    }
    return out;
}

Generator::Generator(quint64 seed)
    : m_dice(seed)
    , m_data(demoData())
{
    for (const DemoProvince &province : m_data.provinces)
        m_provinceWeights.append(province.population);
    m_codeStart = quint64(m_dice.below(1000000000));
}

SyntheticHousehold Generator::next(const QDate &today)
{
    SyntheticHousehold h;
    if (!m_data.error.isEmpty() || !today.isValid())
        return h;
    m_today = today;
    m_preferDisabled = -1;
    place(h);
    static const QStringList urban = {
        QStringLiteral("basic-health"), QStringLiteral("social-security"), QStringLiteral("none"),
        QStringLiteral("armed-forces"), QStringLiteral("supplementary")};
    static const QStringList rural = {QStringLiteral("rural"), QStringLiteral("basic-health"),
                                      QStringLiteral("social-security"), QStringLiteral("none")};
    m_insurance = m_rural ? rural.at(m_dice.weighted({60, 18, 10, 12}))
                          : urban.at(m_dice.weighted({45, 28, 14, 3, 4}));
    compose(h);
    addDisability(h);
    for (SyntheticPerson &p : h.members)
        finish(p);
    if (h.members.size() > 1 && m_dice.chance(550)) // a landline if the family has one
        h.landline = m_province->areaCode + m_dice.digits(8, "2345678");
    else if (h.members.size() == 1 && m_dice.chance(650))
        h.landline = m_province->areaCode + m_dice.digits(8, "2345678");
    housingAndIncome(h);
    return h;
}

void Generator::place(SyntheticHousehold &h)
{
    m_province = &m_data.provinces.at(m_dice.weighted(m_provinceWeights));
    const int counties = int(m_province->counties.size());
    // About 40 % of a province's households in the capital's county.
    m_countyIndex = (counties == 1 || m_dice.chance(400)) ? 0 : 1 + m_dice.below(counties - 1);
    const DemoCounty &county = m_province->counties.at(m_countyIndex);
    m_rural = m_dice.chance(m_countyIndex == 0 ? 120 : 350);
    h.provinceCode = m_province->code;
    h.province = m_province->name;
    h.county = county.name;
    if (m_rural) {
        h.city = QStringLiteral("روستای ") + m_dice.pick(m_data.villages);
        h.street = (m_dice.chance(600) ? QStringLiteral("کوچه ") + m_dice.pick(m_data.names.alleys)
                                       : QStringLiteral("جنب مسجد")) +
                   QStringLiteral("، پلاک ") + persianDigits(m_dice.between(1, 120));
    } else {
        h.city = county.seat;
        h.neighbourhood = !county.neighbourhoods.isEmpty() && m_dice.chance(800)
                              ? m_dice.pick(county.neighbourhoods)
                              : m_dice.pick(m_data.genericNeighbourhoods);
        h.street = street();
    }
    h.postalCode = postalCode();
}

QString Generator::street()
{
    QString out = QStringLiteral("خیابان ") + m_dice.pick(m_data.names.streets);
    switch (m_dice.weighted({40, 30, 30})) {
    case 0: // alleys named after martyrs
        out += QStringLiteral("، کوچه شهید ") + m_dice.pick(m_data.names.family);
        break;
    case 1:
        out +=
            (m_dice.chance(300) ? QStringLiteral("، بن‌بست ") : QStringLiteral("، کوچه ")) +
            m_dice.pick(m_data.names.alleys);
        if (m_dice.chance(500))
            out += QLatin1Char(' ') + persianDigits(m_dice.between(1, 12));
        break;
    default:
        out += QStringLiteral("، کوچه ") + persianDigits(m_dice.between(1, 60));
        break;
    }
    out += QStringLiteral("، پلاک ") + persianDigits(m_dice.between(1, 250));
    if (m_dice.chance(350))
        out += QStringLiteral("، طبقه ") + persianDigits(m_dice.between(1, 4));
    return out;
}

QString Generator::postalCode()
{
    // Ten digits; none of the first five is 0 or 2 (the commonly cited rule), the first two
    // follow the province.
    QString code;
    do {
        code = m_dice.pick(m_province->postalPrefixes);
        while (code.size() < 5)
            code += m_dice.digits(1, "13456789");
        code += m_dice.digits(5);
    } while (code.count(code.at(0)) == code.size());
    return code;
}

} // namespace pluslife::demo::detail
