#include "secretbytes.h"

#include <sodium.h>

#include <QtGlobal>

#include <cstring>
#include <new>
#include <utility>

namespace pluslife::storage {

void ensureCryptoReady()
{
    static const bool ready = sodium_init() >= 0;
    if (!ready)
        qFatal("libsodium could not initialise");
}

SecretBytes::SecretBytes(std::size_t size)
    : m_size(size)
{
    ensureCryptoReady();
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecretBytes::~SecretBytes()
{
    wipe();
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecretBytes SecretBytes::random(std::size_t size)
{
    SecretBytes bytes(size);
    randombytes_buf(bytes.m_data, size);
    return bytes;
}

SecretBytes SecretBytes::copyOf(QByteArrayView source)
{
    SecretBytes bytes(std::size_t(source.size()));
    if (!source.isEmpty())
        memcpy(bytes.m_data, source.data(), std::size_t(source.size()));
    return bytes;
}

QByteArray SecretBytes::rawView() const
{
    return QByteArray::fromRawData(reinterpret_cast<const char *>(m_data), qsizetype(m_size));
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecretBytes::wipe()
{
    if (m_data)
        sodium_free(m_data); // sodium_free zeroes before releasing
    m_data = nullptr;
    m_size = 0;
}

} // namespace pluslife::storage
