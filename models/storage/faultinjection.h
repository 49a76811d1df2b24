#pragma once

namespace pluslife::storage {

// Named points inside multi-step writes (rekey, restore). When the environment variable
// PLUSLIFE_CRASH_AT names one, the process kills itself there without any cleanup, as a power
// cut or `kill -9` would; the crash tests use it to prove each step leaves a store that opens.
void crashPoint(const char *name);

} // namespace pluslife::storage
