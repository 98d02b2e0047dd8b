#ifndef COPENCC_H
#define COPENCC_H

#include <stddef.h>

/// OpenCC's C API, loaded on first use.
typedef struct copencc copencc;

/// NULL once OpenCC is loaded (on first call), else why it cannot be.
const char *copencc_load_error(void);

/// A converter for a configuration such as "t2s.json"; NULL when OpenCC or the configuration is missing.
copencc *copencc_open(const char *configuration);
/// The converted text, or NULL; free with copencc_free.
char *copencc_convert(copencc *converter, const char *utf8, size_t length);
void copencc_free(char *converted);

#endif
