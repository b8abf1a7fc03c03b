/* test_text.c — the article layer on hand-written Indonesian text:
 * tokens, sentences, cleaning, dates, quotes, validation, public API. */
#include "check.h"
#include "ctx.h"
#include "text/article.h"
#include "text/dates.h"
#include "text/normalise.h"
#include "util/arena.h"

#include <string.h>

static warta_ctx *ctx;
static wt_doc doc;

/* Runs the article layer on text; date "YYYY-MM-DD" or NULL. */
static wt_doc *run(const char *text, const char *date)
{
    wt_doc_reset(&doc);
    doc.text = wt_arena_strdup(&doc.arena, text);
    doc.len = strlen(text);
    doc.id = "t";
    if (date) {
        wt_date_parse(date, &doc.date);
        doc.date_source = "caller";
    }
    CHECK_INT(wt_article_process(ctx, &doc), 0);
    return &doc;
}

static const char *sent(const wt_doc *d, size_t i)
{
    if (i >= d->sents.len) return "(none)";
    return wt_doc_slice((wt_doc *)d, d->sents.items[i].span);
}

static const char *date_value(const wt_doc *d, const char *text)
{
    static char buf[16];
    for (size_t i = 0; i < d->dates.len; i++)
        if (!strcmp(d->dates.items[i].text, text)) {
            if (!d->dates.items[i].value.year) return "unresolved";
            wt_date_format(d->dates.items[i].value, buf);
            return buf;
        }
    return "(not found)";
}

static const wt_token *find_tok(const wt_doc *d, const char *text)
{
    size_t n = strlen(text);
    for (size_t i = 0; i < d->toks.len; i++) {
        const wt_token *t = &d->toks.items[i];
        if (t->span.end - t->span.start == n && !memcmp(d->text + t->span.start, text, n)) return t;
    }
    return NULL;
}

static void test_sentences(void)
{
    wt_doc *d = run("Presiden tiba di Jakarta. Ia disambut Dr. Terawan dan Prof. Budi Santoso.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK_STR(sent(d, 1), "Ia disambut Dr. Terawan dan Prof. Budi Santoso.");

    d = run("Harga naik menjadi Rp 1.500 per kilogram pada 14/12/2017. Pedagang mengeluh.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK(find_tok(d, "1.500") && find_tok(d, "1.500")->kind == WT_TOK_NUMBER);
    CHECK(find_tok(d, "14/12/2017") && find_tok(d, "14/12/2017")->kind == WT_TOK_NUMBER);

    d = run("Kabar itu dilaporkan detik.com. Polisi masih menyelidiki kasus itu.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK(find_tok(d, "detik.com") && find_tok(d, "detik.com")->kind == WT_TOK_URL);

    d = run("Mantan presiden B. J. Habibie hadir dalam acara itu. Acara berlangsung meriah.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK_STR(sent(d, 0), "Mantan presiden B. J. Habibie hadir dalam acara itu.");

    d = run("Kantornya di Jl. Sudirman No. 5, Jakarta. Gedung itu baru dibangun.", NULL);
    CHECK_INT(d->sents.len, 2);

    d = run("Apa yang terjadi? Tidak ada yang tahu! Polisi datang.", NULL);
    CHECK_INT(d->sents.len, 3);

    /* A quote over two sentences stays one sentence with its reporting clause. */
    d = run("\xE2\x80\x9C" "Kami siap. Kami menunggu,\xE2\x80\x9D kata Budi. Ia lalu pergi.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK_STR(sent(d, 1), "Ia lalu pergi.");
    /* A quote closing the sentence ends it after the closing mark. */
    d = run("Ia berkata, \"Kami akan datang.\" Mereka pun berangkat.", NULL);
    CHECK_INT(d->sents.len, 2);
    CHECK_STR(sent(d, 0), "Ia berkata, \"Kami akan datang.\"");

    d = run("Perusahaan itu, PT Maju Tbk. (MAJU), mencatat laba. Sahamnya naik 3,5 persen.", NULL);
    CHECK_INT(d->sents.len, 2);

    d = run("Ada dua syarat. 1. Peserta berusia 17 tahun. 2. Peserta tinggal di Jakarta.", NULL);
    CHECK_INT(d->sents.len, 3);
    CHECK_STR(sent(d, 1), "1. Peserta berusia 17 tahun.");

    /* Paragraphs are lines; a line always ends a sentence. */
    d = run("Baris pertama tanpa titik\nBaris kedua.", NULL);
    CHECK_INT(d->paras.len, 2);
    CHECK_INT(d->sents.len, 2);
    CHECK_INT(d->paras.items[1].index, 1);
}

static void test_tokens(void)
{
    wt_doc *d = run("\xE2\x80\x9CKim Jong-un\xE2\x80\x9D \xE2\x80\x93 Caf\x65\xCC\x81 Ma'ruf.", NULL);
    const wt_token *q = find_tok(d, "\xE2\x80\x9C");
    CHECK(q && q->kind == WT_TOK_QUOTE);
    CHECK_STR(q ? q->norm : NULL, "\"");
    const wt_token *k = find_tok(d, "Jong-un");
    CHECK(k != NULL);
    CHECK(find_tok(d, "Kim") && (find_tok(d, "Kim")->flags & WT_TF_CAPITAL));
    const wt_token *dash = find_tok(d, "\xE2\x80\x93");
    CHECK_STR(dash ? dash->norm : NULL, "-");
    /* decomposed é: one word, normalised to NFC and lower case */
    const wt_token *cafe = find_tok(d, "Caf\x65\xCC\x81");
    CHECK_STR(cafe ? cafe->norm : NULL, "caf\xC3\xA9");
    CHECK(find_tok(d, "Ma'ruf") != NULL);
    /* every span points back into the original text */
    for (size_t i = 0; i < d->toks.len; i++) CHECK(d->toks.items[i].span.end <= d->len);
}

/* One cleaning case: what `text` gives. NULL fields must be absent
 * (dateline, source, byline, editor) or are not checked (credit, related,
 * body: the first paragraph's text). */
typedef struct cleaning_case {
    const char *text, *dateline, *source, *byline, *editor, *credit, *related, *body;
} cleaning_case;

static const cleaning_case CLEANING[] = {
    /* the wire services' closing line; a parenthesis that only starts like one stays */
    {"WASHINGTON (Reuters) - Tillerson said the United States was ready to talk.\n"
     "(Reporting by Lesley Wroughton; Additional reporting by Matt Spetalnick; Editing by Alistair Bell)",
     "WASHINGTON", "Reuters", "Lesley Wroughton", "Alistair Bell", "Additional reporting by Matt Spetalnick", NULL,
     "Tillerson said the United States was ready to talk."},
    {"Ia tiba.\n(Reporting by Lesley Wroughton, kata dia)", NULL, NULL, NULL, NULL, NULL, NULL, "Ia tiba."},
    /* a related link under a topic in capitals; a capitalised word that only starts like one */
    {"Polisi menangkap dua orang.\nBERITA MU-Paul Pogba Senang Jadi Pemain Terbaik\nIa pulang.",
     NULL, NULL, NULL, NULL, NULL, "Paul Pogba Senang Jadi Pemain Terbaik", "Polisi menangkap dua orang."},
    {"BERITA duka datang dari Solo - Ia wafat.", NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* Merdeka's editor codes and Suara's agency tags in square brackets */
    {"Polisi masih memeriksa saksi. [ lia ]", NULL, NULL, NULL, "lia", NULL, NULL, "Polisi masih memeriksa saksi."},
    {"Kasus itu masih diselidiki. [ Antara ]", NULL, NULL, NULL, NULL, "Antara", NULL, "Kasus itu masih diselidiki."},
    {"Nilai tukar naik [ lihat tabel ]", NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* a place in capitals glued to the first word; an acronym is not one */
    {"INGGRIS-Tottenham Hotspur meraih tiga poin di kandang.", "INGGRIS", NULL, NULL, NULL, NULL, NULL,
     "Tottenham Hotspur meraih tiga poin di kandang."},
    {"KPK-Polri sepakat memperkuat kerja sama.", NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    {"PERSIB-Persija bertemu di Bandung.", NULL, NULL, NULL, NULL, NULL, NULL, NULL},
    /* place and known outlet, the dash left out; a name in brackets is not one */
    {"BEKASI (Pos Kota) Pasar Rawakalong terbakar.", "BEKASI", "Pos Kota", NULL, NULL, NULL, NULL,
     "Pasar Rawakalong terbakar."},
    {"Ketua DPR (Bambang Soesatyo) Meminta maaf.", NULL, NULL, NULL, NULL, NULL, NULL, NULL},
};

static void check_or_null(const char *got, const char *want)
{
    if (want) CHECK_STR(got, want);
    else CHECK(got == NULL);
}

static void test_cleaning_cases(void)
{
    for (size_t i = 0; i < sizeof CLEANING / sizeof *CLEANING; i++) {
        const cleaning_case *c = &CLEANING[i];
        wt_doc *d = run(c->text, NULL);
        check_or_null(d->dateline, c->dateline);
        check_or_null(d->dateline_source, c->source);
        check_or_null(d->byline, c->byline);
        check_or_null(d->editor, c->editor);
        CHECK_INT(d->credits.len, c->credit != NULL);
        if (c->credit) CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, c->credit);
        CHECK_INT(d->related.len, c->related != NULL);
        if (c->related) CHECK_STR(d->related.len ? d->related.items[0].text : NULL, c->related);
        if (c->body) CHECK_STR(d->paras.len ? wt_doc_slice(d, d->paras.items[0].span) : NULL, c->body);
    }
}

static void test_cleaning(void)
{
    wt_doc *d = run("Jakarta, CNN Indonesia -- Pemerintah menaikkan harga BBM.\n"
                    "Baca juga: Harga Minyak Dunia Turun\n"
                    "Kenaikan itu berlaku mulai Senin.\n"
                    "Lihat juga: Antrean di SPBU\n"
                    "Demikian dilaporkan AFP.\n"
                    "Menurut dia, kenaikan tidak bisa dihindari. (gen)", NULL);
    CHECK_STR(d->dateline, "Jakarta");
    CHECK_STR(d->dateline_source, "CNN Indonesia");
    CHECK_INT(d->related.len, 2);
    CHECK_STR(d->related.len ? d->related.items[0].text : NULL, "Harga Minyak Dunia Turun");
    CHECK_STR(d->related.len > 1 ? d->related.items[1].text : NULL, "Antrean di SPBU");
    CHECK_STR(d->editor, "gen");
    CHECK_INT(d->credits.len, 1);
    CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, "AFP");
    CHECK_INT(d->paras.len, 3); /* the credit line was the whole paragraph */
    CHECK_STR(wt_doc_slice(d, d->paras.items[0].span), "Pemerintah menaikkan harga BBM.");
    CHECK_INT(d->paras.items[2].index, 5);
    CHECK_STR(wt_doc_slice(d, d->paras.items[2].span), "Menurut dia, kenaikan tidak bisa dihindari.");

    d = run("Tokyo (ANTARA News) - Jepang memprotes uji coba rudal itu, sebagaimana dilansir Kyodo, Senin.\n"
            "(Yendhi / win)", NULL);
    CHECK_STR(d->dateline, "Tokyo");
    CHECK_STR(d->dateline_source, "ANTARA News");
    CHECK_STR(d->byline, "Yendhi");
    CHECK_STR(d->editor, "win");
    CHECK_INT(d->credits.len, 1);
    CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, "Kyodo");
    CHECK_INT(d->paras.len, 1);

    /* No dateline: a hyphenated name is not one. */
    d = run("Kim Jong-un meninjau uji coba rudal - kata media pemerintah.", NULL);
    CHECK(d->dateline == NULL);
    CHECK_INT(d->paras.items[0].span.start, 0);

    d = run("PYONGYANG \xE2\x80\x93 Korut menembakkan rudal.\nPenulis: Ani Rahma", NULL);
    CHECK_STR(d->dateline, "PYONGYANG");
    CHECK_STR(d->byline, "Ani Rahma");
    CHECK_INT(d->paras.len, 1);

    test_cleaning_cases();
}

/* An end tag naming an outlet is a credit; only a person is a byline. */
static void test_end_tags(void)
{
    wt_doc *d = run("Medali emas itu tidak lagi terbuat dari emas murni. (Metro)", NULL);
    CHECK(d->byline == NULL);
    CHECK_INT(d->credits.len, 1);
    CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, "Metro");
    CHECK_STR(wt_doc_slice(d, d->paras.items[0].span), "Medali emas itu tidak lagi terbuat dari emas murni.");

    d = run("Korut kembali menguji rudal balistik. (Antara)", NULL);
    CHECK(d->byline == NULL);
    CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, "Antara");

    d = run("Artikel ini dikutip dari laman kesehatan. (Health.com)", NULL);
    CHECK(d->byline == NULL);
    CHECK_STR(d->credits.len ? d->credits.items[0].text : NULL, "Health.com");

    /* people: two or more words, initials, a reporter code, or one word
     * next to an editor code */
    d = run("Korut kembali menguji rudal. (Erha Aprili Ramadhoni)", NULL);
    CHECK_STR(d->byline, "Erha Aprili Ramadhoni");
    CHECK_INT(d->credits.len, 0);
    d = run("Korut kembali menguji rudal. (M. Yazid)", NULL);
    CHECK_STR(d->byline, "M. Yazid");
    d = run("Polisi memeriksa sejumlah saksi. (SYS)", NULL);
    CHECK_STR(d->byline, "SYS");
    d = run("Harga minyak naik tipis pada Senin. (T014)", NULL);
    CHECK_STR(d->byline, "T014");
    d = run("Sopir truk melarikan diri. (Adji / tri)", NULL);
    CHECK_STR(d->byline, "Adji");
    CHECK_STR(d->editor, "tri");
    CHECK_INT(d->credits.len, 0);
}

static void test_dates(void)
{
    /* 2017-12-14 was a Thursday. */
    wt_doc *d = run("Ia tiba kemarin. Rapat digelar Senin lalu dan pekan lalu. Dua hari lalu ia pergi. "
                    "Kontrak diteken 20 Juli 2017 dan dibahas Juli lalu. Delegasi tiba Selasa, 12 Desember. "
                    "Kabar itu muncul Rabu (29/11). Pemilu digelar tahun lalu.", "2017-12-14");
    CHECK_STR(date_value(d, "kemarin"), "2017-12-13");
    CHECK_STR(date_value(d, "Senin lalu"), "2017-12-11");
    CHECK_STR(date_value(d, "pekan lalu"), "2017-12-07");
    CHECK_STR(date_value(d, "Dua hari lalu"), "2017-12-12");
    CHECK_STR(date_value(d, "20 Juli 2017"), "2017-07-20");
    CHECK_STR(date_value(d, "Juli lalu"), "2017-07");
    CHECK_STR(date_value(d, "Selasa, 12 Desember"), "2017-12-12");
    CHECK_STR(date_value(d, "Rabu (29/11)"), "2017-11-29");
    CHECK_STR(date_value(d, "tahun lalu"), "2016");
    CHECK_STR(d->date_source, "caller");

    d = run("Sidang digelar kemarin lusa dan dilanjutkan Senin depan. Pemilu digelar Juli mendatang. "
            "Ia ditahan dua pekan lalu, dibebaskan 3 hari yang lalu, dan divonis tahun 2015. "
            "Pelantikan dijadwalkan 20 Desember mendatang.", "2017-12-14");
    CHECK_STR(date_value(d, "kemarin lusa"), "2017-12-12");
    CHECK_STR(date_value(d, "Senin depan"), "2017-12-18");
    CHECK_STR(date_value(d, "Juli mendatang"), "2018-07");
    CHECK_STR(date_value(d, "dua pekan lalu"), "2017-11-30");
    CHECK_STR(date_value(d, "3 hari yang lalu"), "2017-12-11");
    CHECK_STR(date_value(d, "tahun 2015"), "2015");
    CHECK_STR(date_value(d, "20 Desember"), "2017-12-20");

    /* Publication date from the text; the year from the weekday and the
     * years the article mentions (29 Nov 2017 was a Wednesday). */
    d = run("Anggaran 2017 dibahas DPR, Rabu (29/11). Rapat lanjutan digelar besok.", NULL);
    char buf[16];
    wt_date_format(d->date, buf);
    CHECK_STR(buf, "2017-11-29");
    CHECK_STR(d->date_source, "text");
    CHECK_STR(date_value(d, "besok"), "2017-11-30");

    d = run("Ia mengatakan hal itu kepada wartawan, Kamis (14/12/2017). Ia tiba Senin.", NULL);
    wt_date_format(d->date, buf);
    CHECK_STR(buf, "2017-12-14");
    CHECK_STR(date_value(d, "Senin"), "2017-12-11");

    /* a year of history is not the publication year, and the weekday alone
     * does not fix one: the date stays unknown rather than guessed */
    d = run("Kedua negara bersekutu sejak tahun 1967. Hal itu disampaikan Kamis (7/12).", NULL);
    CHECK_STR(d->date_source, "none");
    CHECK_INT(d->date.year, 0);

    /* no publication date: relative expressions stay unresolved */
    d = run("Ia tiba kemarin.", NULL);
    CHECK_STR(d->date_source, "none");
    CHECK_STR(date_value(d, "kemarin"), "unresolved");

    /* English expressions, for the English coder's articles */
    d = run("Tillerson said on Tuesday that talks could start. Yesterday Russia agreed. Last week the UN met, "
            "and next Monday it meets again. Two days ago Seoul protested. The deal was signed December 12, 2017 "
            "and ratified on December 1. Talks resumed last December. He may 5 times.", "2017-12-14");
    CHECK_STR(date_value(d, "Tuesday"), "2017-12-12");
    CHECK_STR(date_value(d, "Yesterday"), "2017-12-13");
    CHECK_STR(date_value(d, "Last week"), "2017-12-07");
    CHECK_STR(date_value(d, "next Monday"), "2017-12-18");
    CHECK_STR(date_value(d, "Two days ago"), "2017-12-12");
    CHECK_STR(date_value(d, "December 12, 2017"), "2017-12-12");
    CHECK_STR(date_value(d, "December 1"), "2017-12-01");
    CHECK_STR(date_value(d, "last December"), "2016-12");
    CHECK_STR(date_value(d, "may 5"), "(not found)");
    d = run("The talks resumed on April 5 and ended on 9 November 2017, the ministry said.", "2017-12-14");
    CHECK_STR(date_value(d, "April 5"), "2017-04-05");
    CHECK_STR(date_value(d, "9 November 2017"), "2017-11-09");

    /* the older spellings of February and November */
    d = run("Ia lahir 10 Nopember 2016 dan pindah Pebruari lalu.", "2017-12-14");
    CHECK_STR(date_value(d, "10 Nopember 2016"), "2016-11-10");
    CHECK_STR(date_value(d, "Pebruari lalu"), "2017-02");

    /* a December date before a January publication is last year's */
    d = run("Banjir terjadi Kamis, 28 Desember.", "2018-01-03");
    CHECK_STR(date_value(d, "Kamis, 28 Desember"), "2017-12-28");

    wt_date bad;
    CHECK_INT(wt_date_parse("2017-02-30", &bad), -1);
    CHECK_INT(wt_date_parse("2017-12-14", &bad), 0);
}

static const wt_quote *quote(const wt_doc *d, size_t i) { return i < d->quotes.len ? &d->quotes.items[i] : NULL; }

/* One attribution: the last quote of `text` has this speaker (NULL: none),
 * role and verb (NULL: not checked). */
typedef struct attribution_case {
    const char *text, *speaker, *role, *verb;
} attribution_case;

static const attribution_case ATTRIBUTIONS[] = {
    /* -nya: the person named last in reported speech, when nearer than the
     * last quote's speaker; a -nya pronoun is not a name to carry over */
    {"\"Harga beras akan turun,\" kata Menteri Perdagangan Enggartiasto Lukita.\n"
     "Sementara itu, Kapolri Tito Karnavian mengatakan, penimbun beras sudah ditangkap.\n"
     "\"Kami masih memburu dua orang lagi,\" ujarnya.", "Tito Karnavian", "Kapolri", "ujarnya"},
    {"Menurut Awi, keduanya ditembak di bagian kaki. \"Kakinya saja,\" katanya.", "Awi", NULL, "katanya"},
    {"Pihaknya mengatakan, kasus itu masih diselidiki.\n\"Kami belum bisa bicara,\" ujarnya.", NULL, NULL, "ujarnya"},
    /* a speaker described, not named, ends before where and to whom */
    {"\"Semua tiket sudah habis,\" kata sumber itu kepada wartawan.", "sumber itu", NULL, "kata"},
    {"\"Kami berhasil membendung mereka,\" ujar pejabat setempat yang menolak disebutkan namanya.",
     "pejabat setempat yang menolak disebutkan namanya", NULL, "ujar"},
    {"\"Sudah saatnya pensiun,\" tutur pebalap 37 tahun itu melanjutkan.", "pebalap 37 tahun itu", NULL, "tutur"},
    /* a role in lower case, then the name; a capitalised office is part of
     * the description */
    {"\"Pasar masih menunggu,\" ujar analis pasar Michael Pachter.", "Michael Pachter", "analis pasar", "ujar"},
    {"\"Rakyat merasakannya,\" kata mantan Presiden RI itu.", "mantan Presiden RI itu", NULL, "kata"},
    /* pronoun, name or description, then the verb; demikian X */
    {"\"Semua itu cuma pura-pura,\" dia menambahkan.", "dia", NULL, "menambahkan"},
    {"\"Pemerkosaan diduga terjadi di hotel,\" lanjut pernyataan itu.", "pernyataan itu", NULL, "lanjut"},
    {"\"Predikat itu kami terima dengan bangga,\" demikian Dewandono Prasetyo Nugroho.",
     "Dewandono Prasetyo Nugroho", NULL, "demikian"},
    {"\"Kami menyesalkan keputusan itu,\" tulis Gerberg di akun Facebook-nya.", "Gerberg", NULL, "tulis"},
    /* a subject described in words before the verb, adverbs skipped */
    {"Sumber itu menambahkan, \"Keluarganya sangat berharap.\"", "Sumber itu", NULL, "menambahkan"},
    {"Ibu Kota itu sepi. Namun Toto belum bisa menjelaskan jadwalnya.\n\"Kami datang hari ini,\" tandasnya.",
     "Toto", NULL, "tandasnya"},
    /* a paragraph that is one unattributed quote goes on quoting the
     * speaker of the paragraph before; an abbreviated title does not end
     * the name */
    {"\"Kami akan lebih baik,\" kata Guardiola.\n\"Tim setiap tahun lebih baik.\"", "Guardiola", NULL, NULL},
    {"\"Kami akan lebih baik,\" kata Guardiola.\nCity sudah belanja.\n\"Tim setiap tahun lebih baik.\"", NULL, NULL, NULL},
    {"\"Katun itu baik,\" kata Dr. Shieva Ghofrany.", "Shieva Ghofrany", "Dr.", "kata"},
    /* English attributions use the same rules */
    {"\"We will not retreat,\" said Foreign Minister Sergei Lavrov.", "Foreign Minister Sergei Lavrov", NULL, "said"},
    {"\"The talks went well,\" he said.", "he", NULL, "said"},
    {"\"Sanctions will stay in place,\" Tillerson told reporters.", "Tillerson", NULL, "told"},
    {"Lavrov said in a statement: \"The border remains closed.\"", "Lavrov", NULL, "said"},
};

static void test_attributions(void)
{
    for (size_t i = 0; i < sizeof ATTRIBUTIONS / sizeof *ATTRIBUTIONS; i++) {
        const attribution_case *c = &ATTRIBUTIONS[i];
        wt_doc *d = run(c->text, NULL);
        const wt_quote *q = d->quotes.len ? &d->quotes.items[d->quotes.len - 1] : NULL;
        CHECK(q != NULL);
        if (!q) continue;
        if (c->speaker) CHECK_STR(q->speaker, c->speaker);
        else CHECK(q->speaker == NULL);
        if (c->role) CHECK_STR(q->speaker_role, c->role);
        else CHECK(q->speaker_role == NULL);
        CHECK_STR(q->verb, c->verb);
    }
}

static void test_quotes(void)
{
    wt_doc *d = run("\xE2\x80\x9CKami siap berunding kapan saja,\xE2\x80\x9D kata Menteri Luar Negeri Retno Marsudi di Jakarta.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL, "Kami siap berunding kapan saja");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Retno Marsudi");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker_role : NULL, "Menteri Luar Negeri");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "kata");

    d = run("\"Situasi sudah terkendali. Warga diminta tenang,\" ujar Kapolda Metro Jaya, Irjen Idham Azis.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL, "Situasi sudah terkendali. Warga diminta tenang");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Irjen Idham Azis");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker_role : NULL, "Kapolda Metro Jaya");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "ujar");

    d = run("Juru bicara Kemlu, Arrmanatha Nasir mengatakan, \xE2\x80\x9CIndonesia menolak keputusan itu.\xE2\x80\x9D", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Arrmanatha Nasir");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "mengatakan");

    d = run("Menurut Sri Mulyani, \"ekonomi tumbuh lebih cepat dari perkiraan.\"", NULL);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Sri Mulyani");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "Menurut");

    /* a partial quote inside the sentence, speaker before "menegaskan bahwa" */
    d = run("Pemerintah Rusia menegaskan bahwa Moskow menolak \xE2\x80\x9Csemua bentuk sanksi sepihak\xE2\x80\x9D terhadap Iran.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL, "semua bentuk sanksi sepihak");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Pemerintah Rusia");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "menegaskan");

    d = run("\"Kami tidak akan mundur,\" tutur dia.", NULL);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "dia");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "tutur");

    d = run("\"Semua sudah siap sejak pagi,\" ucapnya.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK(quote(d, 0) && quote(d, 0)->speaker == NULL);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->verb : NULL, "ucapnya");

    /* -nya: the speaker of the nearest earlier quote */
    d = run("\"Harga beras akan turun pekan depan,\" kata Menteri Perdagangan Enggartiasto Lukita.\n"
            "Pasokan dari Thailand sudah tiba.\n"
            "\"Stok kami cukup sampai Lebaran,\" ujarnya.", NULL);
    CHECK_INT(d->quotes.len, 2);
    CHECK_STR(quote(d, 1) ? quote(d, 1)->speaker : NULL, "Enggartiasto Lukita");
    CHECK_STR(quote(d, 1) ? quote(d, 1)->speaker_role : NULL, "Menteri Perdagangan");
    CHECK_STR(quote(d, 1) ? quote(d, 1)->verb : NULL, "ujarnya");

    test_attributions();

    /* a scare-quoted word is not a quote */
    d = run("Ia menyebut kebijakan itu \"blunder\" yang fatal.", NULL);
    CHECK_INT(d->quotes.len, 0);
}

static const char *entity_type(const wt_doc *d, const char *text)
{
    for (size_t i = 0; i < d->entities.len; i++)
        if (!strcmp(d->entities.items[i].text, text)) return d->entities.items[i].type;
    return "(none)";
}

/* A quote over several paragraphs: opened in one, reopened at the start
 * of the next, closed in the last, speaker after the close. */
static void test_paragraph_quotes(void)
{
    const char *text = "Ryabkov menilai uji coba itu berbahaya.\n"
                       "\xE2\x80\x9CKorea Utara harus menghentikan uji coba rudal. Kami tidak akan tinggal diam.\n"
                       "\xE2\x80\x9C" "Dialog tetap menjadi jalan terbaik,\xE2\x80\x9D kata Sergey Ryabkov.";
    wt_doc *d = run(text, NULL);
    CHECK_INT(d->quotes.len, 1);
    const wt_quote *q = quote(d, 0);
    CHECK_STR(q ? q->text : NULL,
              "Korea Utara harus menghentikan uji coba rudal. Kami tidak akan tinggal diam. "
              "Dialog tetap menjadi jalan terbaik");
    CHECK_STR(q ? q->speaker : NULL, "Sergey Ryabkov");
    CHECK_STR(q ? q->verb : NULL, "kata");
    CHECK_INT(q ? (int)q->para : -1, 1);
    CHECK_INT(q ? (int)q->span.start : -1, (int)(strstr(text, "Korea") - text));
    CHECK_INT(q ? (int)q->span.end : -1, (int)(strstr(text, "terbaik") - text + 7));
    /* every sentence of the quote points at it */
    int in_quote = 0;
    for (size_t i = 0; i < d->sents.len; i++) in_quote += d->sents.items[i].quote == 0;
    CHECK_INT(in_quote, 3);

    /* straight marks, three paragraphs */
    d = run("\"Harga beras naik sejak awal bulan.\n\"Pasokan dari daerah terlambat karena hujan.\n"
            "\"Kami minta pemerintah segera turun tangan,\" ujar Ketua Pedagang Pasar, Budi Santoso.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL,
              "Harga beras naik sejak awal bulan. Pasokan dari daerah terlambat karena hujan. "
              "Kami minta pemerintah segera turun tangan");
    CHECK_STR(quote(d, 0) ? quote(d, 0)->speaker : NULL, "Budi Santoso");
    CHECK_INT(quote(d, 0) ? (int)quote(d, 0)->para : -1, 0);

    /* an open mark not taken up by the next paragraph joins nothing */
    d = run("\"Harga beras naik sejak awal bulan.\nPasokan terlambat. \"Kami minta bantuan,\" ujar Budi.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL, "Kami minta bantuan");
    /* nor does a closing mark set off on the wrong side ("ujarnya) */
    d = run("Harga naik, kata dia, \"ujarnya.\n\"Kami minta pemerintah turun tangan segera,\" ujar Budi.", NULL);
    CHECK_INT(d->quotes.len, 1);
    CHECK_STR(quote(d, 0) ? quote(d, 0)->text : NULL, "Kami minta pemerintah turun tangan segera");
}

static void test_entities(void)
{
    wt_doc *d = run("Menlu Retno Marsudi bertemu Duta Besar Jepang untuk Indonesia di Jakarta. "
                    "Pertemuan itu membahas kerja sama Badan Tenaga Atom Internasional dan PBB.\n"
                    "\"Kami sepakat,\" kata Retno. Kunjungan berikutnya ke Semenanjung Korea.", NULL);
    CHECK_STR(entity_type(d, "Retno Marsudi"), "person");
    CHECK_STR(entity_type(d, "Jepang"), "place");
    CHECK_STR(entity_type(d, "Indonesia"), "place");
    CHECK_STR(entity_type(d, "Jakarta"), "place");
    CHECK_STR(entity_type(d, "Badan Tenaga Atom Internasional"), "organisation");
    CHECK_STR(entity_type(d, "PBB"), "organisation");
    CHECK_STR(entity_type(d, "Semenanjung Korea"), "place");
    /* "Retno" is a mention of Retno Marsudi; sentence-initial words are not names */
    CHECK_STR(entity_type(d, "Retno"), "(none)");
    CHECK_STR(entity_type(d, "Pertemuan"), "(none)");
    CHECK_STR(entity_type(d, "Kunjungan"), "(none)");
    CHECK_STR(entity_type(d, "Duta Besar"), "(none)");

    /* a function word opening the sentence is not part of the name */
    d = run("Menurut Wanderley Luxemburgo, timnya siap. Namun Jang Song Thaek menolak. "
            "Pemain Timnas Italia tiba di Stasiun Gambir.", NULL);
    CHECK_STR(entity_type(d, "Wanderley Luxemburgo"), "person");
    CHECK_STR(entity_type(d, "Menurut Wanderley Luxemburgo"), "(none)");
    CHECK_STR(entity_type(d, "Jang Song Thaek"), "person");
    CHECK_STR(entity_type(d, "Timnas Italia"), "organisation");
    CHECK_STR(entity_type(d, "Stasiun Gambir"), "place");
}

static void test_validation(void)
{
    wt_doc_reset(&doc);
    doc.text = "Teks \xC3\x28 rusak.";
    doc.len = strlen(doc.text);
    doc.id = "bad-utf8";
    ctx->diag.quiet = 1;
    size_t before = ctx->diag.errors;
    CHECK_INT(wt_article_process(ctx, &doc), -1);
    CHECK_INT(ctx->diag.errors, before + 1);
    wt_doc_reset(&doc);
    doc.text = "Teks\0NUL";
    doc.len = 8;
    CHECK_INT(wt_article_process(ctx, &doc), -1);
    ctx->diag.quiet = 0;
}

static void test_public_api(void)
{
    warta_doc *wd = warta_doc_new(ctx);
    const char *text = "JAKARTA \xE2\x80\x93 Menlu tiba di Tokyo, Senin (6/11/2017).\n\"Kami siap,\" kata Menlu. (ant)";
    CHECK_INT(warta_doc_parse(wd, "api", text, strlen(text), NULL), 0);
    CHECK_INT(warta_doc_paragraph_count(wd), 2);
    CHECK_STR(warta_doc_date(wd), "2017-11-06");
    const char *json = warta_doc_json(wd, 0);
    CHECK(strstr(json, "\"dateline\":\"JAKARTA\"") != NULL);
    CHECK(strstr(json, "\"editor\":\"ant\"") != NULL);
    CHECK_INT(warta_doc_parse(wd, "api", text, strlen(text), "2017-11-07"), 0);
    CHECK(strstr(warta_doc_json(wd, 1), "\"date_source\":\"caller\"") != NULL);
    CHECK(strstr(warta_doc_json(wd, 1), "\"tokens\":[") != NULL);
    warta_doc_free(wd);
}

int main(void)
{
    ctx = warta_new();
    wt_doc_init(&doc);
    test_sentences();
    test_tokens();
    test_cleaning();
    test_end_tags();
    test_dates();
    test_quotes();
    test_paragraph_quotes();
    test_entities();
    test_validation();
    test_public_api();
    wt_doc_free(&doc);
    warta_free(ctx);
    return check_done("test_text");
}
