#ifndef INCI_CLIBXML2_SHIM_H
#define INCI_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Building with ICU headers visible makes clean builds fail at random with
// "'UErrorCode' has different definitions"; inci never needs libxml2's ICU support.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/// Swift 6 rejects the global function pointer `xmlFree`; call it through this.
static inline void inci_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
