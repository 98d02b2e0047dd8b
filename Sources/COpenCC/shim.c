#include "copencc.h"
#include "cdynamic_library.h"
#include <opencc/opencc.h>

static struct {
    __typeof__(opencc_open) *open;
    __typeof__(opencc_convert_utf8) *convert;
    __typeof__(opencc_convert_utf8_free) *free;
} opencc;

#define RESOLVE(field, name) CDL_RESOLVE(handle, opencc.field, name)

static const char *resolve(void *handle) {
    RESOLVE(open, "opencc_open")
    RESOLVE(convert, "opencc_convert_utf8")
    RESOLVE(free, "opencc_convert_utf8_free")
    return NULL;
}

// OpenCC's headers carry no version. Its C API is the same in every release; the soname is
// major.minor since 1.1 (Debian 12, Ubuntu 22.04 and 24.04: 1.1) and was 2 in 1.0.
static const char *const names[] = {"libopencc.so.1.1", "libopencc.so.1.2", "libopencc.so.2", "libopencc.so", NULL};
static cdl_library library = CDL_LIBRARY(names, "OpenCC's Chinese conversion", resolve);

const char *copencc_load_error(void) { return cdl_load_error(&library); }

copencc *copencc_open(const char *configuration) {
    if (copencc_load_error()) return NULL;
    opencc_t handle = opencc.open(configuration);
    return handle == (opencc_t)-1 ? NULL : (copencc *)handle;
}

char *copencc_convert(copencc *converter, const char *utf8, size_t length) {
    return opencc.convert((opencc_t)converter, utf8, length);
}

void copencc_free(char *converted) { opencc.free(converted); }
