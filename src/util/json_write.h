/* json_write.h — appending JSON values to a wt_buf.
 *
 * A tiny writer rather than jansson's dump: output is the hot path of every
 * command, and building a jansson tree per record would cost more than the
 * coding itself. Keys and nesting are the caller's; this only escapes. */
#ifndef WARTA_UTIL_JSON_WRITE_H
#define WARTA_UTIL_JSON_WRITE_H

#include "util/buf.h"
#include <stddef.h>

/* Appends s[0..n) as a JSON string literal (quotes included). Invalid
 * UTF-8 bytes are written as U+FFFD so the output is always valid JSON. */
void wt_json_str(wt_buf *b, const char *s, size_t n);
/* NUL-terminated convenience; NULL is written as null. */
void wt_json_cstr(wt_buf *b, const char *s);
/* `"key":` — the caller writes the comma before it when needed. */
void wt_json_key(wt_buf *b, const char *key);
/* `[start,end]` */
void wt_json_span(wt_buf *b, size_t start, size_t end);

#endif
