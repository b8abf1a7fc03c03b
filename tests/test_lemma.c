/* test_lemma.c — hand-checked analyses of the Indonesian lemmatiser: every
 * affix class (meN- di- ter- ber- peN- per- ke- se- ku- kau-, -i -kan -an,
 * -nya -ku -mu, -lah -kah -pun), voice and nominalisation flags,
 * reduplication, loanwords, capitalised words, and inputs that must come
 * back unchanged without crashing. Needs hunspell-id's id_ID.dic. */
#include "check.h"
#include "lang/id/lemma.h"
#include "util/buf.h"

#ifndef WARTA_DATA_DIR
#define WARTA_DATA_DIR "data"
#endif

static wt_lemmatizer *lz;

/* lemma, and morph bits that must all be set */
#define LEMMA(word, want_lemma, want_bits)                                        \
    do {                                                                          \
        const wt_lemma *lm_ = wt_lemmatize(lz, word, strlen(word));               \
        CHECK_STR(lm_->root, want_lemma);                                         \
        if ((lm_->morph & (want_bits)) != (uint32_t)(want_bits)) {                \
            check_failed++;                                                       \
            fprintf(stderr, "%s:%d: %s: morph %#x lacks %#x\n", __FILE__, __LINE__, \
                    word, (unsigned)lm_->morph, (unsigned)(want_bits));           \
        } else check_passed++;                                                    \
    } while (0)

#define NOT(word, bits) CHECK((wt_lemmatize(lz, word, strlen(word))->morph & (bits)) == 0)

static void test_prefixes_and_voice(void)
{
    /* meN- with each nasal: active voice */
    LEMMA("mengunjungi", "kunjung", WT_M_MEN | WT_M_I | WT_M_ACTIVE);
    LEMMA("membaca", "baca", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("memakai", "pakai", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("menulis", "tulis", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("mencari", "cari", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("menyerang", "serang", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("mengambil", "ambil", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("mengatakan", "kata", WT_M_MEN | WT_M_KAN | WT_M_ACTIVE);
    LEMMA("melihat", "lihat", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("merusak", "rusak", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("menghadapi", "hadap", WT_M_MEN | WT_M_I | WT_M_ACTIVE);
    LEMMA("mengebom", "bom", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("memperbaiki", "baik", WT_M_MEN | WT_M_PER | WT_M_I | WT_M_ACTIVE);
    LEMMA("menyatakan", "nyata", WT_M_MEN | WT_M_KAN | WT_M_ACTIVE);
    /* di-: passive */
    LEMMA("dikunjungi", "kunjung", WT_M_DI | WT_M_I | WT_M_PASSIVE);
    LEMMA("ditangkap", "tangkap", WT_M_DI | WT_M_PASSIVE);
    LEMMA("diserang", "serang", WT_M_DI | WT_M_PASSIVE);
    LEMMA("diperkirakan", "kira", WT_M_DI | WT_M_PER | WT_M_KAN | WT_M_PASSIVE);
    LEMMA("dipertanyakan", "tanya", WT_M_DI | WT_M_PER | WT_M_KAN | WT_M_PASSIVE);
    NOT("ditangkap", WT_M_ACTIVE | WT_M_NOMINAL);
    /* ter-: stative / accidental */
    LEMMA("terletak", "letak", WT_M_TER | WT_M_STATIVE);
    LEMMA("tertangkap", "tangkap", WT_M_TER | WT_M_STATIVE);
    LEMMA("terbesar", "besar", WT_M_TER | WT_M_STATIVE);
    NOT("terletak", WT_M_PASSIVE | WT_M_ACTIVE);
    /* ber- */
    LEMMA("berkunjung", "kunjung", WT_M_BER);
    LEMMA("bermain", "main", WT_M_BER);
    LEMMA("berjalan", "jalan", WT_M_BER);
    LEMMA("bekerja", "bekerja", WT_M_UNCHANGED); /* lexical, as in UD */
    LEMMA("berupa", "rupa", WT_M_BER);
    LEMMA("berdasarkan", "dasar", WT_M_BER | WT_M_KAN);
    NOT("bermain", WT_M_ACTIVE | WT_M_PASSIVE | WT_M_NOMINAL);
    /* ku- kau- proclitics: passive type two */
    LEMMA("kubaca", "baca", WT_M_KU_ | WT_M_PASSIVE);
    LEMMA("kaubaca", "baca", WT_M_KAU_ | WT_M_PASSIVE);
    /* se- */
    LEMMA("sebuah", "buah", WT_M_SE);
    LEMMA("seorang", "orang", WT_M_SE);
}

static void test_nominalisation(void)
{
    LEMMA("penulis", "tulis", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("pembaca", "baca", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("pemerintah", "perintah", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("pendidikan", "didik", WT_M_PEN | WT_M_AN | WT_M_NOMINAL);
    LEMMA("penjualan", "jual", WT_M_PEN | WT_M_AN | WT_M_NOMINAL);
    LEMMA("pengiriman", "kirim", WT_M_PEN | WT_M_AN | WT_M_NOMINAL);
    LEMMA("penyerangan", "serang", WT_M_PEN | WT_M_AN | WT_M_NOMINAL);
    LEMMA("pertumbuhan", "tumbuh", WT_M_PER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("perusahaan", "usaha", WT_M_PER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("perjanjian", "janji", WT_M_PER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("kematian", "mati", WT_M_KE | WT_M_AN | WT_M_NOMINAL);
    LEMMA("kemerdekaan", "merdeka", WT_M_KE | WT_M_AN | WT_M_NOMINAL);
    LEMMA("keamanan", "aman", WT_M_KE | WT_M_AN | WT_M_NOMINAL);
    LEMMA("kunjungan", "kunjung", WT_M_AN | WT_M_NOMINAL);
    LEMMA("serangan", "serang", WT_M_AN | WT_M_NOMINAL);
    LEMMA("laporan", "lapor", WT_M_AN | WT_M_NOMINAL);
    /* a noun on a derived stem is a lexeme of its own (docs/lemma.md);
     * the analysis still lists every affix */
    LEMMA("kepemimpinan", "kepemimpinan", WT_M_KE | WT_M_PEN | WT_M_AN | WT_M_NOMINAL);
    LEMMA("kepemilikannya", "kepemilikan", WT_M_KE | WT_M_PEN | WT_M_AN | WT_M_NYA | WT_M_NOMINAL);
    LEMMA("keterbukaan", "keterbukaan", WT_M_KE | WT_M_TER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("keberadaan", "keberadaan", WT_M_KE | WT_M_BER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("berpendapat", "berpendapat", WT_M_BER | WT_M_PEN);
    LEMMA("kepentingan", "penting", WT_M_KE | WT_M_AN | WT_M_NOMINAL);
    NOT("penulis", WT_M_ACTIVE | WT_M_PASSIVE);
}

/* Where the spelling allows two roots, the hunspell entries decide. */
static void test_lexicon_evidence(void)
{
    /* meN-/peN- before a vowel: k restored or not; the root with the
     * richer entry wins the tie */
    LEMMA("mengalahkan", "kalah", WT_M_MEN | WT_M_KAN | WT_M_ACTIVE);
    LEMMA("mengawal", "kawal", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("pengarang", "karang", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("mengambil", "ambil", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("meminta", "minta", WT_M_MEN | WT_M_ACTIVE);
    /* bound stems (NEEDAFFIX ketahu) resolve to the free root */
    LEMMA("diketahui", "tahu", WT_M_DI | WT_M_KE | WT_M_I | WT_M_PASSIVE);
    LEMMA("mengetahui", "tahu", WT_M_MEN | WT_M_I | WT_M_ACTIVE);
    /* headwords the root's own flags derive are not roots */
    LEMMA("berlaku", "laku", WT_M_BER);
    LEMMA("diberlakukan", "laku", WT_M_DI | WT_M_BER | WT_M_KAN | WT_M_PASSIVE);
    LEMMA("membicarakan", "bicara", WT_M_MEN | WT_M_KAN | WT_M_ACTIVE);
    LEMMA("perhatian", "hati", WT_M_PER | WT_M_AN | WT_M_NOMINAL);
    LEMMA("memperhatikan", "hati", WT_M_MEN | WT_M_PER | WT_M_KAN | WT_M_ACTIVE);
    /* ... but not lexical ones */
    LEMMA("mereka", "mereka", WT_M_ROOT_KNOWN);
    LEMMA("kepada", "kepada", WT_M_ROOT_KNOWN);
    LEMMA("sekolah", "sekolah", WT_M_ROOT_KNOWN);
    LEMMA("perawan", "perawan", WT_M_ROOT_KNOWN);
    LEMMA("abadi", "abadi", WT_M_ROOT_KNOWN);
    NOT("mereka", WT_M_MEN);
    /* ordinals with a numeral ending like -an */
    LEMMA("kedelapan", "kedelapan", 0);
    /* an echo half names the root */
    LEMMA("berancang-ancang", "ancang", WT_M_REDUP | WT_M_BER);
}

static void test_clitics_and_particles(void)
{
    LEMMA("kunjungannya", "kunjung", WT_M_AN | WT_M_NYA | WT_M_NOMINAL);
    LEMMA("rumahnya", "rumah", WT_M_NYA);
    LEMMA("bukuku", "buku", WT_M__KU);
    LEMMA("bukumu", "buku", WT_M__MU);
    LEMMA("menyerangnya", "serang", WT_M_MEN | WT_M_NYA | WT_M_ACTIVE);
    LEMMA("pergilah", "pergi", WT_M_LAH);
    LEMMA("siapakah", "siapa", WT_M_KAH);
    LEMMA("diapun", "dia", WT_M_PUN);
    LEMMA("mengunjunginyalah", "kunjung", WT_M_MEN | WT_M_I | WT_M_NYA | WT_M_LAH);
    /* words that end like a clitic but are roots */
    LEMMA("tanya", "tanya", WT_M_ROOT_KNOWN);
    LEMMA("ikan", "ikan", WT_M_ROOT_KNOWN);
    LEMMA("menteri", "menteri", WT_M_ROOT_KNOWN);
    NOT("menteri", WT_M_MEN | WT_M_I);
    /* lexicalised -nya adverbs the dictionary lists whole */
    LEMMA("lainnya", "lainnya", WT_M_NYA);
    LEMMA("sebelumnya", "sebelumnya", WT_M_NYA);
    /* ordinals are words of their own */
    LEMMA("kedua", "kedua", 0);
    LEMMA("adalah", "adalah", WT_M_ROOT_KNOWN);
}

/* Rules that read hunspell-id's flags for what the spelling leaves open. */
static void test_flag_rules(void)
{
    /* agent pe- that does not assimilate, on roots whose flags declare it */
    LEMMA("pejabat", "jabat", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("petani", "tani", WT_M_PEN | WT_M_NOMINAL);
    LEMMA("pejabatnya", "jabat", WT_M_PEN | WT_M_NYA);
    LEMMA("pesan", "pesan", WT_M_ROOT_KNOWN);
    NOT("pesan", WT_M_PEN);
    /* se-X-nya adverbs the flags list, also when se-X is a headword */
    LEMMA("sepenuhnya", "sepenuhnya", WT_M_SE | WT_M_NYA);
    /* bare -i only on roots that take -i at all */
    LEMMA("politisi", "politisi", WT_M_UNCHANGED);
    LEMMA("temui", "temu", WT_M_I);
    /* di- on a root that makes no bare verb: the preposition written
     * together with its noun, kept whole and not passive */
    LEMMA("dimana", "dimana", WT_M_ROOT_KNOWN);
    LEMMA("dibawah", "dibawah", WT_M_ROOT_KNOWN);
    LEMMA("disini", "disini", WT_M_ROOT_KNOWN);
    NOT("dibawah", WT_M_DI | WT_M_PASSIVE);
    LEMMA("dibawahi", "bawah", WT_M_DI | WT_M_I | WT_M_PASSIVE);
    LEMMA("dibiarkan", "biar", WT_M_DI | WT_M_KAN | WT_M_PASSIVE);
    LEMMA("dimain-mainkan", "main", WT_M_REDUP | WT_M_DI | WT_M_KAN);
    /* collectives and ordinals */
    LEMMA("berdua", "berdua", 0);
    LEMMA("bersatu", "satu", WT_M_BER);
    LEMMA("kesebelas", "kesebelas", 0);
}

static void test_reduplication_and_loans(void)
{
    LEMMA("negara-negara", "negara", WT_M_REDUP);
    LEMMA("masing-masing", "masing", WT_M_REDUP);
    LEMMA("sayur-mayur", "sayur", WT_M_REDUP);
    LEMMA("bermain-main", "main", WT_M_REDUP | WT_M_BER);
    LEMMA("pukul-memukul", "pukul", WT_M_REDUP);
    LEMMA("negara-negaranya", "negara", WT_M_REDUP | WT_M_NYA);
    LEMMA("dinegosiasikan", "negosiasi", WT_M_DI | WT_M_KAN | WT_M_PASSIVE);
    LEMMA("memprovokasi", "provokasi", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("mengkritik", "kritik", WT_M_MEN | WT_M_ACTIVE);
    LEMMA("ditransfer", "transfer", WT_M_DI | WT_M_PASSIVE);
}

static void test_case_and_names(void)
{
    /* names and acronyms are left alone */
    LEMMA("Tillerson", "Tillerson", WT_M_UNCHANGED);
    LEMMA("Pyongyang", "Pyongyang", WT_M_UNCHANGED);
    LEMMA("PBB", "PBB", WT_M_UNCHANGED);
    LEMMA("AS", "AS", WT_M_UNCHANGED);
    LEMMA("Pemerintah", "Pemerintah", WT_M_UNCHANGED);
    /* ...unless the voice prefix is unmistakable */
    LEMMA("Dikatakan", "kata", WT_M_DI | WT_M_PASSIVE);
    LEMMA("Ia", "dia", WT_M_EXCEPTION);
    LEMMA("ia", "dia", WT_M_EXCEPTION);
}

static void test_unchanged(void)
{
    LEMMA("COVID-19", "COVID-19", WT_M_UNCHANGED);
    LEMMA("https://example.com/a-b", "https://example.com/a-b", WT_M_UNCHANGED);
    LEMMA("2017", "2017", WT_M_UNCHANGED);
    LEMMA("xqzvw", "xqzvw", WT_M_UNCHANGED);
    LEMMA("Al-Qaeda", "Al-Qaeda", WT_M_UNCHANGED);
    LEMMA("-", "-", WT_M_UNCHANGED);
    LEMMA("café", "café", WT_M_UNCHANGED);
    const wt_lemma *lm = wt_lemmatize(lz, "", 0);
    CHECK_STR(lm->root, "");
    CHECK(lm->morph & WT_M_UNCHANGED);
    /* invalid UTF-8 and embedded NULs: bytes back as given */
    const char bad[] = "ber\xff\xfe" "main\0x";
    lm = wt_lemmatize(lz, bad, sizeof bad - 1);
    CHECK_INT(lm->root_len, sizeof bad - 1);
    CHECK(memcmp(lm->root, bad, sizeof bad - 1) == 0);
    /* a very long token */
    size_t n = 100000;
    char *big = malloc(n);
    memset(big, 'a', n);
    memcpy(big, "meng", 4);
    lm = wt_lemmatize(lz, big, n);
    CHECK_INT(lm->root_len, n);
    CHECK(memcmp(lm->root, big, n) == 0);
    free(big);
    char longword[60];
    memset(longword, 'a', sizeof longword);
    memcpy(longword, "di", 2);
    lm = wt_lemmatize(lz, longword, sizeof longword);
    CHECK_INT(lm->root_len, sizeof longword);
}

static void test_cache_and_json(void)
{
    const wt_lemma *a = wt_lemmatize(lz, "mengunjungi", 11);
    const wt_lemma *b = wt_lemmatize(lz, "mengunjungi", 11);
    CHECK(a == b);   /* the second call is a cache hit */
    CHECK(wt_lemmatizer_cached(lz) > 0);
    wt_buf buf;
    wt_buf_init(&buf);
    wt_lemma_json(&buf, "dikunjunginya", 13, wt_lemmatize(lz, "dikunjunginya", 13));
    CHECK_STR(buf.data, "{\"word\":\"dikunjunginya\",\"lemma\":\"kunjung\",\"prefixes\":[\"di\"],"
                        "\"suffix\":\"i\",\"clitic\":\"nya\",\"particle\":null,\"voice\":\"passive\","
                        "\"nominal\":false,\"redup\":false,\"known\":true,\"exception\":false,"
                        "\"unchanged\":false,\"morph\":33701921}");
    wt_buf_free(&buf);
}

static void add_token(wt_doc *d, uint32_t start, uint32_t end, uint8_t flags, const char *norm)
{
    wt_token *t = WT_VEC_PUSH(d->toks);
    t->span = (wt_span){start, end};
    t->kind = WT_TOK_WORD;
    t->flags = flags;
    t->norm = wt_arena_strdup(&d->arena, norm);
}

static void test_doc(void)
{
    wt_doc d;
    wt_doc_init(&d);
    d.text = "Pemerintah menyerang kantor PBB. Pemerintah Kota";
    d.len = strlen(d.text);
    add_token(&d, 0, 10, WT_TF_CAPITAL | WT_TF_SENT_START, "pemerintah");
    add_token(&d, 11, 20, 0, "menyerang");
    add_token(&d, 21, 27, 0, "kantor");
    add_token(&d, 28, 31, WT_TF_CAPITAL | WT_TF_ALLCAPS, "pbb");
    add_token(&d, 33, 43, WT_TF_CAPITAL, "pemerintah");
    wt_lemmatize_doc(lz, &d);
    CHECK_STR(d.toks.items[0].lemma, "perintah");   /* sentence start: lower-case rules */
    CHECK(d.toks.items[0].morph & WT_M_NOMINAL);
    CHECK_STR(d.toks.items[1].lemma, "serang");
    CHECK(d.toks.items[1].morph & WT_M_ACTIVE);
    CHECK_STR(d.toks.items[2].lemma, "kantor");
    CHECK_STR(d.toks.items[3].lemma, "PBB");        /* acronym as written */
    CHECK_STR(d.toks.items[4].lemma, "Pemerintah"); /* mid-sentence name part */
    wt_doc_free(&d);
}

int main(void)
{
    wt_diag diag;
    wt_diag_init(&diag);
    lz = wt_lemmatizer_new(wt_id_dic_path(), WARTA_DATA_DIR, &diag);
    if (!lz) {
        fprintf(stderr, "test_lemma: %s missing: install hunspell-id (sh scripts/install-deps)\n",
                wt_id_dic_path());
        CHECK(lz != NULL);
        return check_done("test_lemma");
    }
    /* a missing dictionary is a clear error, not a crash */
    diag.quiet = 1;
    CHECK(wt_lemmatizer_new("/nonexistent/id_ID.dic", WARTA_DATA_DIR, &diag) == NULL);
    CHECK_INT(diag.errors, 1);
    test_prefixes_and_voice();
    test_nominalisation();
    test_lexicon_evidence();
    test_clitics_and_particles();
    test_flag_rules();
    test_reduplication_and_loans();
    test_case_and_names();
    test_unchanged();
    test_cache_and_json();
    test_doc();
    wt_lemmatizer_free(lz);
    return check_done("test_lemma");
}
