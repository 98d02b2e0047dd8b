#ifndef CCRYPTO_H
#define CCRYPTO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// NULL once libcrypto is loaded (on first call), else why it cannot be.
const char *ccrypto_load_error(void);

/// SHA-256 of `count` bytes into `digest` (32 bytes); false when libcrypto is missing.
bool ccrypto_sha256(const void *bytes, size_t count, uint8_t *digest);

#endif
