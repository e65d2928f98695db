#ifndef INCI_CLIBXML2_SHIM_H
#define INCI_CLIBXML2_SHIM_H

#include <libxml/xmlversion.h>
// Building with ICU headers visible makes clean builds fail at random with
// "'UErrorCode' has different definitions"; inci never needs libxml2's ICU support.
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/tree.h>
#include <libxml/xpath.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

/// Swift 6 rejects the global function pointer `xmlFree`; call it through this.
static inline void inci_xmlFree(void *pointer) { xmlFree(pointer); }

/// libxml2 reports errors through per-thread handlers (and defaults for new threads); a variadic C
/// handler cannot be written in Swift, so the no-op handlers live here.
static inline void inci_ignoreGenericError(void *context, const char *message, ...) { (void)context; (void)message; }
static inline void inci_ignoreStructuredError(void *context, xmlErrorPtr error) { (void)context; (void)error; }

/// Silences libxml2 on the calling thread.
static inline void inci_silenceErrorsOnThisThread(void) {
    xmlSetGenericErrorFunc(NULL, inci_ignoreGenericError);
    xmlSetStructuredErrorFunc(NULL, inci_ignoreStructuredError);
}

/// Silences libxml2 on threads created from now on.
static inline void inci_silenceErrorsByDefault(void) {
    xmlThrDefSetGenericErrorFunc(NULL, inci_ignoreGenericError);
    xmlThrDefSetStructuredErrorFunc(NULL, inci_ignoreStructuredError);
}

#endif
