#include "cicu.h"
#include "cdynamic_library.h"
#include <unicode/uregex.h>
#include <unicode/uvernum.h>

// ICU renames its C functions per version (uregex_find → uregex_find_72) through macros; the
// symbol's real name is the macro's expansion, as a string.

static struct {
    __typeof__(uregex_open) *open;
    __typeof__(uregex_clone) *clone;
    __typeof__(uregex_close) *close;
    __typeof__(uregex_setText) *setText;
    __typeof__(uregex_find) *find;
    __typeof__(uregex_findNext) *findNext;
    __typeof__(uregex_lookingAt) *lookingAt;
    __typeof__(uregex_groupCount) *groupCount;
    __typeof__(uregex_start) *start;
    __typeof__(uregex_end) *end;
} icu;

#define RESOLVE(field, function) CDL_RESOLVE(handle, icu.field, CDL_STRING(function))

static const char *resolve(void *handle) {
    RESOLVE(open, uregex_open)
    RESOLVE(clone, uregex_clone)
    RESOLVE(close, uregex_close)
    RESOLVE(setText, uregex_setText)
    RESOLVE(find, uregex_find)
    RESOLVE(findNext, uregex_findNext)
    RESOLVE(lookingAt, uregex_lookingAt)
    RESOLVE(groupCount, uregex_groupCount)
    RESOLVE(start, uregex_start)
    RESOLVE(end, uregex_end)
    return NULL;
}

// The headers' version is the library's: the renamed symbols exist only in that major version.
static const char *const names[] = {"libicui18n.so." U_ICU_VERSION_SHORT, NULL};
static cdl_library library = CDL_LIBRARY(names, "ICU regular expressions", resolve);

const char *cicu_load_error(void) { return cdl_load_error(&library); }

static URegularExpression *re(cicu_regex *regex) { return (URegularExpression *)regex; }

cicu_regex *cicu_open(const uint16_t *pattern, int32_t length, bool multiline, int32_t *error) {
    if (cicu_load_error()) {
        *error = CICU_LIBRARY_MISSING;
        return NULL;
    }
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    URegularExpression *compiled = icu.open((const UChar *)pattern, length, multiline ? UREGEX_MULTILINE : 0,
                                               &where, &status);
    *error = status;
    return U_SUCCESS(status) ? (cicu_regex *)compiled : NULL;
}

cicu_regex *cicu_clone(const cicu_regex *regex, int32_t *error) {
    // A compiled regex exists only once ICU is loaded.
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *copy = icu.clone((const URegularExpression *)regex, &status);
    *error = status;
    return U_SUCCESS(status) ? (cicu_regex *)copy : NULL;
}

void cicu_close(cicu_regex *regex) { icu.close(re(regex)); }

int32_t cicu_set_text(cicu_regex *regex, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    icu.setText(re(regex), (const UChar *)text, length, &status);
    return status;
}

bool cicu_find(cicu_regex *regex, int32_t start) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = icu.find(re(regex), start, &status);
    return U_SUCCESS(status) && found;
}

bool cicu_find_next(cicu_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = icu.findNext(re(regex), &status);
    return U_SUCCESS(status) && found;
}

bool cicu_looking_at(cicu_regex *regex, int32_t start) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = icu.lookingAt(re(regex), start, &status);
    return U_SUCCESS(status) && found;
}

int32_t cicu_group_count(cicu_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = icu.groupCount(re(regex), &status);
    return U_SUCCESS(status) ? count : 0;
}

int32_t cicu_start(cicu_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = icu.start(re(regex), group, &status);
    return U_SUCCESS(status) ? offset : -1;
}

int32_t cicu_end(cicu_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = icu.end(re(regex), group, &status);
    return U_SUCCESS(status) ? offset : -1;
}
