/* model.c — the parser's model file: what was learnt (three weight tables,
 * the label names, the feature and clitic tables) and how (a text note),
 * behind a magic line, a format version and a checksum of every byte
 * before it. A model that fails any check is refused whole with a
 * reason: a truncated download or a flipped bit never reaches the parser.
 * Layout (little-endian):
 *
 *   "WARTA-SYNTAX\n"  u32 version  u32 payload-length  payload  u64 checksum
 *   payload: str info; u8 nlabels, str label…; u8 root-label; u8 style;
 *            u16 nfeatstr, str…; u32 nfeatwords, (u64 form, u8 featstr)…;
 *            u32 nclitic, (u64 key, u8 upos | 0x80 when the clitic heads the
 *            token and upos/label are the host's, u8 label)…;
 *            u32 nclasses, (u64 form, u8 fine, u8 coarse)…;
 *            u32 nforms, u64 form…; u32 nlemmas, u64 lemma… (the training
 *            words' atoms, sorted);
 *            tagger, parser, labeller weight tables (perceptron.c)
 *   str: u32 length, bytes (no NUL). */
#include "parse/syntax.h"
#include "lang/id/lemma.h"

#include <string.h>

void wt_syntax_model_init(wt_syntax_model *m)
{
    memset(m, 0, sizeof *m);
    m->punct_label = m->root_label = -1;
}

void wt_syntax_model_free(wt_syntax_model *m)
{
    wt_pmodel_free(&m->tagger);
    wt_pmodel_free(&m->parser);
    wt_pmodel_free(&m->labeller);
    for (int i = 0; i < WT_MAX_LABELS; i++) free(m->labels[i]);
    for (int i = 0; m->featstr && i <= m->nfeatstr; i++) free(m->featstr[i]);
    free(m->featstr);
    free(m->featword_key);
    free(m->featword_val);
    free(m->clitic_key);
    free(m->clitic_upos);
    free(m->clitic_label);
    free(m->cluster_key);
    free(m->cluster_val);
    free(m->seen_form);
    free(m->seen_lemma);
    free(m->info);
    free(m->word_key);
    free(m->word_val);
    wt_syntax_model_init(m);
}

/* The file's checksum: FNV-1a over 64-bit little-endian words (then the
 * tail bytes), mixed: eight times faster than bytewise FNV on a 12 MB
 * model, and a flipped bit anywhere still changes it. */
uint64_t wt_syntax_checksum(const unsigned char *p, size_t n)
{
    uint64_t h = 0xcbf29ce484222325ULL;
    size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
        w = __builtin_bswap64(w);   /* the words are little-endian in the file */
#endif
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
    }
    for (; i < n; i++) h = (h ^ p[i]) * 0x100000001b3ULL;
    return wt_mix64(h ^ n);
}

static void put32(wt_buf *b, uint32_t v)
{
    for (int i = 0; i < 4; i++) wt_buf_putc(b, (char)(v >> (8 * i)));
}

static void put64(wt_buf *b, uint64_t v)
{
    put32(b, (uint32_t)v);
    put32(b, (uint32_t)(v >> 32));
}

static void putstr(wt_buf *b, const char *s)
{
    size_t n = s ? strlen(s) : 0;
    put32(b, (uint32_t)n);
    wt_buf_append(b, s ? s : "", n);
}

void wt_syntax_model_write(const wt_syntax_model *m, wt_buf *out)
{
    wt_buf p;
    wt_buf_init(&p);
    putstr(&p, m->info);
    wt_buf_putc(&p, (char)m->nlabels);
    for (int i = 0; i < m->nlabels; i++) putstr(&p, m->labels[i]);
    wt_buf_putc(&p, (char)m->root_label);
    wt_buf_putc(&p, (char)m->style);
    put32(&p, (uint32_t)m->nfeatstr);
    for (int i = 0; i < m->nfeatstr; i++) putstr(&p, m->featstr[i]);
    put32(&p, (uint32_t)m->nfeatwords);
    for (size_t i = 0; i < m->nfeatwords; i++) {
        put64(&p, m->featword_key[i]);
        wt_buf_putc(&p, (char)m->featword_val[i]);
    }
    put32(&p, (uint32_t)m->nclitic);
    for (size_t i = 0; i < m->nclitic; i++) {
        put64(&p, m->clitic_key[i]);
        wt_buf_putc(&p, (char)m->clitic_upos[i]);
        wt_buf_putc(&p, (char)m->clitic_label[i]);
    }
    put32(&p, (uint32_t)m->ncluster);
    for (size_t i = 0; i < m->ncluster; i++) {
        put64(&p, m->cluster_key[i]);
        wt_buf_putc(&p, (char)(m->cluster_val[i] & 0xff));
        wt_buf_putc(&p, (char)(m->cluster_val[i] >> 8));
    }
    put32(&p, (uint32_t)m->nseen_form);
    for (size_t i = 0; i < m->nseen_form; i++) put64(&p, m->seen_form[i]);
    put32(&p, (uint32_t)m->nseen_lemma);
    for (size_t i = 0; i < m->nseen_lemma; i++) put64(&p, m->seen_lemma[i]);
    wt_pmodel_write(&m->tagger, &p);
    wt_pmodel_write(&m->parser, &p);
    wt_pmodel_write(&m->labeller, &p);

    size_t start = out->len;
    wt_buf_puts(out, WT_SYNTAX_MAGIC);
    put32(out, WT_SYNTAX_VERSION);
    put32(out, (uint32_t)p.len);
    wt_buf_append(out, p.data, p.len);
    put64(out, wt_syntax_checksum((const unsigned char *)out->data + start, out->len - start));
    wt_buf_free(&p);
}

/* ---- reading: a cursor that refuses to run past the end */

typedef struct rd { const unsigned char *p, *end; int bad; } rd;

static uint64_t get(rd *r, int bytes)
{
    if (r->bad || r->end - r->p < bytes) {
        r->bad = 1;
        return 0;
    }
    uint64_t v = 0;
    for (int i = 0; i < bytes; i++) v |= (uint64_t)r->p[i] << (8 * i);
    r->p += bytes;
    return v;
}

static char *getstr(rd *r, size_t max)
{
    uint64_t n = get(r, 4);
    if (r->bad || n > max || (uint64_t)(r->end - r->p) < n) {
        r->bad = 1;
        return NULL;
    }
    char *s = wt_xstrndup((const char *)r->p, (size_t)n);
    r->p += n;
    if (strlen(s) != n) r->bad = 1;   /* NUL inside */
    return s;
}

/* A sorted list of atoms: u32 count, u64 atom…; strictly increasing. */
static int read_atoms(rd *r, uint64_t **out, size_t *n)
{
    uint64_t k = get(r, 4);
    if (r->bad || k > (uint64_t)(r->end - r->p) / 8) return r->bad = 1, -1;
    *n = (size_t)k;
    *out = wt_xcalloc(k + 1, sizeof **out);
    for (size_t i = 0; i < k; i++) {
        (*out)[i] = get(r, 8);
        if (i && (*out)[i] <= (*out)[i - 1]) return -1;
    }
    return 0;
}

static int read_tables(wt_syntax_model *m, rd *r, const char **err)
{
    m->info = getstr(r, 1 << 16);
    m->nlabels = (int)get(r, 1);
    if (r->bad || m->nlabels < 1 || m->nlabels > WT_MAX_LABELS) return *err = "bad label count", -1;
    for (int i = 0; i < m->nlabels; i++)
        if (!(m->labels[i] = getstr(r, 64)) || !m->labels[i][0]) return *err = "bad label name", -1;
    m->root_label = (int)get(r, 1);
    if (r->bad || m->root_label >= m->nlabels) return *err = "bad root label", -1;
    m->style = (int)get(r, 1);
    if (r->bad || m->style >= WT_STYLE_COUNT) return *err = "bad annotation style", -1;
    m->punct_label = wt_syntax_label_index(m, "punct");
    uint64_t nfs = get(r, 4);
    if (r->bad || nfs > 255) return *err = "bad feature-string count", -1;
    m->featstr = wt_xcalloc(nfs + 1, sizeof *m->featstr);
    for (m->nfeatstr = 0; m->nfeatstr < (int)nfs; m->nfeatstr++)
        if (!(m->featstr[m->nfeatstr] = getstr(r, 256))) return *err = "bad feature string", -1;
    uint64_t nfw = get(r, 4);
    if (r->bad || nfw > (uint64_t)(r->end - r->p) / 9) return *err = "bad feature-word count", -1;
    m->nfeatwords = (size_t)nfw;
    m->featword_key = wt_xcalloc(nfw + 1, sizeof *m->featword_key);
    m->featword_val = wt_xcalloc(nfw + 1, 1);
    for (size_t i = 0; i < nfw; i++) {
        m->featword_key[i] = get(r, 8);
        m->featword_val[i] = (uint8_t)get(r, 1);
        if (m->featword_val[i] >= nfs || (i && m->featword_key[i] <= m->featword_key[i - 1]))
            return *err = "feature words out of order or out of range", -1;
    }
    uint64_t ncl = get(r, 4);
    if (r->bad || ncl > (uint64_t)(r->end - r->p) / 10) return *err = "bad clitic count", -1;
    m->nclitic = (size_t)ncl;
    m->clitic_key = wt_xcalloc(ncl + 1, sizeof *m->clitic_key);
    m->clitic_upos = wt_xcalloc(ncl + 1, 1);
    m->clitic_label = wt_xcalloc(ncl + 1, 1);
    for (size_t i = 0; i < ncl; i++) {
        m->clitic_key[i] = get(r, 8);
        m->clitic_upos[i] = (uint8_t)get(r, 1);
        m->clitic_label[i] = (uint8_t)get(r, 1);
        if ((m->clitic_upos[i] & 0x7f) >= WT_UPOS_COUNT || m->clitic_label[i] >= m->nlabels ||
            (i && m->clitic_key[i] <= m->clitic_key[i - 1]))
            return *err = "clitic table out of order or out of range", -1;
    }
    uint64_t ncw = get(r, 4);
    if (r->bad || ncw > (uint64_t)(r->end - r->p) / 10) return *err = "bad word-class count", -1;
    m->ncluster = (size_t)ncw;
    m->cluster_key = wt_xcalloc(ncw + 1, sizeof *m->cluster_key);
    m->cluster_val = wt_xcalloc(ncw + 1, sizeof *m->cluster_val);
    for (size_t i = 0; i < ncw; i++) {
        m->cluster_key[i] = get(r, 8);
        unsigned fine = (unsigned)get(r, 1), coarse = (unsigned)get(r, 1);
        m->cluster_val[i] = (uint16_t)(fine | coarse << 8);
        if (!fine || !coarse || (i && m->cluster_key[i] <= m->cluster_key[i - 1]))
            return *err = "word classes out of order or out of range", -1;
    }
    if (read_atoms(r, &m->seen_form, &m->nseen_form) || read_atoms(r, &m->seen_lemma, &m->nseen_lemma))
        return *err = "bad or unsorted list of training words", -1;
    if (r->bad) return *err = "truncated model", -1;
    wt_pmodel *tabs[3] = {&m->tagger, &m->parser, &m->labeller};
    int classes[3] = {WT_UPOS_COUNT, 3, m->nlabels};
    for (int i = 0; i < 3; i++) {
        if (wt_pmodel_read(tabs[i], &r->p, r->end, err)) return -1;
        if (tabs[i]->nclass != classes[i]) return *err = "weight table has the wrong number of classes", -1;
    }
    if (r->p != r->end) return *err = "bytes left over after the weight tables", -1;
    return 0;
}

int wt_syntax_model_read(wt_syntax_model *m, const unsigned char *data, size_t len,
                         const char **err)
{
    wt_syntax_model_init(m);
    size_t ml = strlen(WT_SYNTAX_MAGIC);
    if (len < ml + 16 || memcmp(data, WT_SYNTAX_MAGIC, ml)) return *err = "not a warta parser model", -1;
    rd r = {data + ml, data + len - 8, 0};
    uint64_t version = get(&r, 4), plen = get(&r, 4);
    if (version != WT_SYNTAX_VERSION) return *err = "unsupported model version (retrain with `make model`)", -1;
    if (plen != (uint64_t)(r.end - r.p)) return *err = "model length does not match (truncated?)", -1;
    rd t = {data + len - 8, data + len, 0};
    if (get(&t, 8) != wt_syntax_checksum(data, len - 8)) return *err = "model checksum mismatch (corrupt file)", -1;
    if (read_tables(m, &r, err)) {
        wt_syntax_model_free(m);
        return -1;
    }
    wt_syntax_index_words(m);
    return 0;
}

static long find_key(const uint64_t *keys, size_t n, uint64_t k)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (keys[mid] < k) lo = mid + 1;
        else hi = mid;
    }
    return lo < n && keys[lo] == k ? (long)lo : -1;
}

uint64_t wt_syntax_clitic_key(uint64_t form, int host_tag, uint32_t host_morph)
{
    return wt_mix64(form + (uint64_t)host_tag + (host_morph & WT_M_MEN ? 500 : 0));
}

/* The table entry of a clitic after a host: exact host tag and voice, else
 * any host. */
static long clitic_entry(const wt_syntax_model *m, uint64_t form, int host_tag, uint32_t host_morph)
{
    long i = find_key(m->clitic_key, m->nclitic, wt_syntax_clitic_key(form, host_tag, host_morph));
    if (i < 0) i = find_key(m->clitic_key, m->nclitic, wt_mix64(form + 999));
    return i;
}

void wt_syntax_split(const wt_syntax_model *m, const uint64_t *forms, int k, int tok_tag,
                     uint32_t host_morph, int *part_head, int *part_label, int *part_upos)
{
    int head_part = 0;
    for (int j = 1; j < k; j++) {
        long e = clitic_entry(m, forms[j], tok_tag, host_morph);
        if (e >= 0 && (m->clitic_upos[e] & 0x80)) { head_part = j; break; }
    }
    for (int j = 0; j < k; j++) {
        part_head[j] = -1;
        part_label[j] = part_upos[j] = -1;
        if (j == head_part) continue;          /* takes the token's head, label, tag */
        part_head[j] = head_part;
        long e = j ? clitic_entry(m, forms[j], tok_tag, host_morph)
                   : clitic_entry(m, forms[head_part], tok_tag, host_morph);
        if (e >= 0) {
            /* a flagged entry describes the host under its clitic */
            part_upos[j] = m->clitic_upos[e] & 0x7f;
            part_label[j] = m->clitic_label[e];
        } else {
            part_upos[j] = WT_UPOS_X;
            part_label[j] = wt_syntax_label_index(m, "dep");
        }
    }
}

const char *wt_syntax_featword(const wt_syntax_model *m, uint64_t form)
{
    long i = find_key(m->featword_key, m->nfeatwords, form);
    return i < 0 ? NULL : m->featstr[m->featword_val[i]];
}

/* ---- the word index */

static size_t word_slot(const wt_syntax_model *m, uint64_t k)
{
    size_t i = (size_t)(k >> 7) & m->word_mask;
    while (m->word_key[i] && m->word_key[i] != k) i = (i + 1) & m->word_mask;
    return i;
}

static void index_add(wt_syntax_model *m, uint64_t k, uint32_t bits)
{
    if (!k) return;                 /* 0 marks an empty slot; no atom is 0 in practice */
    size_t i = word_slot(m, k);
    m->word_key[i] = k;
    m->word_val[i] |= bits;
}

void wt_syntax_index_words(wt_syntax_model *m)
{
    size_t n = m->nseen_form + m->nseen_lemma + m->ncluster, cap = 64;
    while (cap < 2 * n) cap *= 2;
    free(m->word_key);
    free(m->word_val);
    m->word_key = wt_xcalloc(cap, sizeof *m->word_key);
    m->word_val = wt_xcalloc(cap, sizeof *m->word_val);
    m->word_mask = (uint32_t)(cap - 1);
    for (size_t i = 0; i < m->nseen_form; i++) index_add(m, m->seen_form[i], WT_WORD_SEEN_FORM);
    for (size_t i = 0; i < m->nseen_lemma; i++) index_add(m, m->seen_lemma[i], WT_WORD_SEEN_LEMMA);
    for (size_t i = 0; i < m->ncluster; i++)
        index_add(m, m->cluster_key[i], WT_WORD_CLASS | (uint32_t)m->cluster_val[i] << 8);
}

/* What the model knows of an atom (WT_WORD_* | class << 8); 0 nothing. */
static uint32_t word_info(const wt_syntax_model *m, uint64_t k)
{
    if (!m->word_key) {
        uint32_t v = (find_key(m->seen_form, m->nseen_form, k) >= 0 ? WT_WORD_SEEN_FORM : 0) |
                     (find_key(m->seen_lemma, m->nseen_lemma, k) >= 0 ? WT_WORD_SEEN_LEMMA : 0);
        long c = find_key(m->cluster_key, m->ncluster, k);
        return c >= 0 ? v | WT_WORD_CLASS | (uint32_t)m->cluster_val[c] << 8 : v;
    }
    size_t i = word_slot(m, k);
    return m->word_key[i] ? m->word_val[i] : 0;
}

uint32_t wt_syntax_cluster(const wt_syntax_model *m, uint64_t form)
{
    uint32_t v = word_info(m, form);
    return v & WT_WORD_CLASS ? v >> 8 : 0;
}

void wt_syntax_mark_unseen(const wt_syntax_model *m, wt_psent *s)
{
    for (size_t i = 1; i < s->w.len; i++) {
        wt_pword *w = &s->w.items[i];
        w->unseen = (word_info(m, w->form) & WT_WORD_SEEN_FORM ? 0 : WT_UNSEEN_FORM) |
                    (word_info(m, w->lemma) & WT_WORD_SEEN_LEMMA ? 0 : WT_UNSEEN_LEMMA);
    }
}

void wt_syntax_know_words(const wt_syntax_model *m, wt_psent *s)
{
    /* the index is megabytes and a sentence's words are spread over it:
     * all their slots are asked for first, so the misses overlap */
    if (m->word_key)
        for (size_t i = 1; i < s->w.len; i++) {
            const wt_pword *w = &s->w.items[i];
            size_t a = (size_t)(w->form >> 7) & m->word_mask, b = (size_t)(w->lemma >> 7) & m->word_mask;
            __builtin_prefetch(&m->word_key[a]);
            __builtin_prefetch(&m->word_val[a]);
            __builtin_prefetch(&m->word_key[b]);
            __builtin_prefetch(&m->word_val[b]);
        }
    for (size_t i = 1; i < s->w.len; i++) {
        wt_pword *w = &s->w.items[i];
        uint32_t form = word_info(m, w->form), lemma = word_info(m, w->lemma);
        w->clus = form & WT_WORD_CLASS ? form >> 8 : 0;
        w->unseen = (form & WT_WORD_SEEN_FORM ? 0 : WT_UNSEEN_FORM) |
                    (lemma & WT_WORD_SEEN_LEMMA ? 0 : WT_UNSEEN_LEMMA);
    }
}

void wt_syntax_clear_unseen(wt_psent *s)
{
    for (size_t i = 0; i < s->w.len; i++) s->w.items[i].unseen = 0;
}
