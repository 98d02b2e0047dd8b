// libxml2 is built with ICU here; its headers would pull in the system ICU's unicode/*.h, whose
// UErrorCode clashes with the copy inside Foundation. Nothing we call needs the ICU fields.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
