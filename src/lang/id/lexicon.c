/* lexicon.c — loading the Indonesian root lexicon (see lexicon.h). */
#include "lang/id/lexicon.h"
#include "util/file.h"
#include "util/mem.h"

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define DEFAULT_DIC "/usr/share/hunspell/id_ID.dic"

const char *wt_id_dic_path(void)
{
    const char *env = getenv("WARTA_ID_DIC");
    return env && *env ? env : DEFAULT_DIC;
}

/* hunspell-id names its flags after the affix (id_ID.aff header: "B = ber,
 * T = ter"): an upper-case first letter is the prefix family, of a prefix
 * flag or of the prefix half of a circumfix. */
static unsigned family_of_letter(char c)
{
    switch (c) {
    case 'B': return WT_ACC_BER;
    case 'D': return WT_ACC_DI;
    case 'K': return WT_ACC_KE;
    case 'M': return WT_ACC_MEN;
    case 'O': return WT_ACC_KU;
    case 'P': return WT_ACC_PEN;
    case 'R': return WT_ACC_PER;
    case 'S': return WT_ACC_SE;
    case 'T': return WT_ACC_TER;
    default: return 0;
    }
}

static unsigned suffix_of_add(const char *add, size_t n)
{
    if (n == 2 && memcmp(add, "an", 2) == 0) return WT_ACC_AN;
    if (n == 3 && memcmp(add, "kan", 3) == 0) return WT_ACC_KAN;
    if (n == 1 && add[0] == 'i') return WT_ACC_I;
    return 0;
}

/* Flag (two characters, FLAG long) → accept bits, from the .aff rules. */
typedef struct flag_table {
    unsigned bits[128][128];
    int loaded;
    char needaffix[3];   /* NEEDAFFIX flag name ("A2"), "" when none */
    char circumfix[3];   /* CIRCUMFIX flag name ("A1"), "" when none */
} flag_table;

/* A prefix rule adding pe- to any letter, without the nasal of peN- and
 * not as half of a circumfix: hunspell-id's PE (pejabat, petani). */
static int is_plain_pe(const char *strip, const char *add, const char *cond)
{
    return strcmp(strip, "0") == 0 && strcmp(add, "pe") == 0 && strcmp(cond, ".") == 0;
}

/* Does an affix's continuation ("pe/A1", "an/K1l0o0A1") list this flag? */
static int has_flag(const char *add, const char *flag)
{
    const char *slash = strchr(add, '/');
    if (!slash || !flag[0]) return 0;
    for (const char *f = slash + 1; f[0] && f[1]; f += 2)
        if (f[0] == flag[0] && f[1] == flag[1]) return 1;
    return 0;
}

static void read_aff(flag_table *ft, const char *aff_path)
{
    size_t len;
    char *text = wt_read_file(aff_path, &len);
    if (!text) return;
    ft->loaded = 1;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        if (strncmp(line, "NEEDAFFIX ", 10) == 0) {
            char flag[8];
            if (sscanf(line + 10, "%7s", flag) == 1 && strlen(flag) == 2) memcpy(ft->needaffix, flag, 3);
            continue;
        }
        if (strncmp(line, "CIRCUMFIX ", 10) == 0) {
            char flag[8];
            if (sscanf(line + 10, "%7s", flag) == 1 && strlen(flag) == 2) memcpy(ft->circumfix, flag, 3);
            continue;
        }
        int is_pfx = strncmp(line, "PFX ", 4) == 0, is_sfx = strncmp(line, "SFX ", 4) == 0;
        if (!is_pfx && !is_sfx) continue;
        char flag[8], f3[64], f4[64], cond[64] = "";
        if (sscanf(line + 4, "%7s %63s %63s %63s", flag, f3, f4, cond) < 3) continue;
        if (strlen(flag) != 2 || (flag[0] & 0x80) || (flag[1] & 0x80)) continue;
        unsigned *b = &ft->bits[(int)flag[0]][(int)flag[1]];
        int header = strcmp(f3, "Y") == 0 || strcmp(f3, "N") == 0;
        if (is_pfx) {
            *b |= family_of_letter(flag[0]);
            if (header) continue;
            if (is_plain_pe(f3, f4, cond)) *b |= WT_ACC_PE;
            if ((family_of_letter(flag[0]) & (WT_ACC_DI | WT_ACC_MEN)) && !has_flag(f4, ft->circumfix))
                *b |= WT_ACC_VERB_BARE;
        } else if (!header) {
            size_t n = strcspn(f4, "/");
            *b |= suffix_of_add(f4, n);
            if (isupper((unsigned char)flag[0])) *b |= family_of_letter(flag[0]);
            if (n == 3 && memcmp(f4, "nya", 3) == 0)
                *b |= flag[0] == 'S' ? WT_ACC_SE_NYA : flag[0] == 'n' ? WT_ACC_NYA : 0;
        }
    }
    free(text);
}

static void lower_ascii(char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] >= 'A' && s[i] <= 'Z') s[i] = (char)(s[i] - 'A' + 'a');
}

static void add_root(wt_id_lexicon *lx, char *word, size_t n, unsigned bits)
{
    if (n == 0 || n > 64) return;
    lower_ascii(word, n);
    wt_strmap_slot *s = wt_strmap_put(&lx->roots, word, n, NULL);
    unsigned old = (unsigned)(uintptr_t)s->value;
    /* a word listed twice (Allah, allah) keeps the larger flag count */
    unsigned count_mask = (unsigned)WT_ACC_NFLAGS_MAX << WT_ACC_NFLAGS_SHIFT;
    unsigned count = (old & count_mask) > (bits & count_mask) ? old & count_mask : bits & count_mask;
    s->value = (void *)(uintptr_t)(((old | bits) & ~count_mask) | count | WT_ACC_PRESENT);
}

static int read_dic(wt_id_lexicon *lx, const flag_table *ft, const char *path, wt_diag *diag)
{
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) {
        wt_diag_at(diag, WT_DIAG_ERROR, path, 0,
                   "cannot read the Indonesian root lexicon: %s (install hunspell-id: "
                   "sh scripts/install-deps, or set WARTA_ID_DIC)", strerror(errno));
        return -1;
    }
    size_t lineno = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        size_t n = strcspn(line, "/\r\t");
        if (lineno == 1 && n > 0 && strspn(line, "0123456789") == n) continue; /* count */
        unsigned bits = ft->loaded ? 0 : WT_ACC_ANY;
        if (line[n] == '/') {
            const char *f = line + n + 1;
            size_t fl = strcspn(f, " \t\r"), nflags = fl / 2;
            if (nflags > WT_ACC_NFLAGS_MAX) nflags = WT_ACC_NFLAGS_MAX;
            if (ft->loaded && fl >= 2) bits |= WT_ACC_FLAGGED | (unsigned)nflags << WT_ACC_NFLAGS_SHIFT;
            for (size_t i = 0; i + 1 < fl; i += 2) {
                if (ft->needaffix[0] && f[i] == ft->needaffix[0] && f[i + 1] == ft->needaffix[1])
                    bits |= WT_ACC_BOUND;
                if (!(f[i] & 0x80) && !(f[i + 1] & 0x80))
                    bits |= ft->bits[(int)f[i]][(int)f[i + 1]];
            }
        }
        add_root(lx, line, n, bits);
    }
    free(text);
    return 0;
}

/* Splits a data line into at most `max` whitespace-separated fields, after
 * dropping a '#' comment. Returns the field count. */
static int split_fields(char *line, char **field, int max)
{
    char *hash = strchr(line, '#');
    if (hash) *hash = '\0';
    int n = 0;
    for (char *p = line; *p && n < max;) {
        while (*p == ' ' || *p == '\t' || *p == '\r') p++;
        if (!*p) break;
        field[n++] = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\r') p++;
        if (*p) *p++ = '\0';
    }
    return n;
}

/* roots-extra.txt: one root a line. lemma-exceptions.txt: "word lemma". */
static void read_data_file(wt_id_lexicon *lx, const char *data_dir, const char *name,
                           int exceptions, wt_diag *diag)
{
    char *path = wt_path_join(data_dir, name);
    size_t len;
    char *text = wt_read_file(path, &len);
    if (!text) { free(path); return; }
    size_t lineno = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        lineno++;
        char *f[3];
        int nf = split_fields(line, f, 3);
        if (nf == 0) continue;
        if (exceptions ? nf != 2 : nf != 1) {
            wt_diag_at(diag, WT_DIAG_WARNING, path, lineno, "expected %s, line ignored",
                       exceptions ? "'word lemma'" : "one root");
            continue;
        }
        if (!exceptions) { add_root(lx, f[0], strlen(f[0]), WT_ACC_ANY | WT_ACC_EXTRA); continue; }
        size_t wn = strlen(f[0]);
        lower_ascii(f[0], wn);
        wt_strmap_slot *s = wt_strmap_put(&lx->exceptions, f[0], wn, NULL);
        s->value = wt_arena_strdup(&lx->exceptions.keys, f[1]);
    }
    free(text);
    free(path);
}

wt_id_lexicon *wt_id_lexicon_load(const char *dic_path, const char *data_dir, wt_diag *diag)
{
    wt_id_lexicon *lx = wt_xcalloc(1, sizeof *lx);
    wt_strmap_init(&lx->roots);
    wt_strmap_init(&lx->exceptions);
    flag_table *ft = wt_xcalloc(1, sizeof *ft);
    size_t dl = strlen(dic_path);
    if (dl > 4 && strcmp(dic_path + dl - 4, ".dic") == 0) {
        char *aff = wt_xstrdup(dic_path);
        memcpy(aff + dl - 4, ".aff", 4);
        read_aff(ft, aff);
        free(aff);
    }
    int rc = read_dic(lx, ft, dic_path, diag);
    free(ft);
    if (rc != 0) { wt_id_lexicon_free(lx); return NULL; }
    if (data_dir) {
        read_data_file(lx, data_dir, "id/roots-extra.txt", 0, diag);
        read_data_file(lx, data_dir, "id/lemma-exceptions.txt", 1, diag);
    }
    lx->root_count = lx->roots.count;
    lx->exception_count = lx->exceptions.count;
    return lx;
}

void wt_id_lexicon_free(wt_id_lexicon *lx)
{
    if (!lx) return;
    wt_strmap_free(&lx->roots);
    wt_strmap_free(&lx->exceptions);
    free(lx);
}
