#include "keyslotcrypto.h"

#include "locale/digits.h"

#include <sodium.h>

namespace pluslife::storage::crypto {
namespace {
constexpr char kCrockford[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr int kRecoveryChars = 25;
} // namespace

SecretBytes deriveKey(const QString &secret, const QByteArray &salt, const KdfParams &params)
{
    ensureCryptoReady();
    if (salt.size() != qsizetype(crypto_pwhash_SALTBYTES))
        return {};
    QByteArray utf8 = secret.toUtf8();
    SecretBytes key(kKeyBytes);
    const int rc =
        crypto_pwhash(key.data(), key.size(), utf8.constData(), quint64(utf8.size()),
                      reinterpret_cast<const unsigned char *>(salt.constData()), params.opsLimit,
                      size_t(params.memLimitBytes), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(utf8.data(), size_t(utf8.size()));
    if (rc != 0)
        return {};
    return key;
}

SecretBytes bindToDevice(const SecretBytes &passwordKey, const SecretBytes &deviceSecret)
{
    ensureCryptoReady();
    SecretBytes bound(kKeyBytes);
    crypto_generichash_state state;
    crypto_generichash_init(&state, deviceSecret.data(), deviceSecret.size(), bound.size());
    static constexpr unsigned char kLabel[] = "pluslife-password-slot-v1";
    crypto_generichash_update(&state, kLabel, sizeof kLabel - 1);
    crypto_generichash_update(&state, passwordKey.data(), passwordKey.size());
    crypto_generichash_final(&state, bound.data(), bound.size());
    sodium_memzero(&state, sizeof state);
    return bound;
}

SealedBox seal(const SecretBytes &key, const SecretBytes &plaintext, const QByteArray &context)
{
    ensureCryptoReady();
    SealedBox box;
    box.nonce = randomBytes(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
    box.ciphertext.resize(qsizetype(plaintext.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES));
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(box.ciphertext.data()), &written, plaintext.data(),
        plaintext.size(), reinterpret_cast<const unsigned char *>(context.constData()),
        quint64(context.size()), nullptr,
        reinterpret_cast<const unsigned char *>(box.nonce.constData()), key.data());
    box.ciphertext.resize(qsizetype(written));
    return box;
}

SecretBytes open(const SecretBytes &key, const SealedBox &box, const QByteArray &context)
{
    ensureCryptoReady();
    if (key.size() != kKeyBytes ||
        box.nonce.size() != qsizetype(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES) ||
        box.ciphertext.size() < qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return {};
    SecretBytes plain(size_t(box.ciphertext.size()) - crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        plain.data(), &written, nullptr,
        reinterpret_cast<const unsigned char *>(box.ciphertext.constData()),
        quint64(box.ciphertext.size()),
        reinterpret_cast<const unsigned char *>(context.constData()), quint64(context.size()),
        reinterpret_cast<const unsigned char *>(box.nonce.constData()), key.data());
    if (rc != 0 || written != plain.size())
        return {};
    return plain;
}

QByteArray randomBytes(std::size_t size)
{
    ensureCryptoReady();
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

QByteArray sha256(const QByteArray &data)
{
    ensureCryptoReady();
    QByteArray digest(crypto_hash_sha256_BYTES, Qt::Uninitialized);
    crypto_hash_sha256(reinterpret_cast<unsigned char *>(digest.data()),
                       reinterpret_cast<const unsigned char *>(data.constData()),
                       quint64(data.size()));
    return digest;
}

QString slotIdFor(const QString &vaultId, const QString &username)
{
    ensureCryptoReady();
    const QByteArray key = sha256(QByteArray("pluslife-slot-id:") + vaultId.toUtf8());
    const QByteArray name = username.trimmed().toLower().toUtf8();
    unsigned char out[16];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char *>(name.constData()),
                       quint64(name.size()),
                       reinterpret_cast<const unsigned char *>(key.constData()),
                       size_t(key.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(out), sizeof out).toHex());
}

QString generateRecoveryCode()
{
    ensureCryptoReady();
    QString code;
    for (int i = 0; i < kRecoveryChars; ++i) {
        if (i > 0 && i % 5 == 0)
            code += QLatin1Char('-');
        code += QLatin1Char(kCrockford[randombytes_uniform(32)]);
    }
    return code;
}

QString normalizeRecoveryCode(const QString &typed)
{
    const QString ascii = locale::normalizeDigits(typed).toUpper();
    QString out;
    for (const QChar c : ascii) {
        if (c == QLatin1Char('-') || c.isSpace())
            continue;
        // Crockford's reading rules: letters that look like digits are those digits.
        if (c == QLatin1Char('O'))
            out += QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            out += QLatin1Char('1');
        else
            out += c;
    }
    QString grouped;
    for (int i = 0; i < out.size(); ++i) {
        if (i > 0 && i % 5 == 0)
            grouped += QLatin1Char('-');
        grouped += out.at(i);
    }
    return grouped;
}

} // namespace pluslife::storage::crypto
