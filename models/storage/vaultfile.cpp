#include "vaultfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pluslife::storage {
namespace {

QString b64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

QByteArray unb64(const QJsonValue &value)
{
    return QByteArray::fromBase64(value.toString().toLatin1());
}

QJsonObject boxToJson(const crypto::SealedBox &box)
{
    return {{QStringLiteral("nonce"), b64(box.nonce)},
            {QStringLiteral("ciphertext"), b64(box.ciphertext)}};
}

crypto::SealedBox boxFromJson(const QJsonObject &object)
{
    return {unb64(object.value(QStringLiteral("nonce"))),
            unb64(object.value(QStringLiteral("ciphertext")))};
}

QString kindKey(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Recovery ? QStringLiteral("recovery")
                                           : QStringLiteral("password");
}

StoreError corrupt(const QString &detail)
{
    return StoreError::make(StoreErrorCode::Corrupt,
                            QCoreApplication::translate(
                                "VaultFile", "The store's key file is damaged. Restore it from a "
                                             "backup; nothing was changed."),
                            detail);
}

} // namespace

const KeySlot *VaultFile::slot(const QString &id) const
{
    for (const KeySlot &s : keySlots)
        if (s.id == id)
            return &s;
    return nullptr;
}

const KeySlot *VaultFile::recoverySlot() const
{
    for (const KeySlot &s : keySlots)
        if (s.kind == KeySlot::Kind::Recovery)
            return &s;
    return nullptr;
}

void VaultFile::putSlot(const KeySlot &slot)
{
    for (KeySlot &s : keySlots) {
        if (s.id == slot.id) {
            s = slot;
            return;
        }
    }
    keySlots.append(slot);
}

bool VaultFile::removeSlot(const QString &id)
{
    return keySlots.removeIf([&](const KeySlot &s) { return s.id == id; }) > 0;
}

QByteArray VaultFile::dataKeyContext(int generation) const
{
    return "pluslife-data-key:" + vaultId.toUtf8() + ':' + QByteArray::number(generation);
}

QByteArray VaultFile::slotContext(const QString &slotId) const
{
    return "pluslife-slot:" + vaultId.toUtf8() + ':' + slotId.toUtf8();
}

QByteArray VaultFile::toJson() const
{
    QJsonArray slotArray;
    for (const KeySlot &s : keySlots) {
        slotArray.append(
            QJsonObject{{QStringLiteral("id"), s.id},
                        {QStringLiteral("kind"), kindKey(s.kind)},
                        {QStringLiteral("kdf"),
                         QJsonObject{{QStringLiteral("algorithm"), QStringLiteral("argon2id13")},
                                     {QStringLiteral("ops"), double(s.kdf.opsLimit)},
                                     {QStringLiteral("mem"), double(s.kdf.memLimitBytes)},
                                     {QStringLiteral("salt"), b64(s.salt)}}},
                        {QStringLiteral("wrapped"), boxToJson(s.box)},
                        {QStringLiteral("created_utc"), s.createdUtc.toString(Qt::ISODate)}});
    }
    QJsonObject root{{QStringLiteral("format"), format},
                     {QStringLiteral("vault_id"), vaultId},
                     {QStringLiteral("created_utc"), createdUtc.toString(Qt::ISODate)},
                     {QStringLiteral("data_key_generation"), dataKeyGeneration},
                     {QStringLiteral("data_key"), boxToJson(dataKey)},
                     {QStringLiteral("keySlots"), slotArray}};
    if (pendingDataKey)
        root.insert(QStringLiteral("pending_data_key"), boxToJson(*pendingDataKey));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<VaultFile> VaultFile::fromJson(const QByteArray &json, StoreError *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = corrupt(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    VaultFile file;
    file.format = root.value(QStringLiteral("format")).toInt(0);
    if (file.format > kFormat) {
        *error = StoreError::make(
            StoreErrorCode::NewerSchema,
            QCoreApplication::translate("VaultFile", "This store was written by a newer PlusLife "
                                                     "Desk. Install the newer version; nothing was "
                                                     "changed."),
            QStringLiteral("key file format %1").arg(file.format));
        return std::nullopt;
    }
    file.vaultId = root.value(QStringLiteral("vault_id")).toString();
    file.createdUtc =
        QDateTime::fromString(root.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
    file.dataKeyGeneration = root.value(QStringLiteral("data_key_generation")).toInt(0);
    file.dataKey = boxFromJson(root.value(QStringLiteral("data_key")).toObject());
    if (root.contains(QStringLiteral("pending_data_key")))
        file.pendingDataKey =
            boxFromJson(root.value(QStringLiteral("pending_data_key")).toObject());
    for (const QJsonValue &value : root.value(QStringLiteral("keySlots")).toArray()) {
        const QJsonObject o = value.toObject();
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        KeySlot s;
        s.id = o.value(QStringLiteral("id")).toString();
        s.kind = o.value(QStringLiteral("kind")).toString() == QStringLiteral("recovery")
                     ? KeySlot::Kind::Recovery
                     : KeySlot::Kind::Password;
        s.kdf.opsLimit = quint64(kdf.value(QStringLiteral("ops")).toDouble());
        s.kdf.memLimitBytes = quint64(kdf.value(QStringLiteral("mem")).toDouble());
        s.salt = unb64(kdf.value(QStringLiteral("salt")));
        s.box = boxFromJson(o.value(QStringLiteral("wrapped")).toObject());
        s.createdUtc =
            QDateTime::fromString(o.value(QStringLiteral("created_utc")).toString(), Qt::ISODate);
        if (s.id.isEmpty() || s.salt.size() != qsizetype(crypto::kSaltBytes) ||
            s.box.nonce.isEmpty()) {
            *error = corrupt(QStringLiteral("malformed key slot"));
            return std::nullopt;
        }
        file.keySlots.append(s);
    }
    if (file.format < 1 || file.vaultId.isEmpty() || file.dataKeyGeneration < 1 ||
        file.dataKey.ciphertext.isEmpty() || !file.recoverySlot()) {
        *error = corrupt(QStringLiteral("missing required key file fields"));
        return std::nullopt;
    }
    return file;
}

StoreError readVaultFile(const QString &path, VaultFile *file)
{
    QFile in(path);
    if (!in.exists())
        return StoreError::make(
            StoreErrorCode::NoStore,
            QCoreApplication::translate("VaultFile", "The store's key file is missing."),
            QStringLiteral("keyslots.json absent"));
    if (!in.open(QIODevice::ReadOnly))
        return StoreError::make(
            StoreErrorCode::IoError,
            QCoreApplication::translate("VaultFile", "The store's key file cannot be read: %1")
                .arg(in.errorString()));
    StoreError error;
    auto parsed = VaultFile::fromJson(in.readAll(), &error);
    if (!parsed)
        return error;
    *file = std::move(*parsed);
    return StoreError::success();
}

StoreError writeVaultFile(const QString &path, const VaultFile &file)
{
    QSaveFile out(path);
    const QByteArray json = file.toJson();
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        return StoreError::make(StoreErrorCode::IoError,
                                QCoreApplication::translate("VaultFile",
                                                            "The store's key file could not be "
                                                            "saved (%1). Nothing was changed.")
                                    .arg(out.errorString()));
    }
    return StoreError::success();
}

} // namespace pluslife::storage
