// libFuzzer entry point (clang, -fsanitize=fuzzer): built by the `fuzz` preset and run for a
// bounded time by installer/test.sh.
#include "formparserfuzz.h"

#include <QCoreApplication>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzzFormParser(data, size);
    return 0;
}
