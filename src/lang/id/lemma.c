/* lemma.c — Indonesian lemmatiser (see lemma.h for the method). */
#include "lang/id/lemma.h"
#include "util/arena.h"
#include "util/json_write.h"
#include "util/mem.h"
#include "util/strmap.h"

#include <string.h>

/* Longest word analysed; longer ones come back unchanged (no Indonesian
 * word comes close: menyebarluaskannya is 19 letters). */
#define MAX_WORD 48
/* Distinct words cached; past this, results live until the next call.
 * The first 32k distinct words of a run hold nearly every frequent one
 * (news vocabulary: 46k words in the 1M-word corpus), and the bound keeps
 * a long run's memory flat whatever its vocabulary. */
#define CACHE_MAX (1u << 15)

/* Costs: every affix peeled costs AFFIX, so the analysis that explains the
 * word with the fewest affixes wins; the others break ties between
 * analyses with the same affix count. */
enum {
    AFFIX = 10,
    UNDECLARED = 12,   /* root's hunspell flags do not list this affix */
    BARE_KAN = 3,      /* -kan without a verbal prefix: usually X-an of X-k */
};

struct wt_lemmatizer {
    wt_id_lexicon *lx;
    wt_strmap cache;      /* word as given → wt_lemma * */
    wt_arena mem;         /* cached lemmas and their root strings */
    wt_lemma scratch;     /* result when the cache is full */
    wt_buf scratch_root;
};

/* ------------------------------------------------------------ analysis */

typedef struct analysis {
    char root[MAX_WORD + 1];
    size_t len;
    uint8_t prefix[3], nprefix, suffix, clitic, particle;
    int cost;             /* < 0: none found yet */
    int undeclared;       /* affixes the root's hunspell flags do not list */
    unsigned nflags;      /* the root's hunspell flag count: breaks ties */
} analysis;

/* Where a prefix rule applies, by the letter after it. */
/* be-/pe-/te- before a syllable in -er- (bekerja, pekerja) are left whole:
 * the dictionary and the UD treebanks treat those words as lexical. */
/* PLAIN_PE: pe- on any letter, for roots that declare it (WT_ACC_PE). */
enum cond { ANY, VOWEL, CONS, SET, PLAIN_PE };

typedef struct prefix_rule {
    const char *surface;  /* as written */
    uint8_t cond;
    const char *set;      /* for SET: allowed next letters */
    const char *restore;  /* letter the nasal replaced (menulis → tulis) */
    uint8_t prefix;
    uint8_t cost;
} prefix_rule;

/* meN- and peN- assimilate to the root's first sound and swallow voiceless
 * p t k s; each alternative the spelling allows is listed, and the lexicon
 * decides. Rules whose result is a loanword cluster (memproses,
 * mensukseskan) or a rarer allomorph cost a little more. */
static const prefix_rule prefix_rules[] = {
    {"kau", ANY, NULL, "", WT_PFX_KAU, 5},
    {"ku", ANY, NULL, "", WT_PFX_KU, 5},
    {"di", ANY, NULL, "", WT_PFX_DI, 0},
    {"ke", ANY, NULL, "", WT_PFX_KE, 0},
    {"se", ANY, NULL, "", WT_PFX_SE, 0},
    {"ber", ANY, NULL, "", WT_PFX_BER, 0},
    {"be", SET, "r", "", WT_PFX_BER, 0},
    {"bel", SET, "a", "", WT_PFX_BER, 2},
    {"ter", ANY, NULL, "", WT_PFX_TER, 0},
    {"te", SET, "r", "", WT_PFX_TER, 0},
    {"me", SET, "lrwymn", "", WT_PFX_MEN, 0},
    {"mem", SET, "bfv", "", WT_PFX_MEN, 0},
    {"mem", VOWEL, NULL, "p", WT_PFX_MEN, 0},
    {"mem", SET, "p", "", WT_PFX_MEN, 2},
    {"men", SET, "cdjz", "", WT_PFX_MEN, 0},
    {"men", VOWEL, NULL, "t", WT_PFX_MEN, 0},
    {"men", SET, "st", "", WT_PFX_MEN, 3},
    {"meng", SET, "ghkq", "", WT_PFX_MEN, 0},
    {"meng", VOWEL, NULL, "", WT_PFX_MEN, 0},
    {"meng", VOWEL, NULL, "k", WT_PFX_MEN, 0},
    {"meny", VOWEL, NULL, "s", WT_PFX_MEN, 0},
    {"menge", CONS, NULL, "", WT_PFX_MEN, 1},
    {"pe", SET, "lrwymn", "", WT_PFX_PEN, 0},
    {"pem", SET, "bfv", "", WT_PFX_PEN, 0},
    {"pem", VOWEL, NULL, "p", WT_PFX_PEN, 0},
    {"pen", SET, "cdjz", "", WT_PFX_PEN, 0},
    {"pen", VOWEL, NULL, "t", WT_PFX_PEN, 0},
    {"peng", SET, "ghkq", "", WT_PFX_PEN, 0},
    {"peng", VOWEL, NULL, "", WT_PFX_PEN, 0},
    {"peng", VOWEL, NULL, "k", WT_PFX_PEN, 0},
    {"peny", VOWEL, NULL, "s", WT_PFX_PEN, 0},
    {"penge", CONS, NULL, "", WT_PFX_PEN, 1},
    {"pel", SET, "a", "", WT_PFX_PEN, 2},
    {"pe", PLAIN_PE, NULL, "", WT_PFX_PEN, 0},
    {"per", ANY, NULL, "", WT_PFX_PER, 0},
};

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static int is_letter(char c) { return c >= 'a' && c <= 'z'; }

static int rule_applies(const prefix_rule *r, const char *rest, size_t n)
{
    if (n == 0) return 0;
    char c = rest[0];
    switch (r->cond) {
    case ANY: case PLAIN_PE: return 1;
    case VOWEL: return is_vowel(c);
    case CONS: return is_letter(c) && !is_vowel(c);
    case SET: return strchr(r->set, c) != NULL;
    }
    return 0;
}

/* Which prefix may stand directly before which (outer → inner). */
static int may_precede(int outer, int inner)
{
    if (outer == inner) return 0;
    switch (outer) {
    case WT_PFX_NONE: return 1;
    case WT_PFX_KU: case WT_PFX_KAU: return inner != WT_PFX_MEN && inner != WT_PFX_DI;
    case WT_PFX_DI: case WT_PFX_MEN: case WT_PFX_TER:
        return inner == WT_PFX_PER || inner == WT_PFX_KE || inner == WT_PFX_BER || inner == WT_PFX_SE;
    case WT_PFX_BER: return inner == WT_PFX_PEN || inner == WT_PFX_PER || inner == WT_PFX_KE || inner == WT_PFX_SE;
    case WT_PFX_KE: return inner == WT_PFX_BER || inner == WT_PFX_TER || inner == WT_PFX_PEN ||
                           inner == WT_PFX_PER || inner == WT_PFX_SE;
    case WT_PFX_PEN: return inner == WT_PFX_BER || inner == WT_PFX_PER || inner == WT_PFX_KE;
    case WT_PFX_PER: return inner == WT_PFX_KE || inner == WT_PFX_SE;
    case WT_PFX_SE: return inner == WT_PFX_PEN || inner == WT_PFX_BER || inner == WT_PFX_KE;
    }
    return 0;
}

/* Prefix–suffix pairs Indonesian does not form (Nazief & Adriani's list of
 * disallowed confixes): be-i, di-an, ke-i, ke-kan, me-an, se-i, se-kan, te-an. */
static int forbidden_confix(int outer, int suffix)
{
    switch (outer) {
    case WT_PFX_BER: return suffix == WT_SFX_I;
    case WT_PFX_DI: return suffix == WT_SFX_AN;
    case WT_PFX_KE: return suffix == WT_SFX_I || suffix == WT_SFX_KAN;
    case WT_PFX_MEN: return suffix == WT_SFX_AN;
    case WT_PFX_SE: return suffix == WT_SFX_I || suffix == WT_SFX_KAN;
    case WT_PFX_TER: return suffix == WT_SFX_AN;
    }
    return 0;
}

static unsigned prefix_accept_bit(int p)
{
    static const unsigned bit[] = {0, WT_ACC_MEN, WT_ACC_DI, WT_ACC_TER, WT_ACC_BER, WT_ACC_PEN,
                                   WT_ACC_PER, WT_ACC_KE, WT_ACC_SE, WT_ACC_KU, WT_ACC_KU};
    return bit[p];
}

static unsigned suffix_accept_bit(int s)
{
    return s == WT_SFX_I ? WT_ACC_I : s == WT_SFX_KAN ? WT_ACC_KAN : s == WT_SFX_AN ? WT_ACC_AN : 0;
}

static const char *const particle_text[] = {"", "lah", "kah", "tah", "pun"};
static const char *const clitic_text[] = {"", "nya", "ku", "mu"};
static const char *const suffix_text[] = {"", "i", "kan", "an"};

typedef struct search {
    const wt_id_lexicon *lx;
    const char *word;       /* the whole word, for analyses that keep it */
    size_t len;
    int whole_ok;           /* may keep the whole word (not in a reduplication's half) */
    analysis *best;
    uint8_t suffix, clitic, particle;
    int base_cost;          /* of the suffixes peeled */
} search;

/* ke- + a numeral is an ordinal (kedua, ketiga): a word of its own.
 * Returns 0 for no numeral, 1 for a unit from dua to sembilan, 2 for
 * the others. */
static int is_numeral(const char *w, size_t n)
{
    static const char *const numerals[] = {
        "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan",
        "satu", "sepuluh", "sebelas", "seratus", "seribu", "puluh", "belas", "ratus", "ribu", "juta"};
    for (size_t i = 0; i < sizeof numerals / sizeof *numerals; i++)
        if (strlen(numerals[i]) == n && memcmp(numerals[i], w, n) == 0) return i < 8 ? 1 : 2;
    return 0;
}

/* A bound stem (hunspell's NEEDAFFIX: ketahu, only in diketahui,
 * mengetahui) is no word of its own; when it is a prefix on a free root
 * (ke + tahu) the lemma is that root and the prefix joins the chain. The
 * analysis keeps the cost the bound stem's flags gave it. */
static int unbind(const wt_id_lexicon *lx, const char **root, size_t *n, uint8_t *pfx, int *npfx)
{
    if (*npfx >= 3) return 0;
    int last = *npfx ? pfx[*npfx - 1] : WT_PFX_NONE;
    for (size_t i = 0; i < sizeof prefix_rules / sizeof *prefix_rules; i++) {
        const prefix_rule *r = &prefix_rules[i];
        size_t pl = strlen(r->surface), rl = strlen(r->restore);
        if (rl || *n < pl + 3 || memcmp(*root, r->surface, pl) != 0) continue;
        if (!rule_applies(r, *root + pl, *n - pl) || !may_precede(last, r->prefix)) continue;
        unsigned acc = wt_id_root(lx, *root + pl, *n - pl);
        if (!acc || (acc & WT_ACC_BOUND)) continue;
        if (r->cond == PLAIN_PE && !(acc & WT_ACC_PE)) continue;
        pfx[(*npfx)++] = r->prefix;
        *root += pl;
        *n -= pl;
        return 1;
    }
    return 0;
}

/* ke- + a numeral is an ordinal (kedua, kesebelas) and ber- + a unit a
 * collective (berdua, bertiga): words of their own, also when the numeral
 * ends like a suffix (kedelapan is not ke-delap-an) or starts like se-
 * (kesebelas). bersatu "unite" is a verb. */
static int ordinal(const char *root, size_t n, const uint8_t *pfx, int npfx, int suffix)
{
    char w[MAX_WORD + 8];
    size_t sl = strlen(suffix_text[suffix]), at = 0;
    if (npfx > 2 || (npfx == 2 && pfx[1] != WT_PFX_SE) || n + sl + 2 > MAX_WORD) return 0;
    if (npfx == 2) { memcpy(w, "se", 2); at = 2; }
    memcpy(w + at, root, n);
    memcpy(w + at + n, suffix_text[suffix], sl);
    at += n + sl;
    int kind = is_numeral(w, at);
    return pfx[0] == WT_PFX_BER ? kind == 1 : kind != 0;
}

/* Analyses Indonesian does not form. */
static int impossible(const search *s, unsigned acc, const char *root, size_t n, const uint8_t *pfx, int npfx)
{
    int outer = npfx ? pfx[0] : WT_PFX_NONE;
    if (forbidden_confix(outer, s->suffix)) return 1;
    /* a bare -i on a root that takes -i in no form is the last letter of
     * a noun (politisi, agensi), not the verbal suffix */
    if (!npfx && s->suffix == WT_SFX_I && !(acc & WT_ACC_I)) return 1;
    return (outer == WT_PFX_KE || outer == WT_PFX_BER) && ordinal(root, n, pfx, npfx, s->suffix);
}

/* Analyses whose lemma is the word itself, less clitics and particles. */
enum whole { PARTS, WHOLE_NYA, WHOLE_PREP };

static int whole_word(const search *s, unsigned acc, const uint8_t *pfx, int npfx)
{
    int outer = npfx ? pfx[0] : WT_PFX_NONE;
    /* X-nya that the dictionary lists as a word (lainnya, akhirnya,
     * sebelumnya, sepenuhnya) is an adverb, not X + possessive */
    if (s->clitic == WT_CLT_NYA && !s->suffix &&
        ((npfx == 0 && (acc & WT_ACC_NYA)) || (npfx == 1 && outer == WT_PFX_SE && (acc & WT_ACC_SE_NYA))))
        return WHOLE_NYA;
    /* di- makes passives of verbs: on a root whose hunspell flags make no
     * verb without a suffix (no bare di-/meN-, no ku-/kau-) it is the
     * preposition written together with its noun (dimana, dibawah), as
     * the treebanks keep it; unflagged loanwords (dieksekusi) still take
     * the passive */
    if (s->whole_ok && outer == WT_PFX_DI && !s->suffix && (acc & WT_ACC_FLAGGED) &&
        !(acc & (WT_ACC_VERB_BARE | WT_ACC_KU | WT_ACC_EXTRA)))
        return WHOLE_PREP;
    return PARTS;
}

static void consider(search *s, const char *root, size_t n, const uint8_t *pfx, int npfx, int cost)
{
    if (n < 3 || n > MAX_WORD) return;
    unsigned acc = wt_id_root(s->lx, root, n);
    if (!acc || impossible(s, acc, root, n, pfx, npfx)) return;
    int outer = npfx ? pfx[0] : WT_PFX_NONE;
    int whole = whole_word(s, acc, pfx, npfx);
    cost += s->base_cost;
    int undeclared = 0;
    if (outer && whole != WHOLE_PREP && !(acc & prefix_accept_bit(outer))) undeclared++;
    if (s->suffix && !(acc & suffix_accept_bit(s->suffix))) undeclared++;
    cost += UNDECLARED * undeclared;
    if (s->suffix == WT_SFX_KAN && (outer == WT_PFX_NONE || outer == WT_PFX_PEN ||
                                    outer == WT_PFX_KE || outer == WT_PFX_SE))
        cost += BARE_KAN;
    /* the -nya of a lexicalised X-nya is part of the word, not a clitic to
     * pay for: sepenuhnya is se-penuh-nya, not the headword sepenuh + -nya */
    if (whole == WHOLE_NYA) cost -= AFFIX;
    unsigned nflags = wt_id_root_nflags(acc);
    analysis *b = s->best;
    if (b->cost >= 0 && (b->cost < cost || (b->cost == cost && b->nflags >= nflags))) return;
    uint8_t chain[3];
    memcpy(chain, pfx, (size_t)npfx);
    if (whole) {
        root = s->word;
        n = s->len - strlen(particle_text[s->particle]);
        if (whole == WHOLE_PREP) n -= strlen(clitic_text[s->clitic]);
        if (whole == WHOLE_PREP) npfx = 0;   /* no passive: a preposition */
    } else if (acc & WT_ACC_BOUND) {
        unbind(s->lx, &root, &n, chain, &npfx);
    }
    if (n > MAX_WORD) return;
    memcpy(b->root, root, n);
    b->root[n] = '\0';
    b->len = n;
    b->undeclared = undeclared;
    b->nflags = nflags;
    memcpy(b->prefix, chain, (size_t)npfx);
    b->nprefix = (uint8_t)npfx;
    b->suffix = s->suffix;
    b->clitic = s->clitic;
    b->particle = s->particle;
    b->cost = cost;
}

static void strip_prefixes(search *s, const char *stem, size_t n, uint8_t *pfx, int npfx, int cost)
{
    if (npfx >= 3) return;
    int last = npfx ? pfx[npfx - 1] : WT_PFX_NONE;
    for (size_t i = 0; i < sizeof prefix_rules / sizeof *prefix_rules; i++) {
        const prefix_rule *r = &prefix_rules[i];
        size_t pl = strlen(r->surface);
        if (n < pl + 2 || memcmp(stem, r->surface, pl) != 0) continue;
        if (!rule_applies(r, stem + pl, n - pl) || !may_precede(last, r->prefix)) continue;
        int seen = 0;
        for (int k = 0; k < npfx; k++) seen |= pfx[k] == r->prefix;
        if (seen) continue;
        char cand[MAX_WORD + 2];
        size_t rl = strlen(r->restore), cn = rl + n - pl;
        if (cn > MAX_WORD) continue;
        memcpy(cand, r->restore, rl);
        memcpy(cand + rl, stem + pl, n - pl);
        pfx[npfx] = r->prefix;
        if (r->cond == PLAIN_PE) {
            /* the agent noun's pe- (pejabat, petani) stands alone next to
             * the root; pe-…-an collectives (pegunungan, pepohonan) are
             * words of their own, as the treebanks keep them */
            if (!s->suffix && (wt_id_root(s->lx, cand, cn) & WT_ACC_PE))
                consider(s, cand, cn, pfx, npfx + 1, cost + AFFIX + r->cost);
            continue;
        }
        consider(s, cand, cn, pfx, npfx + 1, cost + AFFIX + r->cost);
        strip_prefixes(s, cand, cn, pfx, npfx + 1, cost + AFFIX + r->cost);
    }
}

static int ends_with(const char *w, size_t n, const char *suf, size_t *sl)
{
    *sl = strlen(suf);
    return n > *sl && memcmp(w + n - *sl, suf, *sl) == 0;
}

/* Tries every particle / clitic / suffix split, then prefixes on each.
 * whole_ok: analyses may keep the whole word (not in half a reduplication:
 * dimain-mainkan is main). */
static void search_affixes(const wt_id_lexicon *lx, const char *w, size_t n, int whole_ok, analysis *best)
{
    search s = {.lx = lx, .best = best, .word = w, .len = n, .whole_ok = whole_ok};
    uint8_t pfx[3];
    for (int p = 0; p < 5; p++) {
        size_t pl = 0;
        if (p && !ends_with(w, n, particle_text[p], &pl)) continue;
        for (int c = 0; c < 4; c++) {
            size_t cl = 0;
            if (c && !ends_with(w, n - pl, clitic_text[c], &cl)) continue;
            for (int d = 0; d < 4; d++) {
                size_t dl = 0;
                if (d && !ends_with(w, n - pl - cl, suffix_text[d], &dl)) continue;
                size_t bn = n - pl - cl - dl;
                if (bn < 2) continue;
                s.particle = (uint8_t)p;
                s.clitic = (uint8_t)c;
                s.suffix = (uint8_t)d;
                s.base_cost = AFFIX * ((p != 0) + (c != 0) + (d != 0));
                if (p || c || d) consider(&s, w, bn, pfx, 0, 0);
                strip_prefixes(&s, w, bn, pfx, 0, 0);
            }
        }
    }
}

/* ---------------------------------------------------------- word level */

static uint32_t prefix_bit(int p)
{
    static const uint32_t bit[] = {0, WT_M_MEN, WT_M_DI, WT_M_TER, WT_M_BER, WT_M_PEN,
                                   WT_M_PER, WT_M_KE, WT_M_SE, WT_M_KU_, WT_M_KAU_};
    return bit[p];
}

/* What the affixes say: voice from the outermost prefix, nominalisation
 * from the confix. */
static uint32_t morph_of(const analysis *a)
{
    uint32_t m = 0;
    for (int i = 0; i < a->nprefix; i++) m |= prefix_bit(a->prefix[i]);
    static const uint32_t sfx[] = {0, WT_M_I, WT_M_KAN, WT_M_AN};
    static const uint32_t clt[] = {0, WT_M_NYA, WT_M__KU, WT_M__MU};
    static const uint32_t ptc[] = {0, WT_M_LAH, WT_M_KAH, WT_M_TAH, WT_M_PUN};
    m |= sfx[a->suffix] | clt[a->clitic] | ptc[a->particle];
    int outer = a->nprefix ? a->prefix[0] : WT_PFX_NONE;
    switch (outer) {
    case WT_PFX_MEN: m |= WT_M_ACTIVE; break;
    case WT_PFX_DI: case WT_PFX_KU: case WT_PFX_KAU: m |= WT_M_PASSIVE; break;
    case WT_PFX_TER: m |= WT_M_STATIVE; break;
    case WT_PFX_PEN: m |= WT_M_NOMINAL; break;
    case WT_PFX_KE: case WT_PFX_PER: if (a->suffix == WT_SFX_AN) m |= WT_M_NOMINAL; break;
    case WT_PFX_NONE: if (a->suffix == WT_SFX_AN) m |= WT_M_NOMINAL; break;
    }
    return m;
}

static void set_plain(analysis *a, const char *w, size_t n)
{
    memcpy(a->root, w, n);
    a->root[n] = '\0';
    a->len = n;
    a->nprefix = a->suffix = a->clitic = a->particle = 0;
    a->cost = 0;
    a->undeclared = 0;
    a->nflags = 0;
}

/* Analyses a lower-case word of letters and hyphens. Returns its morph bits
 * with a->root filled, or WT_M_UNCHANGED when nothing applies. */
static uint32_t analyse_redup(const wt_id_lexicon *lx, const char *w, size_t n, const char *hy,
                              analysis *a, int depth);

/* hunspell-id lists some derived words as headwords of their own only to
 * hang further affixes on them (berlaku/Dk for diberlakukan, bicarakan/D0M0
 * for membicarakan, perhati for memperhatikan), although the root's own
 * flags already derive them (laku/B0: berlaku). Such a headword is the
 * root plus those affixes, not a lexical root: every affix of the analysis
 * must be declared by the root's flags. Headwords without flags (pemuda,
 * alami) and the project's own roots (roots-extra.txt) stay whole. */
static int derivable_headword(const wt_id_lexicon *lx, unsigned acc, const char *w, size_t n,
                              analysis *a)
{
    if (!(acc & WT_ACC_FLAGGED) || (acc & WT_ACC_EXTRA)) return 0;
    if (!(acc & (WT_ACC_DI | WT_ACC_MEN))) return 0;
    a->cost = -1;
    search_affixes(lx, w, n, 0, a);
    if (a->cost < 0 || a->undeclared || a->clitic || a->particle || a->nprefix > 1) return 0;
    if (a->nprefix && a->prefix[0] != WT_PFX_BER && a->prefix[0] != WT_PFX_PER &&
        a->prefix[0] != WT_PFX_TER)
        return 0;
    /* vowel-initial roots make ber-/per-/ter- splits of ordinary words
     * (perawan, teratap); bare -i ones too (abadi, gulai) */
    if (a->nprefix && is_vowel(a->root[0])) return 0;
    if (a->suffix == WT_SFX_AN || (!a->nprefix && a->suffix != WT_SFX_KAN)) return 0;
    return 1;
}

/* The root an analysis reached may itself be such a headword (perhatian =
 * perhati + -an, perhati = per- + hati): the analysis goes on to the root,
 * the headword's affixes joining its own. */
static void through_headword(const wt_id_lexicon *lx, analysis *a)
{
    unsigned acc = wt_id_root(lx, a->root, a->len);
    analysis in;
    if (!acc || !derivable_headword(lx, acc, a->root, a->len, &in)) return;
    if (a->nprefix + in.nprefix > 3 || (a->suffix && in.suffix)) return;
    int last = a->nprefix ? a->prefix[a->nprefix - 1] : WT_PFX_NONE;
    if (in.nprefix && !may_precede(last, in.prefix[0])) return;
    memcpy(a->prefix + a->nprefix, in.prefix, in.nprefix);
    a->nprefix = (uint8_t)(a->nprefix + in.nprefix);
    if (in.suffix) a->suffix = in.suffix;
    memcpy(a->root, in.root, in.len + 1);
    a->len = in.len;
}

/* A noun derived from a stem that is itself derived names a concept of
 * its own, and both UD Indonesian treebanks keep it whole: ke-…-an around
 * peN-, ter- or ber- (kepemilikan from pemilik, keterbukaan, keberadaan),
 * ber- on a peN- noun (berpendapat, berpenduduk) and peN-…-an around the
 * bound ke- stem ketahu (sepengetahuan). The lemma is the
 * word without its clitics and particles; the analysis still lists every
 * affix down to the root. */
static int nested_nominal(int outer, int inner, int suffix)
{
    return (outer == WT_PFX_KE && suffix == WT_SFX_AN &&
            (inner == WT_PFX_PEN || inner == WT_PFX_TER || inner == WT_PFX_BER)) ||
           (outer == WT_PFX_BER && inner == WT_PFX_PEN && !suffix) ||
           (outer == WT_PFX_PEN && inner == WT_PFX_KE && suffix == WT_SFX_AN);
}

static void lexicalised_nominal(const char *w, size_t n, analysis *a)
{
    int nested = 0;
    for (int i = 0; i + 1 < a->nprefix; i++)
        nested |= nested_nominal(a->prefix[i], a->prefix[i + 1], a->suffix);
    if (!nested) return;
    size_t drop = strlen(clitic_text[a->clitic]) + strlen(particle_text[a->particle]);
    if (drop >= n) return;
    memcpy(a->root, w, n - drop);
    a->root[n - drop] = '\0';
    a->len = n - drop;
}

static uint32_t analyse_lower(const wt_id_lexicon *lx, const char *w, size_t n, analysis *a, int depth)
{
    const char *exc = wt_strmap_get(&lx->exceptions, w, n);
    if (exc) {
        size_t el = strlen(exc);
        if (el > MAX_WORD) el = MAX_WORD;
        set_plain(a, exc, el);
        return WT_M_EXCEPTION | (wt_id_root(lx, exc, el) ? WT_M_ROOT_KNOWN : 0);
    }
    const char *hy = memchr(w, '-', n);
    if (hy && depth == 0 && (size_t)(hy - w) * 2 + 1 == n && memcmp(w, hy + 1, (size_t)(hy - w)) == 0) {
        /* full reduplication (masing-masing, rata-rata): the single form */
        uint32_t m = analyse_lower(lx, w, (size_t)(hy - w), a, 1);
        if (m & WT_M_UNCHANGED) { set_plain(a, w, (size_t)(hy - w)); m = 0; }
        return m | WT_M_REDUP;
    }
    if (!hy) {
        unsigned acc = wt_id_root(lx, w, n);
        if (acc && derivable_headword(lx, acc, w, n, a)) return WT_M_ROOT_KNOWN | morph_of(a);
        if (acc) { set_plain(a, w, n); return WT_M_ROOT_KNOWN; }
    }
    if (hy) {
        uint32_t m = analyse_redup(lx, w, n, hy, a, depth);
        if (!(m & WT_M_UNCHANGED)) return m;
        if (wt_id_root(lx, w, n)) { set_plain(a, w, n); return WT_M_ROOT_KNOWN; }
        return WT_M_UNCHANGED;
    }
    a->cost = -1;
    search_affixes(lx, w, n, depth == 0, a);
    if (a->cost < 0) return WT_M_UNCHANGED;
    through_headword(lx, a);
    uint32_t m = WT_M_ROOT_KNOWN | morph_of(a);
    lexicalised_nominal(w, n, a);
    return m;
}

/* Reduplication: both halves share a root (negara-negara, bermain-main,
 * pukul-memukul), or the second echoes the first with another first letter
 * (sayur-mayur). Other compounds (Al-Qaeda) are not reduplication. */
static uint32_t analyse_redup(const wt_id_lexicon *lx, const char *w, size_t n, const char *hy,
                              analysis *a, int depth)
{
    {
        size_t ln = (size_t)(hy - w), rn = n - ln - 1;
        if (depth > 0 || ln < 2 || rn < 2 || memchr(hy + 1, '-', rn)) return WT_M_UNCHANGED;
        analysis left, right;
        uint32_t lm = analyse_lower(lx, w, ln, &left, 1);
        uint32_t rm = analyse_lower(lx, hy + 1, rn, &right, 1);
        if (lm & WT_M_UNCHANGED) return WT_M_UNCHANGED;
        if (!(rm & WT_M_UNCHANGED) && strcmp(left.root, right.root) == 0) {
            /* the affixed half carries the analysis: bermain-main, negara-negaranya */
            int right_affixed = right.nprefix || right.suffix || right.clitic || right.particle;
            *a = right_affixed ? right : left;
            if (right_affixed && left.nprefix && !right.nprefix) {
                memcpy(a->prefix, left.prefix, 3);
                a->nprefix = left.nprefix;
            }
            return WT_M_REDUP | morph_of(a) | (lm & WT_M_ROOT_KNOWN);
        }
        int right_bare = !(rm & WT_M_UNCHANGED) && !right.nprefix && !right.suffix &&
                         !right.clitic && !right.particle;
        if (right_bare && ln > rn && memcmp(w + ln - rn, hy + 1, rn) == 0 && left.nprefix) {
            /* berancang-ancang: the echo names the root (ancang, not the
             * rancang that be- + r… also allows) */
            *a = left;
            memcpy(a->root, right.root, right.len + 1);
            a->len = right.len;
            return WT_M_REDUP | morph_of(a) | (lm & WT_M_ROOT_KNOWN);
        }
        if (ln == rn && ln >= 3 && memcmp(w + 1, hy + 2, ln - 1) == 0 && left.nprefix == 0) {
            *a = left;
            return WT_M_REDUP | morph_of(a) | (lm & WT_M_ROOT_KNOWN);
        }
        return WT_M_UNCHANGED;
    }
}

enum word_case { CASE_LOWER, CASE_TITLE, CASE_OTHER };

/* Letters and inner hyphens only, ASCII: anything else (digits, URLs,
 * accents, invalid UTF-8) is not for the affix rules. */
static int classify(const char *w, size_t n, char *lower)
{
    int upper_first = 0, upper_rest = 0;
    if (n == 0 || n > MAX_WORD || w[0] == '-' || w[n - 1] == '-') return CASE_OTHER;
    for (size_t i = 0; i < n; i++) {
        char c = w[i];
        if (c >= 'A' && c <= 'Z') {
            if (i == 0) upper_first = 1; else upper_rest = 1;
            c = (char)(c - 'A' + 'a');
        } else if (!(c >= 'a' && c <= 'z') && c != '-') {
            return CASE_OTHER;
        }
        lower[i] = c;
    }
    if (upper_rest) return CASE_OTHER;   /* acronyms (PBB, AS), iPhone, McDonald */
    return upper_first ? CASE_TITLE : CASE_LOWER;
}

/* A capitalised word mid-sentence is usually a name or part of one
 * (Jalan Pemuda, Kementerian Keuangan): it keeps its form unless it is a
 * verb form whose voice prefix is unmistakable (Dikatakan, Menurut). */
static int clear_for_title(uint32_t m)
{
    return (m & (WT_M_ACTIVE | WT_M_PASSIVE | WT_M_EXCEPTION)) && !(m & WT_M_UNCHANGED);
}

static void analyse_word(const wt_id_lexicon *lx, const char *w, size_t n,
                         wt_lemma *out, analysis *a, uint32_t *morph)
{
    char lower[MAX_WORD + 1];
    int kind = classify(w, n, lower);
    uint32_t m = WT_M_UNCHANGED;
    if (kind != CASE_OTHER) {
        m = analyse_lower(lx, lower, n, a, 0);
        if (kind == CASE_TITLE && !clear_for_title(m)) m = WT_M_UNCHANGED;
    }
    memset(out, 0, sizeof *out);
    *morph = m;
    if (m & WT_M_UNCHANGED) return;
    memcpy(out->prefix, a->prefix, 3);
    out->nprefix = a->nprefix;
    out->suffix = a->suffix;
    out->clitic = a->clitic;
    out->particle = a->particle;
}

/* --------------------------------------------------------------- public */

wt_lemmatizer *wt_lemmatizer_new(const char *dic_path, const char *data_dir, wt_diag *diag)
{
    wt_id_lexicon *lx = wt_id_lexicon_load(dic_path, data_dir, diag);
    if (!lx) return NULL;
    wt_lemmatizer *lz = wt_xcalloc(1, sizeof *lz);
    lz->lx = lx;
    wt_strmap_init(&lz->cache);
    wt_arena_init(&lz->mem, 256 * 1024);
    wt_buf_init(&lz->scratch_root);
    return lz;
}

void wt_lemmatizer_free(wt_lemmatizer *lz)
{
    if (!lz) return;
    wt_id_lexicon_free(lz->lx);
    wt_strmap_free(&lz->cache);
    wt_arena_free(&lz->mem);
    wt_buf_free(&lz->scratch_root);
    free(lz);
}

const wt_id_lexicon *wt_lemmatizer_lexicon(const wt_lemmatizer *lz) { return lz->lx; }
size_t wt_lemmatizer_cached(const wt_lemmatizer *lz) { return lz->cache.count; }

const wt_lemma *wt_lemmatize(wt_lemmatizer *lz, const char *word, size_t len)
{
    if (!word) word = "", len = 0;
    wt_strmap_slot *slot = NULL;
    if (len <= MAX_WORD) {
        const wt_lemma *hit = wt_strmap_get(&lz->cache, word, len);
        if (hit) return hit;
        if (lz->cache.count < CACHE_MAX) slot = wt_strmap_put(&lz->cache, word, len, NULL);
    }
    analysis a;
    wt_lemma lm;
    uint32_t m;
    analyse_word(lz->lx, word, len, &lm, &a, &m);
    const char *root = m & WT_M_UNCHANGED ? word : a.root;
    size_t rn = m & WT_M_UNCHANGED ? len : a.len;
    lm.morph = m;
    lm.root_len = (uint32_t)rn;
    wt_lemma *res;
    if (slot) {
        res = wt_arena_alloc(&lz->mem, sizeof *res);
        *res = lm;
        /* unchanged words share the key the cache already copied */
        res->root = m & WT_M_UNCHANGED ? slot->key : wt_arena_strndup(&lz->mem, root, rn);
        slot->value = res;
    } else {
        res = &lz->scratch;
        *res = lm;
        wt_buf_clear(&lz->scratch_root);
        wt_buf_append(&lz->scratch_root, root, rn);
        res->root = lz->scratch_root.data ? lz->scratch_root.data : "";
    }
    return res;
}

void wt_lemmatize_doc(wt_lemmatizer *lz, wt_doc *doc)
{
    for (size_t i = 0; i < doc->toks.len; i++) {
        wt_token *t = &doc->toks.items[i];
        if (t->kind != WT_TOK_WORD || !t->norm) continue;
        const char *w = t->norm;
        size_t n = strlen(w);
        char title[MAX_WORD + 1];
        if ((t->flags & WT_TF_ALLCAPS) && t->span.end - t->span.start > 1) {
            w = doc->text + t->span.start;           /* acronym as written */
            n = t->span.end - t->span.start;
        } else if ((t->flags & WT_TF_CAPITAL) && !(t->flags & WT_TF_SENT_START) &&
                   n <= MAX_WORD && n > 0) {
            memcpy(title, w, n);                      /* name-like: Title case */
            if (title[0] >= 'a' && title[0] <= 'z') title[0] = (char)(title[0] - 'a' + 'A');
            w = title;
        }
        const wt_lemma *lm = wt_lemmatize(lz, w, n);
        t->morph = lm->morph;
        t->lemma = lm == &lz->scratch ? wt_arena_strndup(&doc->arena, lm->root, lm->root_len)
                                      : lm->root;
    }
}

const char *wt_id_prefix_name(int p)
{
    static const char *const names[] = {"", "meN", "di", "ter", "ber", "peN", "per", "ke", "se", "ku", "kau"};
    return p >= 0 && p <= WT_PFX_KAU ? names[p] : "";
}
const char *wt_id_suffix_name(int s) { return s >= 0 && s <= WT_SFX_AN ? suffix_text[s] : ""; }
const char *wt_id_clitic_name(int c) { return c >= 0 && c <= WT_CLT_MU ? clitic_text[c] : ""; }
const char *wt_id_particle_name(int p) { return p >= 0 && p <= WT_PTC_PUN ? particle_text[p] : ""; }

static void json_opt_str(wt_buf *b, const char *key, const char *s)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    if (s && *s) wt_json_cstr(b, s); else wt_buf_puts(b, "null");
}

static void json_bool(wt_buf *b, const char *key, int v)
{
    wt_buf_putc(b, ',');
    wt_json_key(b, key);
    wt_buf_puts(b, v ? "true" : "false");
}

void wt_lemma_json(wt_buf *b, const char *word, size_t len, const wt_lemma *lm)
{
    uint32_t m = lm->morph;
    wt_buf_putc(b, '{');
    wt_json_key(b, "word");
    wt_json_str(b, word, len);
    wt_buf_putc(b, ',');
    wt_json_key(b, "lemma");
    wt_json_str(b, lm->root, lm->root_len);
    wt_buf_puts(b, ",\"prefixes\":[");
    for (int i = 0; i < lm->nprefix; i++) {
        if (i) wt_buf_putc(b, ',');
        wt_json_cstr(b, wt_id_prefix_name(lm->prefix[i]));
    }
    wt_buf_putc(b, ']');
    json_opt_str(b, "suffix", wt_id_suffix_name(lm->suffix));
    json_opt_str(b, "clitic", wt_id_clitic_name(lm->clitic));
    json_opt_str(b, "particle", wt_id_particle_name(lm->particle));
    json_opt_str(b, "voice", m & WT_M_ACTIVE ? "active" : m & WT_M_PASSIVE ? "passive"
                             : m & WT_M_STATIVE ? "stative" : NULL);
    json_bool(b, "nominal", m & WT_M_NOMINAL);
    json_bool(b, "redup", m & WT_M_REDUP);
    json_bool(b, "known", m & WT_M_ROOT_KNOWN);
    json_bool(b, "exception", m & WT_M_EXCEPTION);
    json_bool(b, "unchanged", m & WT_M_UNCHANGED);
    wt_buf_printf(b, ",\"morph\":%u}", (unsigned)m);
}
