#ifndef SONGNGU_FUZZ_LIBFUZZER_H
#define SONGNGU_FUZZ_LIBFUZZER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's driver (compiler-rt, linked by `-sanitize=fuzzer`): parses libFuzzer's flags from
/// argc/argv and calls `callback` with each input. Called from our own main so that SwiftPM's
/// executable entry point (`<module>_main`) stays as SwiftPM links it.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
