// ICU's regular-expression C API under names that do not change with the ICU version. Debian's
// libicu renames every symbol per version (uregex_find_72), through macros Swift cannot import, so
// Archive calls these wrappers instead; shim.c compiles against the system headers.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>
#include <stdbool.h>

typedef struct cicu_regex cicu_regex;

/// The error cicu_open and cicu_clone report when ICU itself could not be loaded.
#define CICU_LIBRARY_MISSING 0x7FFF0001

/// NULL once ICU is loaded (on first call), else why it cannot be.
const char *cicu_load_error(void);

/// Compiles a pattern (UTF-16). `multiline`: ^ and $ also match at line ends. NULL and a
/// nonzero *error (an ICU UErrorCode) when the pattern does not compile.
cicu_regex *cicu_open(const uint16_t *pattern, int32_t length, bool multiline, int32_t *error);
/// A matcher of the same compiled pattern with its own state (one per thread).
cicu_regex *cicu_clone(const cicu_regex *regex, int32_t *error);
void cicu_close(cicu_regex *regex);
/// The text to match; not copied, so it must outlive the matching.
int32_t cicu_set_text(cicu_regex *regex, const uint16_t *text, int32_t length);
/// The first match starting at `start` or later.
bool cicu_find(cicu_regex *regex, int32_t start);
/// The next match after the previous one.
bool cicu_find_next(cicu_regex *regex);
/// A match starting exactly at `start`, the text around it visible to look-behind and anchors.
bool cicu_looking_at(cicu_regex *regex, int32_t start);
int32_t cicu_group_count(cicu_regex *regex);
/// UTF-16 offsets of a group of the last match; -1 when the group took no part.
int32_t cicu_start(cicu_regex *regex, int32_t group);
int32_t cicu_end(cicu_regex *regex, int32_t group);

#endif
