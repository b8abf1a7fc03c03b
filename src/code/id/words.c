/* words.c — the Indonesian coder's word lists and its word cache.
 *
 * Every closed list the grammar consults (prepositions, clause breaks,
 * modals, negations, light verbs, titles …) is here, each one bit of a
 * word's class (idword.wc, the WC_* bits of idgrammar.h). What the grammar
 * asks of a spelling (its lists, numeral value, sport word, whether it
 * looks like a verb, the dictionary phrases it starts) is worked out the
 * first time the coder meets it and cached across articles, so that the
 * rules test a mask instead of running strcmp chains. */
#include "code/id/idgrammar.h"

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
    "kecil", "sengit",
    /* how often or how big the act is: "demonstrasi mingguan Palestina" */
    "mingguan", "harian", "bulanan", "tahunan", "rutin", "massal", "besar-besaran", "damai", NULL };
/* quantity/plural words that may start a mention */
const char *const IDG_MENTION_PREFIX[] = {
    "para", "sejumlah", "beberapa", "kedua", "ketiga", "seluruh", "semua", "seorang",
    "sebuah", "pihak", NULL };

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

/* How many actors a numeral word announces (kedua/dua → 2): idword.numeral */
static const char *const NUMERALS[] = { "", "", "dua", "tiga", "empat", NULL };
static const char *const ORDINALS[] = { "", "", "kedua", "ketiga", "keempat", NULL };

/* heads that name no particular actor: counted, plural or general
 * (actors.c, vague_head) */
static const char *const VAGUE[] = { "negara", "negeri", "pihak", "setiap", "tiap", "para", "sejumlah",
                                     "beberapa", "berbagai", "banyak", "kedua", "ketiga", "keempat",
                                     "dua", "tiga", "empat", "lain", "internasional", "dunia", "asing",
                                     "global", NULL };

/* Sport words, then film and music words (idword.sport). */
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

/* Heads a counted reference to states takes (kedua negara, ketiga menteri,
 * tiga negara); "dua pelajar" counts people, not the parties named before. */
static const char *const STATE_HEADS[] = {
    "negara", "negeri", "pihak", "menteri", "menlu", "pemimpin", "kepala", "pemerintah", "delegasi",
    "presiden", "diplomat", "belah", "kubu", "kekuatan", NULL };

/* a subjectless time clause after these shares the main clause's
 * subject (grammar.c) */
static const char *const SHARED_SUBJECT[] = {
    "ketika", "saat", "setelah", "sebelum", "usai", "seusai", "sesudah", "sambil", "seraya", NULL };

/* nouns of intent before an actor or act: upaya, rencana (modality) */
static const char *const NOUN_MODALS[] = { "upaya", "tujuan", "kesempatan", "kemungkinan", "rencana", "tawaran",
                                           "undangan", "ajakan", "keinginan", "niat", "usulan", NULL };

/* titles of one person (grammar.c, is_individual) */
static const char *const TITLES[] = {
    "direktur", "presiden", "menteri", "menlu", "menhan", "ketua", "wakil", "jaksa", "sekretaris",
    "kepala", "gubernur", "senator", "perdana", "wali", "bupati", "kapolri", "panglima", "pemimpin",
    "juru", "sekjen", "dubes", "duta", "raja", "ratu", "pangeran", "kanselir", NULL };

/* an attack in words, and signs of a physical one (grammar.c,
 * idg_verbal_attack) */
static const char *const VERBAL_WORDS[] = {
    "kritik", "kritikan", "cuitan", "twitter", "kicauan", "pernyataan", "pidato", "verbal", "retorika",
    "ucapan", "tudingan", "tuduhan", "medsos", "wawancara", "komentar", "kata-kata", "memo", "dokumen",
    "tulisan", "artikel", NULL };

const char *const IDG_PHYSICAL[] = {
    "tembak", "menembak", "ditembak", "bom", "senjata", "pisau", "luka", "tewas", "bacok", "pukul",
    "memukul", "rudal", "roket", "pos", "markas", "pangkalan", "tentara", "pasukan", "militan", NULL };

/* aspect words before a bare root that make it the predicate */
static const char *const ASPECT[] = { "telah", "sudah", "akan", "sedang", "juga", "masih", "pun",
                                      "segera", "lalu", "kemudian", "langsung", "baru", NULL };

/* words that open a frame (dalam, saat …) before a reciprocal event noun */
static const char *const FRAME[] = { "dalam", "pada", "saat", "usai", "setelah", "seusai", "melalui", NULL };

/* me-/di-/ber-/ter- words that are not verbs */
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

/* function words left out of the --stats worklist */
static const char *const STOP_WORDS[] = {
    "yang", "juga", "tidak", "menjadi", "tersebut", "sudah", "tahun", "kami", "telah", "saya", "lebih",
    "adalah", "bahwa", "mereka", "satu", "masih", "kita", "besar", "ini", "itu", "akan", "dengan",
    "para", "hari", "secara", "hanya", "namun", "bisa", "dapat", "harus", "sangat", "baru", "lain",
    "banyak", "sejumlah", "beberapa", "orang", "pihak", "kini", "saat", "lalu", "pekan", "bulan", NULL };

#define WORDS_MAX (1u << 20)

static const struct { const char *const *list; uint32_t bit; } WORD_LISTS[] = {
    { TARGET_PREPS, WC_TARGET_PREPS }, { ALL_PREPS, WC_ALL_PREPS }, { CLAUSE_BREAKS, WC_CLAUSE_BREAKS },
    { TOPIC_PREPS, WC_TOPIC_PREPS }, { CONDITIONALS, WC_CONDITIONALS }, { NEGATIONS, WC_NEGATIONS },
    { MODALS, WC_MODALS }, { THREAT_WORDS, WC_THREAT_WORDS }, { COORD, WC_COORD },
    { LIGHT_VERBS, WC_LIGHT_VERBS }, { RECEIVE_VERBS, WC_RECEIVE_VERBS }, { SPEECH_VERBS, WC_SPEECH_VERBS },
    { PRONOUNS_WE, WC_PRONOUNS_WE }, { NOUN_MODIFIERS, WC_NOUN_MODIFIERS }, { IDG_MENTION_PREFIX, WC_MENTION_PREFIX },
    { VAGUE, WC_VAGUE }, { SHARED_SUBJECT, WC_SHARED_SUBJECT }, { STATE_HEADS, WC_STATE_HEADS },
    { TITLES, WC_TITLES }, { VERBAL_WORDS, WC_VERBAL_WORDS }, { IDG_PHYSICAL, WC_PHYSICAL },
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

void idg_index_word_lists(wt_idcoder *c)
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
