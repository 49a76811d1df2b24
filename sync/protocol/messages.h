#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Small helpers both ends use to build and read protocol messages (README.md).
namespace pluslife::sync::protocol {

// {"error": {"code", "message", "retry"}}
QJsonObject errorBody(const QString &code, const QString &message, bool retry = false);
// The error code of an error body, or an empty string.
QString errorCode(const QJsonObject &body);

// Parses a JSON object; false (and *problem set, in English for logs) when it is not one.
bool parseObject(const QByteArray &bytes, QJsonObject *object, QString *problem = nullptr);
QByteArray toCompactJson(const QJsonObject &object);

// Lowercase 8-4-4-4-12 hex.
bool isUuid(const QString &text);
QString newUuid();

// gzip (RFC 1952) for request bodies; inflate refuses output over maxInflated bytes and
// truncated streams (returns false and sets *truncated or *tooLarge).
QByteArray gzipCompress(const QByteArray &plain);
bool gzipInflate(const QByteArray &gz, qint64 maxInflated, QByteArray *plain, bool *truncated,
                 bool *tooLarge);

// "entity/uuid/version": the pull cursor's tag.
QString cursorTag(const QString &entity, const QString &uuid, qint64 version);

} // namespace pluslife::sync::protocol
