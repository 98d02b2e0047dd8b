#include "ccrypto.h"
#include "cdynamic_library.h"
#include <openssl/opensslv.h>
#include <openssl/sha.h>

static __typeof__(SHA256) *sha256;

static const char *resolve(void *handle) {
    CDL_RESOLVE(handle, sha256, "SHA256")
    return NULL;
}

// The headers' soname: OpenSSL 3 numbers it by its major version, 1.1 by its own string.
#ifdef OPENSSL_SHLIB_VERSION
static const char *const names[] = {"libcrypto.so." CDL_STRING(OPENSSL_SHLIB_VERSION), NULL};
#else
static const char *const names[] = {"libcrypto.so." SHLIB_VERSION_NUMBER, NULL};
#endif
static cdl_library library = CDL_LIBRARY(names, "OpenSSL's libcrypto (SHA-256)", resolve);

const char *ccrypto_load_error(void) { return cdl_load_error(&library); }

bool ccrypto_sha256(const void *bytes, size_t count, uint8_t *digest) {
    if (ccrypto_load_error()) return false;
    sha256(bytes, count, digest);
    return true;
}
