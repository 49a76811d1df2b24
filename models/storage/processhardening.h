#pragma once

namespace pluslife::storage {

// Called first thing by both executables: files we create are private to the user (umask 077),
// and the process leaves no core dump and refuses ptrace attach from other same-user processes,
// so keys and client data never land in a crash file.
void hardenProcess();

} // namespace pluslife::storage
