#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace pluslife::storage {

// Initialises libsodium once per process; every function here calls it, so callers need not.
void ensureCryptoReady();

// Key material in memory that is locked out of swap where the OS allows and wiped when it goes
// away. Move-only, so a key never gets copied into a QByteArray by accident.
class SecretBytes {
public:
    SecretBytes() = default;
    explicit SecretBytes(std::size_t size);
    ~SecretBytes();
    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    static SecretBytes random(std::size_t size);
    static SecretBytes copyOf(QByteArrayView bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    // A view without a copy, for APIs that take QByteArray (the bytes stay owned here).
    QByteArray rawView() const;
    bool equals(const SecretBytes &other) const;
    void wipe();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace pluslife::storage
