/* test_parse.c — the syntax stage's pieces: CoNLL-U checks (one table of
 * malformed inputs, each with the line it is reported on), the dynamic
 * oracle (following zero-cost transitions rebuilds any projective tree),
 * perceptron training on a toy problem, the model file's round trip and
 * its refusal of every truncation and of a flipped byte. */
#include "check.h"
#include "parse/conllu.h"
#include "parse/syntax.h"

static const struct { const char *text; int ok; unsigned line; } conllu_cases[] = {
    {"1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n", 1, 0},
    {"# c\n1\tA\ta\tNOUN\t_\t_\t2\tnsubj\t_\t_\n2\tb\tb\tVERB\t_\t_\t0\troot\t_\t_\n", 1, 0},
    {"1-2\tAB\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n2\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n", 1, 0},
    {"1\tA\ta\tNOUN\t_\t_\t0\troot\t_\n", 0, 1},                                  /* 9 columns */
    {"1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\t_\n", 0, 1},                            /* 11 */
    {"1\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n3\tB\tb\tX\t_\t_\t1\tdep\t_\t_\n", 0, 2}, /* gap */
    {"1\tA\ta\tNOUN\t_\t_\t5\troot\t_\t_\n", 0, 1},                               /* head out */
    {"1\tA\ta\tNOUN\t_\t_\t1\troot\t_\t_\n", 0, 1},                               /* self */
    {"1\tA\ta\tNOUN\t_\t_\tx\troot\t_\t_\n", 0, 1},                               /* head text */
    {"x\tA\ta\tNOUN\t_\t_\t0\troot\t_\t_\n", 0, 1},                               /* bad id */
    {"2-1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", 0, 1},   /* range */
    {"1-3\tA\t_\t_\t_\t_\t_\t_\t_\t_\n1\tA\ta\tX\t_\t_\t0\troot\t_\t_\n", 0, 1},   /* past end */
    {"1\tA\t\tNOUN\t_\t_\t0\troot\t_\t_\n", 0, 1},                                /* empty col */
    {"# only a comment\n", 0, 1},
};

static unsigned last_line;
static void capture(void *u, int sev, const char *where, const char *msg)
{
    (void)u; (void)sev; (void)msg;
    const char *colon = strrchr(where, ':');
    last_line = colon ? (unsigned)atoi(colon + 1) : 0;
}

static void test_conllu(void)
{
    wt_diag d;
    wt_diag_init(&d);
    d.fn = capture;
    wt_conllu_sent s;
    wt_conllu_sent_init(&s);
    for (size_t i = 0; i < sizeof conllu_cases / sizeof *conllu_cases; i++) {
        last_line = 0;
        int rc = wt_conllu_parse_block(conllu_cases[i].text, strlen(conllu_cases[i].text), "t", &d, &s);
        if ((rc == 0) != conllu_cases[i].ok) fprintf(stderr, "conllu case %zu\n", i);
        CHECK_INT(rc == 0, conllu_cases[i].ok);
        if (!conllu_cases[i].ok) CHECK_INT(last_line, conllu_cases[i].line);
    }
    CHECK(wt_conllu_parse_block(conllu_cases[2].text, strlen(conllu_cases[2].text), "t", &d, &s) == 0);
    CHECK_INT(s.rows.len, 3);
    CHECK_INT(s.words.len, 2);
    CHECK_INT(s.rows.items[0].kind, WT_ROW_MWT);
    CHECK_STR(s.rows.items[2].col[WT_CU_DEPREL], "dep");
    wt_conllu_sent_free(&s);
}

/* A sentence of n words with the given heads and labels 0/1. */
static void toy_sentence(wt_psent *s, int n, uint64_t salt)
{
    wt_psent_reset(s);
    for (int i = 1; i <= n; i++) {
        char w[16];
        int len = snprintf(w, sizeof w, "w%llu", (unsigned long long)((salt + (uint64_t)i * 7) % 50));
        wt_pword_set(wt_psent_add(s), w, (size_t)len, w, (size_t)len, w, (size_t)len, 0, i == 1);
        s->w.items[i].tag = i % WT_UPOS_COUNT;
    }
}

/* Random projective tree over 1..n (each word takes a head that keeps the
 * tree projective: built by recursive splitting). */
static void proj_tree(int lo, int hi, int parent, int *gh, uint64_t *rng)
{
    if (lo > hi) return;
    int root = lo + (int)(wt_xorshift(rng) % (uint64_t)(hi - lo + 1));
    gh[root] = parent;
    proj_tree(lo, root - 1, root, gh, rng);
    proj_tree(root + 1, hi, root, gh, rng);
}

static void test_oracle(void)
{
    wt_ptrain p, l;
    wt_ptrain_init(&p, 3);
    wt_ptrain_init(&l, 2);
    wt_psent s = {0};
    uint64_t rng = 12345;
    int all_right = 1;
    for (int t = 0; t < 200; t++) {
        int n = 1 + (int)(wt_xorshift(&rng) % 25);
        int gh[32], gl[32];
        proj_tree(1, n, 0, gh, &rng);
        for (int i = 1; i <= n; i++) gl[i] = gh[i] == 0 ? 0 : 1;
        toy_sentence(&s, n, (uint64_t)t);
        /* no exploration: the oracle's own path must rebuild the tree */
        wt_parser_train_opts o = {0.0, &rng};
        int right = wt_parser_train(&p, &l, 0, &s, gh, gl, &o);
        if (right != n) all_right = 0;
        int roots = 0;
        for (int i = 1; i <= n; i++) roots += s.w.items[i].head == 0;
        CHECK_INT(roots, 1);
    }
    CHECK(all_right);
    /* with exploration the parser still ends with one tree */
    for (int t = 0; t < 50; t++) {
        int n = 2 + (int)(wt_xorshift(&rng) % 20), gh[32], gl[32];
        proj_tree(1, n, 0, gh, &rng);
        for (int i = 1; i <= n; i++) gl[i] = gh[i] == 0 ? 0 : 1;
        toy_sentence(&s, n, (uint64_t)t + 99);
        wt_parser_train_opts o = {1.0, &rng};
        wt_parser_train(&p, &l, 0, &s, gh, gl, &o);
        int attached = 0;
        for (int i = 1; i <= n; i++) attached += s.w.items[i].head >= 0 && s.w.items[i].head <= n;
        CHECK_INT(attached, n);
    }
    wt_psent_free(&s);
    wt_ptrain_free(&p);
    wt_ptrain_free(&l);
}

/* A perceptron learns "class = feature % 3" and keeps it through the
 * model file. */
static void test_model_file(void)
{
    wt_ptrain p;
    wt_ptrain_init(&p, 3);
    for (int e = 0; e < 5; e++)
        for (uint64_t x = 1; x <= 300; x++) {
            uint64_t f[1] = {wt_feat(1, x, 0, 0)};
            float sc[3];
            wt_ptrain_score(&p, f, 1, sc);
            int g = sc[1] > sc[0] ? (sc[2] > sc[1] ? 2 : 1) : (sc[2] > sc[0] ? 2 : 0);
            wt_ptrain_tick(&p);
            wt_ptrain_update(&p, f, 1, (int)(x % 3), g);
        }
    wt_syntax_model m;
    wt_syntax_model_init(&m);
    wt_pmodel_from_train(&m.tagger, &p, 1e-6f, 0);
    wt_ptrain_free(&p);
    /* the tagger table must have 17 classes for the file to be valid */
    wt_ptrain t17, t3, tl;
    wt_ptrain_init(&t17, WT_UPOS_COUNT);
    wt_ptrain_init(&t3, 3);
    wt_ptrain_init(&tl, 2);
    uint64_t f1[1] = {wt_feat(9, 1, 0, 0)};
    wt_ptrain_tick(&t17); wt_ptrain_update(&t17, f1, 1, 4, 0);
    wt_ptrain_tick(&t3); wt_ptrain_update(&t3, f1, 1, 2, 0);
    wt_ptrain_tick(&tl); wt_ptrain_update(&tl, f1, 1, 1, 0);
    wt_pmodel_free(&m.tagger);
    wt_pmodel_from_train(&m.tagger, &t17, 1e-6f, 0);
    wt_pmodel_from_train(&m.parser, &t3, 1e-6f, 0);
    wt_pmodel_from_train(&m.labeller, &tl, 1e-6f, 0);
    wt_ptrain_free(&t17); wt_ptrain_free(&t3); wt_ptrain_free(&tl);
    m.nlabels = 2;
    m.labels[0] = strdup("root");
    m.labels[1] = strdup("nsubj");
    m.root_label = 0;
    m.info = strdup("test model");
    wt_buf b;
    wt_buf_init(&b);
    wt_syntax_model_write(&m, &b);

    wt_syntax_model r;
    const char *err = NULL;
    CHECK_INT(wt_syntax_model_read(&r, (const unsigned char *)b.data, b.len, &err), 0);
    CHECK_STR(r.info, "test model");
    CHECK_STR(r.labels[1], "nsubj");
    wt_pscore sa[WT_PT_MAXCLASS], sb[WT_PT_MAXCLASS];
    wt_pmodel_score(&m.tagger, f1, 1, sa);
    wt_pmodel_score(&r.tagger, f1, 1, sb);
    CHECK(memcmp(sa, sb, (size_t)m.tagger.stride * sizeof *sa) == 0);
    wt_syntax_model_free(&r);

    int refused = 1;
    for (size_t cut = 0; cut < b.len; cut++) {
        if (wt_syntax_model_read(&r, (const unsigned char *)b.data, cut, &err) == 0) {
            refused = 0;
            wt_syntax_model_free(&r);
        }
    }
    CHECK(refused);
    int flips_refused = 1;
    for (size_t i = 0; i < b.len; i += 3) {
        b.data[i] ^= 0x10;
        if (wt_syntax_model_read(&r, (const unsigned char *)b.data, b.len, &err) == 0) {
            flips_refused = 0;
            wt_syntax_model_free(&r);
        }
        b.data[i] ^= 0x10;
    }
    CHECK(flips_refused);
    wt_buf_free(&b);
    wt_syntax_model_free(&m);
}

/* Punctuation by warta's convention: a comma before a conjunct hangs from
 * the conjunct, a comma after a fronted phrase from that phrase, the final
 * full stop from the root; a mark something depends on stays put. */
static void test_punct(void)
{
    /* 1 Polisi 2 , 3 tentara 4 dan 5 warga 6 datang 7 .
     * conj: tentara(3) <- Polisi(1); warga(5) <- Polisi(1); datang root */
    int h[8] = {0, 6, 6, 1, 5, 1, 0, 1};
    int p[8] = {0, 0, 1, 0, 0, 0, 0, 1};
    wt_punct_attach(h, p, 7);
    CHECK_INT(h[2], 3);      /* sets off the conjunct after it */
    CHECK_INT(h[7], 6);      /* final mark: the largest phrase before it */
    /* 1 Kemarin 2 , 3 dia 4 datang 5 . : fronted adverbial */
    int h2[6] = {0, 4, 1, 4, 0, 1};
    int p2[6] = {0, 0, 1, 0, 0, 1};
    wt_punct_attach(h2, p2, 5);
    CHECK_INT(h2[2], 1);
    CHECK_INT(h2[5], 4);
    /* a mark with a dependent is not moved */
    int h3[4] = {0, 0, 1, 2};
    int p3[4] = {0, 0, 1, 0};
    wt_punct_attach(h3, p3, 3);
    CHECK_INT(h3[2], 1);
    CHECK_INT(h3[3], 2);
    /* punctuation alone */
    int h4[3] = {0, 0, 1};
    int p4[3] = {0, 1, 1};
    wt_punct_attach(h4, p4, 2);
    CHECK_INT(h4[1], 0);
    CHECK_INT(h4[2], 1);
}

/* A word the model never saw in training has no weight in any feature, so
 * flagging it unseen (the run-time shortcut that keeps its features in the
 * cache) must leave tags, heads and labels exactly as they were; a seen word
 * flagged unseen would change them. */
static void mixed_sentence(wt_psent *s, int n, uint64_t salt)
{
    wt_psent_reset(s);
    for (int i = 1; i <= n; i++) {
        char w[16];
        int len = (salt + (uint64_t)i) % 3 ? snprintf(w, sizeof w, "w%llu", (unsigned long long)((salt + (uint64_t)i * 7) % 50))
                                           : snprintf(w, sizeof w, "new%d", i);
        wt_pword_set(wt_psent_add(s), w, (size_t)len, w, (size_t)len, w, (size_t)len, 0, i == 1);
    }
}

static void test_unseen(void)
{
    wt_ptrain tg, p, l;
    wt_ptrain_init(&tg, WT_UPOS_COUNT);
    wt_ptrain_init(&p, 3);
    wt_ptrain_init(&l, 2);
    wt_psent s = {0};
    uint64_t rng = 777;
    for (int t = 0; t < 300; t++) {
        int n = 2 + (int)(wt_xorshift(&rng) % 15), gh[32], gl[32];
        proj_tree(1, n, 0, gh, &rng);
        for (int i = 1; i <= n; i++) gl[i] = gh[i] == 0 ? 0 : 1;
        toy_sentence(&s, n, (uint64_t)t);
        wt_tagger_train(&tg, &s);
        wt_parser_train_opts o = {0.5, &rng};
        wt_parser_train(&p, &l, 0, &s, gh, gl, &o);
    }
    wt_syntax_model m;
    wt_syntax_model_init(&m);
    wt_pmodel_from_train(&m.tagger, &tg, 1e-6f, 0);
    wt_pmodel_from_train(&m.parser, &p, 1e-6f, 0);
    wt_pmodel_from_train(&m.labeller, &l, 1e-6f, 0);
    m.nlabels = 2;
    m.root_label = 0;
    /* the training words w0..w49 (forms and lemmas alike) */
    m.seen_form = calloc(50, sizeof *m.seen_form);
    for (int k = 0; k < 50; k++) {
        char w[16];
        m.seen_form[k] = wt_atom(w, (size_t)snprintf(w, sizeof w, "w%d", k));
    }
    for (int a = 0; a < 50; a++)          /* sorted, as the model file keeps them */
        for (int b = a + 1; b < 50; b++)
            if (m.seen_form[b] < m.seen_form[a]) {
                uint64_t x = m.seen_form[a]; m.seen_form[a] = m.seen_form[b]; m.seen_form[b] = x;
            }
    m.nseen_form = m.nseen_lemma = 50;
    m.seen_lemma = calloc(50, sizeof *m.seen_lemma);
    memcpy(m.seen_lemma, m.seen_form, 50 * sizeof *m.seen_lemma);
    int same = 1, flagged = 0, differs_if_wrong = 0;
    for (int t = 0; t < 100; t++) {
        int n = 3 + t % 20, tag[32], head[32], label[32];
        mixed_sentence(&s, n, (uint64_t)t);
        wt_tagger_tag(&m.tagger, &s);
        wt_parser_parse(&m, &s);
        for (int i = 1; i <= n; i++) {
            tag[i] = s.w.items[i].tag;
            head[i] = s.w.items[i].head;
            label[i] = s.w.items[i].label;
        }
        wt_syntax_mark_unseen(&m, &s);
        for (int i = 1; i <= n; i++) flagged += s.w.items[i].unseen == (WT_UNSEEN_FORM | WT_UNSEEN_LEMMA);
        wt_tagger_tag(&m.tagger, &s);
        wt_parser_parse(&m, &s);
        for (int i = 1; i <= n; i++)
            if (s.w.items[i].tag != tag[i] || s.w.items[i].head != head[i] || s.w.items[i].label != label[i])
                same = 0;
        /* every word flagged, seen ones too: the weights of the seen words are lost */
        for (int i = 1; i <= n; i++) s.w.items[i].unseen = WT_UNSEEN_FORM | WT_UNSEEN_LEMMA;
        wt_tagger_tag(&m.tagger, &s);
        for (int i = 1; i <= n; i++) differs_if_wrong |= s.w.items[i].tag != tag[i];
    }
    CHECK(same);
    CHECK(flagged > 100);
    CHECK(differs_if_wrong);
    /* the word index a model read from its file builds answers as the
     * sorted lists do */
    wt_syntax_index_words(&m);
    uint64_t *key = m.word_key;
    int index_same = 1;
    for (int t = 0; t < 40; t++) {
        int n = 3 + t % 20;
        uint32_t listed[32];
        mixed_sentence(&s, n, (uint64_t)t);
        m.word_key = NULL;
        wt_syntax_mark_unseen(&m, &s);
        for (int i = 1; i <= n; i++) listed[i] = s.w.items[i].unseen;
        m.word_key = key;
        wt_syntax_mark_unseen(&m, &s);
        for (int i = 1; i <= n; i++) index_same &= s.w.items[i].unseen == listed[i];
    }
    CHECK(index_same);
    wt_psent_free(&s);
    wt_syntax_model_free(&m);
    wt_ptrain_free(&tg);
    wt_ptrain_free(&p);
    wt_ptrain_free(&l);
}

/* A table big enough that some features share a slot chain and a 16-bit
 * fingerprint (the parser's inline table drops the second): it still
 * writes and reads back whole, and scores as it did before writing. */
static void test_big_table(void)
{
    for (int nclass = 3; nclass <= 20; nclass += 17) {
        wt_ptrain p;
        wt_ptrain_init(&p, nclass);
        for (int pass = 0; pass < 2; pass++)     /* twice: no averaged weight near 0 */
            for (uint64_t x = 1; x <= 120000; x++) {
                uint64_t f[1] = {wt_feat(3, x, 0, 0)};
                wt_ptrain_tick(&p);
                wt_ptrain_update(&p, f, 1, (int)(x % (uint64_t)nclass), (int)((x + 1) % (uint64_t)nclass));
            }
        wt_pmodel m, r;
        wt_pmodel_from_train(&m, &p, 1e-6f, 0);
        wt_ptrain_free(&p);
        CHECK(m.nfeat > 100000 && m.nfeat <= 120000);
        wt_buf b;
        wt_buf_init(&b);
        wt_pmodel_write(&m, &b);
        const unsigned char *at = (const unsigned char *)b.data;
        const char *err = NULL;
        CHECK_INT(wt_pmodel_read(&r, &at, at + b.len, &err), 0);
        int same = 1;
        for (uint64_t x = 1; x <= 120000; x += 97) {
            uint64_t f[1] = {wt_feat(3, x, 0, 0)};
            wt_pscore a[WT_PT_MAXCLASS], c[WT_PT_MAXCLASS];
            wt_pmodel_score(&m, f, 1, a);
            wt_pmodel_score(&r, f, 1, c);
            same &= memcmp(a, c, (size_t)m.stride * sizeof *a) == 0;
        }
        CHECK(same);
        wt_pmodel_free(&r);
        /* a slot index past the table (here the largest u32, which a
         * careless bound check wraps to 0) is refused, not written */
        size_t first = 20 + ((size_t)m.nw + 1) / 2 * 4;
        memset(b.data + first, 0xff, 4);
        at = (const unsigned char *)b.data;
        CHECK_INT(wt_pmodel_read(&r, &at, at + b.len, &err), -1);
        wt_pmodel_free(&m);
        wt_buf_free(&b);
    }
}

int main(void)
{
    test_big_table();
    test_unseen();
    test_conllu();
    test_punct();
    test_oracle();
    test_model_file();
    return check_done("test_parse");
}
