#include "sqlcipherregistration.h"

#include "sqlcipherdriver.h"

#include <QSqlDatabase>

namespace pluslife::storage {

void registerSqlCipherDriver()
{
    // A function-local static is initialised exactly once, even with concurrent callers.
    static const bool registered = [] {
        QSqlDatabase::registerSqlDriver(QStringLiteral("QSQLCIPHER"),
                                        new QSqlDriverCreator<SqlCipherDriver>);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace pluslife::storage
