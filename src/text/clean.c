#include "text/clean.h"
#include "util/buf.h"
#include "text/scan.h"

#include <string.h>

/* Prefixes of related-link lines; longest first where one extends another. */
static const char *const related_prefixes[] = {
    "baca juga", "baca pula", "baca selengkapnya", "baca", "lihat juga", "simak juga",
    "simak video", "simak", "tonton juga", "tonton video", "tonton", "saksikan juga",
    "saksikan", "berita terkait", "artikel terkait", "berita lainnya", "klik juga",
};

/* Label lines: "Penulis: Dwi Widijatmiko". */
enum label_kind { LABEL_BYLINE, LABEL_EDITOR, LABEL_CREDIT };
static const struct { const char *label; enum label_kind kind; } labels[] = {
    {"penulis", LABEL_BYLINE}, {"reporter", LABEL_BYLINE}, {"pewarta", LABEL_BYLINE},
    {"wartawan", LABEL_BYLINE}, {"editor", LABEL_EDITOR}, {"redaktur", LABEL_EDITOR},
    {"penyunting", LABEL_EDITOR}, {"sumber", LABEL_CREDIT},
};

/* News agencies and outlets: a parenthesised end tag naming one is a
 * credit, not a byline; a dateline part naming one is the source. */
static const char *const agencies[] = {
    "antara", "antara news", "afp", "ap", "reuters", "xinhua", "rt", "dpa", "bernama",
    "yonhap", "kyodo", "bbc", "cnn", "cnn indonesia", "sputnik", "tass", "ria novosti",
    "anadolu", "efe", "ansa", "upi", "pos kota", "kompas", "tempo", "republika", "okezone",
    "sindonews", "tribunnews", "viva", "vivanews", "detikcom", "kumparan", "merdeka",
    "liputan6", "jpnn", "bisnis", "kontan", "beritasatu", "inews", "metrotvnews", "suara",
    "rimanews", "juara", "goal", "dailysocial", "the guardian", "the new york times",
    "al jazeera", "nhk", "voa", "abc", "sky news", "channel news asia", "straits times",
};

/* Phrases introducing an agency credit, longest first. */
static const char *const credit_phrases[] = {
    "sebagaimana dilansir dari", "sebagaimana dilansir", "seperti dilansir dari",
    "seperti dilansir", "sebagaimana dikutip dari", "sebagaimana dikutip",
    "seperti dikutip dari", "seperti dikutip", "sebagaimana dilaporkan", "seperti dilaporkan",
    "demikian dilaporkan", "demikian dilansir", "demikian laporan", "dilansir dari",
    "dikutip dari", "dilansir", "melansir",
};

static int is_agency(const char *s, size_t n)
{
    for (size_t k = 0; k < sizeof agencies / sizeof *agencies; k++)
        if (wt_eq_nocase(s, n, agencies[k])) return 1;
    return 0;
}

/* Domain-like or "...news" names are outlets, not places (Suara.com,
 * JUARA.net, Rimanews). */
static int looks_like_outlet(const char *s, size_t n)
{
    if (is_agency(s, n)) return 1;
    if (memchr(s, '.', n)) return 1;
    return n >= 4 && wt_eq_nocase(s + n - 4, 4, "news");
}

static void add_removed(wt_doc *d, int credit, wt_span span, wt_span payload, uint32_t para)
{
    wt_removed *r = credit ? WT_VEC_PUSH(d->credits) : WT_VEC_PUSH(d->related);
    r->span = span;
    r->text = wt_doc_slice(d, payload);
    r->para = para;
}

/* "BACA JUGA: title", "[ Baca juga: title ]", "(Baca: title)". */
/* "BERITA MU-Paul Pogba Senang…", "BERITA JUVE-Cidera De Sciglio…": a
 * related link under a topic in capitals (the Juara.net and Pos Kota
 * sports desks). The whole line is the link; the words before the dash
 * must all be capitals, at most three of them. */
static int take_topic_link(wt_doc *d, wt_span line, size_t a, size_t b, uint32_t index)
{
    const char *s = d->text;
    size_t j = wt_match_phrase(s, b, a, "berita");
    if (!j || memcmp(s + a, "BERITA", 6) != 0) return 0;
    int words = 0;
    while (j < b && s[j] == ' ') {
        size_t w = j + 1, e = w;
        while (e < b && s[e] >= 'A' && s[e] <= 'Z') e++;
        if (e == w) break;
        words++;
        j = e;
    }
    if (words < 1 || words > 3 || j >= b || (s[j] != '-' && s[j] != ':')) return 0;
    size_t title = wt_skip_space(s, b, j + 1);
    if (title >= b || !wt_upper_at(s, b, title)) return 0;
    add_removed(d, 0, line, (wt_span){(uint32_t)title, (uint32_t)b}, index);
    return 1;
}

static int take_related_line(wt_doc *d, wt_span line, uint32_t index)
{
    const char *s = d->text;
    size_t a = line.start, b = line.end;
    if (b - a > 400) return 0;
    if (s[a] == '(' || s[a] == '[') {
        char close = s[a] == '(' ? ')' : ']';
        if (s[b - 1] != close) return 0;
        a = wt_skip_space(s, b, a + 1);
        b = wt_trim_end(s, a, b - 1);
    }
    char first = (char)(s[a] | 32);   /* A-Z as a-z: the phrases are lower case */
    for (size_t k = 0; k < sizeof related_prefixes / sizeof *related_prefixes; k++) {
        if (related_prefixes[k][0] != first) continue;
        size_t j = wt_match_phrase(s, b, a, related_prefixes[k]);
        if (!j) continue;
        j = wt_skip_space(s, b, j);
        if (j >= b || s[j] != ':') return 0;
        j = wt_skip_space(s, b, j + 1);
        if (j >= b) return 0;
        add_removed(d, 0, line, (wt_span){(uint32_t)j, (uint32_t)b}, index);
        return 1;
    }
    return take_topic_link(d, line, a, b, index);
}

/* "Penulis: Dwi Widijatmiko", "Sumber: The Verge." */
static int take_label_line(wt_doc *d, wt_span line, uint32_t index)
{
    const char *s = d->text;
    if (line.end - line.start > 100) return 0;
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t j = wt_match_phrase(s, line.end, line.start, labels[k].label);
        if (!j) continue;
        j = wt_skip_space(s, line.end, j);
        if (j >= line.end || s[j] != ':') return 0;
        j = wt_skip_space(s, line.end, j + 1);
        size_t e = line.end;
        if (e > j && s[e - 1] == '.') e--;
        if (j >= e) return 0;
        wt_span payload = {(uint32_t)j, (uint32_t)e};
        switch (labels[k].kind) {
        case LABEL_BYLINE:
            if (d->byline) return 0;
            d->byline = wt_doc_slice(d, payload);
            d->byline_span = payload;
            break;
        case LABEL_EDITOR:
            if (d->editor) return 0;
            d->editor = wt_doc_slice(d, payload);
            d->editor_span = payload;
            break;
        case LABEL_CREDIT:
            add_removed(d, 1, line, payload, index);
            break;
        }
        return 1;
    }
    return 0;
}

/* "Lesley Wroughton and Matt Spetalnick in Washington": capitalised words
 * joined by commas and a few small words. */
static int looks_like_wire_names(const char *s, size_t a, size_t b)
{
    static const char *const joins[] = {"and", "in", "from", "at", "with", "the", "de", "van", "von", "al", "bin"};
    size_t i = a;
    int names = 0;
    while (i < b) {
        size_t wl = wt_word_len(s, b, i);
        if (!wl) {
            if (s[i] != ',' && s[i] != ' ' && s[i] != '.' && s[i] != '\'') return 0;
            i++;
            continue;
        }
        int ok = wt_upper_at(s, b, i);
        for (size_t k = 0; k < sizeof joins / sizeof *joins && !ok; k++) ok = wt_eq_nocase(s + i, wl, joins[k]);
        if (!ok) return 0;
        names += wt_upper_at(s, b, i);
        i += wl;
    }
    return names > 0;
}

/* The wire services' closing line: "(Reporting by Lesley Wroughton;
 * Additional reporting by Matt Spetalnick; Editing by Alistair Bell)".
 * Reporting (or Writing) → byline, Editing → editor, any other part → a
 * credit, as written. */
static int take_wire_credit_line(wt_doc *d, wt_span line, uint32_t index)
{
    const char *s = d->text;
    size_t a = line.start, b = line.end;
    if (b - a < 14 || b - a > 400 || s[a] != '(' || s[b - 1] != ')') return 0;
    static const char *const heads[] = {"reporting by", "writing by", "editing by", "additional reporting by",
                                        "compiled by", "reporting and writing by"};
    /* every part must be one of them before anything is cut */
    for (size_t i = a + 1; i < b - 1;) {
        size_t pa = wt_skip_space(s, b - 1, i), hit = 0;
        for (size_t k = 0; k < sizeof heads / sizeof *heads && !hit; k++) hit = wt_match_phrase(s, b - 1, pa, heads[k]);
        if (!hit) return 0;
        const char *semi = memchr(s + pa, ';', b - 1 - pa);
        i = semi ? (size_t)(semi - s) + 1 : b - 1;
        if (!looks_like_wire_names(s, hit, wt_trim_end(s, hit, semi ? (size_t)(semi - s) : b - 1))) return 0;
    }
    for (size_t i = a + 1; i < b - 1;) {
        size_t pa = wt_skip_space(s, b - 1, i);
        const char *semi = memchr(s + pa, ';', b - 1 - pa);
        size_t pe = semi ? (size_t)(semi - s) : b - 1;
        i = pe + 1;
        pe = wt_trim_end(s, pa, pe);
        size_t after_by = wt_match_phrase(s, pe, pa, "reporting by");
        int byline = after_by || (after_by = wt_match_phrase(s, pe, pa, "writing by")) ||
                     (after_by = wt_match_phrase(s, pe, pa, "reporting and writing by"));
        size_t editor_at = byline ? 0 : wt_match_phrase(s, pe, pa, "editing by");
        wt_span who = {(uint32_t)wt_skip_space(s, pe, byline ? after_by : editor_at), (uint32_t)pe};
        if (byline && !d->byline && who.end > who.start) {
            d->byline = wt_doc_slice(d, who);
            d->byline_span = who;
        } else if (editor_at && !d->editor && who.end > who.start) {
            d->editor = wt_doc_slice(d, who);
            d->editor_span = who;
        } else {
            add_removed(d, 1, line, (wt_span){(uint32_t)pa, (uint32_t)pe}, index);
        }
    }
    return 1;
}

static int all_lower_letters(const char *s, size_t n)
{
    if (!n || n > 8) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < 'a' || s[i] > 'z') return 0;
    return 1;
}

/* 1..5 capitalised words, maybe after initials (M. Yazid, A.S.): a
 * reporter's name. */
static int looks_like_name(const char *s, size_t n)
{
    if (!n || n > 60) return 0;
    size_t i = 0;
    while (i + 1 < n && s[i] >= 'A' && s[i] <= 'Z' && s[i + 1] == '.') {
        i += 2;
        if (i < n && s[i] == ' ') i++;
    }
    if (i == n) return 1;
    if (i && s[i - 1] != ' ') i = 0;   /* T.B016: a code, not initials before a name */
    size_t run = wt_name_run(s + i, n - i, 0);
    if (run != n - i) return 0;
    int words = 1;
    for (size_t k = 0; k < n; k++) words += s[k] == ' ';
    return words <= 5;
}

/* A name that looks_like_name() accepted names an outlet rather than a
 * person: one capitalised word written as a word (Metro, Dailymail,
 * Health.com). People are two or more words (Erha Aprili Ramadhoni,
 * M. Yazid), initials (B, SYS) or codes (T014, UU.A026, T.H-ZG). */
static int looks_like_outlet_word(const char *s, size_t n)
{
    if (memchr(s, ' ', n)) return 0;
    int lower = 0;
    for (size_t i = 0; i < n; i++) {
        if (wt_ascii_digit(s[i])) return 0;
        lower += s[i] >= 'a' && s[i] <= 'z';
    }
    return lower > 0;
}

/* One "(…)" or "[…]" tag at the end of paragraph p: "(dka)", "(Erha
 * Aprili Ramadhoni)", "(Yendhi / win)", "(Antara)", "[ lia ]" (Merdeka's
 * editor codes). Returns 1 and cuts it when recognised. */
static int take_end_tag(wt_doc *d, wt_paragraph *p)
{
    const char *s = d->text;
    size_t a = p->span.start, b = p->span.end;
    if (b - a < 3 || (s[b - 1] != ')' && s[b - 1] != ']')) return 0;
    char close_mark = s[b - 1], open_mark = close_mark == ')' ? '(' : '[';
    size_t open = b - 2;
    while (open > a && s[open] != open_mark && s[open] != close_mark && b - open < 80) open--;
    if (s[open] != open_mark) return 0;
    size_t before = wt_trim_end(s, a, open);
    if (before > a) {
        /* Only after a finished sentence, never a parenthesis in running text. */
        int32_t cp;
        wt_cp_before(s, before, &cp);
        if (!(cp == '.' || cp == '!' || cp == '?' || wt_cp_is_dquote(cp) || wt_cp_is_squote(cp)))
            return 0;
    }
    /* Split the content at '/' and classify every part before cutting. */
    struct { size_t a, b; int kind; } parts[4];
    size_t nparts = 0, i = open + 1;
    while (i < b - 1) {
        if (nparts == 4) return 0;
        size_t pa = wt_skip_space(s, b - 1, i), pe = pa;
        while (pe < b - 1 && s[pe] != '/') pe++;
        size_t next = pe + 1;
        pe = wt_trim_end(s, pa, pe);
        if (pe == pa) return 0;
        int kind;
        if (all_lower_letters(s + pa, pe - pa)) kind = LABEL_EDITOR;
        else if (is_agency(s + pa, pe - pa)) kind = LABEL_CREDIT;
        else if (looks_like_name(s + pa, pe - pa)) kind = LABEL_BYLINE;
        else return 0;
        parts[nparts].a = pa;
        parts[nparts].b = pe;
        parts[nparts++].kind = kind;
        i = next;
    }
    if (!nparts) return 0;
    int editors = 0, bylines = 0;
    for (size_t k = 0; k < nparts; k++) editors += parts[k].kind == LABEL_EDITOR;
    /* One capitalised word alone, "(Metro)", "(Dailymail)", is the outlet
     * the story was taken from; a person is two or more words, initials
     * or an agency reporter code. Next to an editor code, "(Yendhi / win)",
     * a single word is the reporter (the Pos Kota convention). */
    for (size_t k = 0; k < nparts; k++)
        if (parts[k].kind == LABEL_BYLINE && !editors && looks_like_outlet_word(s + parts[k].a, parts[k].b - parts[k].a))
            parts[k].kind = LABEL_CREDIT;
    for (size_t k = 0; k < nparts; k++) bylines += parts[k].kind == LABEL_BYLINE;
    /* "(end)" only marks the end of the story. */
    if (nparts == 1 && parts[0].b - parts[0].a == 3 && !memcmp(s + parts[0].a, "end", 3)) {
        p->span.end = (uint32_t)before;
        return 1;
    }
    if ((editors && d->editor) || (bylines && d->byline) || bylines > 1) return 0;
    wt_span whole = {(uint32_t)open, (uint32_t)b};
    if (editors) {
        /* Several editor codes stay together as written: "ikbal / sir". */
        size_t ea = 0, eb = 0;
        for (size_t k = 0; k < nparts; k++)
            if (parts[k].kind == LABEL_EDITOR) {
                if (!eb) ea = parts[k].a;
                eb = parts[k].b;
            }
        d->editor_span = (wt_span){(uint32_t)ea, (uint32_t)eb};
        d->editor = wt_doc_slice(d, d->editor_span);
    }
    for (size_t k = 0; k < nparts; k++) {
        wt_span ps = {(uint32_t)parts[k].a, (uint32_t)parts[k].b};
        if (parts[k].kind == LABEL_BYLINE) {
            d->byline_span = ps;
            d->byline = wt_doc_slice(d, ps);
        } else if (parts[k].kind == LABEL_CREDIT) {
            add_removed(d, 1, whole, ps, p->index);
        }
    }
    p->span.end = (uint32_t)before;
    return 1;
}

/* "INGGRIS-Tottenham menang", "KOREA SELATAN-Presiden…": a place in
 * capitals glued to the first word (the Pos Kota sports desk). Acronyms
 * are glued the same way ("KPK-Polri", "PERSIB-Persija"), so the words
 * must name a place the gazetteer knows. */
static int looks_like_caps_place(const wt_gazetteer *gaz, const char *s, size_t n)
{
    if (!gaz || !n) return 0;
    for (size_t k = 0; k < n; k++)
        if (s[k] != ' ' && (s[k] < 'A' || s[k] > 'Z')) return 0;
    wt_buf key;
    wt_buf_init(&key);
    wt_gazetteer_key(&key, s, n);
    int found = key.len && wt_gazetteer_find(gaz, key.data, key.len) != NULL;
    wt_buf_free(&key);
    return found;
}

/* "BEKASI (Pos Kota) Pasar Rawakalong…": place and outlet with the dash
 * left out. Only an outlet we know makes it a dateline. */
static int take_paren_dateline(wt_doc *d, wt_paragraph *p)
{
    const char *s = d->text;
    size_t a = p->span.start, end = p->span.end;
    size_t place_end = wt_name_run(s, end, a);
    if (place_end == a || place_end + 2 >= end || s[place_end] != ' ' || s[place_end + 1] != '(') return 0;
    size_t src = place_end + 2, close = src;
    while (close < end && close < src + 40 && s[close] != ')') close++;
    if (close >= end || s[close] != ')' || !is_agency(s + src, close - src)) return 0;
    size_t body = wt_skip_space(s, end, close + 1);
    if (body == close + 1 || body >= end || !wt_upper_at(s, end, body)) return 0;
    d->dateline = wt_doc_slice(d, (wt_span){(uint32_t)a, (uint32_t)place_end});
    d->dateline_source = wt_doc_slice(d, (wt_span){(uint32_t)src, (uint32_t)close});
    d->dateline_span = (wt_span){(uint32_t)a, (uint32_t)body};
    p->span.start = (uint32_t)body;
    return 1;
}

/* The dateline: "PYONGYANG –", "Jakarta, CNN Indonesia --",
 * "Tokyo (ANTARA News) -", "DENPASAR, JUARA.net-", "Suara.com-". */
static void take_dateline(wt_doc *d, wt_paragraph *p, const wt_gazetteer *gaz)
{
    const char *s = d->text;
    size_t a = p->span.start, end = p->span.end, limit = a + 90;
    if (limit > end) limit = end;
    size_t i = a;
    while (i < limit) {
        int32_t cp;
        size_t len = wt_cp_at(s, end, i, &cp);
        if (!wt_cp_is_dash(cp)) {
            /* Only capitalised words, commas and parenthesised outlets. */
            if (cp == ':' || cp == ';' || cp == '!' || cp == '?' || wt_cp_is_dquote(cp)) return;
            i += len;
            continue;
        }
        int space_before = i > a && wt_cp_is_space((unsigned char)s[i - 1]);
        size_t j = i + len;
        while (j < end) { /* "--", "– -" */
            int32_t c2;
            size_t l2 = wt_cp_at(s, end, j, &c2);
            if (!wt_cp_is_dash(c2)) break;
            j += l2;
        }
        int space_after = j < end && wt_cp_is_space((unsigned char)s[j]);
        size_t body = wt_skip_space(s, end, j);
        size_t prefix_end = wt_trim_end(s, a, i);
        int in_word = !space_before && !space_after && cp == '-';
        if (in_word) {
            /* "Suara.com-Komisi", "Rimanews-Pebulutangkis": the last word is
             * an outlet. Otherwise a hyphenated word (Jong-un): go on. */
            size_t w = prefix_end;
            while (w > a && s[w - 1] != ' ' && s[w - 1] != ',') w--;
            /* "JUARA.NET, JAKARTA-Rumor": an outlet before the place */
            size_t o = a;
            while (o < w && s[o] != ',') o++;
            int outlet_first = o < w && looks_like_outlet(s + a, o - a);
            if (!looks_like_outlet(s + w, prefix_end - w) && !outlet_first &&
                !looks_like_caps_place(gaz, s + a, prefix_end - a)) { i = j; continue; }
        }
        if (prefix_end == a || body >= end) return;
        int32_t first;
        wt_cp_at(s, end, body, &first);
        if (!(wt_cp_is_upper(first) || wt_cp_is_digit(first) || wt_cp_is_dquote(first))) return;

        /* Parse the prefix: parts separated by commas, each a place or an
         * outlet, with an optional "(Outlet)" tail. */
        size_t place_a = 0, place_b = 0, src_a = 0, src_b = 0;
        size_t k = a;
        while (k < prefix_end) {
            size_t pa = wt_skip_space(s, prefix_end, k), pe = pa;
            while (pe < prefix_end && s[pe] != ',' && s[pe] != '(') pe++;
            size_t name_end = wt_trim_end(s, pa, pe);
            if (name_end > pa) {
                if (wt_name_run(s, name_end, pa) != name_end && !looks_like_outlet(s + pa, name_end - pa))
                    return;
                if (looks_like_outlet(s + pa, name_end - pa)) {
                    if (!src_b) src_a = pa;
                    src_b = name_end;
                } else {
                    if (!place_b) place_a = pa;
                    place_b = name_end;
                }
            }
            if (pe < prefix_end && s[pe] == '(') {
                size_t close = pe + 1;
                while (close < prefix_end && s[close] != ')') close++;
                if (close >= prefix_end) return;
                if (!src_b) src_a = pe + 1;
                src_b = close;
                pe = close + 1;
                pe = wt_skip_space(s, prefix_end, pe);
                if (pe < prefix_end && s[pe] != ',') return;
            }
            k = pe + 1;
        }
        if (!place_b && !src_b) return;
        if (place_b) {
            d->dateline = wt_doc_slice(d, (wt_span){(uint32_t)place_a, (uint32_t)place_b});
        }
        if (src_b) d->dateline_source = wt_doc_slice(d, (wt_span){(uint32_t)src_a, (uint32_t)src_b});
        d->dateline_span = (wt_span){(uint32_t)a, (uint32_t)body};
        p->span.start = (uint32_t)body;
        return;
    }
}

static const unsigned char credit_first[256] = {['d'] = 1, ['D'] = 1, ['m'] = 1, ['M'] = 1, ['s'] = 1, ['S'] = 1};

/* Agency credits inside paragraph p. */
static void take_credits(wt_doc *d, wt_paragraph *p)
{
    const char *s = d->text;
    size_t end = p->span.end;
    for (size_t i = p->span.start; i < end; i++) {
        /* Cheap filter first: every phrase starts with d, m or s, and then
         * with one of the three-letter prefixes below. */
        while (i + 8 <= end) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            w |= 0x2020202020202020ull;    /* D M S as d m s */
            if (wt_swar_has(w, 'd') | wt_swar_has(w, 'm') | wt_swar_has(w, 's')) break;
            i += 8;
        }
        while (i + 3 <= end && !credit_first[(unsigned char)s[i]]) i++;
        if (i + 3 > end) break;
        char c0 = (char)(s[i] | 32), c1 = (char)(s[i + 1] | 32), c2 = (char)(s[i + 2] | 32);
        if (!((c0 == 's' && c1 == 'e' && (c2 == 'b' || c2 == 'p')) ||
              (c0 == 'd' && ((c1 == 'e' && c2 == 'm') || (c1 == 'i' && (c2 == 'l' || c2 == 'k')))) ||
              (c0 == 'm' && c1 == 'e' && c2 == 'l')))
            continue;
        if (wt_alnum_before(s, p->span.start, i)) continue;
        for (size_t k = 0; k < sizeof credit_phrases / sizeof *credit_phrases; k++) {
            if (credit_phrases[k][0] != c0) continue;
            size_t j = wt_match_phrase(s, end, i, credit_phrases[k]);
            if (!j) continue;
            size_t src = wt_skip_space(s, end, j);
            /* "dilansir laman/situs/kantor berita X" */
            static const char *const fillers[] = {"kantor berita", "laman", "situs", "media", "harian"};
            for (size_t f = 0; f < sizeof fillers / sizeof *fillers; f++) {
                size_t m = wt_match_phrase(s, end, src, fillers[f]);
                if (m) { src = wt_skip_space(s, end, m); break; }
            }
            size_t src_end = wt_name_run(s, end, src);
            if (src_end == src) break;
            wt_span phrase = {(uint32_t)i, (uint32_t)src_end};
            add_removed(d, 1, phrase, (wt_span){(uint32_t)src, (uint32_t)src_end}, p->index);
            /* "Demikian dilaporkan AFP." closing the paragraph is not body text. */
            size_t after = src_end < end && s[src_end] == '.' ? src_end + 1 : src_end;
            if ((s[i] | 32) == 'd' && (s[i + 1] | 32) == 'e' && wt_skip_space(s, end, after) == end) {
                size_t cut = wt_trim_end(s, p->span.start, i);
                p->span.end = (uint32_t)cut;
                return;
            }
            i = src_end;
            break;
        }
    }
}

void wt_clean(wt_doc *d, const wt_gazetteer *gaz)
{
    const char *s = d->text;
    size_t n = d->len;
    uint32_t index = 0;
    for (size_t i = 0; i <= n; index++) {
        const char *nl = i < n ? memchr(s + i, '\n', n - i) : NULL;
        size_t line_end = nl ? (size_t)(nl - s) : n;
        size_t a = wt_skip_space(s, line_end, i);
        size_t b = wt_trim_end(s, a, line_end);
        if (b > a) {
            wt_span line = {(uint32_t)a, (uint32_t)b};
            if (!take_related_line(d, line, index) && !take_label_line(d, line, index) &&
                !take_wire_credit_line(d, line, index)) {
                wt_paragraph *p = WT_VEC_PUSH(d->paras);
                p->index = index;
                p->line = (wt_span){(uint32_t)i, (uint32_t)line_end};
                p->span = line;
            }
        }
        if (!nl) break;
        i = line_end + 1;
    }
    /* End tags, last paragraph first; a paragraph left empty goes. */
    for (int round = 0; round < 4 && d->paras.len; round++) {
        wt_paragraph *last = &d->paras.items[d->paras.len - 1];
        if (!take_end_tag(d, last)) break;
        if (last->span.end <= last->span.start) d->paras.len--;
    }
    if (d->paras.len && !take_paren_dateline(d, &d->paras.items[0])) take_dateline(d, &d->paras.items[0], gaz);
    for (size_t k = 0; k < d->paras.len; k++) take_credits(d, &d->paras.items[k]);
    /* Drop paragraphs emptied by cutting. */
    size_t keep = 0;
    for (size_t k = 0; k < d->paras.len; k++)
        if (d->paras.items[k].span.end > d->paras.items[k].span.start)
            d->paras.items[keep++] = d->paras.items[k];
    d->paras.len = keep;
}
