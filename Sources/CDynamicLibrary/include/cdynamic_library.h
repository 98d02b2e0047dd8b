#ifndef CDYNAMIC_LIBRARY_H
#define CDYNAMIC_LIBRARY_H

#include <pthread.h>

/// A system library opened on first use instead of at start-up: every command would otherwise pay
/// for loading and relocating ICU, libxml2, OpenCC and libcrypto (about 3 ms), which only ingest calls.
typedef struct cdl_library {
    /// Sonames to try in order, NULL-terminated.
    const char *const *names;
    /// What the user is told the library is for, e.g. "ICU regular expressions".
    const char *purpose;
    /// Resolves the library's functions into the caller's table (and initializes the library);
    /// returns the symbol it could not find, or NULL when all were found.
    const char *(*resolve)(void *handle);
    pthread_mutex_t lock;
    int state;
    char message[512];
} cdl_library;

#define CDL_LIBRARY(names, purpose, resolve) {names, purpose, resolve, PTHREAD_MUTEX_INITIALIZER, 0, ""}

/// NULL once the library is loaded and resolved (tried once, on the first call from any thread),
/// else a message naming the library and the problem.
const char *cdl_load_error(cdl_library *library);

/// `dlsym`, for the resolve callbacks.
void *cdl_symbol(void *handle, const char *name);

/// In a resolve callback: looks `name` up in `handle` into `target` (a function pointer, cast to
/// its type), or returns `name` as the symbol the library lacks.
#define CDL_RESOLVE(handle, target, name) \
    if (!((target) = (__typeof__(target))cdl_symbol((handle), (name)))) return (name);

/// A macro's expansion as a string literal: ICU's renamed symbols (uregex_find_72), OpenSSL's
/// shlib version.
#define CDL_STRING(value) CDL_STRING_(value)
#define CDL_STRING_(value) #value

#endif
