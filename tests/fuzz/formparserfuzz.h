#pragma once

#include <cstddef>
#include <cstdint>

// One fuzz input through the form engine: parse and check it, and when it is accepted, fill it
// in (answers, repeats, validation, submission, draft round trip). Shared by the libFuzzer
// target and the corpus replay test, so what the fuzzer explores is what CI replays.
void fuzzFormParser(const uint8_t *data, size_t size);
