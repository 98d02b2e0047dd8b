#ifndef CLIBXML2_H
#define CLIBXML2_H

/// libxml2's forgiving HTML parser and the few node fields a page reader needs, behind opaque
/// types: Swift never sees libxml2's headers, and the library is loaded on first use.
typedef struct cxml_document cxml_document;
typedef struct cxml_node cxml_node;

typedef enum { CXML_OTHER = 0, CXML_ELEMENT = 1, CXML_TEXT = 2 } cxml_kind;

/// NULL once libxml2 is loaded (on first call; it also initializes the parser), else why it cannot be.
const char *cxml_load_error(void);

/// Parses UTF-8 HTML leniently (recovering, silent, no network, the page's own charset ignored).
/// NULL if libxml2 is missing or gave up.
/// `stopped` is set when the parser halted before the end of the input (the rest is missing).
cxml_document *cxml_parse_html(const char *utf8, int length, int *stopped);
void cxml_free_document(cxml_document *document);
cxml_node *cxml_root(cxml_document *document);

cxml_node *cxml_first_child(const cxml_node *node);
cxml_node *cxml_next(const cxml_node *node);
cxml_node *cxml_parent(const cxml_node *node);
/// Text and CDATA are both CXML_TEXT.
cxml_kind cxml_kind_of(const cxml_node *node);
/// The element's name, owned by the document.
const char *cxml_name(const cxml_node *node);
/// A text node's own text, owned by the document.
const char *cxml_text(const cxml_node *node);
/// The attribute's value, or NULL; free with cxml_free_string.
char *cxml_attribute(const cxml_node *node, const char *name);
/// All text under the node; free with cxml_free_string.
char *cxml_content(const cxml_node *node);
void cxml_free_string(char *string);

#endif
