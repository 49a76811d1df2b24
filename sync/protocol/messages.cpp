#include "messages.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUuid>

#include <zlib.h>

namespace pluslife::sync::protocol {

QJsonObject errorBody(const QString &code, const QString &message, bool retry)
{
    return QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), code},
                                                             {QStringLiteral("message"), message},
                                                             {QStringLiteral("retry"), retry}}}};
}

QString errorCode(const QJsonObject &body)
{
    return body.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

bool parseObject(const QByteArray &bytes, QJsonObject *object, QString *problem)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (problem) {
            *problem = error.error != QJsonParseError::NoError
                           ? QStringLiteral("JSON error at offset %1: %2")
                                 .arg(error.offset)
                                 .arg(error.errorString())
                           : QStringLiteral("the body is not a JSON object");
        }
        return false;
    }
    *object = doc.object();
    return true;
}

QByteArray toCompactJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

bool isUuid(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    return pattern.match(text).hasMatch();
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QByteArray gzipCompress(const QByteArray &plain)
{
    z_stream stream{};
    // windowBits 15 + 16: a gzip header and trailer instead of zlib's.
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) !=
        Z_OK)
        return {};
    QByteArray out;
    out.resize(static_cast<qsizetype>(deflateBound(&stream, static_cast<uLong>(plain.size()))) +
               32);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    stream.avail_in = static_cast<uInt>(plain.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = static_cast<uInt>(out.size());
    const int result = deflate(&stream, Z_FINISH);
    const auto written = static_cast<qsizetype>(stream.total_out);
    deflateEnd(&stream);
    if (result != Z_STREAM_END)
        return {};
    out.resize(written);
    return out;
}

bool gzipInflate(const QByteArray &gz, qint64 maxInflated, QByteArray *plain, bool *truncated,
                 bool *tooLarge)
{
    *truncated = false;
    *tooLarge = false;
    plain->clear();
    z_stream stream{};
    if (inflateInit2(&stream, 15 + 16) != Z_OK)
        return false;
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(gz.constData()));
    stream.avail_in = static_cast<uInt>(gz.size());
    char buffer[64 * 1024];
    int result = Z_OK;
    while (result == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        result = inflate(&stream, Z_NO_FLUSH);
        if (result != Z_OK && result != Z_STREAM_END)
            break;
        plain->append(buffer, static_cast<qsizetype>(sizeof buffer - stream.avail_out));
        if (plain->size() > maxInflated) {
            *tooLarge = true;
            inflateEnd(&stream);
            plain->clear();
            return false;
        }
        if (result == Z_OK && stream.avail_in == 0 && stream.avail_out != 0) {
            result = Z_BUF_ERROR; // input ended before the stream did
            break;
        }
    }
    inflateEnd(&stream);
    if (result != Z_STREAM_END) {
        *truncated = result == Z_BUF_ERROR;
        plain->clear();
        return false;
    }
    return true;
}

QString cursorTag(const QString &entity, const QString &uuid, qint64 version)
{
    return entity + QLatin1Char('/') + uuid + QLatin1Char('/') + QString::number(version);
}

} // namespace pluslife::sync::protocol
