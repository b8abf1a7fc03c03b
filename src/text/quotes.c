#include "text/quotes.h"
#include "text/scan.h"
#include "text/segment.h"
#include "util/buf.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Speech verbs after a quote, before the speaker: “…,” kata X. Each may
 * also carry -nya (katanya: the speaker is whoever was last named). The
 * English ones let the same rules attribute “…,” said X. Both verb lists
 * are kept in strcmp order: every word of a paragraph is looked up in
 * them (SORTED_IN), so they are searched, not scanned. */
static const char *const verbs_after[] = {
    "added", "aku", "akui", "asked", "beber", "bilang", "bunyi", "cerita", "cetus", "cuit", "imbuh",
    "jawab", "jelas", "kata", "keluh", "kenang", "kicau", "kilah", "klaim", "lanjut", "noted",
    "papar", "pesan", "pungkas", "said", "sambung", "says", "sebut", "sergah", "seru", "sindir",
    "stated", "tambah", "tandas", "tanya", "tegas", "terang", "timpal", "tuding", "tukas", "tulis",
    "tutup", "tutur", "ucap", "ujar", "ungkap", "urai", "warned", "wrote",
};

/* Speech verbs after the speaker: X mengatakan, “…” / X menyatakan bahwa. */
static const char *const verbs_before[] = {
    "added", "argued", "bercerita", "berkata", "berpendapat", "berpesan", "bertanya", "berucap",
    "berujar", "explained", "insisted", "melanjutkan", "memaparkan", "menambahkan", "menandaskan",
    "mencuit", "menegaskan", "menekankan", "menerangkan", "mengakui", "mengatakan", "mengemukakan",
    "mengingatkan", "mengklaim", "mengucapkan", "mengungkap", "mengungkapkan", "menilai",
    "menjawab", "menjelaskan", "menulis", "menutup", "menuturkan", "menyampaikan", "menyatakan",
    "menyebut", "menyebutkan", "menyimpulkan", "said", "says", "stated", "told", "warned", "wrote",
};

/* Role words: "kata Wakil Menteri Pertahanan Rusia, Sergey Ryabkov" —
 * the run holding one is the role and the name follows the comma. */
static const char *const role_words[] = {
    "menteri", "wakil", "presiden", "direktur", "ketua", "kepala", "sekretaris", "juru", "duta",
    "gubernur", "wali", "bupati", "jenderal", "panglima", "komandan", "kapolri", "kapolda",
    "kapolres", "kasat", "manajer", "pelatih", "ceo", "pejabat", "anggota", "pengamat", "deputi",
    "asisten", "staf", "dirut", "menlu", "menhan", "sekjen", "kabid", "kabag", "kadiv", "kasubdit",
    "koordinator", "pimpinan", "pemimpin", "senator", "perdana", "raja", "ratu", "pangeran",
    "mantan", "pensiunan", "menko", "dirjen", "minister", "president", "spokesman", "spokeswoman",
    "secretary", "ambassador", "official", "chief", "director", "chairman", "commander", "governor",
    "analis", "ekonom", "peneliti", "pengacara", "kuasa", "hakim", "jaksa", "kapten", "penyidik",
    "politisi", "politikus", "aktivis", "dosen", "guru", "kapolsek", "kajari", "kajati", "dokter",
};

/* Words that end a speaker described rather than named — "kata sumber itu
 * saat ditemui", "ujar analis itu kepada wartawan", "said the minister in
 * a statement": the place, time, audience or manner of saying it. */
static const char *const speaker_stops[] = {
    "di", "saat", "ketika", "kepada", "seperti", "sebagaimana", "dalam", "melalui", "lewat", "usai",
    "meski", "meskipun", "walau", "walaupun", "tetapi", "tapi", "karena", "sehingga", "lebih",
    "dengan", "pada", "sambil", "sebelum", "setelah", "sesudah", "yang", "lagi", "kemarin", "selaku",
    "dan", "sementara", "namun", "tadi", "sendiri", "pun", "juga", "kala", "jelang",
    "in", "at", "on", "to", "after", "before", "during", "who", "when", "while", "and", "adding",
};

/* Adverbs between a subject and its verb: "Rusia juga menyatakan", "KPK
 * belum mengungkapkan", "Budi hanya berkata". */
static const char *const pre_verb_adverbs[] = {
    "juga", "telah", "sudah", "pun", "kembali", "lantas", "kemudian", "pernah", "sempat", "bahkan",
    "tak", "tidak", "belum", "masih", "enggan", "hanya", "baru", "akan", "tentu", "memang",
    "langsung", "justru", "tetap", "lalu", "sendiri", "pula", "lagi", "saja", "sebelumnya",
    "ikut", "turut", "sekarang", "dapat", "bisa", "bakal", "harus", "tengah", "sedang",
    "also", "has", "had", "have", "then", "later", "again",
};

static const char *const pronouns[] = {"dia", "ia", "beliau", "mereka", "kami", "saya", "aku", "kita",
                                       "he", "she", "they", "we", "i"};

static int in_list(const char *w, const char *const *list, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (!strcmp(w, list[i])) return 1;
    return 0;
}
#define IN(w, list) in_list((w), (list), sizeof list / sizeof *list)

static int cmp_word(const void *key, const void *item)
{
    return strcmp((const char *)key, *(const char *const *)item);
}
#define SORTED_IN(w, list) (bsearch((w), (list), sizeof list / sizeof *list, sizeof *list, cmp_word) != NULL)

/* "kata" or "katanya"; *with_nya set for the latter. */
static int is_verb_after(const char *w, int *with_nya)
{
    *with_nya = 0;
    if (SORTED_IN(w, verbs_after)) return 1;
    size_t n = strlen(w);
    if (n > 3 && !strcmp(w + n - 3, "nya")) {
        char stem[32];
        if (n - 3 >= sizeof stem) return 0;
        memcpy(stem, w, n - 3);
        stem[n - 3] = '\0';
        if (SORTED_IN(stem, verbs_after)) { *with_nya = 1; return 1; }
    }
    return 0;
}

typedef struct para_ctx {
    wt_doc *d;
    size_t t0, t1;       /* the paragraph's tokens */
    size_t end;          /* end byte of the paragraph */
} para_ctx;

static const wt_token *T(const para_ctx *pc, size_t k) { return k >= pc->t0 && k < pc->t1 ? &pc->d->toks.items[k] : NULL; }
static int norm_is(const para_ctx *pc, size_t k, const char *w) { const wt_token *t = T(pc, k); return t && !strcmp(t->norm, w); }
static int is_cap_word(const wt_token *t) { return t && (t->kind == WT_TOK_WORD || t->kind == WT_TOK_URL) && (t->flags & WT_TF_CAPITAL); }

/* Token index at or after byte offset `at`. */
static size_t tok_at(const para_ctx *pc, size_t k, size_t at)
{
    while (k < pc->t1 && pc->d->toks.items[k].span.start < at) k++;
    return k;
}

static int run_has_role(const para_ctx *pc, size_t a, size_t b)
{
    for (size_t k = tok_at(pc, pc->t0, a); k < pc->t1 && pc->d->toks.items[k].span.end <= b; k++)
        if (IN(pc->d->toks.items[k].norm, role_words)) return 1;
    return 0;
}

static void set_speaker(wt_doc *d, wt_quote *q, size_t a, size_t b)
{
    q->speaker_span = (wt_span){(uint32_t)a, (uint32_t)b};
    q->speaker = wt_doc_slice(d, q->speaker_span);
}

/* A word that is a verb rather than part of a described speaker: "tutur
 * sumber itu melanjutkan", "ujar penumpang bernama Zhang". Indonesian
 * verbs carry meN-, ber- or di-; role words that look like them (menteri,
 * direktur) are nouns. */
static int looks_like_verb(const char *w)
{
    size_t n = strlen(w);
    if (IN(w, role_words) || n < 6) return 0;
    return !strncmp(w, "me", 2) || !strncmp(w, "ber", 3) || !strncmp(w, "di", 2);
}

/* The end (token index) of a speaker described in words from token k:
 * "sumber itu", "salah satu pengelola mal", "analis pasar Michael
 * Pachter" — words and numbers up to punctuation, a stop word or a verb,
 * at most eight. k when there is none. */
static size_t described_end(const para_ctx *pc, size_t k)
{
    size_t j = k, limit = k + 8;
    int nya, in_clause = 0;
    while (j < pc->t1 && j < limit) {
        const wt_token *t = T(pc, j);
        if (t->kind != WT_TOK_WORD && t->kind != WT_TOK_NUMBER) break;
        /* "perempuan yang akrab disapa Angie": the clause, verbs and all,
         * is the description, up to punctuation */
        if (j > k && !in_clause && !strcmp(t->norm, "yang")) {
            in_clause = 1;
            limit = j + 8;
            j++;
            continue;
        }
        if (!in_clause && (IN(t->norm, speaker_stops) || looks_like_verb(t->norm))) break;
        if (is_verb_after(t->norm, &nya)) break;
        j++;
    }
    /* a description of numbers alone ("2017") says nothing */
    for (size_t i = k; i < j; i++)
        if (T(pc, i)->kind == WT_TOK_WORD) return j;
    return k;
}

/* Dr., Prof., Ir., H., Hj., Drs.: titles written with a full stop. */
static int is_title_abbrev(const char *w, size_t n)
{
    static const char *const titles[] = {"dr", "drs", "prof", "ir", "h", "hj", "kh", "mr", "mrs", "ms", "st"};
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (wt_eq_nocase(w, n, titles[i])) return 1;
    return 0;
}

/* The speaker named from token k on: "Tillerson", "Wakil Menteri
 * Pertahanan Rusia, Sergey Ryabkov", "pengamat keamanan dari Vaksin.com,
 * Alfons Tanujaya", "dia". 1 when found. */
static int speaker_after(const para_ctx *pc, size_t k, wt_quote *q)
{
    wt_doc *d = pc->d;
    const wt_token *t = T(pc, k);
    if (!t) return 0;
    if (IN(t->norm, pronouns)) {
        set_speaker(d, q, t->span.start, t->span.end);
        return 1;
    }
    const char *s = d->text;
    if (is_cap_word(t)) {
        size_t a = t->span.start, b = wt_name_run(s, pc->end, a);
        if (b == a) return 0;
        /* "kata Dr. Shieva Ghofrany", "Prof. Dr. Dendy": an abbreviated
         * title's full stop does not end the name */
        for (size_t w = a; b + 2 < pc->end && s[b] == '.' && s[b + 1] == ' ' && wt_upper_at(s, pc->end, b + 2) &&
                           is_title_abbrev(s + w, b - w);) {
            w = b + 2;
            b = wt_name_run(s, pc->end, w);
        }
        /* "Role, Name": the name after the comma when the run is a role. */
        if (b + 2 < pc->end && s[b] == ',' && s[b + 1] == ' ') {
            size_t a2 = b + 2, b2 = wt_name_run(s, pc->end, a2);
            size_t words2 = 1;
            for (size_t i = a2; i < b2; i++) words2 += s[i] == ' ';
            if (b2 > a2 && (run_has_role(pc, a, b) || words2 >= 2)) {
                q->speaker_role = wt_doc_slice(d, (wt_span){(uint32_t)a, (uint32_t)b});
                set_speaker(d, q, a2, b2);
                return 1;
            }
        }
        set_speaker(d, q, a, b);
        return 1;
    }
    if (t->kind != WT_TOK_WORD) return 0;
    size_t j = described_end(pc, k);
    if (j == k) return 0;
    /* "pengamat politik LIPI, Siti Zuhro": the description is the role and
     * the name follows the comma. */
    const wt_token *comma = T(pc, j), *n = T(pc, j + 1);
    if (comma && !strcmp(comma->norm, ",") && is_cap_word(n)) {
        size_t b = wt_name_run(s, pc->end, n->span.start);
        if (b > n->span.start) {
            q->speaker_role = wt_doc_slice(d, (wt_span){t->span.start, T(pc, j - 1)->span.end});
            set_speaker(d, q, n->span.start, b);
            return 1;
        }
    }
    /* "analis pasar Michael Pachter": lower-case role, then the name. */
    size_t first_cap = k;
    while (first_cap < j && (!is_cap_word(T(pc, first_cap)) || IN(T(pc, first_cap)->norm, role_words))) first_cap++;
    if (first_cap > k && first_cap < j && IN(t->norm, role_words) && !(T(pc, first_cap)->flags & WT_TF_ALLCAPS) &&
        wt_name_run(s, pc->end, T(pc, first_cap)->span.start) == T(pc, j - 1)->span.end) {
        q->speaker_role = wt_doc_slice(d, (wt_span){t->span.start, T(pc, first_cap - 1)->span.end});
        set_speaker(d, q, T(pc, first_cap)->span.start, T(pc, j - 1)->span.end);
        return 1;
    }
    /* Described, not named: "sumber itu", "salah satu pengelola mal". */
    set_speaker(d, q, t->span.start, T(pc, j - 1)->span.end);
    return 1;
}

/* The start of a subject described in words that ends just before token
 * k and opens its clause: "Sumber itu menambahkan", "…, polisi
 * mengatakan". k when there is none. */
static size_t described_start(const para_ctx *pc, size_t k)
{
    size_t j = k;
    while (j > pc->t0 && k - j < 5) {
        const wt_token *t = T(pc, j - 1);
        if (t->kind != WT_TOK_WORD && t->kind != WT_TOK_NUMBER) break;
        int nya;
        if (IN(t->norm, speaker_stops) || looks_like_verb(t->norm) || SORTED_IN(t->norm, verbs_before) ||
            is_verb_after(t->norm, &nya) || wt_is_weekday_word(t->norm, strlen(t->norm)))
            return k;
        j--;
        if (t->flags & WT_TF_SENT_START) break;
    }
    if (j == k) return k;
    const wt_token *first = T(pc, j), *before = j > pc->t0 ? T(pc, j - 1) : NULL;
    int clause_start = !before || (first->flags & WT_TF_SENT_START) || !strcmp(before->norm, ",") ||
                       !strcmp(before->norm, ":");
    return clause_start && first->kind == WT_TOK_WORD ? j : k;
}

/* The subject ending just before token k: "Kementerian Luar Negeri Rusia"
 * in "…, Kementerian Luar Negeri Rusia menyatakan", or a pronoun. */
static int speaker_before(const para_ctx *pc, size_t k, wt_quote *q)
{
    /* skip adverbs between subject and verb: "Rusia juga menyatakan",
     * "KPK belum mengungkapkan" */
    while (k > pc->t0 && T(pc, k - 1)->kind == WT_TOK_WORD && IN(T(pc, k - 1)->norm, pre_verb_adverbs)) k--;
    if (k <= pc->t0) return 0;
    const wt_token *last = T(pc, k - 1);
    if (IN(last->norm, pronouns)) {
        set_speaker(pc->d, q, last->span.start, last->span.end);
        return 1;
    }
    size_t j = k;
    while (j > pc->t0) {
        const wt_token *t = T(pc, j - 1);
        /* "Kepada CNNIndonesia.com Jefri mengatakan": a capitalised
         * preposition starts the sentence, not the name */
        if (is_cap_word(t) && !wt_is_weekday_word(pc->d->text + t->span.start, t->span.end - t->span.start) &&
            !IN(t->norm, speaker_stops) && strcmp(t->norm, "menurut")) { j--; continue; }
        if (t->kind == WT_TOK_WORD && wt_is_name_particle(t->norm, strlen(t->norm)) && j - 1 > pc->t0 &&
            is_cap_word(T(pc, j - 2)) && j < k) { j--; continue; }
        break;
    }
    if (j == k) j = described_start(pc, k);
    if (j == k) return 0;
    set_speaker(pc->d, q, T(pc, j)->span.start, last->span.end);
    return 1;
}

/* A subject at token k followed by a speech verb: “…,” Tillerson
 * mengatakan / “…,” ia menambahkan / “…,” pernyataan itu menegaskan /
 * “…,” he said. 1 when found. */
static int subject_then_verb(const para_ctx *pc, size_t k, wt_quote *q)
{
    const wt_token *v = T(pc, k);
    size_t after, a = v->span.start, b;
    if (IN(v->norm, pronouns)) {
        b = v->span.end;
        after = k + 1;
    } else if (is_cap_word(v)) {
        b = wt_name_run(pc->d->text, pc->end, a);
        if (b == a) return 0;
        after = tok_at(pc, k, b);
    } else {
        after = described_end(pc, k);
        if (after == k) return 0;
        b = T(pc, after - 1)->span.end;
    }
    const wt_token *verb = T(pc, after);
    if (!verb || !SORTED_IN(verb->norm, verbs_before)) return 0;
    q->verb = wt_doc_slice(pc->d, verb->span);
    set_speaker(pc->d, q, a, b);
    return 1;
}

/* Attribution after the closing mark at token c: “…,” kata X / “…,” X
 * mengatakan / “…,” demikian X / “…,” menurut X. */
static int attribute_after(const para_ctx *pc, size_t c, wt_quote *q)
{
    size_t k = c + 1;
    if (norm_is(pc, k, ",")) k++;
    const wt_token *demikian = NULL;
    if (norm_is(pc, k, "demikian") || norm_is(pc, k, "begitu")) demikian = T(pc, k++);
    const wt_token *v = T(pc, k);
    if (!v || v->kind != WT_TOK_WORD) return 0;
    int nya;
    if (is_verb_after(v->norm, &nya)) {
        q->verb = wt_doc_slice(pc->d, v->span);
        if (nya) return 1;   /* speaker named elsewhere */
        speaker_after(pc, k + 1, q);
        return 1;
    }
    if (!strcmp(v->norm, "menurut") || (!strcmp(v->norm, "according") && norm_is(pc, k + 1, "to"))) {
        wt_quote tmp = *q;
        if (!speaker_after(pc, k + 1 + (v->norm[0] == 'a'), &tmp)) return 0;
        *q = tmp;
        q->verb = wt_doc_slice(pc->d, v->span);
        return 1;
    }
    if (subject_then_verb(pc, k, q)) return 1;
    /* “…,” demikian Dewandono Prasetyo Nugroho. */
    if (demikian && is_cap_word(v)) {
        size_t b = wt_name_run(pc->d->text, pc->end, v->span.start);
        if (b == v->span.start) return 0;
        q->verb = wt_doc_slice(pc->d, demikian->span);
        set_speaker(pc->d, q, v->span.start, b);
        return 1;
    }
    return 0;
}

/* Attribution before the opening mark at token o, within tokens [from, o):
 * X mengatakan, “…” / X menyatakan bahwa … “…” / Menurut X, “…”. */
static int attribute_before(const para_ctx *pc, size_t from, size_t o, wt_quote *q)
{
    for (size_t k = o; k > from; k--) {
        const wt_token *t = T(pc, k - 1);
        if (t->kind == WT_TOK_QUOTE) return 0;   /* another quote in between */
        if (SORTED_IN(t->norm, verbs_before)) {
            if (speaker_before(pc, k - 1, q)) {
                q->verb = wt_doc_slice(pc->d, t->span);
                return 1;
            }
            return 0;
        }
        if (!strcmp(t->norm, "menurut")) {
            wt_quote tmp = *q;
            if (speaker_after(pc, k, &tmp)) {
                *q = tmp;
                q->verb = wt_doc_slice(pc->d, t->span);
                return 1;
            }
            return 0;
        }
    }
    return 0;
}

static int nya_verb(const char *verb)
{
    size_t n = strlen(verb);
    return n > 3 && !strcmp(verb + n - 3, "nya");
}

/* Tokens [*t0, *t1) of paragraph p; 0 when it has none. */
static int para_tokens(const wt_doc *d, size_t p, size_t *t0, size_t *t1)
{
    const wt_paragraph *para = &d->paras.items[p];
    if (!para->sent_count) return 0;
    const wt_sentence *last = &d->sents.items[para->sent_first + para->sent_count - 1];
    *t0 = d->sents.items[para->sent_first].tok_first;
    *t1 = last->tok_first + last->tok_count;
    return 1;
}

static int is_pronoun_speaker(const char *speaker)
{
    char low[16];
    size_t n = strlen(speaker);
    if (n >= sizeof low) return 0;
    for (size_t i = 0; i <= n; i++) low[i] = (char)(speaker[i] >= 'A' && speaker[i] <= 'Z' ? speaker[i] + 32 : speaker[i]);
    /* Pihaknya, Dirinya: a pronoun in all but spelling */
    return IN(low, pronouns) || (n > 3 && !strcmp(low + n - 3, "nya") && !strchr(low, ' '));
}

/* Every word capitalised ("Tito Karnavian", "Departemen Pemilu"): a name,
 * which "katanya" may refer back to, not a description ("pria itu"). */
static int is_named(const wt_doc *d, wt_span sp)
{
    for (size_t i = sp.start; i < sp.end; i++)
        if ((i == sp.start || d->text[i - 1] == ' ') && !wt_upper_at(d->text, sp.end, i) &&
            !wt_is_name_particle(d->text + i, wt_word_len(d->text, sp.end, i)))
            return 0;
    return 1;
}

/* The nearest person named as saying something in paragraph p before
 * token `before`, outside quotes: "Agus mengatakan, …", "kata Gus Syaf",
 * "menurut Kapolri Tito Karnavian". Its start byte, or -1. */
static long indirect_speaker(wt_doc *d, size_t p, size_t before, wt_quote *found)
{
    size_t t0, t1;
    if (!para_tokens(d, p, &t0, &t1)) return -1;
    if (before < t1) t1 = before;
    para_ctx pc = {d, t0, t1, d->paras.items[p].span.end};
    for (size_t k = t1; k > t0; k--) {
        const wt_token *t = &d->toks.items[k - 1];
        if (t->kind != WT_TOK_WORD || (t->flags & WT_TF_IN_QUOTE)) continue;
        wt_quote tmp = {0};
        int nya, got = 0;
        if (SORTED_IN(t->norm, verbs_before)) got = speaker_before(&pc, k - 1, &tmp);
        else if (!strcmp(t->norm, "menurut") || (is_verb_after(t->norm, &nya) && !nya))
            got = speaker_after(&pc, k, &tmp) && wt_upper_at(d->text, pc.end, tmp.speaker_span.start);
        if (got && !is_pronoun_speaker(tmp.speaker) && is_named(d, tmp.speaker_span)) {
            *found = tmp;
            return tmp.speaker_span.start;
        }
    }
    return -1;
}

/* “…,” katanya: the speaker is the person named last before the quote,
 * in an earlier quote or in reported speech, at most three paragraphs
 * back — the usual way a report goes on quoting the same person. */
static void resolve_nya(wt_doc *d, size_t p, size_t open, wt_quote *q)
{
    const wt_quote *prev = NULL;
    uint32_t para_index = d->paras.items[p].index;
    for (size_t i = d->quotes.len; i > 0 && !prev; i--) {
        const wt_quote *c = &d->quotes.items[i - 1];
        if (para_index - c->para > 3) break;
        if (c->speaker && c->speaker_span.end > c->speaker_span.start && !is_pronoun_speaker(c->speaker)) prev = c;
    }
    wt_quote indirect = {0};
    long at = -1;
    for (size_t back = 0; back <= 3 && back <= p && at < 0; back++)
        at = indirect_speaker(d, p - back, back ? SIZE_MAX : open, &indirect);
    if (at >= 0 && (!prev || (long)prev->speaker_span.start < at)) prev = &indirect;
    if (!prev) return;
    q->speaker = prev->speaker;
    q->speaker_span = prev->speaker_span;
    q->speaker_role = prev->speaker_role;
}

static size_t sentence_start_tok(const wt_doc *d, size_t k)
{
    /* the sentence holding token k (sentences are in token order) */
    size_t lo = 0, hi = d->sents.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->sents.items[mid].tok_first <= k) lo = mid + 1;
        else hi = mid;
    }
    return lo ? d->sents.items[lo - 1].tok_first : 0;
}

/* A quote left open at the end of a paragraph. Newspapers go on quoting
 * in the next paragraph, which starts with a fresh opening mark, and close
 * the quote in the last one: “…⏎“…,” kata X. */
typedef struct open_quote {
    int active;
    size_t para;        /* index into d->paras where it began */
    size_t open;        /* its opening mark (token) */
    size_t from;        /* where an attribution before it may start */
} open_quote;

static void push_quote(wt_doc *d, wt_quote *q, size_t o, size_t c, size_t para_first, size_t para_last)
{
    int32_t index = (int32_t)d->quotes.len;
    *WT_VEC_PUSH(d->quotes) = *q;
    for (size_t k = o; k <= c; k++) d->toks.items[k].flags |= WT_TF_IN_QUOTE;
    for (size_t p = para_first; p <= para_last; p++) {
        const wt_paragraph *para = &d->paras.items[p];
        for (uint32_t s = para->sent_first; s < para->sent_first + para->sent_count; s++) {
            wt_sentence *sn = &d->sents.items[s];
            if (sn->quote < 0 && sn->tok_first <= c && sn->tok_first + sn->tok_count > o) sn->quote = index;
        }
    }
}

/* The quote opened at oq and closed at token c of paragraph p_last (pc):
 * one quote whose span runs from the first quoted word to the last and
 * whose text joins the paragraphs' parts with single spaces, without the
 * paragraph breaks and the marks that reopen it. */
static void add_joined_quote(wt_doc *d, const open_quote *oq, size_t p_last, size_t c, const para_ctx *pc)
{
    wt_quote q = {0};
    wt_buf text;
    wt_buf_init(&text);
    int words = 0;
    for (size_t p = oq->para; p <= p_last; p++) {
        size_t t0, t1;
        if (!para_tokens(d, p, &t0, &t1)) continue;
        size_t a = p == oq->para ? oq->open + 1 : t0 + 1;   /* after the (re)opening mark */
        size_t b = p == p_last ? c : t1;
        if (p == p_last)
            while (b > a + 1 && !strcmp(d->toks.items[b - 1].norm, ",")) b--;
        if (b <= a) continue;
        wt_span part = {d->toks.items[a].span.start, d->toks.items[b - 1].span.end};
        if (text.len) wt_buf_putc(&text, ' ');
        wt_buf_append(&text, d->text + part.start, part.end - part.start);
        if (!q.span.end) q.span.start = part.start;
        q.span.end = part.end;
        for (size_t k = a; k < b; k++)
            words += d->toks.items[k].kind == WT_TOK_WORD || d->toks.items[k].kind == WT_TOK_NUMBER;
    }
    q.para = d->paras.items[oq->para].index;
    int found = attribute_after(pc, c, &q);
    if (!found && words >= 2) {
        /* X mengatakan, “… in the first paragraph */
        size_t t0 = 0, t1 = 0;
        para_tokens(d, oq->para, &t0, &t1);
        para_ctx first = {d, t0, t1, d->paras.items[oq->para].span.end};
        found = attribute_before(&first, oq->from, oq->open, &q);
    }
    if (found || words >= 4) {
        if (!q.speaker && q.verb && nya_verb(q.verb)) resolve_nya(d, oq->para, oq->open, &q);
        q.text = wt_arena_strndup(&d->arena, text.data ? text.data : "", text.len);
        push_quote(d, &q, oq->open, c, oq->para, p_last);
    }
    wt_buf_free(&text);
}

static int is_dquote_tok(const wt_doc *d, size_t k)
{
    const wt_token *t = &d->toks.items[k];
    if (t->kind != WT_TOK_QUOTE) return 0;
    int32_t cp;
    wt_cp_at(d->text, t->span.end, t->span.start, &cp);
    return wt_cp_is_dquote(cp);
}

/* May the mark at token k (paragraph from t0, k + 1 inside it) open a
 * quote that runs on into the next paragraph? Only at the start of the
 * paragraph or of a
 * sentence, or after a comma or colon (X mengatakan, “…): a straight mark
 * inside a sentence is more often a misplaced closing one (Jum "at). */
static int opens_quote_here(const wt_doc *d, size_t t0, size_t k)
{
    /* A straight opening mark sits on the word it opens: in “, "ujarnya”
     * it is a closing one with the space on the wrong side. Curly marks
     * say which they are, but a speech verb never starts a quote. */
    const wt_token *mark = &d->toks.items[k], *next = &d->toks.items[k + 1];
    int nya;
    if (is_verb_after(next->norm, &nya)) return 0;
    if (d->text[mark->span.start] == '"' && next->span.start != mark->span.end) return 0;
    if (k == t0) return 1;
    const wt_token *prev = &d->toks.items[k - 1];
    if (prev->kind != WT_TOK_PUNCT) return 0;
    char c = d->text[prev->span.start];
    return c == ',' || c == ':' || c == '.' || c == '!' || c == '?';
}

/* The paragraph (index into d->paras) holding byte `at`; paras are in
 * text order. */
static size_t para_of(const wt_doc *d, uint32_t at)
{
    size_t lo = 0, hi = d->paras.len;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (d->paras.items[mid].span.start <= at) lo = mid + 1;
        else hi = mid;
    }
    return lo ? lo - 1 : 0;
}

/* Does the quote open its paragraph: nothing before it but the mark? */
static int opens_paragraph(const wt_doc *d, const wt_quote *q, size_t p)
{
    size_t i = d->paras.items[p].span.start;
    int marks = 0;
    while (i < q->span.start) {
        int32_t cp;
        size_t len = wt_cp_at(d->text, q->span.start, i, &cp);
        if (wt_cp_is_dquote(cp)) marks++;
        else if (!wt_cp_is_space(cp)) return 0;
        i += len;
    }
    return marks == 1;
}

/* “…,” kata Guardiola.⏎“…”: a paragraph that is one quote with no
 * attribution, right after a paragraph whose last quote has a speaker,
 * goes on quoting that speaker — the way reports run a long statement
 * over paragraphs. `verb` stays null: nothing in it says so. */
static void continue_speakers(wt_doc *d)
{
    for (size_t i = 1; i < d->quotes.len; i++) {
        wt_quote *q = &d->quotes.items[i];
        const wt_quote *prev = &d->quotes.items[i - 1];
        if (q->speaker || q->verb || !prev->speaker) continue;
        size_t p = para_of(d, q->span.start);
        if (!p || para_of(d, prev->span.start) != p - 1 || !opens_paragraph(d, q, p)) continue;
        q->speaker = prev->speaker;
        q->speaker_span = prev->speaker_span;
        q->speaker_role = prev->speaker_role;
    }
}

void wt_quotes(wt_doc *d)
{
    wt_quote_pairs pairs = {0};
    open_quote oq = {0};
    for (size_t p = 0; p < d->paras.len; p++) {
        const wt_paragraph *para = &d->paras.items[p];
        if (!para->sent_count) continue;
        const wt_sentence *first = &d->sents.items[para->sent_first];
        const wt_sentence *last = &d->sents.items[para->sent_first + para->sent_count - 1];
        para_ctx pc = {d, first->tok_first, last->tok_first + last->tok_count, para->span.end};
        size_t unclosed = wt_unclosed_quote(d, pc.t0, pc.t1, &pairs);
        size_t prev_close = pc.t0, i0 = 0;
        if (oq.active) {
            int closes_here = pairs.len && pairs.items[0].open == pc.t0;
            if (!is_dquote_tok(d, pc.t0) || (!closes_here && unclosed != pc.t0)) {
                oq.active = 0;           /* not taken up: a stray mark */
            } else if (closes_here) {
                add_joined_quote(d, &oq, p, pairs.items[0].close, &pc);
                oq.active = 0;
                prev_close = pairs.items[0].close + 1;
                i0 = 1;
            } else {
                continue;                /* a middle paragraph: the quote goes on */
            }
        }
        for (size_t i = i0; i < pairs.len; i++) {
            size_t o = pairs.items[i].open, c = pairs.items[i].close;
            if (c <= o + 1) continue;
            size_t in_last = c - 1;
            while (in_last > o + 1 && !strcmp(d->toks.items[in_last].norm, ",")) in_last--;
            wt_quote q = {0};
            q.span = (wt_span){d->toks.items[o + 1].span.start, d->toks.items[in_last].span.end};
            q.para = para->index;
            int words = 0;
            for (size_t k = o + 1; k < c; k++)
                words += d->toks.items[k].kind == WT_TOK_WORD || d->toks.items[k].kind == WT_TOK_NUMBER;
            size_t from = sentence_start_tok(d, o);
            if (from < prev_close) from = prev_close;
            int after = attribute_after(&pc, c, &q);
            /* A scare-quoted word ("blunder") is not a quote, even in a
             * sentence with a speech verb; without a speaker, a short
             * phrase is not one either. */
            int before = !after && words >= 2 && attribute_before(&pc, from, o, &q);
            if (!after && !before && words < 4) { prev_close = c + 1; continue; }
            if (!q.speaker && q.verb && nya_verb(q.verb)) resolve_nya(d, p, o, &q);
            q.text = wt_doc_slice(d, q.span);
            push_quote(d, &q, o, c, p, p);
            prev_close = c + 1;
        }
        if (unclosed != SIZE_MAX && unclosed + 1 < pc.t1 && unclosed >= prev_close && opens_quote_here(d, pc.t0, unclosed)) {
            size_t from = sentence_start_tok(d, unclosed);
            oq = (open_quote){1, p, unclosed, from < prev_close ? prev_close : from};
        }
    }
    WT_VEC_FREE(pairs);
    continue_speakers(d);
}
