#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

// Private to the needs rules and the service catalog (needsrules.cpp, servicecatalog.cpp):
// not part of the domain's interface.
namespace pluslife::domain::needs_internal {

// A data file embedded under :/pluslife/domain/data/; empty when it cannot be read.
inline QByteArray readResource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace pluslife::domain::needs_internal
