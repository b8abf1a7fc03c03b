/* langid.c — Indonesian / English / other by function-word frequency
 * (see langid.h). */
#include "text/langid.h"

#include <stdlib.h>
#include <string.h>

/* The most frequent words of Indonesian news that are not English words,
 * and the English ones that are not Indonesian (no "a", "di", "in" traps
 * in both lists). "in" stays in the English list: German and Dutch also
 * use it, which the share threshold below absorbs. */
static const char *const ID_WORDS[] = {
    "adalah", "akan", "atau", "bahwa", "belum", "bisa", "dalam", "dan", "dari", "dengan", "di",
    "hingga", "ini", "itu", "juga", "kami", "karena", "kata", "ke", "kepada", "kita", "lebih",
    "masih", "menjadi", "mereka", "namun", "oleh", "pada", "para", "saat", "secara", "seperti",
    "sudah", "tak", "telah", "terhadap", "tersebut", "tidak", "untuk", "yang",
};
static const char *const EN_WORDS[] = {
    "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has", "have", "he",
    "in", "is", "it", "its", "not", "of", "on", "said", "she", "that", "the", "their", "they",
    "this", "to", "was", "were", "which", "will", "with", "would",
};

static int cmp_word(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}

/* Every word of the text is looked up: a binary search, not a scan. */
#define IN_LIST(list, w) (bsearch((w), (list), sizeof list / sizeof *list, sizeof *list, cmp_word) != NULL)

static int starts(const char *w, size_t n, const char *p)
{
    size_t k = strlen(p);
    return n > k + 2 && !memcmp(w, p, k);
}

static int ends(const char *w, size_t n, const char *s)
{
    size_t k = strlen(s);
    return n > k + 2 && !memcmp(w + n - k, s, k);
}

/* Affixes that mark a word as Indonesian or English by its shape alone:
 * what decides a sentence too short to hold a function word
 * ("Indonesia mengecam Israel."). */
static int id_shaped(const char *w, size_t n)
{
    return starts(w, n, "meng") || starts(w, n, "meny") || starts(w, n, "mem") || starts(w, n, "men") ||
           starts(w, n, "ber") || starts(w, n, "di") || starts(w, n, "ter") || ends(w, n, "kan") ||
           ends(w, n, "nya");
}

static int en_shaped(const char *w, size_t n)
{
    return ends(w, n, "ing") || ends(w, n, "tion") || ends(w, n, "ed") || ends(w, n, "ly") ||
           ends(w, n, "ies");
}

static int is_alpha(unsigned char ch) { return (ch | 0x20) >= 'a' && (ch | 0x20) <= 'z'; }

wt_lang wt_langid(const char *text, size_t len, wt_langid_counts *counts)
{
    wt_langid_counts k;
    memset(&k, 0, sizeof k);
    size_t i = 0;
    while (i < len && k.words < WT_LANGID_MAX_WORDS) {
        while (i < len && !is_alpha((unsigned char)text[i])) {
            /* skip the rest of a word with non-ASCII letters: café, naïve */
            if ((unsigned char)text[i] >= 0x80)
                while (i < len && (is_alpha((unsigned char)text[i]) || (unsigned char)text[i] >= 0x80)) i++;
            else
                i++;
        }
        size_t start = i;
        while (i < len && is_alpha((unsigned char)text[i])) i++;
        size_t n = i - start;
        if (!n || (i < len && (unsigned char)text[i] >= 0x80)) continue;
        k.words++;
        char w[16];
        if (n >= sizeof w) continue;     /* longer than any word listed or shaped here */
        /* acronyms are names, not function words: AS (the USA), IS, IT */
        int caps = n > 1;
        for (size_t q = 0; q < n && caps; q++) caps = text[start + q] >= 'A' && text[start + q] <= 'Z';
        if (caps) continue;
        for (size_t q = 0; q < n; q++) w[q] = (char)(text[start + q] | 0x20);
        w[n] = '\0';
        if (IN_LIST(ID_WORDS, w)) k.id_fn++;
        else if (IN_LIST(EN_WORDS, w)) k.en_fn++;
        else if (en_shaped(w, n)) k.en_shape++;    /* first: directed, bitterly */
        else if (id_shaped(w, n)) k.id_shape++;
    }
    if (counts) *counts = k;
    if (!k.words) return WT_LANG_OTHER;
    /* Running text: function words are a fifth to a third of the words of
     * either language, and the other language's list stays near zero
     * (a quoted phrase, an English song title). A language wins with half
     * as many again as the other's count and a share no unrelated language
     * reaches by chance. */
    if (k.id_fn + k.en_fn >= 4) {
        if (2 * k.id_fn >= 3 * k.en_fn && k.id_fn * 100 >= k.words * 6) return WT_LANG_ID;
        if (2 * k.en_fn >= 3 * k.id_fn && k.en_fn * 100 >= k.words * 8) return WT_LANG_EN;
        if (k.words >= 40) return WT_LANG_OTHER;
    }
    /* a dozen words of either language hold function words: none is
     * another language (Die Bundesregierung hat am Dienstag …) */
    if (k.words > 12 && k.id_fn + k.en_fn == 0) return WT_LANG_OTHER;
    /* a line or two: function words and word shapes together */
    unsigned id = k.id_fn * 2 + k.id_shape, en = k.en_fn * 2 + k.en_shape;
    if (id > en) return WT_LANG_ID;
    if (en > id) return WT_LANG_EN;
    return WT_LANG_OTHER;
}

const char *wt_lang_name(wt_lang lang)
{
    switch (lang) {
    case WT_LANG_ID: return "id";
    case WT_LANG_EN: return "en";
    default: return "other";
    }
}
