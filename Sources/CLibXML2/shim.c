#include "clibxml2.h"
#include "cdynamic_library.h"
#include <libxml/xmlversion.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

static struct {
    __typeof__(xmlInitParser) *initParser;
    __typeof__(htmlNewParserCtxt) *newContext;
    __typeof__(htmlCtxtReadMemory) *contextReadMemory;
    __typeof__(htmlFreeParserCtxt) *freeContext;
    __typeof__(xmlFreeDoc) *freeDoc;
    __typeof__(xmlDocGetRootElement) *rootElement;
    __typeof__(xmlGetProp) *getProp;
    __typeof__(xmlNodeGetContent) *nodeGetContent;
    // The library's deallocator is a variable (xmlMemSetup can change it), not a function.
    xmlFreeFunc *free;
} xml;

#define RESOLVE(field, name) CDL_RESOLVE(handle, xml.field, name)

static const char *resolve(void *handle) {
    RESOLVE(initParser, "xmlInitParser")
    RESOLVE(newContext, "htmlNewParserCtxt")
    RESOLVE(contextReadMemory, "htmlCtxtReadMemory")
    RESOLVE(freeContext, "htmlFreeParserCtxt")
    RESOLVE(freeDoc, "xmlFreeDoc")
    RESOLVE(rootElement, "xmlDocGetRootElement")
    RESOLVE(getProp, "xmlGetProp")
    RESOLVE(nodeGetContent, "xmlNodeGetContent")
    RESOLVE(free, "xmlFree")
    // libxml2 asks to be initialized on one thread before its parsers run on several.
    xml.initParser();
    return NULL;
}

// libxml2 2.14 changed its soname from .2 to .16.
#if LIBXML_VERSION >= 21400
static const char *const names[] = {"libxml2.so.16", NULL};
#else
static const char *const names[] = {"libxml2.so.2", NULL};
#endif
static cdl_library library = CDL_LIBRARY(names, "libxml2's HTML parser", resolve);

const char *cxml_load_error(void) { return cdl_load_error(&library); }

static const xmlNode *node_of(const cxml_node *node) { return (const xmlNode *)node; }

cxml_document *cxml_parse_html(const char *utf8, int length, int *stopped) {
    *stopped = 0;
    if (cxml_load_error()) return NULL;
    // XML_PARSE_HUGE lifts the tree's depth limit from 256 to 2048 levels (old pages leave
    // <p><font> open by the hundred); the input's size is bounded by the caller.
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET
                  | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE;
    htmlParserCtxtPtr context = xml.newContext();
    if (context == NULL) return NULL;
    xmlDoc *document = xml.contextReadMemory(context, utf8, length, NULL, "UTF-8", options);
    // A recovering parse turns SAX off only when it halts before the end (a limit reached).
    *stopped = context->disableSAX != 0;
    xml.freeContext(context);
    return (cxml_document *)document;
}

void cxml_free_document(cxml_document *document) { xml.freeDoc((xmlDoc *)document); }

cxml_node *cxml_root(cxml_document *document) { return (cxml_node *)xml.rootElement((xmlDoc *)document); }

cxml_node *cxml_first_child(const cxml_node *node) { return (cxml_node *)node_of(node)->children; }

cxml_node *cxml_next(const cxml_node *node) { return (cxml_node *)node_of(node)->next; }

cxml_node *cxml_parent(const cxml_node *node) { return (cxml_node *)node_of(node)->parent; }

cxml_kind cxml_kind_of(const cxml_node *node) {
    switch (node_of(node)->type) {
    case XML_ELEMENT_NODE: return CXML_ELEMENT;
    case XML_TEXT_NODE:
    case XML_CDATA_SECTION_NODE: return CXML_TEXT;
    default: return CXML_OTHER;
    }
}

const char *cxml_name(const cxml_node *node) { return (const char *)node_of(node)->name; }

const char *cxml_text(const cxml_node *node) { return (const char *)node_of(node)->content; }

char *cxml_attribute(const cxml_node *node, const char *name) {
    return (char *)xml.getProp(node_of(node), (const xmlChar *)name);
}

char *cxml_content(const cxml_node *node) { return (char *)xml.nodeGetContent(node_of(node)); }

void cxml_free_string(char *string) { (*xml.free)(string); }
