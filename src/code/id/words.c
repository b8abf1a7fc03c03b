/* words.c — the Indonesian coder's word classes and its word cache.
 *
 * Every closed class the grammar consults (prepositions, clause breaks,
 * modals, negations, light verbs, titles …) is read from
 * data/id/word-classes.txt, each class one bit of a word's class
 * (idword.wc, the WC_* bits of idgrammar.h). What the grammar
 * asks of a spelling (its lists, numeral value, sport word, whether it
 * looks like a verb, the dictionary phrases it starts) is worked out the
 * first time the coder meets it and cached across articles, so that the
 * rules test a mask instead of running strcmp chains. */
#include "code/id/idgrammar.h"

/* A me-/di-/ber-/ter- word of five letters or more (NOT_VERBS is
 * checked by the caller, from the word's lists). */
static int looks_verbish(const char *w, size_t n)
{
    if (n < 5) return 0;
    return !strncmp(w, "me", 2) || !strncmp(w, "di", 2) || !strncmp(w, "ber", 3) || !strncmp(w, "ter", 3);
}

/* Spellings described once and kept across articles (see lemma.c's
 * CACHE_MAX: the same bound, for the same reason); later ones are kept for
 * their article only. */
#define WORDS_MAX (1u << 15)

/* The words of the lists (wc bits, numeral value, sport index), keyed by
 * spelling, so that describing a new word costs one lookup. */
static idword *listed_word(wt_idcoder *c, const char *w)
{
    wt_strmap_slot *s = wt_strmap_put(&c->listed, w, strlen(w), NULL);
    if (!s->value) {
        idword *iw = wt_arena_alloc(&c->words_mem, sizeof *iw);
        iw->sport = -1;
        s->value = iw;
    }
    return s->value;
}

/* The classes of data/id/word-classes.txt, each one bit of idword.wc;
 * [sport], [showbiz] and [numerals] fill idword.sport and .numeral. */
static const struct { const char *name; uint64_t bit, bit2; } CLASSES[] = {
    { "target-preps", WC_TARGET_PREPS, 0 }, { "all-preps", WC_ALL_PREPS, 0 }, { "clause-breaks", WC_CLAUSE_BREAKS, 0 },
    { "topic-preps", WC_TOPIC_PREPS, 0 }, { "conditionals", WC_CONDITIONALS, 0 }, { "negations", WC_NEGATIONS, 0 },
    { "modals", WC_MODALS, 0 }, { "threat-words", WC_THREAT_WORDS, 0 }, { "coord", WC_COORD, 0 },
    { "light-verbs", WC_LIGHT_VERBS, 0 }, { "receive-verbs", WC_RECEIVE_VERBS, 0 }, { "speech-verbs", WC_SPEECH_VERBS, 0 },
    { "pronouns-we", WC_PRONOUNS_WE, 0 }, { "noun-modifiers", WC_NOUN_MODIFIERS, 0 }, { "mention-prefix", WC_MENTION_PREFIX, 0 },
    { "vague", WC_VAGUE, 0 }, { "shared-subject", WC_SHARED_SUBJECT, 0 }, { "state-heads", WC_STATE_HEADS, 0 },
    { "titles", WC_TITLES, 0 }, { "verbal-words", WC_VERBAL_WORDS, 0 }, { "physical", WC_PHYSICAL, 0 },
    { "noun-modals", WC_NOUN_MODALS, 0 }, { "aspect", WC_ASPECT, 0 }, { "frame", WC_FRAME, 0 }, { "stop-words", WC_STOP_WORDS, 0 },
    { "not-verbs", WC_NOT_VERBS, 0 }, { "they", WC_THEY, 0 }, { "deontic", WC_DEONTIC, 0 }, { "denials", WC_DENIALS, 0 },
    { "not-owner", WC_NOT_OWNER, 0 }, { "backed", WC_BACKED, 0 }, { "wish", WC_WISH, 0 }, { "object-control", WC_OBJECT_CONTROL, 0 },
    { "demand-verbs", WC_DEMAND_VERBS, 0 }, { "growth", WC_GROWTH, 0 }, { "telling", WC_TELLING, 0 }, { "pronouns", WC_PRONOUNS, 0 },
    { "unowned-titles", WC_UNOWNED_TITLES, 0 }, { "name-heads", WC_NAME_HEADS, 0 }, { "origin", WC_ORIGIN, 0 },
    { "kin", WC_KIN, 0 }, { "spokesman", WC_SPOKESMAN, 0 }, { "speaker-tags", WC_SPEAKER_TAGS, 0 },
    { "relative", 0, W2_RELATIVE }, { "agent-preps", 0, W2_AGENT_PREPS }, { "between", 0, W2_BETWEEN },
    { "complementizers", 0, W2_COMPLEMENTIZERS }, { "purpose", 0, W2_PURPOSE }, { "subjunctive", 0, W2_SUBJUNCTIVE },
    { "locative", 0, W2_LOCATIVE }, { "place-preps", 0, W2_PLACE_PREPS }, { "source-preps", 0, W2_SOURCE_PREPS },
    { "directed-preps", 0, W2_DIRECTED_PREPS }, { "addressee-preps", 0, W2_ADDRESSEE_PREPS },
    { "counterpart-preps", 0, W2_COUNTERPART_PREPS }, { "versus", 0, W2_VERSUS }, { "with", 0, W2_WITH },
    { "sequence", 0, W2_SEQUENCE }, { "subject-adverbs", 0, W2_SUBJECT_ADVERBS }, { "pre-predicate", 0, W2_PRE_PREDICATE },
    { "demonstratives", 0, W2_DEMONSTRATIVES }, { "refusals", 0, W2_REFUSALS }, { "participation", 0, W2_PARTICIPATION },
    { "participation-preps", 0, W2_PARTICIPATION_PREPS }, { "units", 0, W2_UNITS }, { "suspicion", 0, W2_SUSPICION },
    { "existential", 0, W2_EXISTENTIAL }, { "question-words", 0, W2_QUESTION_WORDS }, { "list-openers", 0, W2_LIST_OPENERS },
    { "involving", 0, W2_INVOLVING }, { "list-tails", 0, W2_LIST_TAILS }, { "frame-nouns", 0, W2_FRAME_NOUNS },
    { "frame-noun-preps", 0, W2_FRAME_NOUN_PREPS }, { "signing", 0, W2_SIGNING }, { "occupying", 0, W2_OCCUPYING },
    { "topic-verbs", 0, W2_TOPIC_VERBS }, { "opposing", 0, W2_OPPOSING }, { "against", 0, W2_AGAINST },
    { "presence", 0, W2_PRESENCE }, { "bombing", 0, W2_BOMBING }, { "assault", 0, W2_ASSAULT }, { "support", 0, W2_SUPPORT },
    { "prompting", 0, W2_PROMPTING }, { "suspected", 0, W2_SUSPECTED }, { "jointly", 0, W2_JOINTLY }, { "level", 0, W2_LEVEL }, { "state-nouns", 0, W2_STATE_NOUNS }, { "pointing", 0, W2_POINTING },
    { "means-preps", 0, W2_MEANS_PREPS }, { "behest-preps", 0, W2_BEHEST_PREPS }, { "alias", 0, W2_ALIAS }, { "naming", 0, W2_NAMING },
    { "role-heads", 0, W2_ROLE_HEADS },
    { "honorifics", 0, W2_HONORIFICS }, { "calendar", 0, W2_CALENDAR }, { "not-names", 0, W2_NOT_NAMES },
    { "definite-numerals", 0, W2_DEFINITE_NUMERALS }, { "another", 0, W2_ANOTHER }, { "members", 0, W2_MEMBERS },
    { "name-particles", 0, W2_NAME_PARTICLES }, { "both", 0, W2_BOTH },
    { "sport", 0, 0 }, { "showbiz", 0, 0 }, { "numerals", 0, 0 },
};
enum { CLASS_SPORT = -2, CLASS_SHOWBIZ = -3, CLASS_NUMERALS = -4, CLASS_NONE = -1 };

static int class_index(const char *name, size_t n)
{
    for (size_t k = 0; k < sizeof CLASSES / sizeof CLASSES[0]; k++) {
        if (strlen(CLASSES[k].name) != n || memcmp(CLASSES[k].name, name, n)) continue;
        if (!strcmp(CLASSES[k].name, "sport")) return CLASS_SPORT;
        if (!strcmp(CLASSES[k].name, "showbiz")) return CLASS_SHOWBIZ;
        if (!strcmp(CLASSES[k].name, "numerals")) return CLASS_NUMERALS;
        return (int)k;
    }
    return CLASS_NONE;
}

/* One word of a class line: its bit, sport index or numeral value. */
static int add_word(wt_idcoder *c, int cls, const char *w, size_t n, int *order, const char *file,
                    unsigned line, wt_diag *diag)
{
    char buf[64];
    int value = 0;
    const char *eq = memchr(w, '=', n);
    if ((cls == CLASS_NUMERALS) != (eq != NULL)) {
        wt_diag_at(diag, WT_DIAG_ERROR, file, line, cls == CLASS_NUMERALS ? "a numeral needs its value (dua=2)" :
                   "`=` is only for [numerals]");
        return -1;
    }
    if (eq) {
        const char *v = eq + 1;
        if (v == w + n || v + 1 != w + n || *v < '1' || *v > '9') {
            wt_diag_at(diag, WT_DIAG_ERROR, file, line, "a numeral's value is one digit 1-9");
            return -1;
        }
        value = *v - '0';
        n = (size_t)(eq - w);
    }
    if (n == 0 || n >= sizeof buf) {
        wt_diag_at(diag, WT_DIAG_ERROR, file, line, "a word of 1 to %zu bytes expected", sizeof buf - 1);
        return -1;
    }
    for (size_t i = 0; i < n; i++) buf[i] = (char)tolower((unsigned char)w[i]);
    buf[n] = '\0';
    idword *iw = listed_word(c, buf);
    if (cls == CLASS_NUMERALS) {
        if (!iw->numeral) iw->numeral = (uint8_t)value;
    } else if (cls == CLASS_SPORT || cls == CLASS_SHOWBIZ) {
        /* the sports test keeps one bit per word of each list: 64 at most */
        int k = (*order)++;
        if (k >= 64) {
            wt_diag_at(diag, WT_DIAG_ERROR, file, line, "more than 64 words in this class");
            return -1;
        }
        if (iw->sport < 0) iw->sport = (int8_t)(cls == CLASS_SPORT ? k : SHOWBIZ_BASE + k);
    } else {
        iw->wc |= CLASSES[cls].bit;
        iw->wc2 |= CLASSES[cls].bit2;
    }
    return 0;
}

int idg_read_word_classes(wt_idcoder *c, const char *file, const char *text, size_t size, wt_diag *diag)
{
    int errors = 0, cls = CLASS_NONE, order = 0;
    unsigned line = 0;
    for (size_t at = 0; at < size;) {
        const char *p = text + at;
        const char *nl = memchr(p, '\n', size - at);
        size_t len = nl ? (size_t)(nl - p) : size - at;
        at += len + 1;
        line++;
        const char *hash = memchr(p, '#', len);
        if (hash) len = (size_t)(hash - p);
        while (len && isspace((unsigned char)*p)) { p++; len--; }
        while (len && isspace((unsigned char)p[len - 1])) len--;
        if (!len) continue;
        if (*p == '[') {
            if (len < 3 || p[len - 1] != ']') {
                wt_diag_at(diag, WT_DIAG_ERROR, file, line, "a class line is [name]");
                errors++;
                cls = CLASS_NONE;
                continue;
            }
            cls = class_index(p + 1, len - 2);
            order = 0;
            if (cls == CLASS_NONE) {
                wt_diag_at(diag, WT_DIAG_ERROR, file, line, "unknown word class [%.*s]", (int)(len - 2), p + 1);
                errors++;
            }
            continue;
        }
        if (cls == CLASS_NONE) {
            wt_diag_at(diag, WT_DIAG_ERROR, file, line, "words outside a known [class]");
            errors++;
            continue;
        }
        for (size_t i = 0; i < len;) {
            while (i < len && isspace((unsigned char)p[i])) i++;
            size_t j = i;
            while (j < len && !isspace((unsigned char)p[j])) j++;
            if (j > i && add_word(c, cls, p + i, j - i, &order, file, line, diag) < 0) errors++;
            i = j;
        }
    }
    return errors;
}

int idg_load_word_classes(wt_idcoder *c, const char *path, wt_diag *diag)
{
    size_t n = 0;
    char *text = wt_read_data_file(path, &n, diag, "word classes");
    if (!text) return -1;
    int errors = idg_read_word_classes(c, path, text, n, diag);
    free(text);
    return errors;
}

uint64_t idg_word_class(const wt_idcoder *c, const char *w)
{
    if (!w) return 0;
    const idword *iw = wt_strmap_get(&c->listed, w, strlen(w));
    return iw ? iw->wc : 0;
}

uint64_t idg_word_class2(const wt_idcoder *c, const char *w)
{
    if (!w) return 0;
    const idword *iw = wt_strmap_get(&c->listed, w, strlen(w));
    return iw ? iw->wc2 : 0;
}

static void describe_word(const wt_idcoder *c, idword *iw, const char *w, size_t n)
{
    const idword *listed = wt_strmap_get(&c->listed, w, n);
    iw->len = (uint32_t)n;
    iw->sport = -1;
    if (listed) {
        iw->wc = listed->wc;
        iw->wc2 = listed->wc2;
        iw->numeral = listed->numeral;
        iw->sport = listed->sport;
    }
    iw->verbish = looks_verbish(w, n) && !(iw->wc & (WC_NOT_VERBS | WC_ALL_PREPS | WC_TARGET_PREPS));
    /* negara-negara → negara (plural by reduplication) */
    const char *key = w;
    size_t klen = n;
    char base[64];
    const char *dash = memchr(key, '-', klen);
    if (dash && (size_t)(dash - key) * 2 + 1 == klen && !memcmp(key, dash + 1, (size_t)(dash - key)) &&
        (size_t)(dash - key) < sizeof base) {
        memcpy(base, key, (size_t)(dash - key));
        base[dash - key] = '\0';
        key = base;
        klen = strlen(base);
    }
    iw->phrases = id_dict_phrases_for(&c->dict, key, klen);
    if (c->places) {
        const wt_gaz_place *p = wt_gazetteer_find(c->places, w, n);
        if (p && (p->kind == WT_GAZ_CITY || p->kind == WT_GAZ_CAPITAL)) iw->city = p->country;
    }
    if (klen > 5 && !memcmp(key + klen - 3, "nya", 3) && klen - 3 < sizeof base) {
        char stem[64];
        memcpy(stem, key, klen - 3);
        stem[klen - 3] = '\0';
        iw->nya = id_dict_phrases_for(&c->dict, stem, klen - 3);
    }
}

/* The idword of a spelling: from the cache, else described and cached
 * (once the cache is full, kept for the current article only). */
static const idword *word_info(wt_idcoder *c, const char *w)
{
    size_t n = strlen(w);
    wt_strmap_slot *s = wt_strmap_find(&c->words, w, n);
    if (s) return s->value;
    int cache = c->words.count < WORDS_MAX;
    idword *iw = wt_arena_alloc(cache ? &c->words_mem : &c->doc_mem, sizeof *iw);
    describe_word(c, iw, w, n);
    iw->mem = (uint8_t)cache;
    if (cache) wt_strmap_put(&c->words, w, n, NULL)->value = iw;
    return iw;
}

void idg_describe_tokens(wt_idcoder *c)
{
    const wt_doc *d = c->doc;
    wt_arena_reset(&c->doc_mem);
    c->tokw.len = 0;
    for (size_t i = 0; i < d->toks.len; i++) {
        const char *norm = d->toks.items[i].norm;
        *WT_VEC_PUSH(c->tokw) = word_info(c, norm ? norm : "");
    }
}
