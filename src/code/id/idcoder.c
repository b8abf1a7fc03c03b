/* idcoder.c — Indonesian grammar for the event coder (see idcoder.h).
 *
 * The sentence is read as a flat word sequence: there is no parser, so
 * the grammar is a set of local rules over actor mentions and event words,
 * each chosen because Indonesian word order makes it reliable:
 *   - subject before the verb, object right after it or after a target
 *     preposition (ke, kepada, terhadap, dengan, atas, untuk, dari, bagi,
 *     pada); the agent of a passive di-/ter- verb after `oleh` or right
 *     after the verb, its patient is the subject;
 *   - a nominalised event (kunjungan, serangan) takes its source from a
 *     light verb's subject (melakukan kunjungan), a genitive right after it
 *     (kunjungan delegasi Rusia ke Pyongyang) or a passive light verb's
 *     agent (lawatan yang dilakukan pejabat Kremlin);
 *   - modal and negation words sit between the subject and the verb. */
#include "code/id/idcoder.h"
#include "code/gazetteer.h"
#include "code/id/morph.h"
#include "lang/id/lemma.h"
#include "util/buf.h"
#include "util/file.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define MAXW 400      /* words per sentence considered */
#define MAXM 96       /* actor mentions per sentence */
#define MAXV 64       /* event words per sentence */

/* ------------------------------------------------------------ word lists */

static int in_list(const char *const *list, const char *w)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], w)) return 1;
    return 0;
}

static const char *const TARGET_PREPS[] = {
    "ke", "kepada", "terhadap", "dengan", "atas", "untuk", "dari", "bagi", "pada",
    "melawan", "menuju", "antara", "bersama", "menentang", NULL };
/* prepositions after which a mention is not a subject */
static const char *const ALL_PREPS[] = {
    "ke", "kepada", "terhadap", "dengan", "atas", "untuk", "dari", "bagi", "pada",
    "di", "oleh", "antara", "dalam", "tentang", "mengenai", "soal", "terkait", "seperti",
    "melawan", "menuju", "bersama", "tanpa", "oleh", "sebagai", "daripada", "sejak",
    "akibat", "selain", "termasuk", "menurut", "kata", "ujar", "tutur", "ucap", "papar", "imbuh",
    "pimpinan", "milik", "melalui", "lewat", NULL };
/* words that end the clause for the subject/target search */
static const char *const CLAUSE_BREAKS[] = {
    "sementara", "sedangkan", "namun", "tetapi", "tapi", "karena", "sehingga", "setelah",
    "sebelum", "ketika", "saat", "meski", "meskipun", "walaupun", "walau", "padahal",
    "jika", "kalau", "apabila", "bila", "seandainya", "andaikan", "sedang", "lalu",
    "kemudian", "agar", "supaya", "sebab", "usai", "seusai", "sesudah", NULL };
static const char *const TOPIC_PREPS[] = {
    "dalam", "tentang", "mengenai", "soal", "terkait", "sebagai", "sejak", "akibat", "menurut",
    "seperti", "termasuk", "melalui", "lewat", NULL };
static const char *const CONDITIONALS[] = {
    "jika", "kalau", "apabila", "bila", "seandainya", "andaikan", "andai", "jikalau", NULL };
static const char *const NEGATIONS[] = {
    "tidak", "tak", "belum", "bukan", "enggan", "jangan", "tiada", "urung", "batal", NULL };
/* modality that turns an act into an intent (03x) or, for force, a threat (13x) */
static const char *const MODALS[] = {
    "akan", "siap", "ingin", "berencana", "bersedia", "berniat", "hendak", "mau",
    "berjanji", "sepakat", "bersepakat", "setuju", "bertekad", "berkomitmen", "rencananya",
    "berharap", "menawarkan", "mengusulkan", "merencanakan", "bakal", "berupaya", "berusaha",
    "ancam", "mengancam", "bersumpah", "harus", "kesempatan", "bertujuan", "tujuan", "upaya",
    "mengupayakan", "siapkan", "perlu", "kemungkinan", "bisa", "dapat", "rencana", "tawaran", "undangan",
    "ajakan", "keinginan", "niat", "usulan", "bermaksud", NULL };
static const char *const THREAT_WORDS[] = { "mengancam", "ancam", "bersumpah", "ancaman", NULL };
/* what an actor must or should do is the speaker's demand or opinion, not
 * an act ("Trump harus meminta maaf", "mesti diputuskan lewat perundingan
 * antara A dan B"); only the speaker's own duty ("kami harus …") is an
 * intent */
static const char *const DEONTIC[] = {
    "harus", "mesti", "wajib", "seharusnya", "sebaiknya", "semestinya", "mestinya", "hendaknya",
    "perlu", "sepatutnya", "selayaknya", "seyogyanya", NULL };
/* "membantah meminta uang", "menyangkal pernah menemui": the act is denied */
static const char *const DENIALS[] = { "membantah", "menyangkal", "menampik", "menepis", "dibantah", NULL };
static const char *const COORD[] = { "dan", "serta", "maupun", "atau", "&", NULL };
/* light verbs: the event noun after them carries the code */
static const char *const LIGHT_VERBS[] = {
    "melakukan", "dilakukan", "lakukan", "menggelar", "digelar", "mengadakan", "diadakan",
    "melancarkan", "dilancarkan", "memberikan", "diberikan", "memberi", "diberi",
    "menyampaikan", "disampaikan", "menjatuhkan", "dijatuhkan", "mengambil", "diambil",
    "melontarkan", "dilontarkan", "melayangkan", "dilayangkan", "mengirimkan", "dikirimkan",
    "mengirim", "dikirim", "kirimkan", "membuka", "dibuka", "menjalin", "dijalin",
    "meningkatkan", "ditingkatkan", "memperkuat", "diperkuat", "mencapai", "dicapai",
    "menggunakan", "mengeluarkan", "dikeluarkan", "menempuh", "menyatakan", "mengucapkan",
    "diucapkan", "menyerukan", "memulai", "dimulai", "menghadiri", "mengikuti", "terlibat",
    "menerapkan", "diterapkan", "memberlakukan", "diberlakukan", "menggencarkan",
    "meluncurkan", "diluncurkan", "menembakkan", "ditembakkan", "memaksimalkan",
    "menetapkan", "ditetapkan", "menandatangani", "ditandatangani", "mengajukan", "diajukan",
    "memutuskan", "berbagi", "bergabung", "dijatuhi", "menjatuhi", "dikenai", "dikenakan",
    "mengenakan", "menggelontorkan", "menyalurkan", "disalurkan", "meneken", "diteken", NULL };
/* light verbs whose subject RECEIVES the act: X mendapat dukungan dari Y */
static const char *const RECEIVE_VERBS[] = {
    "mendapat", "mendapatkan", "memperoleh", "menerima", "menuai", "memicu", "mengundang", NULL };
static const char *const SPEECH_VERBS[] = {
    "kata", "ujar", "ucap", "tutur", "jelas", "tambah", "menurut", "mengatakan", "menyatakan",
    "menegaskan", "menjelaskan", "menambahkan", "mengungkapkan", "menyebutkan", "menyebut",
    "berkata", "katanya", "ujarnya", "tegas", "imbuh", NULL };
static const char *const PRONOUNS_WE[] = { "kami", "kita", "saya", "aku", NULL };
/* words between a noun and its genitive actor (kunjungan terakhir delegasi X) */
static const char *const NOUN_MODIFIERS[] = {
    "ini", "itu", "tersebut", "terakhir", "kedua", "pertama", "resmi", "bilateral",
    "kenegaraan", "terbaru", "terbesar", "besar", "baru", "lanjutan", "udara", "militer",
    "bersama", "langsung", "keras", "terhadap", "para", "sejumlah", "beberapa", "teranyar", "terkini",
    "kecil", "sengit", NULL };
/* quantity/plural words that may start a mention */
static const char *const MENTION_PREFIX[] = {
    "para", "sejumlah", "beberapa", "kedua", "ketiga", "seluruh", "semua", "seorang",
    "sebuah", "pihak", NULL };

/* Each word list above is one bit of a word's class (idword.wc): a word's
 * lists are looked up once, when the coder first meets the word, so the
 * grammar tests membership with a mask instead of a strcmp chain. */
enum {
    WC_TARGET_PREPS = 1u << 0, WC_ALL_PREPS = 1u << 1, WC_CLAUSE_BREAKS = 1u << 2, WC_TOPIC_PREPS = 1u << 3,
    WC_CONDITIONALS = 1u << 4, WC_NEGATIONS = 1u << 5, WC_MODALS = 1u << 6, WC_THREAT_WORDS = 1u << 7,
    WC_COORD = 1u << 8, WC_LIGHT_VERBS = 1u << 9, WC_RECEIVE_VERBS = 1u << 10, WC_SPEECH_VERBS = 1u << 11,
    WC_PRONOUNS_WE = 1u << 12, WC_NOUN_MODIFIERS = 1u << 13, WC_MENTION_PREFIX = 1u << 14, WC_VAGUE = 1u << 15,
    WC_SHARED_SUBJECT = 1u << 16, WC_STATE_HEADS = 1u << 17, WC_TITLES = 1u << 18, WC_VERBAL_WORDS = 1u << 19,
    WC_PHYSICAL = 1u << 20, WC_NOUN_MODALS = 1u << 21, WC_ASPECT = 1u << 22, WC_FRAME = 1u << 23,
    WC_STOP_WORDS = 1u << 24, WC_NOT_VERBS = 1u << 25, WC_THEY = 1u << 26, WC_DEONTIC = 1u << 27,
    WC_DENIALS = 1u << 28, WC_NOT_OWNER = 1u << 29, WC_BACKED = 1u << 30
};
static const char *const THEY[] = { "mereka", "keduanya", NULL };
/* a country right after these words is a modifier, not an actor: a
 * currency (kurs Rp 13.000 per dolar AS, yen Jepang) or where a thing was
 * made (film produksi Indonesia, senjata buatan Rusia) */
static const char *const NOT_OWNER[] = {
    "dolar", "dollar", "yen", "yuan", "won", "ringgit", "euro", "peso", "rupee", "rupe", "riyal",
    "rubel", "rubl", "lira", "baht", "pound", "poundsterling", "franc", "frank", "dinar", "dirham",
    "kyat", "rupiah", "buatan", "produksi", "bikinan", "garapan", NULL };
/* "Koalisi Arab-Kurdi dukungan Amerika Serikat": forces backed or formed
 * by a state are not that state's */
static const char *const BACKED[] = {
    "dukungan", "sokongan", "bentukan", "binaan", "bekingan", "sponsor", NULL };
#define WC(x, bit) (((x)->wc & (bit)) != 0)

/* ------------------------------------------------------------ structures */

/* What the coder needs to know about one spelling (a token's norm),
 * computed once per spelling and cached: its word lists, numeral value,
 * sport-word index, whether it looks like a verb, and its dictionary
 * phrase lists (as a whole word, and without a possessive -nya). */
typedef struct idhit idhit;

typedef struct idword {
    uint32_t wc;              /* WC_* bits */
    uint32_t len;
    uint8_t numeral;          /* dua/kedua → 2 … 4, else 0 */
    int8_t sport;             /* index in SPORT, SHOWBIZ_BASE + index in SHOWBIZ, -1 */
    uint8_t verbish;          /* looks like a me-/di-/ber-/ter- verb, not a preposition */
    const id_list *phrases;   /* phrases starting with the word (negara-negara: negara) */
    const id_list *nya;       /* phrases of the word without -nya (warganya: warga) */
    const char *city;         /* a one-word gazetteer city or capital: its country (ISO3), else NULL */
    /* the verb hit last looked up for this spelling and lemma (lookup_word):
     * most words are read the same way every time, so this saves the
     * cache's hashing */
    const char *memo_lemma;   /* NULL: no lemma */
    const struct idhit *memo_hit;
    uint8_t memo_set;
    uint8_t mem;              /* 1: in words_mem (cached), 0: in doc_mem (this article only) */
} idword;

enum { W_OTHER = 0, W_PHRASE, W_PUNCT, W_QUOTE };

typedef struct idw {
    const wt_token *t;
    const char *norm;
    const idword *info;
    uint32_t wc;              /* the word's WC_* lists */
    uint32_t len;
    uint8_t numeral;
    uint8_t kind;
    uint8_t is_verbish;       /* me-/di-/ber- looking word: blocks noun-phrase gaps */
    uint8_t possessive;       /* an agent word with -nya (warganya) */
    int16_t mention;          /* mention index or -1 */
    int16_t phrase_len;       /* words of the phrase starting here (W_PHRASE start) */
    const id_phrase *phrase;  /* phrase starting here */
} idw;

typedef struct idm {
    int first, last;          /* word indexes, inclusive */
    char code[32];            /* "" = unresolved */
    int group;                /* first mention of its coordinated list */
    int prep;                 /* word index of a preposition right before it, -1 */
    const char *rule_file;
    uint32_t rule_line;
    uint8_t pronoun;          /* kami/kita resolved from the quote's speaker */
    uint8_t has_agent, has_actor;
    uint8_t home;             /* code guessed: 1 the article's main country, 2 the quote's speaker's */
    uint8_t possessive;       /* warganya: the sector of the clause subject's country */
    char sector[24];          /* the agent's sector (GOV, CVL …), "" if none */
    wt_span outside;          /* a party of the sentence before (len > 0): its words, not first..last */
} idm;

/* A list of actors named together (A, B dan C), for later plural
 * references: mereka, kedua negara, ketiga menteri, negara-negara tersebut. */
typedef struct idgroup {
    char codes[4][32];
    int n, sent;
    uint8_t subject;          /* the list was a subject (no preposition before it) */
} idgroup;

/* A name the article gave a code: "Menlu Retno LP Marsudi" teaches Retno
 * and Marsudi = IDNGOV for its later sentences. */
typedef struct idname {
    char word[32];
    const char *wp;
    id_code code;
    id_phrase ph;
} idname;

/* A title the article gave a known person ("Raja Salman" = SAUGOV): a
 * later bare "Raja" is that person's country's. */
typedef struct idtitle {
    const id_phrase *title;
    char country[4];
} idtitle;

typedef struct idv {
    int word, last;           /* word span of the event word(s) */
    const id_verb *v;
    uint16_t cls;             /* affix class of the reading */
    char code[8];
    const char *rule_file;
    uint32_t rule_line;
    int pat_last;             /* last word used by a pattern, or `last` */
    const id_pattern *pat;    /* the pattern that gave the code, NULL: the entry's own */
} idv;

struct wt_idcoder {
    id_dict dict;
    char *data_dir;           /* taken off the front of `rule` paths; may be NULL */
    FILE *explain;
    wt_idstats *stats;
    wt_strmap cache;          /* word + lemma → verb hit (idhit *); NULL: the word starts no entry */
    wt_lemmatizer *lemmatizer;  /* the context's (not owned); NULL: morph.c readings only */
    wt_strmap listed;         /* words of the word lists → idword * (wc, numeral, sport) */
    wt_strmap words;          /* norm → idword *, every spelling met so far (up to WORDS_MAX) */
    wt_arena words_mem;       /* the cached idwords */
    wt_arena doc_mem;         /* idwords of one article once the cache is full */
    WT_VEC(const idword *) tokw;  /* per token of the article: its idword */
    /* per sentence */
    idw w[MAXW];
    int nw;
    idm m[MAXM];
    int nm;
    idv v[MAXV];
    int nv;
    int32_t date;
    wt_doc *doc;
    const char *speaker;
    char speaker_code[32];
    char last_speaker_code[32];   /* of the article's last resolved speaker (for "lanjut dia") */
    char last_actor[32];      /* last coded mention of the previous sentences */
    idgroup groups[8];        /* recent lists of two or more coded actors (A dan B), ring */
    int ngroups;
    idname names[64];         /* persons named in this article: Retno → IDNGOV */
    int nnames;
    char home[4];             /* the article's main country (bare agents belong to it) */
    idtitle titles[16];       /* titles given with a named person: Raja (Salman) → SAU */
    int ntitles;
    /* "… mengajak negara-negara sahabat. Negara-negara tersebut di antaranya
     * A, B dan C": the list the next sentence gives for a plural head */
    int ahead_sent;           /* sentence whose plural head the list names, -1 */
    char ahead_head[32];      /* the head (negara-negara) */
    idgroup ahead;
    int sports;               /* a sports report: bare country names are teams */
    char prev_pair[2][32];    /* the parties of the last event */
    int prev_pair_sent;
    int prev_pair_both;       /* the last event went both ways (they met): "mereka" = the pair */
    int clash;                /* the event being coded is a two-sided clash (19x, reciprocal) */
    char persons[2][32];      /* the last sentence's two persons (Xi … kepada Moon): "keduanya" */
    int persons_sent;
    wt_gazetteer *places;     /* cities of the world (data/gazetteer), owned; NULL: none */
    /* the subject of the sentence before (Korut … diuji. PBB menjatuhkan
     * sanksi): the party a hostile act with no object answers */
    char prev_subj[32];
    wt_span prev_subj_span;
    int prev_subj_sent;
};

struct idhit {
    const id_verb *const *verbs;   /* candidate entries whose first word matches */
    uint16_t *cls;                 /* class of each */
    uint16_t n;
};

/* ------------------------------------------------------------ setup */

static void index_word_lists(wt_idcoder *c);

wt_idcoder *wt_idcoder_from_dict(id_dict *dict)
{
    wt_idcoder *c = wt_xcalloc(1, sizeof *c);
    c->dict = *dict;
    memset(dict, 0, sizeof *dict);
    wt_strmap_init(&c->cache);
    wt_strmap_init(&c->words);
    wt_arena_init(&c->words_mem, 64 * 1024);
    wt_arena_init(&c->doc_mem, 16 * 1024);
    wt_strmap_init(&c->listed);
    index_word_lists(c);
    return c;
}

wt_idcoder *wt_idcoder_new(const char *data_dir, wt_diag *diag)
{
    id_dict d;
    id_dict_init(&d);
    char *dir = wt_path_join(data_dir, "id");
    long files = id_dict_load_dir(&d, dir, diag);
    if (files <= 0 || d.n_verbs == 0 || d.n_phrases == 0) {
        wt_diag_at(diag, WT_DIAG_ERROR, dir, 0, "no Indonesian dictionaries (.actors, .agents, .verbs) found");
        free(dir);
        id_dict_free(&d);
        return NULL;
    }
    free(dir);
    id_dict_finish(&d);
    wt_idcoder *c = wt_idcoder_from_dict(&d);
    c->data_dir = wt_xstrdup(data_dir);
    /* the gazetteer is optional here: without it "Kepolisian Manchester"
     * is only an unowned police force */
    char *gdir = wt_path_join(data_dir, "gazetteer");
    if (wt_is_dir(gdir)) c->places = wt_gazetteer_load(gdir, diag);
    free(gdir);
    return c;
}

void wt_idcoder_free(wt_idcoder *c)
{
    if (!c) return;
    free(c->data_dir);
    if (c->places) wt_gazetteer_free(c->places);
    for (size_t i = 0; i < c->cache.cap; i++) {
        idhit *h = c->cache.slots[i].key ? c->cache.slots[i].value : NULL;
        if (h) { free((void *)h->verbs); free(h->cls); free(h); }
    }
    wt_strmap_free(&c->cache);
    wt_strmap_free(&c->words);
    wt_strmap_free(&c->listed);
    wt_arena_free(&c->words_mem);
    wt_arena_free(&c->doc_mem);
    WT_VEC_FREE(c->tokw);
    id_dict_free(&c->dict);
    free(c);
}

const id_dict *wt_idcoder_dict(const wt_idcoder *c) { return &c->dict; }
void wt_idcoder_set_explain(wt_idcoder *c, FILE *f) { c->explain = f; }
void wt_idcoder_set_lemmatizer(wt_idcoder *c, wt_lemmatizer *lz) { c->lemmatizer = lz; }
void wt_idcoder_set_stats(wt_idcoder *c, wt_idstats *s) { c->stats = s; }

/* ------------------------------------------------------------ helpers */

static int is(const idw *x, const char *s) { return x->kind != W_QUOTE && !strcmp(x->norm, s); }
static int word_in(const wt_idcoder *c, int i, uint32_t lists)
{
    return i >= 0 && i < c->nw && c->w[i].kind != W_QUOTE && WC(&c->w[i], lists);
}
static int is_punct(const wt_idcoder *c, int i, char ch)
{
    return i >= 0 && i < c->nw && c->w[i].kind == W_PUNCT && c->w[i].norm[0] == ch && !c->w[i].norm[1];
}

/* The primary actor of a code: the country, or the whole IGO code
 * (IGOUNO and IGOASN are different actors). */
static size_t primary_len(const char *code)
{
    size_t n = strlen(code);
    size_t p = !strncmp(code, "IGO", 3) ? 6 : 3;
    return n < p ? n : p;
}

static int same_primary(const char *a, const char *b)
{
    size_t n = primary_len(a);
    return n == primary_len(b) && !strncmp(a, b, n);
}

/* Two actors of one country that can act on each other: both carry a
 * sector and the sectors differ (IDNCOP -> IDNCVL, SYRMIL -> SYRREB). */
static int domestic_pair(const char *a, const char *b)
{
    size_t p = primary_len(a);
    if (strncmp(a, "IGO", 3) == 0 || strlen(a) <= p || strlen(b) <= p) return 0;
    return strcmp(a + p, b + p) != 0;
}

/* Unarmed people by sector: civilians, refugees, and religious or ethnic
 * communities ("Muslim Rohingya", "umat Kristen") */
static int civilian_sector(const char *code)
{
    static const char *const CIVILIAN[] = { "CVL", "REF", "MUS", "CHR", "BUD", "HIN", "JEW", "ETH", NULL };
    /* a group's code (IMGMUSISI) names no sector */
    if (!strncmp(code, "IMG", 3) || !strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3)) return 0;
    char s3[4] = { 0 };
    memcpy(s3, code + primary_len(code), strnlen(code + primary_len(code), 3));
    return in_list(CIVILIAN, s3);
}

static int32_t ymd(wt_date d)
{
    if (!d.year) return 0;
    return d.year * 10000 + (d.month ? d.month : 6) * 100 + (d.day ? d.day : 15);
}

/* ------------------------------------------------------------ verbs */

/* The affix class of the lemmatiser's analysis (tok->morph), as the verb
 * dictionary's /FLAGS name them; 0 for forms that name no event: peN-
 * without -an is the doer (penyerang, pendukung), not the act. */
static uint16_t class_of_morph(uint32_t m)
{
    if (m & WT_M_PASSIVE) return ID_AF_DI;
    if (m & WT_M_ACTIVE) return ID_AF_MEN;
    if (m & WT_M_STATIVE) return ID_AF_TER;
    if ((m & WT_M_PEN) && !(m & WT_M_AN)) return 0;
    if (m & WT_M_NOMINAL) return (m & WT_M_KE) && (m & WT_M_AN) ? ID_AF_KE : ID_AF_NOM;
    if (m & WT_M_BER) return ID_AF_BER;
    if (m & (WT_M_KAN | WT_M_I)) return ID_AF_MEN;     /* prefixless imperative: kirimkan */
    return ID_AF_BARE;
}

/* Did the lemmatiser find the word's root? When it did not (a capitalised
 * headline word, a root missing from hunspell's lexicon, no lemmatiser),
 * the coder falls back on morph.c's readings. */
static int has_lemma(const wt_token *t)
{
    return t->lemma && !(t->morph & WT_M_UNCHANGED) && (t->morph & (WT_M_ROOT_KNOWN | WT_M_EXCEPTION));
}

/* All verb entries a word can start, with the affix class of the reading.
 * The lemmatiser's root and affix bits are the reading; morph.c lists the
 * readings only of words the lemmatiser left unanalysed (see has_lemma). */
static const idhit *lookup_word_cached(wt_idcoder *c, const char *w, size_t n, const char *lemma, uint32_t morph);

static const idhit *lookup_word(wt_idcoder *c, const idw *x)
{
    const char *w = x->norm;
    size_t n = x->len;
    const char *lemma = has_lemma(x->t) ? x->t->lemma : NULL;
    idword *iw = (idword *)x->info;
    if (iw->memo_set && (iw->memo_lemma == lemma || (lemma && iw->memo_lemma && !strcmp(iw->memo_lemma, lemma))))
        return iw->memo_hit;
    const idhit *h = lookup_word_cached(c, w, n, lemma, x->t->morph);
    if (!iw->memo_set) {
        /* the first reading is kept (a copy: the lemma may live in the
         * article's arena); a word read otherwise later goes to the cache */
        iw->memo_set = 1;
        iw->memo_lemma = lemma ? wt_arena_strdup(iw->mem == 1 ? &c->words_mem : &c->doc_mem, lemma) : NULL;
        iw->memo_hit = h;
    }
    return h;
}

static const idhit *lookup_word_cached(wt_idcoder *c, const char *w, size_t n, const char *lemma, uint32_t morph)
{
    /* the key holds the lemma too: a sentence-initial and a name-like use
     * of one spelling may be analysed differently */
    char key[160];
    size_t ln = lemma ? strlen(lemma) : 0;
    if (n + ln + 2 > sizeof key) return NULL;
    memcpy(key, w, n);
    key[n] = '\x01';
    memcpy(key + n + 1, lemma ? lemma : "", ln);
    size_t kn = n + 1 + ln;
    wt_strmap_slot *s = wt_strmap_find(&c->cache, key, kn);
    if (s) return s->value;
    WT_VEC(const id_verb *) vs = {0};
    WT_VEC(uint16_t) cl = {0};
    /* surface forms first: {MENAHAN_} beats any reading */
    const id_list *sl = id_dict_verbs_for(&c->dict, w, n);
    for (size_t k = 0; sl && k < sl->len; k++) {
        const id_verb *v = sl->items[k];
        if (!v->surface) continue;
        *WT_VEC_PUSH(vs) = v;
        *WT_VEC_PUSH(cl) = id_morph_surface_class(w, n);
    }
    if (lemma) {
        /* the lemma; the per- stem when per- is in the chain (the
         * dictionary keys memperingatkan/peringatan on PERINGAT, as the
         * language lexicalises per- stems); the word itself, for entries
         * keyed on a derived form (KESEPAKATAN, LATIHAN_MILITER) */
        uint16_t cls = class_of_morph(morph);
        char per[64];
        const char *roots[3] = { lemma, NULL, NULL };
        if ((morph & WT_M_PER) && ln + 4 <= sizeof per) {
            memcpy(per, "per", 3);
            memcpy(per + 3, lemma, ln + 1);
            roots[1] = per;
        }
        if (strcmp(w, lemma)) roots[2] = w;
        for (int r = 0; r < 3 && cls; r++) {
            const id_list *l = roots[r] ? id_dict_verbs_for(&c->dict, roots[r], strlen(roots[r])) : NULL;
            for (size_t k = 0; l && k < l->len; k++) {
                const id_verb *v = l->items[k];
                if (v->surface || !(v->flags & cls)) continue;
                *WT_VEC_PUSH(vs) = v;
                *WT_VEC_PUSH(cl) = cls;
            }
        }
    } else {
        id_reading rd[64];
        size_t nr = id_morph_readings(w, n, rd, 64);
        for (size_t r = 0; r < nr; r++) {
            const id_list *l = id_dict_verbs_for(&c->dict, rd[r].root, strlen(rd[r].root));
            for (size_t k = 0; l && k < l->len; k++) {
                const id_verb *v = l->items[k];
                if (v->surface || !(v->flags & rd[r].cls)) continue;
                *WT_VEC_PUSH(vs) = v;
                *WT_VEC_PUSH(cl) = rd[r].cls;
            }
        }
    }
    idhit *h = NULL;
    if (vs.len) {
        h = wt_xcalloc(1, sizeof *h);
        h->verbs = (const id_verb *const *)vs.items;
        h->cls = cl.items;
        h->n = (uint16_t)vs.len;
    } else {
        WT_VEC_FREE(vs);
        WT_VEC_FREE(cl);
    }
    wt_strmap_put(&c->cache, key, kn, NULL)->value = h;
    return h;
}

/* Does the word at i match dictionary word dw (as surface or as a root)? */
static int word_matches(wt_idcoder *c, int i, const char *dw)
{
    if (i < 0 || i >= c->nw || c->w[i].kind == W_QUOTE || c->w[i].kind == W_PUNCT) return 0;
    const idw *x = &c->w[i];
    if (!strcmp(x->norm, dw)) return 1;
    if (has_lemma(x->t)) return !strcmp(x->t->lemma, dw);
    id_reading rd[64];
    size_t nr = id_morph_readings(x->norm, x->len, rd, 64);
    for (size_t r = 0; r < nr; r++)
        if (!strcmp(rd[r].root, dw)) return 1;
    return 0;
}

/* Finds the event words of the sentence (outside actor mentions). */
static void find_verbs(wt_idcoder *c)
{
    c->nv = 0;
    for (int i = 0; i < c->nw && c->nv < MAXV; i++) {
        idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0) continue;
        const idhit *h = lookup_word(c, x);
        if (!h) continue;
        /* the longest entry whose following words match */
        int best = -1, best_last = -1;
        for (uint16_t k = 0; k < h->n; k++) {
            const id_verb *v = h->verbs[k];
            int j = i, ok = 1;
            for (uint16_t q = 1; q < v->nwords && ok; q++) {
                j++;
                ok = j < c->nw && (c->w[j].mention < 0 ||
                                   (!c->m[c->w[j].mention].code[0] && c->m[c->w[j].mention].first == j &&
                                    c->m[c->w[j].mention].last == j)) &&
                     word_matches(c, j, v->words[q]);
            }
            if (ok && j > best_last) { best = k; best_last = j; }
        }
        if (best < 0) continue;
        for (int j = i + 1; j <= best_last; j++) c->w[j].mention = -1;   /* the verb owns its words */
        idv *e = &c->v[c->nv++];
        memset(e, 0, sizeof *e);
        e->word = i;
        e->last = best_last;
        e->v = h->verbs[best];
        e->cls = h->cls[best];
        memcpy(e->code, e->v->code, 8);
        e->rule_file = e->v->file;
        e->rule_line = e->v->line;
        e->pat_last = best_last;
        /* patterns: their words follow in the clause, in order, gaps ≤ 3 */
        for (uint16_t p = 0; p < e->v->npats; p++) {
            const id_pattern *pt = &e->v->pats[p];
            int j = best_last, ok = 1;
            for (uint16_t q = 0; q < pt->nwords && ok; q++) {
                int found = -1;
                for (int g = j + 1; g <= j + 4 && g < c->nw; g++) {
                    if (c->w[g].kind == W_PUNCT && strchr(".;:", c->w[g].norm[0])) break;
                    if (word_matches(c, g, pt->words[q])) { found = g; break; }
                }
                if (found < 0) ok = 0; else j = found;
            }
            if (ok) {
                memcpy(e->code, pt->code, 8);
                e->rule_line = pt->line;
                e->pat_last = j;
                e->pat = pt;
                break;
            }
        }
        /* the words a pattern used are not events of their own
         * (menepis dialog = 125, not also dialog = 040) */
        i = e->pat_last > best_last && e->code[0] ? e->pat_last : best_last;
    }
}

/* ------------------------------------------------------------ actors */

/* "Agus Harimurti Yudhoyono", "Ivanka Trump": a surname the persons
 * dictionary gives to one person (+YUDHOYONO of SUSILO_BAMBANG_YUDHOYONO)
 * after a given name that is not his is a relative or a namesake. An
 * honorific (Pak, Bu, Tuan, Mr) or a title is no given name. */
static int other_bearer(const wt_idcoder *c, int i, const id_phrase *p)
{
    static const char *const HONORIFICS[] = {
        "pak", "bapak", "bu", "ibu", "mbak", "mas", "bung", "cak", "kang", "tuan", "nyonya", "mr", "mrs",
        "ms", "sir", "haji", "kiai", "kh", "syekh", "sheikh", "dr", "prof", "ir", "letjen", "mayjen",
        "brigjen", "jenderal", "laksamana", "marsekal", "kolonel", "eyang", "mister", "madam", "lady",
        "lord", NULL };
    if (i == 0 || !p->file || !strstr(p->file, "persons") || !p->name || !strchr(p->name, '_')) return 0;
    const idw *pw = &c->w[i - 1];
    if (pw->kind != W_OTHER || !(pw->t->flags & WT_TF_CAPITAL) || (pw->t->flags & (WT_TF_SENT_START | WT_TF_ALLCAPS)) ||
        pw->is_verbish || WC(pw, WC_ALL_PREPS | WC_COORD | WC_TITLES) || in_list(HONORIFICS, pw->norm))
        return 0;
    /* a word of the entry's own full name (Bambang Yudhoyono) */
    size_t n = pw->len;
    for (const char *q = p->name; *q;) {
        const char *e = strchr(q, '_');
        size_t k = e ? (size_t)(e - q) : strlen(q);
        if (k == n && !strncasecmp(q, pw->norm, n)) return 0;
        q += k + (e != NULL);
    }
    return 1;
}

static int phrase_at(wt_idcoder *c, int i, const id_phrase **out)
{
    idw *x = &c->w[i];
    const id_list *l = x->info->phrases;
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (i + p->nwords > c->nw) continue;
        int ok = 1;
        for (uint16_t q = 1; q < p->nwords && ok; q++) {
            const idw *y = &c->w[i + q];
            ok = y->kind != W_QUOTE && !strcmp(y->norm, p->words[q]);
        }
        if (!ok) continue;
        /* short forms (AS, RI, IS, PM) only as capitals; names capitalised */
        if (p->nwords == 1 && strlen(p->words[0]) <= 3 && !(x->t->flags & WT_TF_ALLCAPS)) continue;
        if (p->kind == ID_ACTOR && !(x->t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))) continue;
        if (p->kind == ID_ACTOR && p->nwords == 1 && other_bearer(c, i, p)) continue;
        /* "Menlu Timor-Leste Aurelio Sergio Guterres … Guterres": the
         * article's own introduction beats the dictionary's best-known
         * bearer of a surname */
        if (p->kind == ID_ACTOR && p->nwords == 1)
            for (int q = 0; q < c->nnames; q++)
                if (!strcmp(c->names[q].word, x->norm)) { *out = &c->names[q].ph; return 1; }
        *out = p;
        return p->nwords;
    }
    /* warganya, pasukannya: a one-word agent with the possessive -nya
     * (its owner is resolved by the grammar: the clause subject) */
    const id_list *pl = x->info->nya;
    for (size_t k = 0; pl && k < pl->len; k++) {
        const id_phrase *p = pl->items[k];
        if (p->kind != ID_AGENT || p->nwords != 1 || !p->agent_suffix) continue;
        x->possessive = 1;
        *out = p;
        return 1;
    }
    /* a name this article already introduced with its title */
    if (x->t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))
        for (int k = 0; k < c->nnames; k++)
            if (!strcmp(c->names[k].word, x->norm)) { *out = &c->names[k].ph; return 1; }
    return 0;
}

static void mark_phrases(wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        c->w[i].mention = -1;
        c->w[i].phrase = NULL;
        c->w[i].phrase_len = 0;
        c->w[i].possessive = 0;
    }
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER) continue;
        const id_phrase *p;
        int n = phrase_at(c, i, &p);
        if (!n) continue;
        c->w[i].phrase = p;
        c->w[i].phrase_len = (int16_t)n;
        for (int k = 0; k < n; k++) c->w[i + k].kind = W_PHRASE;
        i += n - 1;
    }
}

static int is_capital_name(const wt_idcoder *c, int i)
{
    if (i < 0 || i >= c->nw) return 0;
    const idw *x = &c->w[i];
    return x->kind == W_OTHER && (x->t->flags & WT_TF_CAPITAL) && !(x->t->flags & WT_TF_SENT_START) &&
           !x->is_verbish && !WC(x, WC_ALL_PREPS) && !WC(x, WC_COORD);
}

/* How many actors a numeral word announces (kedua/dua → 2): idword.numeral */
static const char *const NUMERALS[] = { "", "", "dua", "tiga", "empat", NULL };
static const char *const ORDINALS[] = { "", "", "kedua", "ketiga", "keempat", NULL };


/* Sectors a bare noun names as the article country's own institution or
 * people (pemerintah, Presiden, militer, polisi, DPR, pengadilan, warga);
 * a bare "perusahaan" or "militan" says nothing about its country. */
static int home_sector(const char *sec)
{
    static const char *const SECTORS[] = { "GOV", "MIL", "COP", "LEG", "JUD", "CVL", NULL };
    return in_list(SECTORS, sec);
}

static const char *const VAGUE[] = { "negara", "negeri", "pihak", "setiap", "tiap", "para", "sejumlah",
                                     "beberapa", "berbagai", "banyak", "kedua", "ketiga", "keempat",
                                     "dua", "tiga", "empat", "lain", "internasional", "dunia", "asing",
                                     "global", NULL };

/* Counted or plural heads (kedua negara, para menteri, negara-negara,
 * setiap negara) refer to several actors, not to the article's country. */
static int vague_head(const wt_idcoder *c, const idm *m)
{
    for (int i = m->first; i <= m->last && i < c->nw; i++) {
        const char *w = c->w[i].norm;
        if (WC(&c->w[i], WC_VAGUE) || strchr(w, '-')) return 1;
    }
    if (m->last + 1 < c->nw) {
        /* kedutaan besarnya: the -nya says whose, and it is not the article's */
        const idw *nx = &c->w[m->last + 1];
        if (nx->kind == W_OTHER && nx->len > 5 && !strcmp(nx->norm + nx->len - 3, "nya")) return 1;
    }
    /* "Koalisi Arab-Kurdi dukungan AS": someone's proxy, whose is unsaid */
    for (int i = m->last + 1; i < c->nw && i <= m->last + 3; i++) {
        if (WC(&c->w[i], WC_BACKED)) return 1;
        if (c->w[i].kind != W_OTHER || c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS | WC_COORD)) break;
    }
    return m->last + 1 < c->nw && (WC(&c->w[m->last + 1], WC_VAGUE) || c->w[m->first].numeral);
}

/* Titles that do not say whose they are: a bare "dubes" or "diplomat" in
 * Indonesian news is as often a foreign envoy as an Indonesian one, and
 * "pimpinan" is the leadership of whatever body the sentence is about. */
static int unowned_title(const wt_idcoder *c, const idm *m)
{
    static const char *const UNOWNED[] = { "dubes", "duta", "diplomat", "konsul", "kedubes", "kedutaan",
                                           "pimpinan", NULL };
    for (int i = m->first; i <= m->last && i < c->nw; i++)
        if (c->w[i].phrase && c->w[i].phrase->kind == ID_AGENT) return in_list(UNOWNED, c->w[i].norm);
    return 0;
}

/* Is the country named at word `first` a modifier of something else
 * rather than an actor: a currency (per dolar AS), a product (film
 * produksi Indonesia), a proxy (Koalisi … dukungan AS), a day or an
 * institution's name (Hari Kemerdekaan Indonesia, Universitas Indonesia)? */
static int country_as_modifier(const wt_idcoder *c, int first)
{
    static const char *const NAME_HEADS[] = { "hari", "hut", "universitas", "institut", "festival", "museum",
                                              "piala", NULL };
    int p = first - 1;
    if (p < 0 || c->w[p].kind != W_OTHER) return 0;
    if (WC(&c->w[p], WC_NOT_OWNER)) return 1;
    /* "mendapat dukungan AS", a sentence that opens "Dukungan AS …": the
     * support is the state's act; after a noun it names a proxy */
    if (WC(&c->w[p], WC_BACKED))
        return p > 0 && !c->w[p - 1].is_verbish && !WC(&c->w[p - 1], WC_LIGHT_VERBS | WC_RECEIVE_VERBS) &&
               (c->w[p - 1].kind == W_PHRASE || (c->w[p - 1].kind == W_OTHER && !WC(&c->w[p - 1], WC_ALL_PREPS | WC_COORD)));
    for (int n = 0; n < 3 && p >= 0 && c->w[p].kind == W_OTHER && (c->w[p].t->flags & WT_TF_CAPITAL); n++, p--)
        if (in_list(NAME_HEADS, c->w[p].norm)) return 1;
    return 0;
}

/* Joins a mention's phrases into one code: the country (or IGO, group)
 * from the actor, the sector from the first agent, else the actor's own. */
/* "Kepolisian Manchester", "Wali Kota Marseille", "warga Chicago": a
 * foreign city of the gazetteer after a bare agent says whose the agent
 * is. Returns the city's country (ISO3) or NULL. Indonesian cities are
 * left to the article's main country, as before. */
static const char *city_country(const wt_idcoder *c, const idm *m)
{
    if (!c->places || c->sports) return NULL;
    for (int i = m->first + 1; i <= m->last; i++) {
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->phrase || !(x->t->flags & WT_TF_CAPITAL)) continue;
        const wt_gaz_place *p = NULL;
        if (i < m->last && c->w[i + 1].kind == W_OTHER) {
            /* two-word names first: New York, Los Angeles */
            char key[96];
            int n = snprintf(key, sizeof key, "%s %s", x->norm, c->w[i + 1].norm);
            if (n > 0 && (size_t)n < sizeof key) p = wt_gazetteer_find(c->places, key, (size_t)n);
        }
        if (!p) p = wt_gazetteer_find(c->places, x->norm, strlen(x->norm));
        if (p && (p->kind == WT_GAZ_CITY || p->kind == WT_GAZ_CAPITAL) && strcmp(p->country, "IDN"))
            return p->country;
    }
    return NULL;
}

static const char *city_at(const wt_idcoder *c, int i, int *len);

/* The country the article gave title phrase p with a named person
 * (Raja Salman), NULL if none. */
static const char *title_country(const wt_idcoder *c, const id_phrase *p)
{
    for (int k = c->ntitles - 1; p && k >= 0; k--)
        if (c->titles[k].title == p) return c->titles[k].country;
    return NULL;
}

static int is_person_phrase(const id_phrase *p)
{
    return p->kind == ID_ACTOR && p->file && (strstr(p->file, "persons") || p->file[0] == '(');
}

/* The one-word title entry (raja → RAJA [~GOV]) for word w, NULL if none. */
static const id_phrase *title_phrase(const wt_idcoder *c, const char *w)
{
    const id_list *l = id_dict_phrases_for(&c->dict, w, strlen(w));
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind == ID_AGENT && p->agent_suffix && p->nwords == 1) return p;
    }
    return NULL;
}

/* Remembers the titles of the sentence's named persons: an agent phrase
 * followed by a person the dictionaries know ("Raja Salman" = SAUGOV). */
static void learn_titles(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (m->pronoun || m->home || !m->has_actor || strlen(m->code) <= 3 || primary_len(m->code) != 3) continue;
        const idw *x = &c->w[m->first];
        const id_phrase *p = x->phrase;
        if (!p) continue;
        if (p->kind == ID_ACTOR) {
            /* "Raja Salman", one entry of the persons dictionary: its
             * first word is the title */
            if (!is_person_phrase(p) || x->phrase_len < 2) continue;
            p = title_phrase(c, x->norm);
            if (!p) continue;
        } else {
            /* the title must head the mention and the person follow it */
            if (p->kind != ID_AGENT || !p->agent_suffix || m->first + x->phrase_len > m->last) continue;
            const idw *name = &c->w[m->first + x->phrase_len];
            /* a person (persons dictionary or named earlier), not a country:
             * "militer Korut" teaches nothing about a later bare "militer" */
            if (!name->phrase || !(name->t->flags & WT_TF_CAPITAL) || !is_person_phrase(name->phrase)) continue;
        }
        int at = 0;
        while (at < c->ntitles && c->titles[at].title != p) at++;
        if (at == c->ntitles) {
            if (c->ntitles == 16) continue;
            c->ntitles++;
        }
        c->titles[at].title = p;
        memcpy(c->titles[at].country, m->code, 3);
        c->titles[at].country[3] = '\0';
    }
}

/* "juru bicara Jaish Ahrar al Ashaer", "juru bicara Masjid Didsbury": a
 * spokesman followed by a name the dictionaries do not know speaks for
 * that group, not for the article's government. In foreign news the
 * group may be anyone's (an Iraqi militia in a story about Syria); in
 * domestic news an unknown group (an ormas) is the paper's own country's,
 * so there the main country stays. */
static int group_spokesman(const wt_idcoder *c, const idm *m, const id_phrase *p)
{
    if (!p || (strcmp(p->words[0], "juru") && strcmp(p->words[0], "jubir")) || !strcmp(c->home, "IDN")) return 0;
    for (int i = m->first; i <= m->last; i++) {
        if (c->w[i].phrase != p) continue;
        int j = i + c->w[i].phrase_len, len;
        return j <= m->last && c->w[j].kind == W_OTHER && (c->w[j].t->flags & WT_TF_CAPITAL) && !city_at(c, j, &len);
    }
    return 0;
}

static void resolve_mention(wt_idcoder *c, idm *m)
{
    const char *actor = NULL, *agent_suffix = NULL, *agent_full = NULL;
    const id_phrase *actor_p = NULL, *agent_p = NULL;
    for (int i = m->first; i <= m->last; i++) {
        const id_phrase *p = c->w[i].phrase;
        if (!p) continue;
        if (p->kind == ID_ACTOR) {
            const char *code = id_phrase_code(p, c->date);
            if (!code) continue;
            /* prefer a person's sector-bearing code of the same country */
            if (!actor || (strlen(code) > strlen(actor) && !strncmp(code, actor, 3)))
                { actor = code; actor_p = p; }
        } else if (p->agent_suffix) {
            agent_suffix = p->codes[0].code;   /* the last agent is the head institution */
            if (!agent_p) agent_p = p;
        } else if (!agent_full) {
            agent_full = p->codes[0].code;
            if (!agent_p) agent_p = p;
        }
    }
    m->has_actor = actor != NULL;
    m->has_agent = agent_suffix || agent_full;
    m->sector[0] = '\0';
    if (agent_suffix) snprintf(m->sector, sizeof m->sector, "%s", agent_suffix);
    m->possessive = !actor && c->w[m->last].possessive;
    if (m->possessive) return;    /* resolved against its owner, in code_event */
    m->code[0] = '\0';
    /* "penyanyi asal Amerika Serikat", "pendiri e-commerce asal China":
     * the origin of a person the dictionaries do not know, not the state
     * (an agent in the mention keeps it: "imigran gelap asal Somalia") */
    if (!agent_suffix && !agent_full && m->first > 0 && c->w[m->first - 1].kind == W_OTHER &&
        (!strcmp(c->w[m->first - 1].norm, "asal") || !strcmp(c->w[m->first - 1].norm, "kelahiran") ||
         !strcmp(c->w[m->first - 1].norm, "keturunan")) &&
        !(actor && strlen(actor) > 3))
        return;
    if (actor && !agent_suffix && !agent_full && country_as_modifier(c, m->first)) return;
    const id_phrase *rule = actor_p ? actor_p : agent_p;
    if (rule) { m->rule_file = rule->file; m->rule_line = rule->line; }
    /* in a sports report "Indonesia mampu menekan Malaysia" is a match:
     * a bare country is its team (a government or person stays) */
    if (actor && c->sports && !agent_suffix && !agent_full && strlen(actor) == 3) return;
    /* "KBRI Kairo", "KJRI Jeddah": an institution with a full code
     * (Indonesia's embassy) followed by the city it sits in; the city
     * (a seat of power, EGYGOV) is where, not whose */
    if (actor && agent_full && strlen(agent_full) > 3 && strlen(actor) > 3 && actor_p->file &&
        strstr(actor_p->file, "countries") && strncmp(actor, agent_full, 3) && c->w[m->first].phrase == agent_p) {
        snprintf(m->code, sizeof m->code, "%s", agent_full);
        return;
    }
    if (actor) {
        size_t plen = !strncmp(actor, "IGO", 3) || !strncmp(actor, "NGO", 3) || !strncmp(actor, "IMG", 3) ? strlen(actor) : 3;
        if (plen > strlen(actor)) plen = strlen(actor);
        const char *sector = agent_suffix ? agent_suffix : agent_full && strlen(agent_full) > 3 ? agent_full + 3 : NULL;
        if (sector && plen == 3) snprintf(m->code, sizeof m->code, "%.3s%s", actor, sector);
        else snprintf(m->code, sizeof m->code, "%s", actor);
    } else if (agent_full) {
        snprintf(m->code, sizeof m->code, "%s", agent_full);
    } else if (agent_suffix && home_sector(agent_suffix) && city_country(c, m)) {
        snprintf(m->code, sizeof m->code, "%.3s%s", city_country(c, m), agent_suffix);
    } else if (agent_suffix && home_sector(agent_suffix) && !vague_head(c, m) && !unowned_title(c, m)) {
        /* inside a quote a bare title is the speaker's country's ("saya
         * minta Menlu …" said by an Indonesian MP); elsewhere the
         * article's main country */
        if (group_spokesman(c, m, agent_p)) return;
        const char *country = c->home[0] ? c->home : NULL;
        const char *titled = title_country(c, agent_p);
        int speaker = (c->w[m->first].t->flags & WT_TF_IN_QUOTE) && strlen(c->speaker_code) >= 3 &&
                      primary_len(c->speaker_code) == 3 && strncmp(c->speaker_code, "IMG", 3) &&
                      strncmp(c->speaker_code, "NGO", 3);
        if (titled && !speaker) {
            /* "Raja Salman … Raja": the person's country, not a guess (a
             * quote's own titles stay the speaker's) */
            char cc[4];
            memcpy(cc, titled, 4);
            snprintf(m->code, sizeof m->code, "%.3s%s", cc, agent_suffix);
            return;
        }
        if (speaker) country = c->speaker_code;
        if (country) {
            snprintf(m->code, sizeof m->code, "%.3s%s", country, agent_suffix);
            m->home = country == c->speaker_code ? 2 : 1;
        }
    }
}

static void add_mention(wt_idcoder *c, int first, int last)
{
    if (c->nm >= MAXM) return;
    idm *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->first = first;
    m->last = last;
    m->group = c->nm;
    m->prep = -1;
    for (int i = first; i <= last; i++) c->w[i].mention = (int16_t)c->nm;
    resolve_mention(c, m);
    c->nm++;
}

/* Groups phrases into noun phrases: agent(s) + actor + (ACRONYM) + , Name. */
static void build_mentions(wt_idcoder *c)
{
    c->nm = 0;
    for (int i = 0; i < c->nw; i++) {
        if (!c->w[i].phrase) continue;
        int first = i, last = i + c->w[i].phrase_len - 1;
        int has_agent = c->w[i].phrase->kind == ID_AGENT;
        int has_actor = !has_agent;
        for (;;) {
            int j = last + 1;
            /* an adjacent phrase */
            if (j < c->nw && c->w[j].phrase) {
                if (c->w[j].phrase->kind == ID_ACTOR && has_actor) {
                    /* two actors side by side: a person after a country/title
                     * (Presiden Rusia Vladimir Putin) joins, two countries do not */
                    /* (a person out of office at this date still names
                     * the same person: Menteri Keuangan AS Steven Mnuchin) */
                    const char *code = id_phrase_code(c->w[j].phrase, c->date);
                    if (code ? strlen(code) <= 3 : c->w[j].phrase->nwords < 2) break;
                }
                last = j + c->w[j].phrase_len - 1;
                has_agent |= c->w[j].phrase->kind == ID_AGENT;
                has_actor |= c->w[j].phrase->kind == ID_ACTOR;
                continue;
            }
            /* (AS), (Korut), (KBRI) */
            if (is_punct(c, j, '(') && j + 1 < c->nw && c->w[j + 1].phrase) {
                int k = j + 1 + c->w[j + 1].phrase_len;
                if (is_punct(c, k, ')')) { last = k; continue; }
            }
            /* (Menhan) or any short parenthesis of capitalised words */
            if (is_punct(c, j, '(') && (has_agent || has_actor)) {
                int k = j + 1;
                while (k < c->nw && k < j + 5 && (c->w[k].kind == W_OTHER || c->w[k].kind == W_PHRASE) &&
                       (c->w[k].t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS)))
                    k++;
                if (k > j + 1 && is_punct(c, k, ')')) { last = k; continue; }
            }
            /* polisi di Paris, petugas keamanan di Kashmir: a bare agent
             * belongs to the country of the place it is in */
            if (has_agent && !has_actor && c->w[first].phrase->agent_suffix && j + 1 < c->nw &&
                is(&c->w[j], "di") && c->w[j + 1].phrase &&
                c->w[j + 1].phrase->kind == ID_ACTOR) {
                const char *code = id_phrase_code(c->w[j + 1].phrase, c->date);
                if (code && strncmp(code, "IGO", 3)) {
                    last = j + c->w[j + 1].phrase_len;
                    has_actor = 1;
                    continue;
                }
            }
            /* agent + up to two filler words + actor: pejabat senior Rusia */
            if (has_agent && !has_actor) {
                int k = j, gap = 0;
                /* (ter- adjectives are fillers: presiden terpilih AS) */
                while (k < c->nw && gap < 2 && c->w[k].kind == W_OTHER && !WC(&c->w[k], WC_BACKED | WC_NOT_OWNER) &&
                       (!c->w[k].is_verbish || !strncmp(c->w[k].norm, "ter", 3)) &&
                       !WC(&c->w[k], WC_ALL_PREPS) && !WC(&c->w[k], WC_COORD) &&
                       strcmp(c->w[k].norm, "yang")) { k++; gap++; }
                if (gap && k < c->nw && c->w[k].phrase) { last = k - 1; continue; }
            }
            /* Kementerian Pendidikan dan Kebudayaan RI, Kementerian Hukum
             * dan HAM: a capitalised name with `dan` inside it */
            if (has_agent && !has_actor && (c->w[first].t->flags & WT_TF_CAPITAL) && is(&c->w[j], "dan") &&
                is_capital_name(c, j + 1)) {
                int k = j + 1;
                while (is_capital_name(c, k) && k < j + 3) k++;
                if (k < c->nw && c->w[k].phrase && c->w[k].phrase->kind == ID_ACTOR &&
                    (c->w[k].t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))) {
                    last = k + c->w[k].phrase_len - 1;
                    has_actor = 1;
                    continue;
                }
            }
            /* , Rex Tillerson / , Aleksandr Kashin after a titled mention */
            if (is_punct(c, j, ',') && has_agent && has_actor) {
                int k = j + 1;
                if (k < c->nw && c->w[k].phrase && c->w[k].phrase->kind == ID_ACTOR) {
                    const char *code = id_phrase_code(c->w[k].phrase, c->date);
                    if (code && strlen(code) > 3) { last = k + c->w[k].phrase_len - 1; continue; }
                }
                int n = 0;
                while (is_capital_name(c, k + n)) n++;
                if (n >= 2) { last = k + n - 1; continue; }
            }
            /* a name right after a title: Presiden Korea Selatan Moon Jae-in */
            if (has_agent && is_capital_name(c, j)) {
                int n = 0;
                while (is_capital_name(c, j + n) && n < 4) n++;
                last = j + n - 1;
                continue;
            }
            /* Dubes Korut untuk PBB: the posting belongs to the title */
            if (has_agent && has_actor && j + 1 < c->nw && is(&c->w[j], "untuk") && c->w[j + 1].phrase &&
                c->w[j + 1].phrase->kind == ID_ACTOR) {
                last = j + c->w[j + 1].phrase_len;
                continue;
            }
            break;
        }
        /* quantity words in front: para menteri, kedua negara */
        while (first > 0 && word_in(c, first - 1, WC_MENTION_PREFIX)) first--;
        add_mention(c, first, last);
        i = last;
    }
}

static void load_sentence(wt_idcoder *c, const wt_sentence *s);

static void learn_name(wt_idcoder *c, const char *w, const char *code)
{
    size_t n = strlen(w);
    if (n < 3 || n >= sizeof c->names[0].word || c->nnames >= 64 || in_list(MENTION_PREFIX, w)) return;
    for (int k = 0; k < c->nnames; k++)
        if (!strcmp(c->names[k].word, w)) return;     /* the first introduction holds */
    idname *e = &c->names[c->nnames++];
    memset(e, 0, sizeof *e);
    memcpy(e->word, w, n + 1);
    e->wp = e->word;
    snprintf(e->code.code, sizeof e->code.code, "%s", code);
    e->code.from = 0;
    e->code.to = INT32_MAX;
    e->ph.words = &e->wp;
    e->ph.nwords = 1;
    e->ph.kind = ID_ACTOR;
    e->ph.codes = &e->code;
    e->ph.ncodes = 1;
    e->ph.name = e->word;
    e->ph.file = "(named earlier in the article)";
}

/* A person introduced with a title or found in the persons dictionary
 * ("Menteri Luar Negeri Retno LP Marsudi", "Rex Tillerson") is later
 * called by one of the names alone: remember each name word's code. */
static void learn_names(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        /* a guessed country (m->home) is not knowledge to pass on */
        if (!m->code[0] || m->pronoun || m->home || strlen(m->code) <= 3) continue;
        for (int i = m->first; i <= m->last; i++) {
            const idw *x = &c->w[i];
            if (x->phrase && x->phrase->kind == ID_ACTOR && x->phrase->nwords >= 2) {
                const char *pc = id_phrase_code(x->phrase, c->date);
                if (pc && strlen(pc) > 3)
                    for (int q = 0; q < x->phrase_len; q++)
                        if (c->w[i + q].t->flags & WT_TF_CAPITAL) learn_name(c, c->w[i + q].norm, pc);
                i += x->phrase_len - 1;
                continue;
            }
            /* a surname the dictionary gives to someone else, after a first
             * name the dictionary does not know: Aurelio Sergio Guterres,
             * Timor-Leste's foreign minister, is not the UN's Guterres */
            if (x->phrase && x->phrase->kind == ID_ACTOR && x->phrase_len == 1 && m->has_agent &&
                !(x->t->flags & WT_TF_ALLCAPS) && i > m->first && c->w[i - 1].kind == W_OTHER &&
                (c->w[i - 1].t->flags & WT_TF_CAPITAL) && !c->w[i - 1].is_verbish) {
                const char *pc = id_phrase_code(x->phrase, c->date);
                if (pc && strncmp(pc, m->code, primary_len(m->code) < 3 ? 3 : primary_len(m->code)))
                    learn_name(c, x->norm, m->code);
                continue;
            }
            if (x->kind == W_OTHER && (x->t->flags & WT_TF_CAPITAL) && !(x->t->flags & WT_TF_ALLCAPS) &&
                m->has_agent && !x->is_verbish && !WC(x, WC_ALL_PREPS) && !WC(x, WC_COORD))
                learn_name(c, x->norm, m->code);
        }
    }
}

static const char *const SPORT[] = {
    "pertandingan", "laga", "gol", "skor", "juara", "turnamen", "klub", "pelatih", "timnas", "atlet",
    "kejuaraan", "olimpiade", "piala", "liga", "semifinal", "medali", "sepakbola", "stadion",
    "babak", "kualifikasi", "striker", "bek", "kiper", "penalti", "ganda", "tunggal", "poin",
    "set", "grup", "kontestan", "pebulutangkis", "petenis", "pembalap", "pemain", "gelandang",
    "pesepakbola", "klasemen", "skuad", "transfer", "petinju", "pegolf", "balapan", "sirkuit", "podium",
    "pebalap", NULL };
/* Entertainment: a film made with Japan, a singer touring Korea. */
static const char *const SHOWBIZ[] = {
    "film", "syuting", "aktor", "aktris", "sutradara", "penyanyi", "album", "konser", "lagu", "artis",
    "selebriti", "sinetron", "produser", "adegan", "pemeran", "bioskop", "penggemar", "panggung", "musik",
    "trailer", NULL };
#define SHOWBIZ_BASE 64   /* idword.sport of SHOWBIZ[k] is SHOWBIZ_BASE + k */

/* A sports or entertainment report: at least four different words of
 * sport, or four of film and music. */
static int is_sports_report(const wt_idcoder *c)
{
    const wt_doc *d = c->doc;
    uint64_t seen[2] = { 0, 0 };   /* one bit per SPORT word, per SHOWBIZ word */
    int n[2] = { 0, 0 };
    for (size_t i = 0; i < d->toks.len && n[0] < 4 && n[1] < 4; i++) {
        int k = c->tokw.items[i]->sport;
        if (k < 0 || !d->toks.items[i].norm || d->toks.items[i].kind != WT_TOK_WORD) continue;
        int show = k >= SHOWBIZ_BASE;
        uint64_t bit = (uint64_t)1 << (show ? k - SHOWBIZ_BASE : k);
        if (!(seen[show] & bit)) { seen[show] |= bit; n[show]++; }
    }
    return n[0] >= 4 || n[1] >= 4;
}

/* Adds weight to a country's count (codes[k] its first three letters);
 * returns the new number of countries. */
static int count_country(char (*codes)[4], int *counts, int n, const char *code, int weight)
{
    int k = 0;
    while (k < n && strncmp(codes[k], code, 3)) k++;
    if (k == n) {
        if (n == 32) return n;
        memcpy(codes[n], code, 3);
        codes[n][3] = '\0';
        counts[n++] = 0;
    }
    counts[k] += weight;
    return n;
}

/* The country of the article's dateline place (PYONGYANG, London), NULL
 * when it names none the actor dictionary knows. */
static const char *dateline_country(const wt_idcoder *c)
{
    const char *dl = c->doc->dateline;
    if (!dl) return NULL;
    char word[48];
    size_t n = 0;
    while (dl[n] && dl[n] != ' ' && dl[n] != ',' && n + 1 < sizeof word) {
        word[n] = (char)tolower((unsigned char)dl[n]);
        n++;
    }
    word[n] = '\0';
    const id_list *l = id_dict_phrases_for(&c->dict, word, n);
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind != ID_ACTOR || p->nwords != 1) continue;
        const char *code = id_phrase_code(p, c->date);
        if (code && strlen(code) >= 3 && strncmp(code, "IGO", 3) && strncmp(code, "IMG", 3) && strncmp(code, "NGO", 3))
            return code;
    }
    return NULL;
}

/* Can mark_phrases find anything in the sentence? Not when none of its
 * words starts a dictionary phrase and no name has been learnt yet. */
static int may_name_actors(const wt_idcoder *c, const wt_sentence *s)
{
    if (c->nnames) return 1;
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const idword *iw = c->tokw.items[s->tok_first + k];
        if (iw->phrases || iw->nya) return 1;
    }
    return 0;
}

/* "keturunan Libya", "asal China", "kelahiran London": a person's origin,
 * not a party of the story */
static int origin_word(const wt_idcoder *c, int i)
{
    static const char *const ORIGIN[] = { "asal", "keturunan", "kelahiran", NULL };
    return i > 0 && c->w[i - 1].kind == W_OTHER && in_list(ORIGIN, c->w[i - 1].norm);
}

/* The country of a gazetteer city named at word i (di Manchester, ke
 * New York) that no dictionary phrase covers; *len gets its words. */
static const char *city_at(const wt_idcoder *c, int i, int *len)
{
    const idw *x = &c->w[i];
    if (!c->places || x->kind != W_OTHER || x->phrase || !(x->t->flags & WT_TF_CAPITAL))
        return NULL;
    const wt_gaz_place *p = NULL;
    *len = 1;
    if (i + 1 < c->nw && c->w[i + 1].kind == W_OTHER && !c->w[i + 1].phrase &&
        (c->w[i + 1].t->flags & WT_TF_CAPITAL)) {
        char key[96];
        int n = snprintf(key, sizeof key, "%s %s", x->norm, c->w[i + 1].norm);
        if (n > 0 && (size_t)n < sizeof key) p = wt_gazetteer_find(c->places, key, (size_t)n);
        if (p) *len = 2;
    }
    if (p && (p->kind == WT_GAZ_CITY || p->kind == WT_GAZ_CAPITAL)) return p->country;
    *len = 1;
    return x->info->city;
}

/* Does a word of the sentence name a city of the gazetteer? */
static int names_city(const wt_idcoder *c, const wt_sentence *s)
{
    for (uint32_t k = 0; k < s->tok_count; k++)
        if (c->tokw.items[s->tok_first + k]->city) return 1;
    return 0;
}

/* The article's main country: the one its actor phrases and the cities
 * of its events name most often (at least twice, ahead of the next).
 * Bare agents (polisi, pemerintah, Presiden, warga) without a country of
 * their own belong to it. */
static void find_home_country(wt_idcoder *c)
{
    char codes[32][4], named[32][4];
    int counts[32], named_counts[32], n = 0, nnamed = 0;
    int idn_institution = 0;
    c->home[0] = '\0';
    c->sports = is_sports_report(c);
    for (size_t si = 0; si < c->doc->sents.len; si++) {
        const wt_sentence *s = &c->doc->sents.items[si];
        int names = may_name_actors(c, s);
        if (!names && !names_city(c, s)) continue;
        /* the lead paragraph says whose story it is; later ones wander
         * into background (where the attacker's family came from) */
        int lead = c->doc->paras.items[s->para].index == 0 ? 2 : 1;
        load_sentence(c, s);
        if (names) mark_phrases(c);
        for (int i = 0; i < c->nw; i++) {
            const id_phrase *p = c->w[i].phrase;
            int len = 1;
            const char *city = p ? NULL : city_at(c, i, &len);
            if (city) {
                /* "di Manchester": where the story happens (a person's
                 * birthplace is not) */
                if (!origin_word(c, i)) n = count_country(codes, counts, n, city, lead);
                i += len - 1;
                continue;
            }
            /* actors, and institutions with a full code (DPR, TNI, KBRI) */
            if (!p || (p->kind != ID_ACTOR && p->agent_suffix)) continue;
            const char *code = p->kind == ID_ACTOR ? id_phrase_code(p, c->date) : p->codes[0].code;
            if (!code || strlen(code) < 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "IMG", 3) ||
                !strncmp(code, "NGO", 3))
                continue;
            /* a people (Rohingya = MMRCVL) is named as often as the story
             * is about them, wherever it happens: not whose officials the
             * bare titles are */
            if (p->kind == ID_ACTOR && civilian_sector(code)) continue;
            /* a country that modifies something (keturunan Libya, dolar AS,
             * Universitas Indonesia) is not a party */
            if (p->kind == ID_ACTOR && (origin_word(c, i) || country_as_modifier(c, i))) continue;
            /* a national institution (DPR, Polri, TNI, KBRI) says more
             * about whose story it is than a country named in passing */
            n = count_country(codes, counts, n, code, (p->kind == ID_AGENT ? 2 : 1) * lead);
            nnamed = count_country(named, named_counts, nnamed, code, 1);
            idn_institution |= p->kind == ID_AGENT && !strncmp(code, "IDN", 3);
        }
    }
    /* a foreign dateline (LONDON, PYONGYANG) is where the story happens;
     * Jakarta datelines head foreign news too, so they add nothing */
    const char *dl = dateline_country(c);
    if (dl && strcmp(dl, "IDN")) {
        n = count_country(codes, counts, n, dl, 2);
        nnamed = count_country(named, named_counts, nnamed, dl, 1);
    }
    int best = -1, second = 0, idn = 0;
    for (int k = 0; k < n; k++)
        if (!strcmp(codes[k], "IDN")) idn = counts[k];
    for (int k = 0; k < n; k++) {
        if (best < 0 || counts[k] > counts[best]) {
            if (best >= 0) second = counts[best];
            best = k;
        } else if (counts[k] > second) {
            second = counts[k];
        }
    }
    /* a near tie between two foreign countries (12 against 11) is no
     * evidence whose a bare title is: better no event than a guess; an
     * Indonesian paper names its own officials bare, so Indonesia ahead
     * by a little still holds */
    /* cities alone (a film festival in Venice) say where, not whose: a
     * foreign country must be named as an actor or be the dateline's, or
     * its cities outweigh twice over every country that is named
     * (Indonesian cities in Indonesian news are the paper's own) */
    int is_named = best >= 0 && !strcmp(codes[best], "IDN"), top_named = 0;
    for (int k = 0; best >= 0 && k < nnamed; k++) is_named |= !strcmp(named[k], codes[best]);
    for (int k = 0; k < n; k++)
        for (int q = 0; q < nnamed; q++)
            if (!strcmp(named[q], codes[k]) && counts[k] > top_named) top_named = counts[k];
    if (best >= 0 && counts[best] > 2 * top_named) is_named = 1;
    if (best >= 0 && is_named && counts[best] >= 2 && counts[best] > second &&
        (3 * counts[best] > 4 * second || !strcmp(codes[best], "IDN")))
        memcpy(c->home, codes[best], 4);
    /* Indonesian news: in an article that names Indonesia's own
     * institutions (DPR, Polri, TNI, KPK, KBRI) a bare title (Menlu,
     * Presiden, pemerintah, polisi) is Indonesia's unless the article is
     * mostly about another country; so is it in an article that names no
     * country at all */
    if (!n || (idn_institution && 2 * idn >= counts[best])) memcpy(c->home, "IDN", 4);
    if (c->explain) {
        fprintf(c->explain, "main country: %s (", c->home[0] ? c->home : "none");
        for (int k = 0; k < n; k++) fprintf(c->explain, "%s%s %d", k ? ", " : "", codes[k], counts[k]);
        fputs(")\n", c->explain);
    }
}

/* Pronouns kami/kita/saya inside a quote stand for the speaker. */
static void add_pronouns(wt_idcoder *c, int in_quote)
{
    if (!in_quote || !c->speaker_code[0]) return;
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0 || !WC(&c->w[i], WC_PRONOUNS_WE)) continue;
        if (c->nm >= MAXM) break;
        /* keep mentions in text order */
        int at = 0;
        while (at < c->nm && c->m[at].first < i) at++;
        memmove(&c->m[at + 1], &c->m[at], (size_t)(c->nm - at) * sizeof *c->m);
        idm *m = &c->m[at];
        memset(m, 0, sizeof *m);
        m->first = m->last = i;
        snprintf(m->code, sizeof m->code, "%s", c->speaker_code);
        m->pronoun = 1;
        m->has_actor = 1;
        m->prep = -1;
        c->nm++;
    }
    for (int k = 0; k < c->nm; k++) {
        for (int i = c->m[k].first; i <= c->m[k].last; i++) c->w[i].mention = (int16_t)k;
        c->m[k].group = k;
    }
}

/* "negara ini/tersebut", "negeri itu": the country named last before it
 * (in the sentence, else in the sentences before). */
static void resolve_demonstratives(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->code[0] || m->first != m->last || m->last + 1 >= c->nw) continue;
        const char *w = c->w[m->first].norm, *nx = c->w[m->last + 1].norm;
        if ((strcmp(w, "negara") && strcmp(w, "negeri")) ||
            (strcmp(nx, "ini") && strcmp(nx, "itu") && strcmp(nx, "tersebut")))
            continue;
        const char *ante = c->last_actor[0] ? c->last_actor : NULL;
        for (int q = k - 1; q >= 0; q--)
            if (c->m[q].code[0] && !c->m[q].pronoun) { ante = c->m[q].code; break; }
        if (ante) snprintf(m->code, sizeof m->code, "%.3s", ante);
        m->last++;
        c->w[m->last].mention = (int16_t)k;
    }
}

/* The most recent remembered group with n members (n = 0: a subject
 * list of any size) named at most `dist` sentences back. */
static const idgroup *recent_group(const wt_idcoder *c, int sent_index, int n, int dist)
{
    int total = c->ngroups < 8 ? c->ngroups : 8;
    for (int k = 0; k < total; k++) {
        const idgroup *g = &c->groups[(c->ngroups - 1 - k) % 8];
        if (sent_index - g->sent > dist) break;
        if (n ? g->n == n : g->subject) return g;
    }
    return NULL;
}

/* Replaces words [first, last] (an unresolved mention or a pronoun) by one
 * mention per member of a remembered list, all in one coordinated group. */
static void expand_reference(wt_idcoder *c, int first, int last, char (*codes)[32], int ncodes)
{
    int g = -1;
    for (int q = 0; q < ncodes && c->nm < MAXM; q++) {
        idm *m = &c->m[c->nm];
        memset(m, 0, sizeof *m);
        m->first = first;
        m->last = last;
        m->prep = first > 0 && c->w[first - 1].kind == W_OTHER && WC(&c->w[first - 1], WC_ALL_PREPS) ? first - 1 : -1;
        memcpy(m->code, codes[q], sizeof m->code);
        m->code[sizeof m->code - 1] = '\0';
        m->has_actor = 1;
        m->pronoun = 2;
        if (g < 0) g = c->nm;
        m->group = g;
        c->nm++;
    }
    if (g >= 0)
        for (int k = first; k <= last; k++) c->w[k].mention = (int16_t)g;
}

/* Heads a counted reference to states takes (kedua negara, ketiga menteri,
 * tiga negara); "dua pelajar" counts people, not the parties named before. */
static const char *const STATE_HEADS[] = {
    "negara", "negeri", "pihak", "menteri", "menlu", "pemimpin", "kepala", "pemerintah", "delegasi",
    "presiden", "diplomat", "belah", "kubu", "kekuatan", NULL };

/* Plural references to actors named together before: "mereka",
 * "keduanya", "kedua negara", "ketiga menteri", "tiga negara",
 * "negara-negara tersebut". A numeral picks the list of that size;
 * mereka / X-X tersebut the last list that was a subject. Without a list,
 * "keduanya" / "kedua negara" are the two sides of the last event. */
static void resolve_plural_refs(wt_idcoder *c, int sent_index)
{
    int pair_ok = sent_index - c->prev_pair_sent <= 2 && c->prev_pair_sent >= 0 && c->prev_pair[0][0];
    int nm0 = c->nm;
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER && c->w[i].kind != W_PHRASE) continue;
        const char *w = c->w[i].norm;
        int first = i, last = i, want = -1, k = c->w[i].mention;
        if (k >= nm0) continue;
        if (WC(&c->w[i], WC_THEY) && k < 0) {
            want = !strcmp(w, "keduanya") ? 2 : 0;
        } else if (c->w[i].numeral && i + 1 < c->nw && c->w[i + 1].mention >= 0 &&
                   c->w[i + 1].mention < nm0 && (!c->m[c->w[i + 1].mention].code[0] || c->m[c->w[i + 1].mention].home) &&
                   WC(&c->w[i + 1], WC_STATE_HEADS)) {
            /* kedua negara, ketiga menteri luar negeri, pertemuan tiga negara */
            k = c->w[i + 1].mention;
            want = c->w[i].numeral;
        } else if (k >= 0 && !c->m[k].code[0] && c->m[k].first == i && c->ahead_sent == sent_index &&
                   !strcmp(w, c->ahead_head)) {
            /* named in the next sentence: "negara-negara sahabat. Negara-negara
             * tersebut di antaranya Selandia Baru, Malaysia …" */
            c->m[k].code[0] = '\0';
            expand_reference(c, c->m[k].first, c->m[k].last, c->ahead.codes, c->ahead.n);
            i = c->m[k].last;
            continue;
        } else if (k >= 0 && (!c->m[k].code[0] || c->m[k].home) && c->m[k].first == i && strchr(w, '-') &&
                   i + 1 < c->nw && (is(&c->w[i + 1], "tersebut") || is(&c->w[i + 1], "itu") || is(&c->w[i + 1], "ini"))) {
            /* negara-negara tersebut */
            want = 0;
            last = i + 1;
        } else {
            continue;
        }
        const idgroup *g = recent_group(c, sent_index, want, 3);
        char pair[2][32];
        char (*codes)[32] = NULL;
        int n = 0;
        if (g) { codes = (char (*)[32])g->codes; n = g->n; }
        else if (!strcmp(w, "keduanya") && sent_index - c->persons_sent <= 3) {
            /* "keduanya" (both of them) are people: the last two persons
             * named together, before the sides of the last event */
            codes = c->persons;
            n = 2;
        } else if (pair_ok && (want == 2 || (want == 0 && c->prev_pair_both))) {
            memcpy(pair, c->prev_pair, sizeof pair);
            codes = pair;
            n = 2;
        }
        if (!n) continue;
        if (k >= 0) {
            if (c->m[k].first < first) first = c->m[k].first;
            if (c->m[k].last > last) last = c->m[k].last;
            c->m[k].code[0] = '\0';             /* superseded by the members */
        }
        expand_reference(c, first, last, codes, n);
        i = last;
    }
}

static void remember_group(wt_idcoder *c, int sent_index)
{
    for (int k = 0; k < c->nm; k++) {
        if (c->m[k].group != k || c->m[k].pronoun == 1) continue;
        idgroup g;
        memset(&g, 0, sizeof g);
        for (int q = k; q < c->nm && g.n < 4; q++) {
            if (c->m[q].group != k || !c->m[q].code[0]) continue;
            int dup = 0;
            for (int r = 0; r < g.n; r++) dup |= same_primary(g.codes[r], c->m[q].code);
            if (!dup) snprintf(g.codes[g.n++], 32, "%s", c->m[q].code);
        }
        if (g.n < 2) continue;
        g.sent = sent_index;
        g.subject = c->m[k].prep < 0;
        c->groups[c->ngroups % 8] = g;
        c->ngroups++;
    }
}

/* Coordination (A, B dan C) and prepositions before each mention. */
/* "Tentara menembak mati 36 pengungsi Burundi … di RD Kongo", "kabur dari
 * Myanmar karena kekerasan militer": bare soldiers or police act where the
 * sentence puts them, when it names one foreign country as the place
 * (after di/dari) and nothing of the article's own country but its
 * people. Only then: a minister "tiba di Jepang" stays the article's.
 * Civilians too (polisi menangkap seorang pria di Manchester), and the
 * place may be a gazetteer city that no dictionary phrase covers. */
static void place_bare_forces(wt_idcoder *c)
{
    const char *place = NULL;
    if (!c->home[0]) return;
    for (int q = 0; q < c->nm; q++) {
        const idm *m = &c->m[q];
        if (!m->code[0] || m->home || primary_len(m->code) != 3 || !strncmp(m->code, "IMG", 3) ||
            !strncmp(m->code, "NGO", 3))
            continue;
        if (!strncmp(m->code, c->home, 3)) {
            if (!civilian_sector(m->code)) return;
            continue;
        }
        /* "di Republik Demokratik (RD) Kongo": over the rest of the name */
        int p = m->first - 1;
        for (int n = 0; n < 6 && p > 0 && c->w[p].mention < 0 &&
                        (is_capital_name(c, p) || is_punct(c, p, '(') || is_punct(c, p, ')')); n++)
            p--;
        int at = p >= 0 && (is(&c->w[p], "di") || is(&c->w[p], "dari"));
        if (!at || m->has_agent) continue;
        if (place && strncmp(place, m->code, 3)) return;
        place = m->code;
    }
    /* "di Manchester": a gazetteer city no dictionary phrase covers */
    for (int i = 1; i < c->nw; i++) {
        int len;
        if (c->w[i].mention >= 0 || !(is(&c->w[i - 1], "di") || is(&c->w[i - 1], "dari"))) continue;
        const char *city = city_at(c, i, &len);
        if (!city) continue;
        if (!strcmp(city, c->home)) return;
        if (place && strncmp(place, city, 3)) return;
        place = city;
    }
    if (!place) return;
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->home != 1 || m->has_actor || (strcmp(m->sector, "MIL") && strcmp(m->sector, "COP") && strcmp(m->sector, "CVL")))
            continue;
        memcpy(m->code, place, 3);
    }
}

static void link_mentions(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        int p = m->first - 1;
        if (p >= 0 && WC(&c->w[p], WC_ALL_PREPS) && c->w[p].kind == W_OTHER) m->prep = p;
        if (k == 0) continue;
        idm *prev = &c->m[k - 1];
        int ok = 1;
        int between = m->first - prev->last - 1;
        if (between < 1 || between > 2) ok = 0;
        int has_conj = 0;
        for (int i = prev->last + 1; ok && i < m->first; i++) {
            ok = is_punct(c, i, ',') || (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_COORD));
            has_conj |= c->w[i].kind == W_OTHER && WC(&c->w[i], WC_COORD);
        }
        /* "…ke Pyongyang, pejabat Korut menyatakan": a comma before a subject
         * that a verb follows starts a new clause, not a list */
        /* "menurut Retno, KBRI …": the attribution ends at the comma */
        if (ok && !has_conj && c->m[prev->group].prep >= 0 && WC(&c->w[c->m[prev->group].prep], WC_SPEECH_VERBS))
            ok = 0;
        if (ok && !has_conj && m->last + 1 < c->nw) {
            const idw *nx = &c->w[m->last + 1];
            if (nx->kind == W_OTHER && nx->mention < 0 &&
                (nx->is_verbish || WC(nx, WC_MODALS) || WC(nx, WC_NEGATIONS) ||
                 !strcmp(nx->norm, "telah") || !strcmp(nx->norm, "juga") || !strcmp(nx->norm, "sudah")))
                ok = 0;
        }
        if (ok) {
            m->group = prev->group;
            if (m->prep < 0 || WC(&c->w[m->prep], WC_COORD)) m->prep = c->m[prev->group].prep;
        }
    }
    /* "warga dan polisi Prancis", "antara warga dan polisi di Paris": a
     * bare agent in a list takes the country of its conjuncts */
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->has_actor || !m->sector[0] || m->possessive || (m->code[0] && !m->home)) continue;
        /* "Presiden dan Perdana Menteri Belanda sepakat", said by Indonesia's
         * foreign minister: the speaker's president, the Dutch prime minister */
        if (m->home == 2 && WC(&c->w[m->first], WC_TITLES)) continue;
        const char *country = NULL;
        for (int q = 0; q < c->nm; q++)
            if (q != k && c->m[q].group == m->group && c->m[q].code[0] && c->m[q].has_actor &&
                primary_len(c->m[q].code) == 3 && strncmp(c->m[q].code, "IMG", 3) && strncmp(c->m[q].code, "NGO", 3)) {
                if (country && strncmp(country, c->m[q].code, 3)) { country = NULL; break; }
                country = c->m[q].code;
            }
        if (country && home_sector(m->sector)) {
            memcpy(m->code, country, 3);
            memcpy(m->code + 3, m->sector, 4);   /* sectors are three letters */
            m->code[7] = '\0';
            m->home = 1;
        }
    }
    place_bare_forces(c);
    /* an unresolved head with a list: berbagai negara termasuk Rusia, Mesir */
    for (int k = 0; k + 1 < c->nm; k++) {
        idm *m = &c->m[k], *n = &c->m[k + 1];
        if (m->code[0] || n->first != m->last + 2) continue;
        const char *w = c->w[m->last + 1].norm;
        if (!strcmp(w, "termasuk") || !strcmp(w, "yakni") || !strcmp(w, "yaitu") || !strcmp(w, "seperti"))
            for (int q = k + 1, ng = n->group; q < c->nm && c->m[q].group == ng; q++) {
                c->m[q].group = m->group;
                c->m[q].prep = m->prep;
            }
    }
}

/* ------------------------------------------------------------ grammar */

static int is_break(const wt_idcoder *c, int i)
{
    const idw *x = &c->w[i];
    if (x->kind == W_PUNCT) return strchr(".;:?!", x->norm[0]) != NULL;
    /* "Retno kemudian mengecam": right after a subject these are adverbs */
    if (i > 0 && c->w[i - 1].mention >= 0 &&
        (!strcmp(x->norm, "kemudian") || !strcmp(x->norm, "lalu") || !strcmp(x->norm, "sedang")))
        return 0;
    return x->mention < 0 && WC(x, WC_CLAUSE_BREAKS);
}

/* The nearest mention to the left of word `from` that can be a subject
 * (not after a preposition), within the clause. */
static const char *const SHARED_SUBJECT[] = {
    "ketika", "saat", "setelah", "sebelum", "usai", "seusai", "sesudah", "sambil", "seraya", NULL };

/* "Belarusia, yang didukung oleh …": the head of a relative clause is the
 * mention right before `yang`, even after a preposition. */
static int relative_head(const wt_idcoder *c, int from)
{
    int i = from - 1;
    /* "WNI yang berencana melakukan kunjungan": aspect and modal words
     * between yang and the predicate */
    while (i >= 0 && c->w[i].kind == W_OTHER && c->w[i].mention < 0 && i > from - 4 &&
           (!strcmp(c->w[i].norm, "juga") || !strcmp(c->w[i].norm, "telah") || !strcmp(c->w[i].norm, "sudah") ||
            !strcmp(c->w[i].norm, "pernah") || !strcmp(c->w[i].norm, "sedang") || WC(&c->w[i], WC_MODALS)))
        i--;
    if (i < 1 || !is(&c->w[i], "yang")) return -1;
    i--;
    if (is_punct(c, i, ',')) i--;
    /* "provokator yang mengajak masyarakat": the head is a noun that
     * names no actor, so the act has no known source (-2) */
    return i >= 0 && c->w[i].mention >= 0 ? c->w[i].mention : -2;
}

static int subject_left(const wt_idcoder *c, int from)
{
    int rel = relative_head(c, from);
    if (rel >= 0) return c->m[rel].first >= 0 ? rel : -1;
    if (rel == -2) return -1;
    int passed_mention = 0, verbs = 0, own_subject = 0;
    for (int i = from - 1, seen = 0; i >= 0 && seen < 25; i--, seen++) {
        /* "usai Ketua Umum Demokrat itu bertemu …": a noun phrase the
         * dictionaries do not know (capitalised, closed by itu/tersebut,
         * or a pronoun) is the time clause's own subject */
        if (!passed_mention && c->w[i].kind == W_OTHER && c->w[i].mention < 0 &&
            (((c->w[i].t->flags & WT_TF_CAPITAL) && !(c->w[i].t->flags & WT_TF_SENT_START)) || is(&c->w[i], "itu") ||
             is(&c->w[i], "tersebut") || is(&c->w[i], "ia") || is(&c->w[i], "dia") || is(&c->w[i], "beliau")))
            own_subject = 1;
        if (c->w[i].mention < 0 && c->w[i].is_verbish && !WC(&c->w[i], WC_LIGHT_VERBS) &&
            !WC(&c->w[i], WC_MODALS) && !WC(&c->w[i], WC_SPEECH_VERBS) && ++verbs >= 2)
            return -1;
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            i = m->first;
            passed_mention = 1;
            /* "A yang didukung B, melancarkan …": B is inside A's relative clause */
            if (m->first >= 2 && c->w[m->first - 1].is_verbish && !strncmp(c->w[m->first - 1].norm, "di", 2) &&
                is(&c->w[m->first - 2], "yang")) {
                int h = m->first - 3;
                if (h >= 0 && is_punct(c, h, ',')) h--;
                if (h >= 0 && c->w[h].mention >= 0) return c->w[c->m[c->w[h].mention].first].mention;
            }
            if (m->prep < 0 && c->m[m->group].prep < 0) return c->w[m->first].mention;
            continue;
        }
        /* "X …, ketika bertemu dengan Y": a subjectless time clause shares
         * the main clause's subject */
        if (is_break(c, i) &&
            !(!passed_mention && !own_subject && c->w[i].kind == W_OTHER && WC(&c->w[i], WC_SHARED_SUBJECT)))
            return -1;
    }
    return -1;
}

/* The first mention to the right of `from` (a target), after at most a few
 * words, stopping at a clause break or a comma. */
static int target_right(const wt_idcoder *c, int from, int max_gap)
{
    int prep = 0, noun = 0;
    for (int i = from + 1, gap = 0; i < c->nw && gap <= max_gap; i++, gap++) {
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            if (m->prep >= 0 && !WC(&c->w[m->prep], WC_TARGET_PREPS)) return -1;
            /* "bekerja sama dengan para ahli dari Jerman": the object is
             * the noun, the country after dari where it comes from */
            if (noun && m->prep >= 0 && is(&c->w[m->prep], "dari")) return -1;
            return c->w[i].mention;
        }
        if (c->w[i].kind == W_OTHER) {
            if (WC(&c->w[i], WC_TARGET_PREPS)) prep = 1;
            else if (prep && !WC(&c->w[i], WC_MENTION_PREFIX)) noun = 1;
        }
        /* menyesalkan ancaman yang diluncurkan Korut: the author is the target */
        if (is(&c->w[i], "yang") && i + 2 < c->nw && c->w[i + 1].kind == W_OTHER &&
            !strncmp(c->w[i + 1].norm, "di", 2) && c->w[i + 1].is_verbish && c->w[i + 2].mention >= 0)
            return c->w[i + 2].mention;
        if (is_break(c, i) || is_punct(c, i, ',') || is(&c->w[i], "oleh") || is(&c->w[i], "yang") ||
            is(&c->w[i], "bahwa")) return -1;
        /* a topic or frame, not the addressee: "mendukung Ridwan Kamil
         * dalam pemilihan Gubernur Jawa Barat", "membahas soal X" */
        if (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_TOPIC_PREPS)) return -1;
        /* another predicate starts: melunak dan meninggalkan … dengan X */
        if (c->w[i].is_verbish && strncmp(c->w[i].norm, "ter", 3)) return -1;
    }
    return -1;
}

/* Arrival and visits take a place as their target: tiba di Pyongyang. */
static int target_after_di(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 4; i++) {
        if (is_break(c, i) || is_punct(c, i, ',')) return -1;
        if (c->w[i].mention >= 0) {
            for (int k = from + 1; k < i; k++)
                if (is(&c->w[k], "di")) return c->w[i].mention;
            return -1;
        }
    }
    return -1;
}

/* The agent of a passive: after `oleh` (anywhere in the clause) or right
 * after the verb. */
static int passive_agent(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 12; i++) {
        if (is_break(c, i)) break;
        if (is(&c->w[i], "oleh") && i + 1 < c->nw) {
            int k = i + 1;
            while (k < c->nw && k < i + 4 && c->w[k].mention < 0) k++;
            return k < c->nw && c->w[k].mention >= 0 ? c->w[k].mention : -1;
        }
    }
    int k = from + 1;
    if (k < c->nw && c->w[k].mention >= 0 && c->m[c->w[k].mention].prep < 0) return c->w[k].mention;
    return -1;
}

typedef struct decision {
    int src, tgt;             /* mention indexes, -1 = none */
    int reciprocal;
    int negated;
    int modal;                /* 1 intent, 2 threat */
    int refused;              /* menolak untuk */
    int deontic;              /* harus, mesti, sebaiknya (DEONTIC) */
    int denied;               /* membantah, menyangkal (DENIALS) */
    const char *why;          /* reason when no event */
} decision;

static const char *const NOUN_MODALS[] = { "upaya", "tujuan", "kesempatan", "kemungkinan", "rencana", "tawaran",
                                           "undangan", "ajakan", "keinginan", "niat", "usulan", NULL };

/* Modal and negation words between the subject and the event word. */
static void scan_modality(const wt_idcoder *c, int from, int to, decision *d)
{
    /* a modal governs the predicates after it, through purpose clauses
     * ("akan bertolak ke AS untuk melakukan pertemuan"), but not past a
     * coordinated predicate ("melakukan pembersihan serta terlibat dalam
     * pertempuran"): the scope starts after the last serta/lalu/comma
     * ("akan menyerang dan menghancurkan" keeps it: dan joins verbs of
     * one predicate as often as predicates) */
    int start = from + 1;
    for (int i = to - 1; i > from; i--)
        if ((c->w[i].kind == W_OTHER && c->w[i].mention < 0 &&
             (is(&c->w[i], "serta") || is(&c->w[i], "lalu") || is(&c->w[i], "kemudian"))) ||
            /* "akan berada di Seoul, setelah mengunjungi Jepang": a time
             * clause sharing the subject is inside the modal's scope */
            (is_punct(c, i, ',') && !(i + 1 < to && word_in(c, i + 1, WC_SHARED_SUBJECT)))) {
            start = i + 1;
            break;
        }
    for (int i = from + 1; i < to; i++) {
        if (c->w[i].kind != W_OTHER) continue;
        const idw *x = &c->w[i];
        const char *w = x->norm;
        if (WC(x, WC_NEGATIONS) && i >= to - 4) d->negated = 1;
        if (WC(x, WC_DENIALS) && i >= to - 4) d->denied = 1;
        if (!strcmp(w, "menolak") || !strcmp(w, "ditolak")) d->refused = 1;
        if (i < start) continue;
        /* noun modals (upaya, tujuan) only before a predicate: "upaya untuk
         * menyerang", not "upaya pembersihan" */
        if (WC(x, WC_NOUN_MODALS) && i + 1 < to && !is(&c->w[i + 1], "untuk") && !c->w[i + 1].is_verbish)
            continue;
        if (WC(x, WC_DEONTIC)) d->deontic = 1;
        if (WC(x, WC_MODALS)) d->modal = d->modal == 2 ? 2 : 1;
        if (WC(x, WC_THREAT_WORDS)) d->modal = 2;
    }
}

/* Intent (03x) for cooperative acts and threats (13x) for force. */
static void apply_modality(char code[8], const decision *d)
{
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (d->refused) {
        if (root >= 3 && root <= 8) strcpy(code, root == 4 ? "125" : "120");
        return;
    }
    if (!d->modal) return;
    /* a planned protest is announced, not threatened: it stays 14x */
    if (root == 14 && d->modal == 1) return;
    if (d->modal == 2 || root >= 14) {
        if (root >= 18) strcpy(code, "138");
        else if (root == 17) strcpy(code, "137");
        else if (root >= 14) strcpy(code, "130");
        return;
    }
    switch (root) {
    case 4: strcpy(code, "036"); break;
    case 5: strcpy(code, code[2] == '1' ? "032" : "030"); break;
    case 6: strcpy(code, "031"); break;
    case 7: strcpy(code, "033"); break;
    case 8: strcpy(code, "035"); break;
    default: break;
    }
}

/* Verbs whose object does what the untuk-clause says (meminta X untuk
 * datang: X comes); after any other verb the subject does it
 * (Bangladesh memanggil Dubes Myanmar untuk memprotes: Bangladesh
 * protests). Lemmas. */
static const char *const OBJECT_CONTROL[] = {
    "minta", "ajak", "dorong", "desak", "imbau", "undang", "suruh", "perintah", "izin", "paksa",
    "tugas", "bantu", "seru", "tuntut", "harap", "larang", "bujuk", "yakin", "kirim", "utus",
    "latih", "pilih", "tunjuk", "tantang", "dukung", "beri", "izinkan", "mohon", "tekan", "cegah",
    "tolak", "halang", "ingat", "peringat", "biar", "ijin", "ajar", "tuduh", "kecam", NULL };

/* "A memanggil B (di C) untuk memprotes …": the purpose clause's subject
 * is A, the subject of the verb before B, unless that verb hands the act
 * to its object (OBJECT_CONTROL). Returns the source to use. */
static int purpose_subject(const wt_idcoder *c, int src, int anchor)
{
    int u = anchor - 1;
    if (u < 1 || !is(&c->w[u], "untuk")) return src;
    const idm *m = &c->m[src];
    if (m->last >= u || u - m->last > 3) return src;
    for (int i = m->last + 1; i < u; i++)
        if (c->w[i].mention < 0 && (c->w[i].kind != W_OTHER || c->w[i].is_verbish || is_break(c, i))) return src;
    int vb = m->first - 1;
    if (vb < 1 || c->w[vb].kind != W_OTHER || c->w[vb].mention >= 0 || !(c->w[vb].t->morph & WT_M_ACTIVE)) return src;
    const char *lemma = c->w[vb].t->lemma;
    if (!lemma || in_list(OBJECT_CONTROL, lemma)) return src;
    int a = subject_left(c, vb);
    return a >= 0 ? a : src;
}

/* Lemmas of verbs that ask, urge or forbid: the act of their object is
 * wanted, not done ("mendesak China membebaskan …", "meminta Trump
 * mundur", "mengimbau WNI yang berencana berkunjung …"). */
static const char *const DEMAND_VERBS[] = {
    "minta", "desak", "tuntut", "imbau", "ajak", "dorong", "seru", "mohon", "perintah", "suruh",
    "larang", "cegah", "bujuk", "tantang", "tekan", "peringat", "undang", "harap", "sila", NULL };

/* Is the actor before the event word (mention `m`, with its list) the
 * object of a demand verb or the subject of an agar/supaya clause? Then
 * its act is asked for, not reported. */
static int demanded_act(const wt_idcoder *c, int m)
{
    int i = c->m[c->m[m].group].first - 1;
    /* "agar Tuan Trump": a title the mention does not include */
    for (int k = 0; k < 2 && is_capital_name(c, i) && c->w[i].mention < 0; k++) i--;
    if (i >= 0 && c->w[i].kind == W_OTHER && c->w[i].mention < 0 && is(&c->w[i], "kepada")) i--;
    if (i < 0 || c->w[i].kind != W_OTHER || c->w[i].mention >= 0) return 0;
    if (is(&c->w[i], "agar") || is(&c->w[i], "supaya")) return 1;
    const char *lemma = c->w[i].t->lemma;
    /* "…, yang mendorong Trump untuk memuji …": what a situation prompts
     * is done */
    if (lemma && !strcmp(lemma, "dorong") && i > 0 && is(&c->w[i - 1], "yang")) return 0;
    /* meN- forms, and bare "minta" of spoken Indonesian ("saya minta Menlu
     * untuk kirimkan nota protes") */
    return lemma && ((c->w[i].t->morph & WT_M_ACTIVE) || !strcmp(c->w[i].norm, lemma)) && in_list(DEMAND_VERBS, lemma);
}

/* Why the act is not asserted (negated, denied, someone's duty or
 * demand), NULL when it is. `left` is the clause's actor before the verb. */
static const char *not_asserted(const wt_idcoder *c, const decision *d, int left)
{
    if (d->negated) return "negated";
    if (d->denied) return "denied (membantah)";
    if (d->deontic && !(left >= 0 && c->m[left].pronoun == 1)) return "what someone must do (harus/mesti)";
    if (left >= 0 && demanded_act(c, left)) return "asked for (the object of a demand, agar/supaya)";
    return NULL;
}

static int light_before(const wt_idcoder *c, int noun)
{
    for (int i = noun - 1; i >= 0 && i >= noun - 3; i--) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0) return -1;
        if (WC(&c->w[i], WC_LIGHT_VERBS) || WC(&c->w[i], WC_RECEIVE_VERBS)) return i;
        /* terlibat dalam pertempuran, ikut dalam perundingan */
        if (is(&c->w[i], "dalam") && i > 0 && (is(&c->w[i - 1], "terlibat") || is(&c->w[i - 1], "ikut") ||
                                              is(&c->w[i - 1], "berpartisipasi")))
            return i - 1;
        if (c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS) || WC(&c->w[i], WC_COORD) ||
            !strcmp(c->w[i].norm, "yang"))
            return -1;
    }
    return -1;
}

static int is_passive_form(const char *w, uint16_t cls)
{
    (void)w;
    return cls == ID_AF_DI || cls == ID_AF_TER;
}

/* The noun's genitive actor: kunjungan (terakhir) delegasi Rusia. */
static int genitive_after(const wt_idcoder *c, int last)
{
    for (int i = last + 1; i < c->nw && i <= last + 3; i++) {
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            return m->prep < 0 ? c->w[i].mention : -1;
        }
        if (c->w[i].kind != W_OTHER || !WC(&c->w[i], WC_NOUN_MODIFIERS)) return -1;
    }
    return -1;
}

static const char *const TITLES[] = {
    "direktur", "presiden", "menteri", "menlu", "menhan", "ketua", "wakil", "jaksa", "sekretaris",
    "kepala", "gubernur", "senator", "perdana", "wali", "bupati", "kapolri", "panglima", "pemimpin",
    "juru", "sekjen", "dubes", "duta", "raja", "ratu", "pangeran", "kanselir", NULL };

/* Is mention m one person (a title in the singular, a known person, a
 * name the article introduced)? */
static int is_individual(const wt_idcoder *c, const idm *m)
{
    if (m->pronoun) return 0;
    if (WC(&c->w[m->first], WC_TITLES)) return 1;
    /* "Direktur FBI": a title the dictionaries do not join */
    if (m->first > 0 && c->w[m->first - 1].kind == W_OTHER && WC(&c->w[m->first - 1], WC_TITLES)) return 1;
    for (int i = m->first; i <= m->last; i++) {
        const id_phrase *p = c->w[i].phrase;
        if (p && p->kind == ID_ACTOR && p->file && (strstr(p->file, "persons") || p->file[0] == '(')) return 1;
    }
    return 0;
}

/* Remembers the sentence's persons when it names exactly two, with
 * different codes ("Xi Jinping mengatakan kepada Moon Jae-in …"). */
static void remember_persons(wt_idcoder *c, int sent_index)
{
    int found[2], n = 0;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (!m->code[0] || m->home || !is_individual(c, m)) continue;
        if (n == 1 && !strcmp(c->m[found[0]].code, m->code)) continue;
        if (n == 2) return;
        found[n++] = k;
    }
    if (n != 2) return;
    for (int q = 0; q < 2; q++) memcpy(c->persons[q], c->m[found[q]].code, sizeof c->persons[q]);
    c->persons_sent = sent_index;
}

static const char *const VERBAL_WORDS[] = {
    "kritik", "kritikan", "cuitan", "twitter", "kicauan", "pernyataan", "pidato", "verbal", "retorika",
    "ucapan", "tudingan", "tuduhan", "medsos", "wawancara", "komentar", "kata-kata", "memo", "dokumen",
    "tulisan", "artikel", NULL };

static const char *const PHYSICAL[] = {
    "tembak", "menembak", "ditembak", "bom", "senjata", "pisau", "luka", "tewas", "bacok", "pukul",
    "memukul", "rudal", "roket", "pos", "markas", "pangkalan", "tentara", "pasukan", "militan", NULL };

/* menyerang in words: the sentence speaks of words (kritik, cuitan,
 * pernyataan …), or one person attacks another with no weapon or wound in
 * the sentence. */
static int verbal_attack(const wt_idcoder *c, int src, int tgt)
{
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind == W_QUOTE) continue;
        const char *w = c->w[i].norm, *l = c->w[i].t->lemma ? c->w[i].t->lemma : w;
        if (WC(&c->w[i], WC_PHYSICAL) || in_list(PHYSICAL, l)) return 0;
    }
    for (int i = 0; i < c->nw; i++)
        if (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_VERBAL_WORDS)) return 1;
    return src >= 0 && tgt >= 0 && is_individual(c, &c->m[src]) && is_individual(c, &c->m[tgt]);
}

/* ------------------------------------------------------------ events */

static void explain(wt_idcoder *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void explain(wt_idcoder *c, const char *fmt, ...)
{
    if (!c->explain) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("    ", c->explain);
    vfprintf(c->explain, fmt, ap);
    fputc('\n', c->explain);
    va_end(ap);
}

static wt_span mention_span(const wt_idcoder *c, const idm *m)
{
    if (m->outside.end > m->outside.start) return m->outside;
    return (wt_span){ c->w[m->first].t->span.start, c->w[m->last].t->span.end };
}

static const char *mention_text(wt_idcoder *c, const idm *m)
{
    wt_span s = mention_span(c, m);
    return wt_doc_slice(c->doc, s);
}

typedef struct emit_ctx {
    wt_event_list *out;
    const wt_sentence *sent;
    int sent_index;
    size_t added;
} emit_ctx;

/* `rule` names a dictionary file relative to the data directory
 * ("id/id.verbs:83"), so that records coded on two machines compare equal
 * wherever warta is installed; a file outside it keeps its path. */
static const char *rule_path(const wt_idcoder *c, const char *file)
{
    size_t n = c->data_dir ? strlen(c->data_dir) : 0;
    if (n && !strncmp(file, c->data_dir, n) && file[n] == '/') return file + n + 1;
    return file;
}

/* "Ibu Kota Korea Utara (Korut), Pyongyang": two names of one place or
 * actor with nothing but punctuation between them. */
static int apposition(const wt_doc *d, wt_span a, wt_span b)
{
    uint32_t from = a.end <= b.start ? a.end : b.end, to = a.end <= b.start ? b.start : a.start;
    if (from > to || to - from > 4) return 0;
    for (uint32_t i = from; i < to; i++)
        if (!strchr(" ,()", d->text[i])) return 0;
    return 1;
}

/* Private people and firms as a party of a visit, meeting, stated intent
 * or cooperation (tourists in Japan, investors arriving, a film made with
 * Japan, a company asking a court for help) make no political event: of
 * those roots only a state's apology, aid or release reaches them. */
static int private_party(const char *src, const char *tgt, const char *code)
{
    static const char *const PRIVATE[] = { "CVL", "BUS", "EDU", "REF", NULL };
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    if (root < 2 || root > 8) return 0;
    int ps = !strncmp(src, "IGO", 3) ? 0 : in_list(PRIVATE, src + primary_len(src));
    int pt = !strncmp(tgt, "IGO", 3) ? 0 : in_list(PRIVATE, tgt + primary_len(tgt));
    if (root == 2) return ps && !strcmp(src + primary_len(src), "BUS");
    if (root == 3 || root == 4 || root == 6) return ps || pt;
    return ps;
}

static void emit(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int src, int tgt)
{
    idm *s = &c->m[src], *t = &c->m[tgt];
    if (!s->code[0] || !t->code[0]) return;
    if (!strcmp(s->code, t->code)) { explain(c, "skip %s -> %s %s: same actor", s->code, t->code, code); return; }
    /* within one country an event needs two different sectors (police and
     * citizens, army and rebels, government and parliament); a bare
     * country code on either side is the same actor named twice */
    if (same_primary(s->code, t->code) && !domestic_pair(s->code, t->code)) {
        explain(c, "skip %s -> %s %s: same country", s->code, t->code, code);
        return;
    }
    char adj[8];
    memcpy(adj, code, 8);
    if (c->clash) {
        const char *ss = s->code + primary_len(s->code), *ts = t->code + primary_len(t->code);
        int s_force = !strncmp(ss, "COP", 3) || !strncmp(ss, "MIL", 3);
        int t_force = !strncmp(ts, "COP", 3) || !strncmp(ts, "MIL", 3);
        if (s_force && civilian_sector(t->code)) strcpy(adj, "175");
        else if (t_force && civilian_sector(s->code)) strcpy(adj, "145");
    }
    /* police or soldiers blocking a march (dihadang aparat) coerce the
     * marchers (17); obstruction as protest (144) is the crowd's act */
    if (!strncmp(code, "144", 3)) {
        const char *ss = s->code + primary_len(s->code);
        if (!strncmp(ss, "COP", 3) || !strncmp(ss, "MIL", 3)) strcpy(adj, "170");
    }
    code = adj;
    if (private_party(s->code, t->code, code)) {
        explain(c, "skip %s -> %s %s: a private party (people, firms) in a visit, meeting or cooperation", s->code, t->code, code);
        return;
    }
    wt_event_list *out = ec->out;
    uint32_t para = c->doc->paras.items[ec->sent->para].index;
    /* an event repeated in the same paragraph is listed once, and so is
     * one whose target is named twice in apposition */
    wt_span tspan = mention_span(c, t);
    for (size_t k = 0; k < out->items_vec.len; k++) {
        const wt_event *e = &out->items_vec.items[k];
        if (e->para != (int32_t)para || e->doc != c->doc->id || strcmp(e->source, s->code) ||
            strcmp(e->code, code))
            continue;
        if (!strcmp(e->target, t->code)) return;
        if (e->sent == ec->sent_index && same_primary(e->target, t->code) &&
            apposition(c->doc, e->target_span, tspan)) {
            explain(c, "skip %s -> %s %s: %s named again in apposition", s->code, t->code, code, e->target);
            return;
        }
    }
    wt_event *e = wt_event_list_add(out);
    e->doc = c->doc->id;
    e->para = (int32_t)para;
    e->sent = ec->sent_index;
    e->span = ec->sent->span;
    snprintf(e->source, sizeof e->source, "%s", s->code);
    snprintf(e->target, sizeof e->target, "%s", t->code);
    e->source_span = mention_span(c, s);
    e->target_span = tspan;
    e->source_text = wt_arena_strdup(&out->arena, mention_text(c, s));
    e->target_text = wt_arena_strdup(&out->arena, mention_text(c, t));
    wt_event_set_code(e, code);
    int a = v->word, b = v->pat_last;
    if (a > s->first && s->last < v->word && v->word - s->last <= 6) a = s->first;
    if (t->last > b && t->first - b <= 6 && !t->outside.end) b = t->last;
    e->evidence_span = (wt_span){ c->w[a].t->span.start, c->w[b].t->span.end };
    e->evidence = wt_arena_strdup(&out->arena, wt_doc_slice(c->doc, e->evidence_span));
    char rule[512];
    snprintf(rule, sizeof rule, "%s:%u", rule_path(c, v->rule_file), v->rule_line);
    e->rule = wt_arena_strdup(&out->arena, rule);
    if (c->speaker) e->speaker = wt_arena_strdup(&out->arena, c->speaker);
    ec->added++;
    if (strncmp(s->code, t->code, 3) && !s->pronoun && !t->pronoun) {
        snprintf(c->prev_pair[0], 32, "%s", s->code);
        snprintf(c->prev_pair[1], 32, "%s", t->code);
        c->prev_pair_sent = ec->sent_index;
        c->prev_pair_both = 0;
        for (size_t k = 0; k + 1 < out->items_vec.len; k++) {
            const wt_event *r = &out->items_vec.items[k];
            if (r->doc == c->doc->id && r->sent == ec->sent_index && !strcmp(r->source, t->code) &&
                !strcmp(r->target, s->code))
                c->prev_pair_both = 1;
        }
    }
    explain(c, "EVENT %s -> %s %s (%s)", e->source, e->target, e->code, rule);
}

/* Every member of the source group × every member of the target group. */
static void emit_groups(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int src, int tgt, int both)
{
    int sg = c->m[src].group, tg = c->m[tgt].group;
    for (int a = 0; a < c->nm; a++) {
        if (c->m[a].group != sg) continue;
        for (int b = 0; b < c->nm; b++) {
            if (c->m[b].group != tg || a == b) continue;
            emit(c, ec, v, code, a, b);
            if (both) emit(c, ec, v, code, b, a);
        }
    }
}

/* Members of one coordinated group, pairwise both ways (A dan B sepakat). */
static int emit_within_group(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int g)
{
    int n = 0;
    for (int a = 0; a < c->nm; a++)
        for (int b = 0; b < c->nm; b++)
            if (a != b && c->m[a].group == g && c->m[b].group == g) { emit(c, ec, v, code, a, b); n++; }
    return n;
}

/* "Latihan ini melibatkan 25 ribu tentara AS dan 50 ribu tentara Korsel":
 * the actors a reciprocal event involves, listed after `melibatkan` with
 * numbers between them, act on each other. Returns the pairs emitted. */
static int emit_participants(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int at)
{
    int list[8], n = 0;
    for (int i = at + 1; i < c->nw && n < 8; i++) {
        if (is_break(c, i) || is(&c->w[i], "yang")) break;
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            if (m->prep >= 0 && !is(&c->w[m->prep], "antara")) break;
            list[n++] = c->w[i].mention;
            i = m->last;
            continue;
        }
        /* numbers, quantity words, the coordinator and commas between the members */
        if (c->w[i].t->kind != WT_TOK_NUMBER && !c->w[i].numeral && !WC(&c->w[i], WC_COORD) && !is_punct(c, i, ',') &&
            !WC(&c->w[i], WC_MENTION_PREFIX) && !is(&c->w[i], "ribu") && !is(&c->w[i], "ratus") &&
            !is(&c->w[i], "juta") && !is(&c->w[i], "personel"))
            break;
    }
    int pairs = 0;
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            if (a != b && c->m[list[a]].code[0] && c->m[list[b]].code[0]) { emit(c, ec, v, code, list[a], list[b]); pairs++; }
    return pairs;
}

/* "Korut terus melakukan uji coba … . PBB pun kembali menjatuhkan
 * sanksi", "Pyongyang mengecam tindakan tersebut": a hostile act (11, 12,
 * 16, 17) whose subject acts on no one the sentence names answers the
 * subject of the sentence just before, when that is another country's.
 * Returns a mention standing for it (its words are the earlier
 * sentence's), or -1. */
static int previous_subject(wt_idcoder *c, const emit_ctx *ec, const char *code, int src, int verb)
{
    /* not threats (13): "membalas kecaman" answers words with words */
    if (code[0] != '1' || !strchr("1267", code[1])) return -1;
    if (!c->prev_subj[0] || c->prev_subj_sent != ec->sent_index - 1 || c->nm >= MAXM) return -1;
    const idm *s = &c->m[src];
    /* "Menurut data PBB, kekeringan ini telah mengancam …": PBB is the
     * source of the report, not a subject */
    if (!s->code[0] || s->prep >= 0 || same_primary(s->code, c->prev_subj)) return -1;
    for (int i = s->last + 1; i < verb; i++)
        if (is_punct(c, i, ',')) return -1;
    for (int k = 0; k < c->nm; k++)
        if (c->m[k].code[0] && c->m[k].group != s->group) return -1;
    idm *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->first = m->last = s->last;
    m->group = c->nm;
    m->prep = -1;
    m->pronoun = 2;
    m->has_actor = 1;
    snprintf(m->code, sizeof m->code, "%s", c->prev_subj);
    m->outside = c->prev_subj_span;
    return c->nm++;
}

/* The subject a later sentence may answer: the sentence's first mention,
 * coded, alone (not a list), within the first four words of its clause
 * and after no preposition or verb ("Dalam kalimat berbahasa Inggris …"
 * has none). */
static void remember_subject(wt_idcoder *c, int sent_index)
{
    c->prev_subj[0] = '\0';
    if (c->nm == 0) return;
    const idm *m = &c->m[0];
    if (!m->code[0] || m->prep >= 0 || m->pronoun || m->outside.end || (c->nm > 1 && c->m[1].group == 0)) return;
    /* after a fronted phrase: "Atas peluncuran rudal …, PBB pun …" */
    int start = 0;
    for (int i = 0; i < m->first; i++)
        if (is_punct(c, i, ',')) start = i + 1;
    if (m->first - start > 3) return;
    for (int i = start; i < m->first; i++)
        if (c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS)) return;
    snprintf(c->prev_subj, sizeof c->prev_subj, "%s", m->code);
    c->prev_subj_span = mention_span(c, m);
    c->prev_subj_sent = sent_index;
}

static int is_event_word(const wt_idcoder *c, int i)
{
    for (int k = 0; k < c->nv; k++)
        if (c->v[k].word == i) return 1;
    return 0;
}

/* Intent, meetings and concessions need a counterpart; when the clause
 * names none, the sentence's only other country is it ("Korut setuju untuk
 * bernegosiasi, Washington juga melunak"). */
static int only_other_actor(const wt_idcoder *c, int src, int at)
{
    int found = -1;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (!m->code[0] || m->pronoun || !strncmp(m->code, c->m[src].code, 3)) continue;
        /* "Trump dan Abe datang ke Florida": the source's own list travels
         * together, its members do not visit each other */
        if (m->group == c->m[src].group) continue;
        /* "membahas langkah-langkah mendorong Korea Utara": an actor after
         * another active verb is that verb's, and the guess is off
         * ("membantu dan memperkuat kerja sama dengan X" share theirs) */
        for (int q = 0; q < c->nv; q++) {
            int w = c->v[q].word;
            if (w > at && w < m->first && c->v[q].cls == ID_AF_MEN && !word_in(c, w - 1, WC_COORD)) return -1;
        }
        if (m->prep >= 0 && (WC(&c->w[m->prep], WC_SPEECH_VERBS))) continue;
        /* "pertemuan ASEAN di Manila": a place after di is where, not whom */
        if (m->prep >= 0 && is(&c->w[m->prep], "di")) continue;
        /* "konferensi Dialog Manama": the end of a name, not a party */
        if (m->first > 0 && c->w[m->first - 1].kind == W_OTHER && (c->w[m->first - 1].t->flags & WT_TF_CAPITAL) &&
            !(c->w[m->first - 1].t->flags & WT_TF_SENT_START) && is_event_word(c, m->first - 1))
            continue;
        if (found >= 0 && strncmp(c->m[found].code, m->code, 3)) return -1;
        if (found < 0) found = k;
    }
    return found;
}

/* "serangan bom di X, diduga dilakukan oleh Y": the noun is the subject
 * of a passive light verb later in the clause; returns its agent. */
static int later_passive_agent(const wt_idcoder *c, int from, int *suspected)
{
    *suspected = 0;
    for (int i = from + 1; i < c->nw && i <= from + 10; i++) {
        if (is_break(c, i)) return -1;
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0 || !x->is_verbish) continue;
        if (!strcmp(x->norm, "diduga") || !strcmp(x->norm, "disebut") || !strcmp(x->norm, "diyakini")) {
            *suspected |= !strcmp(x->norm, "diduga");
            continue;
        }
        if (!WC(x, WC_LIGHT_VERBS) || strncmp(x->norm, "di", 2)) return -1;
        return passive_agent(c, i);
    }
    return -1;
}

/* The place of an event: a state, region or city of countries.actors
 * after `di` (up to three words later: "di Kampung Melayu, Jakarta"),
 * within the clause after word `from`. */
static int place_target(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 8; i++) {
        if (is_break(c, i) || c->w[i].mention >= 0 || !is(&c->w[i], "di")) {
            if (is_break(c, i) || (c->w[i].mention >= 0 && c->m[c->w[i].mention].prep < 0)) return -1;
            continue;
        }
        for (int k = i + 1; k < c->nw && k <= i + 4; k++) {
            if (is_break(c, k)) return -1;
            if (c->w[k].mention < 0) continue;
            const idm *m = &c->m[k >= 0 ? c->w[k].mention : 0];
            const id_phrase *p = c->w[m->first].phrase;
            if (!m->code[0] || m->has_agent || !p || !p->file || !strstr(p->file, "countries")) return -1;
            return c->w[k].mention;
        }
        return -1;
    }
    return -1;
}

static void code_event_inner(wt_idcoder *c, emit_ctx *ec, const idv *v);

/* "Kepala Manajemen PBB Jan Beagle": the capitalised name words the
 * dictionaries do not know that end a mention; the last word of the
 * noun phrase. */
static int name_tail_end(const wt_idcoder *c, int last)
{
    int k = last;
    while (k - last < 4 && is_capital_name(c, k + 1) && c->w[k + 1].mention < 0) k++;
    return k;
}

static const char *const ASPECT[] = { "telah", "sudah", "akan", "sedang", "juga", "masih", "pun",
                                      "segera", "lalu", "kemudian", "langsung", "baru", NULL };

static const char *const FRAME[] = { "dalam", "pada", "saat", "usai", "setelah", "seusai", "melalui", NULL };

static void code_event(wt_idcoder *c, emit_ctx *ec, const idv *v)
{
    c->clash = 0;
    code_event_inner(c, ec, v);
    c->clash = 0;
}

static void code_event_inner(wt_idcoder *c, emit_ctx *ec, const idv *v)
{
    decision d = { -1, -1, 0, 0, 0, 0, 0, 0, NULL };
    int frame_src = 0, locative = 0;
    char code[8];
    memcpy(code, v->code, 8);
    const char *word = c->w[v->word].norm;
    if (!code[0]) { explain(c, "'%s' (%s:%u): no code without a pattern", word, v->rule_file, v->v->line); return; }
    /* "demonstrasi menentang X", "turun aksi menentang X": after a protest
     * menentang marks the protest's target, it is not an event of its own */
    if (!strcmp(code, "111") && !strncmp(word, "menentang", 9))
        for (int k = 0; k < c->nv; k++)
            if (c->v[k].code[0] == '1' && c->v[k].code[1] == '4' && c->v[k].pat_last < v->word &&
                v->word - c->v[k].pat_last <= 3) {
                explain(c, "'%s': the target of the protest before it", word);
                return;
            }
    int nominal = v->cls == ID_AF_NOM || v->cls == ID_AF_KE || v->cls == ID_AF_BARE;
    /* a capitalised event noun inside a sentence names something: the
     * conference "Dialog Manama", "Rapat Strategi …", "Perjanjian Paris" */
    if (nominal && (c->w[v->word].t->flags & WT_TF_CAPITAL) && !(c->w[v->word].t->flags & WT_TF_SENT_START) &&
        !(v->word > 0 && c->w[v->word - 1].kind == W_QUOTE) && !(v->word > 0 && is_punct(c, v->word - 1, '"'))) {
        explain(c, "'%s': capitalised, part of a name (not an event)", word);
        return;
    }
    /* a bare root right after its subject or an aspect/modal word is the
     * predicate (Buruh Prancis mogok, Korut setuju), not a noun */
    if (v->cls == ID_AF_BARE && v->word > 0) {
        int p = v->word - 1;
        if ((c->w[p].mention >= 0 && c->m[c->w[p].mention].prep < 0) || word_in(c, p, WC_ASPECT) || word_in(c, p, WC_MODALS))
            nominal = 0;
    }
    int passive = is_passive_form(word, v->cls);
    /* "wilayah Palestina yang diduduki Israel", "daerah yang dikuasai
     * ISIS": who holds a place describes it, it is no event of the day */
    if (passive && !strcmp(code, "192") && v->word > 0 && is(&c->w[v->word - 1], "yang") && c->w[v->word].t->lemma &&
        (!strcmp(c->w[v->word].t->lemma, "duduk") || !strcmp(c->w[v->word].t->lemma, "kuasa"))) {
        explain(c, "'%s': a place described by who holds it (yang di-), not an event", word);
        return;
    }
    int anchor = v->word;          /* where subject search starts */
    int receive = 0;
    int late = -1;               /* "…serangan bom … diduga dilakukan oleh X": X */
    int suspected = 0, speaker = -1; /* …diduga…: the clause subject accuses X */
    if (nominal) {
        int lv = light_before(c, v->word);
        if (lv >= 0) {
            anchor = lv;
            passive = c->w[lv].norm[0] == 'd' && c->w[lv].norm[1] == 'i';
            receive = WC(&c->w[lv], WC_RECEIVE_VERBS);
            /* "menandatangani kesepakatan kerja sama": what is signed is a
             * formal agreement (057); a specific accord (military,
             * economic, judicial: 061–064) keeps its own code */
            const char *ll = c->w[lv].t->lemma;
            if (ll && (!strcmp(ll, "tandatangan") || !strcmp(ll, "teken")) &&
                ((code[0] == '0' && (code[1] == '3' || code[1] == '5')) || !strcmp(code, "060"))) {
                explain(c, "'%s' [%s]: signed, a formal agreement → 057", word, code);
                strcpy(code, "057");
            }
        }
        if (!passive && !receive) late = later_passive_agent(c, v->pat_last, &suspected);
    }
    /* a clash between security forces and civilians is repression by the
     * one (175) and violent protest by the other (145) */
    if (code[0] == '1' && code[1] == '9' && (v->v->flags & ID_VF_RECIPROCAL)) c->clash = 1;
    /* reciprocal: antara A dan B */
    for (int a = v->pat_last + 1; (v->v->flags & ID_VF_RECIPROCAL) && a < c->nw && a <= v->pat_last + 4; a++) {
        if (is_break(c, a) || c->w[a].mention >= 0) break;
        /* "kekerasan atas kesepakatan antara A dan B": antara belongs to
         * the nearer event word */
        int other = 0;
        for (int k = 0; k < c->nv; k++) other |= c->v[k].word == a;
        if (other) break;
        if (is(&c->w[a], "melibatkan") && emit_participants(c, ec, v, code, a)) return;
        if (!is(&c->w[a], "antara")) continue;
        /* "Prabowo memaparkan kerja sama antara Indonesia dan Uni Eropa":
         * the object of a verb of telling is a topic, not an event */
        static const char *const TELLING[] = { "memaparkan", "menjelaskan", "menceritakan", "mengulas",
                                               "menyoroti", "menyinggung", "menguraikan", "menggambarkan", NULL };
        if (v->word > 0 && c->w[v->word - 1].kind == W_OTHER &&
            (WC(&c->w[v->word - 1], WC_SPEECH_VERBS) || in_list(TELLING, c->w[v->word - 1].norm))) {
            explain(c, "'%s' antara …: the topic of '%s', not coded", word, c->w[v->word - 1].norm);
            return;
        }
        /* "tidak ada perundingan antara …", "kerja sama … dapat terjalin
         * antara …", "mesti diputuskan lewat perundingan antara …" */
        decision pre = { -1, -1, 0, 0, 0, 0, 0, 0, NULL };
        scan_modality(c, v->word - 8 > 0 ? v->word - 8 : -1, a, &pre);
        const char *why = not_asserted(c, &pre, -1);
        if (why) { explain(c, "'%s' antara …: %s, not coded", word, why); return; }
        if (pre.modal) apply_modality(code, &pre);
        int k = a + 1;
        if (k < c->nw && c->w[k].mention >= 0) {
            const idm *m1 = &c->m[c->w[k].mention];
            int j = m1->last + 1;
            /* antara A melawan/dengan B */
            if (j + 1 < c->nw && (is(&c->w[j], "melawan") || is(&c->w[j], "dengan")) && c->w[j + 1].mention >= 0) {
                int m2 = c->w[j + 1].mention;
                emit_groups(c, ec, v, code, c->w[k].mention, m2, 1);
                return;
            }
            if (!emit_within_group(c, ec, v, code, m1->group))
                explain(c, "'%s' antara …: fewer than two coded actors", word);
            return;
        }
    }
    if (receive) {
        /* X mendapat dukungan dari Y: Y -> X */
        d.tgt = subject_left(c, anchor);
        for (int i = v->pat_last + 1; i < c->nw && i <= v->pat_last + 6 && d.src < 0; i++) {
            if (is_break(c, i)) break;
            if (c->w[i].mention >= 0 && c->m[c->w[i].mention].prep >= 0 &&
                !strcmp(c->w[c->m[c->w[i].mention].prep].norm, "dari"))
                d.src = c->w[i].mention;
        }
    } else if (passive) {
        d.tgt = subject_left(c, anchor);
        d.src = passive_agent(c, v->pat_last);
        if (d.src < 0 && nominal && anchor != v->word) d.src = passive_agent(c, anchor);
    } else {
        d.src = subject_left(c, anchor);
        /* serial verbs: "A menemui B meminta bantuan" — B is the object of
         * the verb before it and the addressee of this one; A acts */
        if (d.src >= 0 && !nominal && v->cls == ID_AF_MEN && name_tail_end(c, c->m[d.src].last) + 1 == v->word) {
            int pv = c->m[d.src].first - 1;
            /* "menemui Kepala Manajemen PBB …": a title the mention does not include */
            for (int k = 0; k < 3 && pv > 0 && c->w[pv].kind == W_OTHER && c->w[pv].mention < 0 &&
                            (c->w[pv].t->flags & WT_TF_CAPITAL) && !c->w[pv].is_verbish && !is_event_word(c, pv); k++)
                pv--;
            const idv *prev = NULL;
            for (int k = 0; k < c->nv; k++)
                if (c->v[k].pat_last == pv && c->v[k].cls == ID_AF_MEN) prev = &c->v[k];
            /* "meminta Komisi III DPR mendukung …": the object of a verb
             * that hands the act on does it (OBJECT_CONTROL) */
            const char *pl = prev ? c->w[prev->word].t->lemma : NULL;
            if (prev && !(pl && in_list(OBJECT_CONTROL, pl))) {
                int a = subject_left(c, prev->word);
                if (a >= 0 && a != d.src && target_right(c, v->pat_last, 6) < 0) { d.tgt = d.src; d.src = a; }
            }
        }
        if (d.src >= 0) d.src = purpose_subject(c, d.src, anchor);
        /* the clause subject reported the event (Polri menyatakan
         * serangan … dilakukan oleh ISIS): the oleh agent did it */
        if (late >= 0) {
            speaker = d.src;
            d.src = late;
        }
        if (nominal && anchor == v->word) {
            /* no light verb: the noun is not a predicate, so its source is a
             * genitive after it, `yang dilakukan X` or `oleh X` — never the
             * clause subject (Israel … akan mengganggu perundingan) */
            int g = genitive_after(c, v->pat_last);
            d.src = g;
            /* penolakan/penangkapan X: X is what was refused/arrested */
            if (g >= 0 && v->cls == ID_AF_NOM && !strncmp(word, "pe", 2) && strncmp(word, "per", 3)) {
                d.src = -1;
                d.tgt = g;
            }
            int pv = v->word - 1;
            while (pv >= 0 && c->w[pv].kind == W_OTHER && WC(&c->w[pv], WC_NOUN_MODIFIERS)) pv--;
            if (g < 0 && (v->v->flags & ID_VF_RECIPROCAL) && word_in(c, pv, WC_FRAME)) {
                /* A dan B dalam pertemuan bilateral: the subject right
                 * before the frame ("Malaysia dan Thailand itu hanya 17
                 * persen, ucap Darmin saat rapat" is no meeting of theirs) */
                int sj = subject_left(c, anchor);
                if (sj >= 0 && pv - c->m[sj].last <= 2 && emit_within_group(c, ec, v, code, c->m[sj].group)) return;
                /* "…, kata Menlu X dalam rapat dengan Komisi I": the actor
                 * right before the frame takes part in the meeting, with
                 * whom `dengan` names (a speaker in "pertemuan darurat
                 * Dewan Keamanan" meets nobody in particular) */
                if (pv > 0 && c->w[pv - 1].mention >= 0) { d.src = c->w[pv - 1].mention; frame_src = 1; }
            }
            for (int i = v->pat_last + 1; i < c->nw && i <= v->pat_last + 4; i++) {
                /* "Pertemuan tersebut diserukan oleh Inggris": the oleh
                 * agent belongs to the verb in between, not to the noun */
                if (c->w[i].is_verbish && c->w[i].mention < 0 && !WC(&c->w[i], WC_LIGHT_VERBS)) break;
                if (is(&c->w[i], "yang") && i + 1 < c->nw && WC(&c->w[i + 1], WC_LIGHT_VERBS)) {
                    int a = passive_agent(c, i + 1);
                    if (a >= 0) d.src = a;
                    break;
                }
                if (is(&c->w[i], "oleh")) { int a = passive_agent(c, i - 1); if (a >= 0) d.src = a; break; }
            }
        }
        int from = v->pat_last;
        if (d.src >= 0 && c->m[d.src].first > from) from = c->m[d.src].last;
        if (d.tgt < 0) d.tgt = target_right(c, from, 6);
        if (frame_src && d.tgt >= 0 &&
            (c->m[d.tgt].prep < 0 || !(is(&c->w[c->m[d.tgt].prep], "dengan") || is(&c->w[c->m[d.tgt].prep], "antara")))) {
            explain(c, "'%s': a speaker at a meeting, no counterpart after dengan/antara", word);
            return;
        }
        /* berada di X: a locative pattern takes the place as its target */
        if (v->pat_last > v->last && !strcmp(c->w[v->pat_last].norm, "di")) {
            /* berada di Jakarta is a visit; berada di bawah pengawasan PBB,
             * di posisi yang sama, di markas latihannya are not */
            int p = v->pat_last + 1;
            locative = 1;
            d.tgt = p < c->nw && c->w[p].mention >= 0 && c->m[c->w[p].mention].first == p ? c->w[p].mention : -1;
        }
        if (d.tgt < 0 && !strncmp(code, "042", 3) && !(v->pat_last > v->last && is(&c->w[v->pat_last], "di")))
            d.tgt = target_after_di(c, from);
        /* a target list continues a preposition: sanksi kepada A dan B */
    }
    /* modality and negation sit between the clause's left actor and the
     * verb: the source in the active, the patient subject in the passive
     * ("Setya Novanto tidak bisa diperiksa KPK") */
    int left = d.src >= 0 && c->m[d.src].last < anchor ? d.src : d.tgt >= 0 && c->m[d.tgt].last < anchor ? d.tgt : -1;
    if (left >= 0) scan_modality(c, c->m[left].last, anchor < v->word ? anchor : v->word, &d);
    else scan_modality(c, anchor - 6 > 0 ? anchor - 6 : -1, anchor, &d);
    /* "upaya Korsel untuk memulai dialog", "rencana AS untuk menyerang":
     * the actor's wish, not its act */
    if (left >= 0 && word_in(c, c->m[c->m[left].group].first - 1, WC_NOUN_MODALS)) d.modal = d.modal ? d.modal : 1;
    /* "tak ada rencana penyidik Polri meminta …", "belum ada negara yang
     * mengakui …": there is no such act */
    if (left >= 0) {
        int p = c->m[c->m[left].group].first - 1;
        for (int k = 0; k < 2 && p > 0 && c->w[p].kind == W_OTHER && !is(&c->w[p], "ada") && !c->w[p].is_verbish &&
                        !WC(&c->w[p], WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS);
             k++)
            p--;
        if (p > 0 && is(&c->w[p], "ada") && word_in(c, p - 1, WC_NEGATIONS)) d.negated = 1;
    }
    const char *why = not_asserted(c, &d, left);
    if (why) { explain(c, "'%s': %s, not coded", word, why); return; }
    if (d.modal || d.refused) {
        char before[8];
        memcpy(before, code, 8);
        apply_modality(code, &d);
        if (strcmp(before, code))
            explain(c, "'%s' [%s]: %s → %s", word, before,
                    d.refused ? "refusal (menolak untuk)" : d.modal == 2 ? "threat" : "modality (intent)", code);
    }
    /* "kekerasan militer terhadap Rohingya": a target after terhadap/ke
     * says which way the act goes, even for a clash */
    int directed = d.tgt >= 0 && c->m[d.tgt].prep >= 0 &&
                   (is(&c->w[c->m[d.tgt].prep], "terhadap") || is(&c->w[c->m[d.tgt].prep], "ke") ||
                    is(&c->w[c->m[d.tgt].prep], "kepada"));
    int reciprocal = (v->v->flags & ID_VF_RECIPROCAL) && !d.modal && !d.refused && !directed;
    if (d.src >= 0 && d.tgt < 0 && (v->v->flags & ID_VF_RECIPROCAL) &&
        (!d.modal || v->code[1] == '3' || c->m[d.src].pronoun != 2)) {
        /* A dan B sepakat / bertemu: both ways within the subject's list */
        if (emit_within_group(c, ec, v, code, c->m[d.src].group)) return;
    }
    /* "membahas pencalonan Joko Widodo", "membicarakan Korut": what is
     * discussed is a topic; the counterpart follows dengan/bersama */
    int topic_verb = !passive && !nominal && c->w[v->word].t->lemma &&
                     (!strcmp(c->w[v->word].t->lemma, "bahas") || !strncmp(word, "membicarakan", 12));
    if (topic_verb && d.tgt >= 0 && c->m[d.tgt].prep < 0) {
        explain(c, "'%s': '%s' is what is discussed, not with whom", word, mention_text(c, &c->m[d.tgt]));
        d.tgt = -1;
    }
    if (d.src >= 0 && d.tgt < 0 && !locative && !topic_verb && (code[1] == '3' || code[1] == '4' || code[1] == '8') &&
        code[0] == '0')
        d.tgt = only_other_actor(c, d.src, v->pat_last);
    /* "serangan bom bunuh diri di Kampung Melayu, Jakarta, dilakukan oleh
     * ISIS": a bombing or terror attack with no named victim is an attack
     * on the country where it happened (as event data codes it); beatings
     * and stabbings (182) have a person as their victim */
    int place = 0;
    if (d.src >= 0 && d.tgt < 0 && !d.modal && (!strcmp(code, "180") || !strncmp(code, "183", 3))) {
        d.tgt = place_target(c, v->pat_last);
        place = d.tgt >= 0;
    }
    if (d.src >= 0 && d.tgt < 0 && !passive && !receive && (!nominal || anchor != v->word)) {
        d.tgt = previous_subject(c, ec, code, d.src, v->word);
        if (d.tgt >= 0) explain(c, "'%s' [%s]: no object, answers the subject of the sentence before", word, code);
    }
    if (d.src < 0 || d.tgt < 0) {
        explain(c, "'%s' [%s]: no %s%s", word, code, d.src < 0 ? "source" : "", d.tgt < 0 ? (d.src < 0 ? " and no target" : "target") : "");
        return;
    }
    if (d.src == d.tgt) { explain(c, "'%s' [%s]: source and target are one mention", word, code); return; }
    /* troops that are somewhere are deployed there, not visiting */
    if (!strncmp(code, "042", 3) && v->v->surface && !strcmp(v->v->words[0], "berada")) {
        const char *sc = c->m[d.src].code;
        if (strstr(sc + primary_len(sc), "MIL") || strstr(sc + primary_len(sc), "REB")) {
            explain(c, "'%s': armed forces stationed, not a visit", word);
            return;
        }
    }
    /* warganya: the subject's own citizens (a domestic event) */
    if (c->m[d.tgt].possessive && c->m[d.src].code[0] && c->m[d.tgt].sector[0]) {
        idm *t = &c->m[d.tgt];
        size_t n = primary_len(c->m[d.src].code), sl = strlen(t->sector);
        if (n + sl < sizeof t->code) {
            memcpy(t->code, c->m[d.src].code, n);
            memcpy(t->code + n, t->sector, sl + 1);
        }
    }
    /* bombing by a state's forces is an aerial attack (195); by a
     * militant group it stays 183 (non-military bombing) */
    if (!strncmp(code, "183", 3) && !strcmp(v->v->words[0], "bom")) {
        const char *sc = c->m[d.src].code;
        if (strncmp(sc, "IMG", 3) && strncmp(sc, "NGO", 3) && !strstr(sc + primary_len(sc), "REB") &&
            !strstr(sc + primary_len(sc), "CRM"))
            strcpy(code, "195");
    }
    /* "Trump menyerang Direktur FBI": an attack on one person by words */
    if ((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0'))
        if (!strcmp(v->v->words[0], "serang") && !nominal && verbal_attack(c, d.src, d.tgt)) {
            explain(c, "'%s': an attack in words on a person (criticism, 111)", word);
            strcpy(code, "111");
        }
    /* support from armed forces is material (062), not verbal (051) */
    if (!strcmp(code, "051") && !strcmp(v->v->words[0], "dukung")) {
        const char *sc = c->m[d.src].code;
        size_t n = strlen(sc);
        if (n >= 6 && (!strcmp(sc + n - 3, "MIL") || !strcmp(sc + n - 3, "REB"))) strcpy(code, "062");
    }
    explain(c, "'%s' [%s] %s: source '%s', target '%s'%s", word, code,
            receive ? "received (X mendapat … dari Y)" : passive ? "passive: agent is the source" :
            nominal ? (anchor != v->word ? "event noun after a light verb" : "event noun: genitive/oleh source") :
            "active: subject is the source",
            mention_text(c, &c->m[d.src]), mention_text(c, &c->m[d.tgt]), reciprocal ? " (both ways)" : "");
    /* "Polri menyatakan serangan bom … diduga dilakukan oleh ISIS": who
     * says so accuses the suspect (112) */
    if (suspected && late >= 0 && speaker >= 0 && speaker != late) {
        explain(c, "'%s': '%s' names the suspect: accusation", word, mention_text(c, &c->m[speaker]));
        static const char accuse[8] = "112";
        emit_groups(c, ec, v, accuse, speaker, late, 0);
    }
    if (place) {
        /* the place stands for its country, not its government */
        idm *t = &c->m[d.tgt];
        char saved[32];
        memcpy(saved, t->code, sizeof saved);
        t->code[primary_len(t->code)] = '\0';
        emit_groups(c, ec, v, code, d.src, d.tgt, 0);
        memcpy(t->code, saved, sizeof saved);
        return;
    }
    emit_groups(c, ec, v, code, d.src, d.tgt, reciprocal);
}

/* ------------------------------------------------------------ sentences */

static int sentence_is_question(const wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind == W_PUNCT && c->w[i].norm[0] == '?' && !(c->w[i].t->flags & WT_TF_IN_QUOTE)) return 1;
        if (c->w[i].kind == W_OTHER && (!strcmp(c->w[i].norm, "apakah") || !strcmp(c->w[i].norm, "benarkah"))) return 1;
    }
    return 0;
}

/* Events in a conditional clause (jika … ,) are not coded. */
static int in_conditional(const wt_idcoder *c, int word)
{
    for (int i = word - 1; i >= 0; i--) {
        if (c->w[i].kind == W_PUNCT && strchr(",.;:", c->w[i].norm[0])) return 0;
        if (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_CONDITIONALS)) return 1;
    }
    return 0;
}

static const char *const NOT_VERBS[] = {
    "diplomatik", "diplomat", "diplomasi", "direktur", "diskusi", "dialog", "digital", "dinas",
    "dini", "dirinya", "dimana", "diantara", "disiplin", "dinasti", "distrik", "divisi", "dirut",
    "teroris", "terorisme", "teror", "terminal", "termasuk", "tersebut", "terus", "terutama",
    "terakhir", "terbesar", "terbaru", "tertinggi", "terkait", "berita", "beragam", "berbagai",
    "berat", "besar", "beberapa", "benar", "bersama", "melalui", "meski", "meskipun", "media",
    "menteri", "menlu", "menhan", "merah", "mereka", "melayu", "menit", "meja", "terlebih", NULL };

/* A me-/di-/ber-/ter- word of five letters or more (NOT_VERBS is
 * checked by the caller, from the word's lists). */
static int looks_verbish(const char *w, size_t n)
{
    if (n < 5) return 0;
    return !strncmp(w, "me", 2) || !strncmp(w, "di", 2) || !strncmp(w, "ber", 3) || !strncmp(w, "ter", 3);
}


/* The speaker's code: the first coded mention in the speaker's words. */
static void resolve_speaker(wt_idcoder *c, const wt_sentence *s)
{
    c->speaker = NULL;
    c->speaker_code[0] = '\0';
    if (s->quote < 0 || (size_t)s->quote >= c->doc->quotes.len) return;
    const wt_quote *q = &c->doc->quotes.items[s->quote];
    if (!q->speaker || q->speaker_span.end <= q->speaker_span.start) return;
    c->speaker = q->speaker;
    /* "…," lanjut dia: the speaker quoted last */
    static const char *const PRONOUNS[] = { "dia", "ia", "beliau", "Dia", "Ia", "Beliau", NULL };
    if (in_list(PRONOUNS, q->speaker)) {
        snprintf(c->speaker_code, sizeof c->speaker_code, "%s", c->last_speaker_code);
        return;
    }
    /* the speaker's words are tokens of some sentence: find them */
    const wt_token *toks = c->doc->toks.items;
    size_t first = 0, hi = c->doc->toks.len;     /* the first token at or after the speaker: tokens are in text order */
    while (first < hi) {
        size_t mid = first + (hi - first) / 2;
        if (toks[mid].span.start < q->speaker_span.start) first = mid + 1; else hi = mid;
    }
    size_t last = first;
    while (last < c->doc->toks.len && toks[last].span.end <= q->speaker_span.end) last++;
    const char *sector = NULL;
    for (size_t i = first; i < last; i++) {
        char key[64];
        size_t n = strlen(toks[i].norm);
        if (n >= sizeof key) continue;
        memcpy(key, toks[i].norm, n + 1);
        const id_list *l = id_dict_phrases_for(&c->dict, key, n);
        for (size_t k = 0; l && k < l->len; k++) {
            const id_phrase *p = l->items[k];
            if (i + p->nwords > last) continue;
            int ok = 1;
            for (uint16_t w = 1; w < p->nwords && ok; w++) ok = !strcmp(toks[i + w].norm, p->words[w]);
            if (!ok) continue;
            if (p->kind == ID_AGENT) {
                if (p->agent_suffix && !sector) sector = p->codes[0].code;
                continue;
            }
            const char *code = id_phrase_code(p, c->date);
            if (code) {
                snprintf(c->speaker_code, sizeof c->speaker_code, "%s", code);
                if (strlen(code) > 3) return;
            }
        }
        /* a name the article introduced earlier: "kata Retno" */
        if (!c->speaker_code[0])
            for (int k = 0; k < c->nnames; k++)
                if (!strcmp(c->names[k].word, key)) snprintf(c->speaker_code, sizeof c->speaker_code, "%s", c->names[k].code.code);
    }
    /* a title before the country gives the sector: Menlu Korea Selatan */
    size_t len = strlen(c->speaker_code);
    if (len == 3 && sector && strlen(sector) <= 4) memcpy(c->speaker_code + 3, sector, strlen(sector) + 1);
    if (c->speaker_code[0]) memcpy(c->last_speaker_code, c->speaker_code, sizeof c->last_speaker_code);
}

static void load_sentence(wt_idcoder *c, const wt_sentence *s)
{
    c->nw = 0;
    for (uint32_t k = 0; k < s->tok_count && c->nw < MAXW; k++) {
        const wt_token *t = &c->doc->toks.items[s->tok_first + k];
        const idword *info = c->tokw.items[s->tok_first + k];
        idw *x = &c->w[c->nw++];
        uint8_t kind = t->kind == WT_TOK_QUOTE ? W_QUOTE :
                       (t->kind == WT_TOK_PUNCT || t->kind == WT_TOK_SYMBOL) ? W_PUNCT : W_OTHER;
        *x = (idw){ .t = t, .info = info, .norm = t->norm ? t->norm : "", .wc = info->wc, .len = info->len,
                    .numeral = info->numeral, .kind = kind, .is_verbish = kind == W_OTHER && info->verbish,
                    .mention = -1 };
    }
}

static void explain_sentence(wt_idcoder *c, const wt_sentence *s, int index)
{
    if (!c->explain) return;
    wt_span sp = s->span;
    fprintf(c->explain, "sent %d (para %u)%s%s: %.*s\n", index, c->doc->paras.items[s->para].index,
            c->speaker ? " speaker=" : "", c->speaker ? c->speaker : "",
            (int)(sp.end - sp.start), c->doc->text + sp.start);
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        fprintf(c->explain, "    actor '%s' = %s%s%s group=%d%s%s\n", mention_text(c, m),
                m->code[0] ? m->code : "(unresolved)", m->pronoun ? " (speaker)" : "",
                m->prep >= 0 ? " after-prep" : "", m->group,
                m->rule_file ? " " : "", m->rule_file ? m->rule_file : "");
    }
    for (int k = 0; k < c->nv; k++) {
        const idv *v = &c->v[k];
        static const char *const cls_names[] = { "meN", "di", "ter", "ber", "nominal", "ke-an", "bare" };
        int ci = 0;
        while (ci < 7 && !(v->cls & (1 << ci))) ci++;
        const wt_token *t = c->w[v->word].t;
        fprintf(c->explain, "    verb '%s' (lemma %s) = %s/%s [%s] %s:%u", c->w[v->word].norm,
                has_lemma(t) ? t->lemma : "-", v->v->name, ci < 7 ? cls_names[ci] : "?",
                v->code[0] ? v->code : "---", v->rule_file, v->rule_line);
        if (v->v->npats)
            fprintf(c->explain, "; %u pattern(s) tried, %s%s%s", v->v->npats, v->pat ? "matched '" : "none matched",
                    v->pat ? v->pat->text : "", v->pat ? "'" : "");
        fputc('\n', c->explain);
    }
}

/* function words left out of the --stats worklist */
static const char *const STOP_WORDS[] = {
    "yang", "juga", "tidak", "menjadi", "tersebut", "sudah", "tahun", "kami", "telah", "saya", "lebih",
    "adalah", "bahwa", "mereka", "satu", "masih", "kita", "besar", "ini", "itu", "akan", "dengan",
    "para", "hari", "secara", "hanya", "namun", "bisa", "dapat", "harus", "sangat", "baru", "lain",
    "banyak", "sejumlah", "beberapa", "orang", "pihak", "kini", "saat", "lalu", "pekan", "bulan", NULL };

static void count_missed(wt_idcoder *c)
{
    wt_idstats *st = c->stats;
    int coded = 0;
    for (int k = 0; k < c->nm; k++) coded += c->m[k].code[0] != 0;
    if (coded < 2) return;
    for (int i = 0; i < c->nw; i++) {
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0 || x->len < 4) continue;
        if (WC(x, WC_ALL_PREPS) || WC(x, WC_CLAUSE_BREAKS) || WC(x, WC_MODALS) ||
            WC(x, WC_COORD) || WC(x, WC_SPEECH_VERBS) || WC(x, WC_STOP_WORDS) ||
            x->t->kind == WT_TOK_NUMBER) continue;
        const char *key = x->t->lemma ? x->t->lemma : x->norm;
        wt_strmap_slot *sl = wt_strmap_put(&st->missed, key, strlen(key), NULL);
        sl->value = (void *)((uintptr_t)sl->value + 1);
    }
}

/* ------------------------------------------------------------ words */

#define WORDS_MAX (1u << 20)

static const struct { const char *const *list; uint32_t bit; } WORD_LISTS[] = {
    { TARGET_PREPS, WC_TARGET_PREPS }, { ALL_PREPS, WC_ALL_PREPS }, { CLAUSE_BREAKS, WC_CLAUSE_BREAKS },
    { TOPIC_PREPS, WC_TOPIC_PREPS }, { CONDITIONALS, WC_CONDITIONALS }, { NEGATIONS, WC_NEGATIONS },
    { MODALS, WC_MODALS }, { THREAT_WORDS, WC_THREAT_WORDS }, { COORD, WC_COORD },
    { LIGHT_VERBS, WC_LIGHT_VERBS }, { RECEIVE_VERBS, WC_RECEIVE_VERBS }, { SPEECH_VERBS, WC_SPEECH_VERBS },
    { PRONOUNS_WE, WC_PRONOUNS_WE }, { NOUN_MODIFIERS, WC_NOUN_MODIFIERS }, { MENTION_PREFIX, WC_MENTION_PREFIX },
    { VAGUE, WC_VAGUE }, { SHARED_SUBJECT, WC_SHARED_SUBJECT }, { STATE_HEADS, WC_STATE_HEADS },
    { TITLES, WC_TITLES }, { VERBAL_WORDS, WC_VERBAL_WORDS }, { PHYSICAL, WC_PHYSICAL },
    { NOUN_MODALS, WC_NOUN_MODALS }, { ASPECT, WC_ASPECT }, { FRAME, WC_FRAME }, { STOP_WORDS, WC_STOP_WORDS },
    { NOT_VERBS, WC_NOT_VERBS }, { THEY, WC_THEY }, { DEONTIC, WC_DEONTIC }, { DENIALS, WC_DENIALS },
    { NOT_OWNER, WC_NOT_OWNER }, { BACKED, WC_BACKED },
};

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

static void index_word_lists(wt_idcoder *c)
{
    for (size_t k = 0; k < sizeof WORD_LISTS / sizeof WORD_LISTS[0]; k++)
        for (const char *const *w = WORD_LISTS[k].list; *w; w++) listed_word(c, *w)->wc |= WORD_LISTS[k].bit;
    for (int n = 2; n <= 4; n++) {
        idword *a = listed_word(c, NUMERALS[n]), *b = listed_word(c, ORDINALS[n]);
        if (!a->numeral) a->numeral = (uint8_t)n;
        if (!b->numeral) b->numeral = (uint8_t)n;
    }
    for (int k = 0; SPORT[k]; k++) {
        idword *iw = listed_word(c, SPORT[k]);
        if (iw->sport < 0) iw->sport = (int8_t)k;
    }
    for (int k = 0; SHOWBIZ[k]; k++) {
        idword *iw = listed_word(c, SHOWBIZ[k]);
        if (iw->sport < 0) iw->sport = (int8_t)(SHOWBIZ_BASE + k);
    }
}

static void describe_word(const wt_idcoder *c, idword *iw, const char *w, size_t n)
{
    const idword *listed = wt_strmap_get(&c->listed, w, n);
    iw->len = (uint32_t)n;
    iw->sport = -1;
    if (listed) {
        iw->wc = listed->wc;
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

static void describe_tokens(wt_idcoder *c)
{
    const wt_doc *d = c->doc;
    wt_arena_reset(&c->doc_mem);
    c->tokw.len = 0;
    for (size_t i = 0; i < d->toks.len; i++) {
        const char *norm = d->toks.items[i].norm;
        *WT_VEC_PUSH(c->tokw) = word_info(c, norm ? norm : "");
    }
}

/* Does sentence si+1 open with "X-X tersebut (di antaranya | antara lain |
 * yakni | yaitu | adalah | meliputi) A, B dan C"? Then remember the list for
 * the plural head X-X of sentence si. Leaves c->w to be reloaded. */
static void look_ahead(wt_idcoder *c, size_t si)
{
    c->ahead_sent = -1;
    const wt_doc *d = c->doc;
    if (si + 1 >= d->sents.len) return;
    const wt_sentence *n = &d->sents.items[si + 1];
    if (n->tok_count < 5) return;
    const wt_token *t = &d->toks.items[n->tok_first];
    if (!t[0].norm || !strchr(t[0].norm, '-') || strlen(t[0].norm) >= sizeof c->ahead_head || !t[1].norm ||
        (strcmp(t[1].norm, "tersebut") && strcmp(t[1].norm, "itu")))
        return;
    int at = 2;
    if (t[2].norm && (!strcmp(t[2].norm, "di") || !strcmp(t[2].norm, "antara")) && t[3].norm &&
        (!strcmp(t[3].norm, "antaranya") || !strcmp(t[3].norm, "lain")))
        at = 4;
    else if (t[2].norm && (!strcmp(t[2].norm, "yakni") || !strcmp(t[2].norm, "yaitu") || !strcmp(t[2].norm, "adalah") ||
                           !strcmp(t[2].norm, "antaranya") || !strcmp(t[2].norm, "meliputi")))
        at = 3;
    else
        return;
    load_sentence(c, n);
    mark_phrases(c);
    build_mentions(c);
    link_mentions(c);
    idgroup g;
    memset(&g, 0, sizeof g);
    int first = -1;
    for (int k = 0; k < c->nm; k++) {
        if (c->m[k].first < at || !c->m[k].code[0]) continue;
        if (first < 0) first = c->m[k].group;
        if (c->m[k].group != first || g.n >= 4) break;
        snprintf(g.codes[g.n++], 32, "%s", c->m[k].code);
    }
    if (g.n < 2) return;
    c->ahead = g;
    c->ahead_sent = (int)si;
    snprintf(c->ahead_head, sizeof c->ahead_head, "%s", t[0].norm);
}

size_t wt_idcoder_code_doc(wt_idcoder *c, wt_doc *d, wt_event_list *out)
{
    c->doc = d;
    /* the lang stage: the verbs are read from lemmas and affix bits */
    if (c->lemmatizer) wt_lemmatize_doc(c->lemmatizer, d);
    c->date = ymd(d->date);
    c->last_actor[0] = '\0';
    c->last_speaker_code[0] = '\0';
    c->ngroups = 0;
    c->nnames = 0;
    c->prev_pair[0][0] = '\0';
    c->prev_pair_sent = -10;
    c->persons_sent = -10;
    c->prev_subj[0] = '\0';
    c->prev_subj_sent = -10;
    emit_ctx ec = { out, NULL, 0, 0 };
    describe_tokens(c);
    if (c->stats) c->stats->articles++;
    c->nnames = 0;
    c->ntitles = 0;
    find_home_country(c);
    for (size_t si = 0; si < d->sents.len; si++) {
        const wt_sentence *s = &d->sents.items[si];
        size_t before = ec.added;
        ec.sent = s;
        ec.sent_index = (int)si;
        look_ahead(c, si);
        load_sentence(c, s);
        resolve_speaker(c, s);
        mark_phrases(c);
        build_mentions(c);
        add_pronouns(c, s->quote >= 0);
        resolve_demonstratives(c);
        link_mentions(c);
        resolve_plural_refs(c, (int)si);
        find_verbs(c);
        explain_sentence(c, s, (int)si);
        if (sentence_is_question(c)) {
            explain(c, "question: not coded");
        } else {
            for (int k = 0; k < c->nv; k++) {
                if (in_conditional(c, c->v[k].word)) { explain(c, "'%s': conditional clause, not coded", c->w[c->v[k].word].norm); continue; }
                code_event(c, &ec, &c->v[k]);
            }
        }
        /* mentions standing for the sentence before are not this one's */
        while (c->nm > 0 && c->m[c->nm - 1].outside.end) c->nm--;
        remember_subject(c, (int)si);
        remember_group(c, (int)si);
        remember_persons(c, (int)si);
        learn_names(c);
        learn_titles(c);
        for (int k = c->nm - 1; k >= 0; k--)
            if (c->m[k].code[0] && !c->m[k].pronoun && strncmp(c->m[k].code, "IGO", 3)) {
                snprintf(c->last_actor, sizeof c->last_actor, "%s", c->m[k].code);
                break;
            }
        if (c->stats) {
            wt_idstats *st = c->stats;
            int coded = 0;
            for (int k = 0; k < c->nm; k++) coded += c->m[k].code[0] != 0;
            st->sentences++;
            st->sent_actor += coded > 0;
            st->sent_two_actors += coded > 1;
            st->sent_verb += c->nv > 0;
            st->sent_event += ec.added > before;
            if (ec.added == before) count_missed(c);
        }
    }
    if (c->stats) c->stats->events += ec.added;
    c->doc = NULL;
    return ec.added;
}

/* ------------------------------------------------------------ stats */

void wt_idstats_init(wt_idstats *s)
{
    memset(s, 0, sizeof *s);
    wt_strmap_init(&s->missed);
}

void wt_idstats_free(wt_idstats *s) { wt_strmap_free(&s->missed); }

typedef struct kc { const char *k; size_t n; } kc;
static int cmp_kc(const void *a, const void *b)
{
    const kc *x = a, *y = b;
    return x->n < y->n ? 1 : x->n > y->n ? -1 : strcmp(x->k, y->k);
}

void wt_idstats_print(const wt_idstats *s, FILE *f, size_t top)
{
    double sn = s->sentences ? (double)s->sentences : 1.0;
    fprintf(f, "articles                          %zu\n", s->articles);
    fprintf(f, "sentences                         %zu\n", s->sentences);
    fprintf(f, "sentences with a coded actor      %zu (%.1f%%)\n", s->sent_actor, 100.0 * s->sent_actor / sn);
    fprintf(f, "sentences with two coded actors   %zu (%.1f%%)\n", s->sent_two_actors, 100.0 * s->sent_two_actors / sn);
    fprintf(f, "sentences with an event word      %zu (%.1f%%)\n", s->sent_verb, 100.0 * s->sent_verb / sn);
    fprintf(f, "sentences with an event           %zu (%.1f%%)\n", s->sent_event, 100.0 * s->sent_event / sn);
    fprintf(f, "events                            %zu (%.2f per article)\n", s->events,
            s->articles ? (double)s->events / (double)s->articles : 0.0);
    WT_VEC(kc) v = {0};
    for (size_t i = 0; i < s->missed.cap; i++)
        if (s->missed.slots[i].key) {
            kc *e = WT_VEC_PUSH(v);
            e->k = s->missed.slots[i].key;
            e->n = (size_t)(uintptr_t)s->missed.slots[i].value;
        }
    if (v.len) qsort(v.items, v.len, sizeof *v.items, cmp_kc);
    fprintf(f, "\nmost frequent words in sentences with two coded actors and no event:\n");
    for (size_t i = 0; i < v.len && i < top; i++) fprintf(f, "%8zu  %s\n", v.items[i].n, v.items[i].k);
    WT_VEC_FREE(v);
}
