#pragma once

#include <QFile>

namespace pluslife::bench {

// This process's resident memory (Linux /proc), in KiB; -1 where the platform does not say.
inline long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace pluslife::bench
