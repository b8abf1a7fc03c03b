#include "text/entities.h"
#include "text/article.h"
#include "code/enrich.h"
#include "code/gazetteer.h"
#include "text/scan.h"
#include "util/buf.h"

#include <string.h>

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(w, list[i])) return 1;
    return 0;
}
#define IN(w, list) in_list((w), (list), sizeof list / sizeof *list)

/* Offices and ranks before a name. */
static const char *const roles[] = {
    "menteri", "wakil", "presiden", "wapres", "direktur", "dirut", "ketua", "kepala", "sekretaris",
    "sekjen", "juru", "jubir", "duta", "dubes", "gubernur", "wagub", "wali", "walikota", "bupati",
    "jenderal", "panglima", "komandan", "kapolri", "kapolda", "kapolres", "kapolsek", "kasat",
    "kabid", "kabag", "kadiv", "kasubdit", "manajer", "pelatih", "ceo", "pejabat", "anggota",
    "pengamat", "deputi", "asisten", "staf", "menlu", "menhan", "mendagri", "menkeu", "wamenlu",
    "koordinator", "pimpinan", "pemimpin", "senator", "perdana", "raja", "ratu", "pangeran",
    "kanselir", "imam", "paus", "uskup", "hakim", "jaksa", "ketum", "plt", "pj", "kapuspen",
    "kabareskrim", "pendiri", "penasihat", "komisaris", "camat", "lurah", "rektor", "dekan",
    "profesor", "pemilik", "penyanyi", "aktris", "aktor", "striker", "kiper", "bek", "gelandang",
    "pebulu", "petenis", "pebalap", "pembalap", "politikus", "politisi", "mantan",
};
/* Ranks, honorifics and abbreviated titles. */
static const char *const titles[] = {
    "dr", "drs", "prof", "ir", "h", "hj", "kh", "mr", "mrs", "ms", "sir", "syekh", "habib",
    "irjen", "brigjen", "kombes", "akbp", "kompol", "akp", "ajun", "iptu", "ipda", "bripka",
    "briptu", "aiptu", "komjen", "letjen", "mayjen", "marsekal", "laksamana", "kolonel", "letkol",
    "mayor", "kapten", "serka", "pratu", "kopral", "sersan", "bapak", "pak", "bu", "nyonya",
    "tuan", "saudara", "ustaz", "ustad", "kiai", "romo", "pastor", "pendeta", "baginda",
};
/* Words that qualify an office: Menteri Luar Negeri, Wakil Direktur Utama. */
static const char *const role_qualifiers[] = {
    "luar", "negeri", "dalam", "pertahanan", "keuangan", "perdagangan", "perhubungan", "hukum",
    "agama", "sosial", "kesehatan", "pendidikan", "kebudayaan", "perindustrian", "pertanian",
    "koordinator", "bidang", "umum", "besar", "senior", "utama", "muda", "madya", "eksekutif",
    "negara", "kabinet", "tinggi", "jenderal", "pelaksana", "tugas", "harian", "politik",
    "keamanan", "ekonomi", "maritim", "luar", "bicara", "biro", "humas", "informasi", "tim",
    "dewan", "komisi", "fraksi", "partai", "staf", "khusus", "ahli", "nasional", "daerah",
    "provinsi", "kota", "kabupaten", "regional", "wilayah", "pusat", "operasi", "hubungan",
    "masyarakat", "pemerintahan", "i", "ii", "iii", "iv", "v", "vi",
};
/* Words that start an organisation's name. */
static const char *const org_heads[] = {
    "kementerian", "kemenlu", "kemlu", "kemhan", "kemenhan", "kemendagri", "kemenkeu", "badan",
    "komisi", "dewan", "pusat", "partai", "universitas", "institut", "bank", "pt", "kepolisian",
    "polda", "polres", "polsek", "mahkamah", "pengadilan", "kejaksaan", "kejati", "kejari",
    "majelis", "lembaga", "yayasan", "asosiasi", "kedutaan", "kedubes", "konsulat", "direktorat",
    "ditjen", "tentara", "angkatan", "perserikatan", "organisasi", "persatuan", "federasi",
    "kantor", "markas", "mabes", "sekretariat", "biro", "dinas", "rumah", "sekolah", "pemerintah",
    "pemprov", "pemkot", "pemkab", "kongres", "parlemen", "senat", "otoritas", "korps", "komando",
    "kodam", "koramil", "kodim", "korem", "satuan", "detasemen", "divisi", "brigade", "batalyon",
    "gerakan", "front", "aliansi", "liga", "perusahaan", "koperasi", "serikat", "ikatan",
    "himpunan", "perhimpunan", "forum", "jaringan", "kelompok", "koalisi", "kabinet", "biro",
    "tim", "timnas", "balai", "klub",
};
/* Organisations known by a short name. */
static const char *const org_names[] = {
    "kremlin", "pentagon", "gedung putih", "kpk", "dpr", "mpr", "dpd", "dprd", "pbb", "nato",
    "asean", "tni", "polri", "bps", "bi", "ojk", "imf", "who", "unesco", "unicef", "fifa", "uefa",
    "pssi", "kpu", "bawaslu", "bnpb", "bpbd", "basarnas", "bnn", "bin", "bpk", "ma", "mk", "ky",
    "uni eropa", "ue", "opec", "apec", "oki", "hamas", "hizbullah", "taliban", "isis", "nasa",
    "fbi", "cia", "interpol", "pdip", "pdi-p", "golkar", "gerindra", "demokrat", "pkb", "pks",
    "pan", "ppp", "nasdem", "hanura", "perindo", "psi", "nu", "muhammadiyah", "mui", "kadin",
    "pertamina", "pln", "garuda indonesia", "telkom", "bumn", "tvri", "rri", "antara", "reuters",
    "afp", "bbc", "cnn", "xinhua", "kyodo", "yonhap", "bernama", "rt", "tass", "sputnik",
};
/* Heads of geographic names the gazetteer may not know. */
static const char *const place_heads[] = {
    "semenanjung", "pulau", "kepulauan", "laut", "selat", "teluk", "gunung", "pegunungan",
    "sungai", "danau", "samudra", "samudera", "tanjung", "jazirah", "lembah", "gurun", "benua",
    "kabupaten", "kecamatan", "provinsi", "desa", "kelurahan", "kampung", "jalan", "jl",
    "asia", "eropa", "afrika", "sirkuit", "stasiun", "taman", "terminal", "pelabuhan",
};
/* Words no person's name holds: a run with one is a title, a competition,
 * a law or a region, not a person. */
static const char *const not_person_words[] = {
    "liga", "league", "piala", "cup", "serie", "games", "club", "fc", "united", "city", "the",
    "undang-undang", "nomor", "pasal", "peraturan", "keputusan", "rancangan", "program",
    "festival", "film", "album", "hotel", "award", "awards", "world", "open", "grand", "prix",
    "tenggara", "timur", "barat", "utara", "selatan", "tengah", "raya", "merah", "putih",
    "asia", "eropa", "afrika", "pasifik", "atlantik", "hotspur", "stadion", "bandara", "masjid",
    "gereja", "pasar", "mal", "plaza", "tower", "menara", "gedung", "istana", "monumen",
    "tol", "kereta", "bus", "airlines", "air", "group", "grup", "inc", "corp", "ltd", "tbk",
    "news", "times", "post", "daily", "channel", "tv", "radio", "online", "app", "android",
    "iphone", "galaxy", "windows", "series", "edition", "pro", "plus", "max", "mini", "lite",
    "gen", "model", "tipe", "versi", "kilometer", "persen", "rupiah", "dolar", "euro",
    "surat", "edaran", "pemilihan", "international", "airport",
};

/* Function words: capitalised only because they start a sentence, they
 * never start a name ("Menurut Retno", "Namun Obama", "Selain Dwi"). */
static const char *const function_words[] = {
    "menurut", "selain", "namun", "sedangkan", "sementara", "bagi", "sebelumnya", "mengutip",
    "tapi", "tetapi", "bahkan", "padahal", "meski", "meskipun", "walau", "walaupun", "kemudian",
    "lalu", "setelah", "sebelum", "saat", "ketika", "dalam", "dari", "untuk", "dengan", "pada",
    "kepada", "oleh", "tanpa", "jika", "kalau", "karena", "apalagi", "adapun", "yakni", "yaitu",
    "terkait", "soal", "menanggapi", "mengenai", "tentang", "usai", "seusai", "sejak", "hingga",
    "sampai", "akhirnya", "kini", "sayangnya", "sebab", "agar", "supaya", "seperti", "sebagai",
    "begitu", "demikian", "apakah", "bila", "selama", "menjelang", "jelang", "melalui", "lewat",
    "berdasarkan", "atas", "antara", "di", "ke", "para", "sang", "kata", "ujar", "sesudah", "selanjutnya", "sebaliknya", "menyusul", "mendengar", "melihat", "bersama",
    "sehingga", "maka", "dikutip", "dilansir", "melansir", "ternyata",
};

/* Capitalised common words that are not names: ignored in runs. */
static const char *const descriptors[] = {"ibu kota", "ibukota", "kota", "negara", "wilayah", "kawasan", "daerah"};

static const char *const dates_words[] = {
    "januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
    "oktober", "november", "desember", "senin", "selasa", "rabu", "kamis", "jumat", "jum'at",
    "sabtu", "minggu",
};

enum word_class {
    C_ROLE = 1 << 0, C_TITLE = 1 << 1, C_QUAL = 1 << 2, C_ORG_HEAD = 1 << 3, C_ORG_NAME = 1 << 4,
    C_PLACE_HEAD = 1 << 5, C_NOT_PERSON = 1 << 6, C_DESCRIPTOR = 1 << 7, C_DATE = 1 << 8,
    C_FUNCTION = 1 << 9,
};

static void add_class(wt_strmap *map, const char *const *list, size_t n, unsigned cls)
{
    for (size_t i = 0; i < n; i++) {
        wt_strmap_slot *slot = wt_strmap_put(map, list[i], strlen(list[i]), NULL);
        slot->value = (void *)((uintptr_t)slot->value | cls);
    }
}
#define ADD(map, list, cls) add_class((map), (list), sizeof list / sizeof *list, (cls))

void wt_entity_words_init(wt_strmap *map)
{
    ADD(map, roles, C_ROLE);
    ADD(map, titles, C_TITLE);
    ADD(map, role_qualifiers, C_QUAL);
    ADD(map, org_heads, C_ORG_HEAD);
    ADD(map, org_names, C_ORG_NAME);
    ADD(map, place_heads, C_PLACE_HEAD);
    ADD(map, not_person_words, C_NOT_PERSON);
    ADD(map, descriptors, C_DESCRIPTOR);
    ADD(map, dates_words, C_DATE);
    ADD(map, function_words, C_FUNCTION);
}

int wt_is_role_word(const char *norm) { return IN(norm, roles); }


#define RUN_KEY_MAX 32   /* tokens of a run whose keys are built at once */

typedef struct ent_ctx {
    warta_ctx *ctx;
    wt_doc *d;
    const wt_strmap *words;
    uint32_t *cls;                /* class bits of each token, CLS_KNOWN once looked up */
    const wt_gazetteer *gaz;
    wt_buf key, key2;             /* gazetteer keys (run_keys, place_at) */
    size_t key_a, key_valid;
    size_t key_off[RUN_KEY_MAX], key_end[RUN_KEY_MAX];
    uint32_t para;
    /* indexes, so that an article costs in proportion to its length (a
     * scan of every token, entity or mention per name was quadratic):
     * values are index + 1 */
    wt_strmap lower;              /* norms of lower-case words (common_word), built on first use */
    int lower_built;
    wt_strmap starts;             /* span starts of the mentions (push_mention) */
    wt_strmap by_key, by_text;    /* entities by type + key pointer, by type + text (add_mention) */
    wt_strmap first_word, last_word; /* person entities by first/last word, lowest index */
} ent_ctx;

/* Entity types are string constants: compare pointers before bytes. */
static int same_type(const char *a, const char *b) { return a == b || !strcmp(a, b); }

static const wt_token *T(const ent_ctx *ec, size_t k) { return &ec->d->toks.items[k]; }

static unsigned word_class(const ent_ctx *ec, const char *w)
{
    return (unsigned)(uintptr_t)wt_strmap_get(ec->words, w, strlen(w));
}
/* class bits of tokens k and k+1 joined by a space ("gedung putih") */
static unsigned two_words_class(const ent_ctx *ec, size_t k)
{
    const char *a = T(ec, k)->norm, *b = T(ec, k + 1)->norm;
    size_t na = strlen(a), nb = strlen(b);
    char two[64];
    if (na + nb + 1 >= sizeof two) return 0;
    memcpy(two, a, na);
    two[na] = ' ';
    memcpy(two + na + 1, b, nb);
    return (unsigned)(uintptr_t)wt_strmap_get(ec->words, two, na + nb + 1);
}

/* class bits of token k, looked up once per token */
#define CLS_KNOWN 0x80000000u
static unsigned K(const ent_ctx *ec, size_t k)
{
    uint32_t c = ec->cls[k];
    if (!(c & CLS_KNOWN)) ec->cls[k] = c = word_class(ec, T(ec, k)->norm) | CLS_KNOWN;
    return c & ~CLS_KNOWN;
}

static int is_name_token(const ent_ctx *ec, const wt_token *t)
{
    return (t->kind == WT_TOK_WORD || t->kind == WT_TOK_URL) && (t->flags & WT_TF_CAPITAL) &&
           !(K(ec, (size_t)(t - ec->d->toks.items)) & C_DATE);
}

static void push_mention(ent_ctx *ec, size_t e, wt_span span)
{
    wt_doc *d = ec->d;
    int added;
    wt_strmap_put(&ec->starts, (const char *)&span.start, sizeof span.start, &added);
    if (!added) return;                       /* a mention starts there already */
    wt_mention *m = WT_VEC_PUSH(d->mentions);
    m->span = span;
    m->entity = (uint32_t)e;
    m->para = ec->para;
}

/* Adds a mention of the entity (type, key or text), creating it when new. */
/* The lookup key of an entity: its type, then its key pointer or, for an
 * entity without one, its text. */
static void entity_key(wt_buf *b, const char *type, const void *key, const char *text, size_t len)
{
    wt_buf_clear(b);
    wt_buf_append(b, type, strlen(type) + 1);
    if (key) wt_buf_append(b, &key, sizeof key);
    else wt_buf_append(b, text, len);
}

/* Records the first and last word of a person entity's text (its lowest
 * index wins), for person_by_last_name. */
static void index_person_words(ent_ctx *ec, size_t e)
{
    const wt_entity *en = &ec->d->entities.items[e];
    if (!same_type(en->type, "person")) return;
    const char *first_space = strchr(en->text, ' '), *last_space = strrchr(en->text, ' ');
    if (!first_space) return;
    wt_strmap_slot *f = wt_strmap_put(&ec->first_word, en->text, (size_t)(first_space - en->text), NULL);
    if (!f->value || (size_t)(uintptr_t)f->value > e + 1) f->value = (void *)(uintptr_t)(e + 1);
    wt_strmap_slot *l = wt_strmap_put(&ec->last_word, last_space + 1, strlen(last_space + 1), NULL);
    if (!l->value || (size_t)(uintptr_t)l->value > e + 1) l->value = (void *)(uintptr_t)(e + 1);
}

/* Adds a mention of the entity (type, key or text), creating it when new. */
static void add_mention(ent_ctx *ec, const char *type, wt_span span, const void *key, const char *country)
{
    wt_doc *d = ec->d;
    size_t len = span.end - span.start;
    const char *text = d->text + span.start;
    entity_key(&ec->key2, type, key, text, len);
    wt_strmap_slot *slot = wt_strmap_put(key ? &ec->by_key : &ec->by_text, ec->key2.data, ec->key2.len, NULL);
    size_t e;
    if (!slot->value) {
        e = d->entities.len;
        slot->value = (void *)(uintptr_t)(e + 1);
        wt_entity *en = WT_VEC_PUSH(d->entities);
        en->type = type;
        en->key = key;
        en->text = wt_doc_slice(d, span);
        if (country) memcpy(en->country, country, 4);
        index_person_words(ec, e);
    } else {
        e = (size_t)(uintptr_t)slot->value - 1;
        if (strlen(d->entities.items[e].text) < len) {
            d->entities.items[e].text = wt_doc_slice(d, span); /* keep the longest form */
            index_person_words(ec, e);
        }
    }
    push_mention(ec, e, span);
}

static wt_span span_of(const ent_ctx *ec, size_t a, size_t b)
{
    return (wt_span){T(ec, a)->span.start, T(ec, b - 1)->span.end};
}

/* The gazetteer keys of a run of tokens [a, b), built in one pass: the
 * key of tokens [i, j) is key[off[i - a], end[j - 1 - a]) as long as the
 * tokens are apart by plain spaces (no word runs across a boundary) and
 * each has a word; `valid` counts the tokens from a for which that holds.
 * Any other span gets its own key (place_at). */
static void run_keys(ent_ctx *ec, size_t a, size_t b)
{
    const char *s = ec->d->text;
    wt_buf_clear(&ec->key);
    ec->key_a = a;
    ec->key_valid = 0;
    for (size_t j = 0; a + j < b && j < RUN_KEY_MAX; j++) {
        size_t from = T(ec, a + j)->span.start;
        if (j) {
            size_t gap = T(ec, a + j - 1)->span.end;
            if (gap == from) break;
            while (gap < from && s[gap] == ' ') gap++;
            if (gap < from) break;
            from = T(ec, a + j - 1)->span.end;
        }
        size_t before = ec->key.len;
        wt_gazetteer_key(&ec->key, s + from, T(ec, a + j)->span.end - from);
        if (ec->key.len == before) break;
        ec->key_off[j] = before ? before + 1 : 0;
        ec->key_end[j] = ec->key.len;
        ec->key_valid = j + 1;
    }
}

/* Longest gazetteer place at tokens [a, b) starting at a; its length.
 * run_keys() was called for the run holding [a, b). */
static size_t place_at(ent_ctx *ec, size_t a, size_t b, const wt_gaz_place **out)
{
    if (!ec->gaz) return 0;
    size_t max = (size_t)(ec->gaz->max_words > 0 ? ec->gaz->max_words : 4);
    for (size_t len = b - a < max ? b - a : max; len > 0; len--) {
        const wt_gaz_place *p;
        size_t i = a - ec->key_a, j = i + len;   /* tokens [i, j) of the run */
        if (a >= ec->key_a && j <= ec->key_valid) {
            p = wt_gazetteer_find(ec->gaz, ec->key.data + ec->key_off[i], ec->key_end[j - 1] - ec->key_off[i]);
        } else {
            wt_buf_clear(&ec->key2);
            wt_span sp = span_of(ec, a, a + len);
            wt_gazetteer_key(&ec->key2, ec->d->text + sp.start, sp.end - sp.start);
            p = wt_gazetteer_find(ec->gaz, ec->key2.data, ec->key2.len);
        }
        if (p) { *out = p; return len; }
    }
    return 0;
}

/* Length of a known organisation name at a (one or two words). */
static size_t org_name_at(ent_ctx *ec, size_t a, size_t b)
{
    if (a + 1 < b && two_words_class(ec, a) & C_ORG_NAME) return 2;
    return K(ec, a) & C_ORG_NAME ? 1 : 0;
}

static size_t descriptor_at(ent_ctx *ec, size_t a, size_t b)
{
    if (a + 1 < b && two_words_class(ec, a) & C_DESCRIPTOR) return 2;
    return K(ec, a) & C_DESCRIPTOR ? 1 : 0;
}

static int is_speaker(const ent_ctx *ec, wt_span sp)
{
    for (size_t q = 0; q < ec->d->quotes.len; q++) {
        const wt_quote *qu = &ec->d->quotes.items[q];
        if (qu->speaker && qu->speaker_span.start <= sp.start && qu->speaker_span.end >= sp.end) return 1;
    }
    return 0;
}

/* A known person whose last (Tillerson) or first (Retno) word this token is. */
static int person_matches(const wt_entity *en, const char *w, size_t n)
{
    if (!same_type(en->type, "person")) return 0;
    size_t len = strlen(en->text);
    if (len > n && en->text[len - n - 1] == ' ' && !memcmp(en->text + len - n, w, n)) return 1;
    return len > n && en->text[n] == ' ' && !memcmp(en->text, w, n);
}

static int person_by_last_name(ent_ctx *ec, size_t k)
{
    const wt_token *t = T(ec, k);
    size_t n = t->span.end - t->span.start;
    const char *w = ec->d->text + t->span.start;
    /* the indexes hold, per word, the lowest entity that had it first or
     * last; when that entity still has it, no earlier one does */
    size_t lf = (size_t)(uintptr_t)wt_strmap_get(&ec->first_word, w, n);
    size_t ll = (size_t)(uintptr_t)wt_strmap_get(&ec->last_word, w, n);
    if (!lf && !ll) return -1;
    int ok_f = !lf || person_matches(&ec->d->entities.items[lf - 1], w, n);
    int ok_l = !ll || person_matches(&ec->d->entities.items[ll - 1], w, n);
    if (ok_f && ok_l) {
        size_t best = !lf ? ll : !ll ? lf : lf < ll ? lf : ll;
        return (int)best - 1;
    }
    for (size_t e = 0; e < ec->d->entities.len; e++) {
        const wt_entity *en = &ec->d->entities.items[e];
        if (!same_type(en->type, "person")) continue;
        size_t len = strlen(en->text);
        if (len > n && en->text[len - n - 1] == ' ' && !memcmp(en->text + len - n, w, n)) return (int)e;
        if (len > n && en->text[n] == ' ' && !memcmp(en->text, w, n)) return (int)e;
    }
    return -1;
}

/* Does the word appear in lower case elsewhere in the article? Then a
 * capital at the start of a sentence is the sentence's, not a name's. */
static int common_word(ent_ctx *ec, const wt_token *t)
{
    if (!ec->lower_built) {
        ec->lower_built = 1;
        for (size_t i = 0; i < ec->d->toks.len; i++) {
            const wt_token *o = &ec->d->toks.items[i];
            if (!(o->flags & WT_TF_CAPITAL) && o->kind == WT_TOK_WORD)
                wt_strmap_put(&ec->lower, o->norm, strlen(o->norm), NULL)->value = (void *)1;
        }
    }
    return wt_strmap_get(&ec->lower, t->norm, strlen(t->norm)) != NULL;
}

/* The person part of tokens [a, b) with no place or organisation in them. */
static void person_run(ent_ctx *ec, size_t a, size_t b, int sentence_start)
{
    int role = 0;
    size_t k = a;
    if (k < b && (K(ec, k) & (C_ROLE | C_TITLE))) {
        role = 1;
        while (k < b && (K(ec, k) & (C_ROLE | C_TITLE | C_QUAL))) k++;
    }
    /* a rank inside the rest: "Metro Jaya Irjen Idham Azis" */
    for (size_t j = k; j < b; j++)
        if ((K(ec, j) & C_TITLE) && j + 1 < b) { k = j + 1; role = 1; }
    if (k >= b) return;
    for (size_t j = k; j < b; j++) {
        const wt_token *t = T(ec, j);
        size_t n = t->span.end - t->span.start;
        if ((t->flags & WT_TF_ALLCAPS) && n > 1) return; /* acronyms are not names */
        if (t->kind != WT_TOK_WORD || (K(ec, j) & C_NOT_PERSON)) return;
    }
    size_t words = b - k;
    wt_span sp = span_of(ec, k, b);
    if (words == 1) {
        int known = person_by_last_name(ec, k);
        if (known >= 0) {
            push_mention(ec, (size_t)known, sp);   /* Tillerson → Rex Tillerson */
            return;
        }
        if (!role && !is_speaker(ec, sp)) return;
        if (sentence_start && !role && common_word(ec, T(ec, k))) return;
    } else if (words > 5) {
        return;
    } else if (sentence_start && !role && common_word(ec, T(ec, k))) {
        if (words - 1 >= 2) person_run(ec, k + 1, b, 0);
        return;
    }
    add_mention(ec, "person", sp, NULL, NULL);
}

/* One run of capitalised tokens [a, b). */
static void entity_run(ent_ctx *ec, size_t a, size_t b, int sentence_start)
{
    while (a < b && (K(ec, a) & C_FUNCTION)) {
        a++;
        sentence_start = 0;
    }
    if (a == b) return;
    /* an organisation head claims the rest of the run */
    for (size_t h = a; h < b; h++) {
        if (!(K(ec, h) & C_ORG_HEAD)) continue;
        if (h + 1 < b || T(ec, h)->flags & WT_TF_ALLCAPS) {
            add_mention(ec, "organisation", span_of(ec, h, b), NULL, NULL);
            return;
        }
    }
    if (ec->gaz) run_keys(ec, a, b);
    size_t rest = a;   /* start of the tokens not yet claimed */
    int any = 0;
    for (size_t k = a; k < b;) {
        const wt_gaz_place *p = NULL;
        size_t len;
        if ((len = descriptor_at(ec, k, b)) && k + len < b) {
            if (k > rest) person_run(ec, rest, k, sentence_start && rest == a);
            k += len;
            rest = k;
            any = 1;
            continue;
        }
        if ((len = place_at(ec, k, b, &p))) {
            if (k > rest) person_run(ec, rest, k, sentence_start && rest == a);
            add_mention(ec, "place", span_of(ec, k, k + len), p, p->country);
            k += len;
            rest = k;
            any = 1;
            continue;
        }
        if ((len = org_name_at(ec, k, b))) {
            if (k > rest) person_run(ec, rest, k, sentence_start && rest == a);
            add_mention(ec, "organisation", span_of(ec, k, k + len), NULL, NULL);
            k += len;
            rest = k;
            any = 1;
            continue;
        }
        if ((K(ec, k) & C_PLACE_HEAD) && k + 1 < b) {
            if (k > rest) person_run(ec, rest, k, sentence_start && rest == a);
            add_mention(ec, "place", span_of(ec, k, b), NULL, NULL);
            return;
        }
        k++;
    }
    if (rest < b) {
        /* "Wakil Menteri Pertahanan Rusia": the role's country was taken;
         * a role left alone is not a person. */
        if (any && rest > a) {
            int all_roles = 1;
            for (size_t j = rest; j < b; j++)
                all_roles &= (K(ec, j) & (C_ROLE | C_QUAL)) != 0;
            if (all_roles) return;
        }
        person_run(ec, rest, b, sentence_start && rest == a);
    }
}

/* "kata Menteri Perdagangan Enggartiasto Lukita": when a speaker ends with
 * a person's name, the name is the speaker and what comes before it the
 * role as written. */
static void refine_speakers(wt_doc *d)
{
    for (size_t q = 0; q < d->quotes.len; q++) {
        wt_quote *qu = &d->quotes.items[q];
        if (!qu->speaker || qu->speaker_role) continue;
        wt_span sp = qu->speaker_span;
        for (size_t m = 0; m < d->mentions.len; m++) {
            const wt_mention *mn = &d->mentions.items[m];
            if (mn->span.end != sp.end || mn->span.start <= sp.start) continue;
            if (strcmp(d->entities.items[mn->entity].type, "person")) break;
            size_t role_end = sp.start;
            for (size_t i = sp.start; i < mn->span.start; i++)
                if (d->text[i] != ' ' && d->text[i] != ',') role_end = i + 1;
            qu->speaker_role = wt_doc_slice(d, (wt_span){sp.start, (uint32_t)role_end});
            qu->speaker_span = mn->span;
            qu->speaker = wt_doc_slice(d, mn->span);
            /* quotes resolved from this one ("ujarnya") follow it */
            for (size_t r = q + 1; r < d->quotes.len; r++)
                if (d->quotes.items[r].speaker_span.start == sp.start && d->quotes.items[r].speaker_span.end == sp.end) {
                    d->quotes.items[r].speaker_span = qu->speaker_span;
                    d->quotes.items[r].speaker = qu->speaker;
                    d->quotes.items[r].speaker_role = qu->speaker_role;
                }
            break;
        }
    }
}

void wt_entities(warta_ctx *ctx, wt_doc *d)
{
    ent_ctx ec = {.ctx = ctx, .d = d, .words = &wt_article_res_get(ctx)->entity_words,
                  .gaz = wt_enrich_gazetteer(ctx),
                  .cls = wt_arena_alloc(&d->arena, (d->toks.len + 1) * sizeof(uint32_t))};
    wt_buf_init(&ec.key);
    wt_buf_init(&ec.key2);
    wt_strmap_init(&ec.lower);
    wt_strmap_init(&ec.starts);
    wt_strmap_init(&ec.by_key);
    wt_strmap_init(&ec.by_text);
    wt_strmap_init(&ec.first_word);
    wt_strmap_init(&ec.last_word);
    /* what the doc holds already goes into the indexes, first one first */
    for (size_t m = 0; m < d->mentions.len; m++)
        wt_strmap_put(&ec.starts, (const char *)&d->mentions.items[m].span.start, sizeof(uint32_t), NULL);
    for (size_t e = 0; e < d->entities.len; e++) {
        const wt_entity *en = &d->entities.items[e];
        entity_key(&ec.key2, en->type, en->key, en->text, strlen(en->text));
        wt_strmap_slot *slot = wt_strmap_put(en->key ? &ec.by_key : &ec.by_text, ec.key2.data, ec.key2.len, NULL);
        if (!slot->value) slot->value = (void *)(uintptr_t)(e + 1);
        index_person_words(&ec, e);
    }
    for (size_t p = 0; p < d->paras.len; p++) {
        const wt_paragraph *para = &d->paras.items[p];
        ec.para = para->index;
        for (uint32_t s = para->sent_first; s < para->sent_first + para->sent_count; s++) {
            const wt_sentence *sn = &d->sents.items[s];
            size_t end = sn->tok_first + sn->tok_count;
            size_t first_word = sn->tok_first;
            while (first_word < end && d->toks.items[first_word].kind == WT_TOK_QUOTE) first_word++;
            for (size_t k = sn->tok_first; k < end;) {
                if (!is_name_token(&ec, T(&ec, k))) { k++; continue; }
                size_t b = k + 1;
                for (;;) {
                    if (b < end && is_name_token(&ec, T(&ec, b)) &&
                        T(&ec, b)->span.start == T(&ec, b - 1)->span.end + 1) { b++; continue; }
                    /* particles between names: Abdullah bin Zayed */
                    if (b + 1 < end && T(&ec, b)->kind == WT_TOK_WORD &&
                        wt_is_name_particle(T(&ec, b)->norm, strlen(T(&ec, b)->norm)) &&
                        is_name_token(&ec, T(&ec, b + 1))) { b += 2; continue; }
                    break;
                }
                entity_run(&ec, k, b, k == first_word);
                k = b;
            }
        }
    }
    /* agencies credited are organisations */
    for (size_t c = 0; c < d->credits.len; c++) {
        const wt_removed *cr = &d->credits.items[c];
        const char *src = cr->text;
        const char *hit = strstr(d->text + cr->span.start, src);
        if (hit && (size_t)(hit - d->text) < cr->span.end) {
            uint32_t at = (uint32_t)(hit - d->text);
            ec.para = cr->para;
            add_mention(&ec, "organisation", (wt_span){at, at + (uint32_t)strlen(src)}, NULL, NULL);
        }
    }
    refine_speakers(d);
    wt_buf_free(&ec.key);
    wt_buf_free(&ec.key2);
    wt_strmap_free(&ec.lower);
    wt_strmap_free(&ec.starts);
    wt_strmap_free(&ec.by_key);
    wt_strmap_free(&ec.by_text);
    wt_strmap_free(&ec.first_word);
    wt_strmap_free(&ec.last_word);
}
