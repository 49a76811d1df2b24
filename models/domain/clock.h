#pragma once

#include <QDateTime>

namespace pluslife {

// Every piece of code that needs "now" asks a Clock, so tests can move time by hand
// (lockout delays, idle lock, due dates) instead of sleeping.
class Clock {
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;
};

class SystemClock final : public Clock {
public:
    QDateTime nowUtc() const override { return QDateTime::currentDateTimeUtc(); }
    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

} // namespace pluslife
