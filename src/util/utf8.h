/* utf8.h — strict UTF-8 decoding (no overlongs, no surrogates, <= U+10FFFF). */
#ifndef WARTA_UTIL_UTF8_H
#define WARTA_UTIL_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Decodes one code point at s[0..n). Returns its length in bytes (1-4) and
 * stores it in *cp, or returns 0 when the bytes are not valid UTF-8. */
size_t wt_utf8_decode(const unsigned char *s, size_t n, int32_t *cp);
/* Encodes cp into out (4 bytes room); returns the length. */
size_t wt_utf8_encode(int32_t cp, char *out);
/* Returns the byte offset of the first invalid sequence, or n if all valid. */
size_t wt_utf8_validate(const char *s, size_t n);

#endif
