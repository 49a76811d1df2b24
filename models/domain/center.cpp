#include "center.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pluslife::domain {

QString validateCenter(const CenterInfo &center)
{
    static const QRegularExpression codePattern(QStringLiteral("^[A-Za-z0-9-]{1,20}$"));
    if (!codePattern.match(center.code.trimmed()).hasMatch())
        return QCoreApplication::translate(
            "Center", "The center code has 1 to 20 Latin letters, digits or '-'.");
    if (center.name.trimmed().size() < 3)
        return QCoreApplication::translate("Center", "Enter the center's name.");
    if (center.licensedCapacity < 1 || center.licensedCapacity > 5000)
        return QCoreApplication::translate("Center",
                                           "The licensed capacity is a number of households "
                                           "between 1 and 5000 (usually 150 or 450).");
    return {};
}

} // namespace pluslife::domain
