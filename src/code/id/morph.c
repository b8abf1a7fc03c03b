/* morph.c — affix readings of Indonesian words (see morph.h). */
#include "code/id/morph.h"
#include "code/id/iddict.h"

#include <string.h>

typedef struct acc {
    id_reading *out;
    size_t n, max;
} acc;

static void add(acc *a, const char *pre, size_t pl, const char *s, size_t n, uint16_t cls)
{
    if (a->n >= a->max || pl + n < 2 || pl + n >= sizeof a->out[0].root) return;
    id_reading *r = &a->out[a->n];
    memcpy(r->root, pre, pl);
    memcpy(r->root + pl, s, n);
    r->root[pl + n] = '\0';
    r->cls = cls;
    for (size_t i = 0; i < a->n; i++)
        if (a->out[i].cls == cls && !strcmp(a->out[i].root, r->root)) return;
    a->n++;
}

static int starts(const char *s, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n > k && !memcmp(s, p, k);
}

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* meN- / peN- with the nasal changes: the remaining stem `s` after the
 * nasal prefix `me`/`pe`. `cls` is the class to give. */
static void nasal(acc *a, const char *s, size_t n, uint16_t cls)
{
    /* s starts right after "me"/"pe" */
    if (starts(s, n, "nge")) add(a, "", 0, s + 3, n - 3, cls);             /* mengebom */
    if (starts(s, n, "ng")) {
        add(a, "", 0, s + 2, n - 2, cls);                                    /* mengancam */
        if (n > 2 && is_vowel(s[2])) add(a, "k", 1, s + 2, n - 2, cls);      /* mengecam */
    }
    if (starts(s, n, "ny") && n > 2 && is_vowel(s[2])) add(a, "s", 1, s + 2, n - 2, cls); /* menyerang */
    if (starts(s, n, "m")) {
        add(a, "", 0, s + 1, n - 1, cls);                                    /* membantu */
        if (n > 1 && is_vowel(s[1])) add(a, "p", 1, s + 1, n - 1, cls);     /* memukul */
    }
    if (starts(s, n, "n")) {
        add(a, "", 0, s + 1, n - 1, cls);                                    /* mendesak */
        if (n > 1 && is_vowel(s[1])) add(a, "t", 1, s + 1, n - 1, cls);     /* menolak */
    }
    /* me- before l, r, w, y, m, n: melarang, meminta, merebut */
    if (n > 0 && strchr("lrwymn", s[0])) add(a, "", 0, s, n, cls);
}

/* Prefix readings of a stem whose suffix (if any) was removed. */
static void prefixes(acc *a, const char *s, size_t n, int suffix_an, int any_suffix)
{
    if (suffix_an) add(a, "", 0, s, n, ID_AF_NOM);        /* serang-an */
    else add(a, "", 0, s, n, any_suffix ? ID_AF_MEN : ID_AF_BARE);  /* kirim-kan (imperative) */
    if (starts(s, n, "memper")) add(a, "", 0, s + 6, n - 6, ID_AF_MEN);
    if (starts(s, n, "diper")) add(a, "", 0, s + 5, n - 5, ID_AF_DI);
    if (starts(s, n, "me")) nasal(a, s + 2, n - 2, ID_AF_MEN);
    if (starts(s, n, "di")) add(a, "", 0, s + 2, n - 2, ID_AF_DI);
    if (starts(s, n, "ter")) add(a, "", 0, s + 3, n - 3, ID_AF_TER);
    if (starts(s, n, "ber")) add(a, "", 0, s + 3, n - 3, ID_AF_BER);
    if (starts(s, n, "be")) add(a, "", 0, s + 2, n - 2, ID_AF_BER);     /* berunding, bekerja */
    if (starts(s, n, "bel")) add(a, "", 0, s + 3, n - 3, ID_AF_BER);    /* belajar */
    if (suffix_an) {
        if (starts(s, n, "pe")) nasal(a, s + 2, n - 2, ID_AF_NOM);      /* penyerang-an */
        if (starts(s, n, "per")) add(a, "", 0, s + 3, n - 3, ID_AF_NOM);/* per-temu-an */
        if (starts(s, n, "pe")) add(a, "", 0, s + 2, n - 2, ID_AF_NOM); /* pe-rundingan */
        if (starts(s, n, "ke")) add(a, "", 0, s + 2, n - 2, ID_AF_KE);  /* ke-sepakat-an */
        if (starts(s, n, "ber")) add(a, "", 0, s + 3, n - 3, ID_AF_BER);/* ber-datang-an */
    }
}

static void suffixes(acc *a, const char *w, size_t n)
{
    prefixes(a, w, n, 0, 0);
    if (n > 5 && !memcmp(w + n - 3, "kan", 3)) prefixes(a, w, n - 3, 0, 1);
    if (n > 4 && w[n - 1] == 'i') prefixes(a, w, n - 1, 0, 1);
    if (n > 4 && !memcmp(w + n - 2, "an", 2)) prefixes(a, w, n - 2, 1, 1);
}

size_t id_morph_readings(const char *w, size_t n, id_reading *out, size_t max)
{
    acc a = { out, 0, max };
    suffixes(&a, w, n);
    /* clitics and particles: -nya -lah -kah -pun */
    static const char *const tails[] = { "nya", "lah", "kah", "pun", NULL };
    for (int i = 0; tails[i]; i++) {
        size_t k = strlen(tails[i]);
        if (n > k + 3 && !memcmp(w + n - k, tails[i], k)) suffixes(&a, w, n - k);
    }
    return a.n;
}

uint16_t id_morph_surface_class(const char *w, size_t n)
{
    int an = n > 4 && !memcmp(w + n - 2, "an", 2);
    if (starts(w, n, "di")) return ID_AF_DI;
    if (starts(w, n, "me")) return ID_AF_MEN;
    if (starts(w, n, "ter")) return ID_AF_TER;
    if (starts(w, n, "ber") || starts(w, n, "be")) return ID_AF_BER;
    if (an && starts(w, n, "pe")) return ID_AF_NOM;
    if (an && starts(w, n, "ke")) return ID_AF_KE;
    return ID_AF_BARE;
}
