#include "faultinjection.h"

#include <QByteArray>
#include <QtGlobal>

#include <csignal>
#include <cstdlib>

namespace pluslife::storage {

void crashPoint(const char *name)
{
    static const QByteArray target = qgetenv("PLUSLIFE_CRASH_AT");
    if (target.isEmpty() || target != name)
        return;
#ifdef SIGKILL
    std::raise(SIGKILL);
#endif
    std::_Exit(137);
}

} // namespace pluslife::storage
