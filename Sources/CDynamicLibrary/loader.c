#include "cdynamic_library.h"
#include <dlfcn.h>
#include <stdio.h>

enum { UNTRIED = 0, LOADED = 1, FAILED = 2 };

static int load(cdl_library *library) {
    void *handle = NULL;
    char first[256] = "";
    for (const char *const *name = library->names; *name && !handle; name++) {
        // RTLD_LOCAL: the symbols are reached through dlsym only, never bound by name elsewhere.
        handle = dlopen(*name, RTLD_NOW | RTLD_LOCAL);
        if (!handle && !first[0]) {
            const char *error = dlerror();
            snprintf(first, sizeof first, "%s", error ? error : "not found");
        }
    }
    if (!handle) {
        snprintf(library->message, sizeof library->message,
                 "cannot load %s (%s): %s; install the system package that provides it",
                 library->purpose, library->names[0], first);
        return FAILED;
    }
    const char *missing = library->resolve(handle);
    if (missing) {
        snprintf(library->message, sizeof library->message, "cannot use %s (%s): it has no %s",
                 library->purpose, library->names[0], missing);
        return FAILED;
    }
    return LOADED;
}

const char *cdl_load_error(cdl_library *library) {
    int state = __atomic_load_n(&library->state, __ATOMIC_ACQUIRE);
    if (state == UNTRIED) {
        pthread_mutex_lock(&library->lock);
        state = library->state;
        if (state == UNTRIED) {
            state = load(library);
            __atomic_store_n(&library->state, state, __ATOMIC_RELEASE);
        }
        pthread_mutex_unlock(&library->lock);
    }
    return state == LOADED ? NULL : library->message;
}

void *cdl_symbol(void *handle, const char *name) { return dlsym(handle, name); }
