#include "cicu.h"
#include <unicode/uregex.h>

static URegularExpression *re(cicu_regex *regex) { return (URegularExpression *)regex; }

cicu_regex *cicu_open(const uint16_t *pattern, int32_t length, bool multiline, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError where;
    URegularExpression *compiled = uregex_open((const UChar *)pattern, length, multiline ? UREGEX_MULTILINE : 0,
                                               &where, &status);
    *error = status;
    return U_SUCCESS(status) ? (cicu_regex *)compiled : NULL;
}

cicu_regex *cicu_clone(const cicu_regex *regex, int32_t *error) {
    UErrorCode status = U_ZERO_ERROR;
    URegularExpression *copy = uregex_clone((const URegularExpression *)regex, &status);
    *error = status;
    return U_SUCCESS(status) ? (cicu_regex *)copy : NULL;
}

void cicu_close(cicu_regex *regex) { uregex_close(re(regex)); }

int32_t cicu_set_text(cicu_regex *regex, const uint16_t *text, int32_t length) {
    UErrorCode status = U_ZERO_ERROR;
    uregex_setText(re(regex), (const UChar *)text, length, &status);
    return status;
}

bool cicu_find(cicu_regex *regex, int32_t start) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = uregex_find(re(regex), start, &status);
    return U_SUCCESS(status) && found;
}

bool cicu_find_next(cicu_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = uregex_findNext(re(regex), &status);
    return U_SUCCESS(status) && found;
}

bool cicu_looking_at(cicu_regex *regex, int32_t start) {
    UErrorCode status = U_ZERO_ERROR;
    UBool found = uregex_lookingAt(re(regex), start, &status);
    return U_SUCCESS(status) && found;
}

int32_t cicu_group_count(cicu_regex *regex) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t count = uregex_groupCount(re(regex), &status);
    return U_SUCCESS(status) ? count : 0;
}

int32_t cicu_start(cicu_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = uregex_start(re(regex), group, &status);
    return U_SUCCESS(status) ? offset : -1;
}

int32_t cicu_end(cicu_regex *regex, int32_t group) {
    UErrorCode status = U_ZERO_ERROR;
    int32_t offset = uregex_end(re(regex), group, &status);
    return U_SUCCESS(status) ? offset : -1;
}
