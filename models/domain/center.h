#pragma once

#include <QString>

namespace pluslife::domain {

// A +Life center as licensed by Behzisti: 150 households for a small center, 450 for a full one
// (DOMAIN.md §2). The manager may edit the capacity when the licence changes.
struct CenterInfo {
    QString code; // the center's code in the +Life system, ASCII digits/letters
    QString name;
    QString province;
    QString county;
    int licensedCapacity = 450;

    static constexpr int kSmallCapacity = 150;
    static constexpr int kFullCapacity = 450;
};

// Empty when valid; otherwise a translated sentence naming the first bad field.
QString validateCenter(const CenterInfo &center);

} // namespace pluslife::domain
