/* idcoder.c — the Indonesian event coder (see idcoder.h): setup, the
 * per-article and per-sentence loop that runs the stages in order, and
 * the coverage statistics. The stages live one per file, so a rule is
 * found by its file's name:
 *   words.c    word lists and the per-spelling word cache
 *   verbs.c    event words and their codes
 *   actors.c   actor mentions, noun phrases, titles, names, the main
 *              country, pronouns and plural references
 *   grammar.c  subject, target, passive agent, nominal and modal rules
 *   events.c   building and emitting events, places, the explain trace
 * idgrammar.h holds the structures they share and how the grammar reads
 * a sentence. */
#include "code/id/idgrammar.h"
#include "parse/parse.h"

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
    id_dict_finish(&d);
    wt_idcoder *c = wt_idcoder_from_dict(&d);
    c->data_dir = wt_xstrdup(data_dir);
    /* the grammar's closed classes: without them it cannot read a clause */
    char *classes = wt_path_join(dir, "word-classes.txt");
    free(dir);
    int bad = idg_load_word_classes(c, classes, diag);
    free(classes);
    if (bad < 0) {
        wt_idcoder_free(c);
        return NULL;
    }
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
    wt_psent_free(&c->psent);
    id_dict_free(&c->dict);
    free(c);
}

const id_dict *wt_idcoder_dict(const wt_idcoder *c) { return &c->dict; }
void wt_idcoder_set_explain(wt_idcoder *c, FILE *f) { c->explain = f; }
void wt_idcoder_set_mention_fn(wt_idcoder *c, wt_idmention_fn fn, void *user)
{
    c->mention_fn = fn;
    c->mention_user = user;
}

/* Hands the sentence's own mentions to the mention callback (a party of
 * the sentence before, standing in for a pronoun, is that sentence's). */
static void report_mentions(wt_idcoder *c, const wt_sentence *s, int index)
{
    if (!c->mention_fn) return;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (m->outside.end > m->outside.start) continue;
        /* an unresolved head replaced by the members of the list it
         * refers to (kedua negara → one mention per country) */
        if (!m->code[0] && c->w[m->first].mention != k) continue;
        wt_idmention r = {
            .para = c->doc->paras.items[s->para].index,
            .sent = index,
            .span = { c->w[m->first].t->span.start, c->w[m->last].t->span.end },
            .text = idg_mention_text(c, m),
            .code = m->code[0] ? m->code : NULL,
            .rule_file = m->rule_file ? idg_rule_path(c, m->rule_file) : NULL,
            .rule_line = m->rule_line,
            .context = m->home,
            .pronoun = m->pronoun,
            .possessive = m->possessive,
        };
        c->mention_fn(c->mention_user, c->doc, &r);
    }
}
void wt_idcoder_set_lemmatizer(wt_idcoder *c, wt_lemmatizer *lz) { c->lemmatizer = lz; }
void wt_idcoder_set_syntax(wt_idcoder *c, const wt_syntax_model *m)
{
    c->syntax = m;
    idg_map_relations(c);
}
void wt_idcoder_set_stats(wt_idcoder *c, wt_idstats *s) { c->stats = s; }
void wt_idcoder_set_probe(wt_idcoder *c, wt_idprobe_fn fn, void *arg)
{
    c->probe = fn;
    c->probe_arg = arg;
}

static int sentence_is_question(const wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind == W_PUNCT && c->w[i].norm[0] == '?' && !(c->w[i].t->flags & WT_TF_IN_QUOTE)) return 1;
        if (c->w[i].kind == W_OTHER && isc(&c->w[i], W2_QUESTION_WORDS)) return 1;
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
    char low[16];
    size_t sl = strlen(q->speaker);
    for (size_t i = 0; i < sl && i + 1 < sizeof low; i++) low[i] = (char)tolower((unsigned char)q->speaker[i]);
    low[sl < sizeof low ? sl : sizeof low - 1] = '\0';
    if (sl < sizeof low && (idg_word_class(c, low) & WC_PRONOUNS)) {
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

void idg_load_sentence(wt_idcoder *c, const wt_sentence *s)
{
    c->nw = 0;
    for (uint32_t k = 0; k < s->tok_count && c->nw < MAXW; k++) {
        const wt_token *t = &c->doc->toks.items[s->tok_first + k];
        const idword *info = c->tokw.items[s->tok_first + k];
        idw *x = &c->w[c->nw++];
        uint8_t kind = t->kind == WT_TOK_QUOTE ? W_QUOTE :
                       (t->kind == WT_TOK_PUNCT || t->kind == WT_TOK_SYMBOL) ? W_PUNCT : W_OTHER;
        *x = (idw){ .t = t, .info = info, .norm = t->norm ? t->norm : "", .wc = info->wc, .wc2 = info->wc2, .len = info->len,
                    .numeral = info->numeral, .kind = kind, .is_verbish = kind == W_OTHER && info->verbish,
                    .mention = -1, .head = -1, .rel = R_NONE };
    }
    c->parsed = 0;
}

/* The sentence's tree, read into c->w: parsed now unless the whole article
 * was parsed with the coder's model already. Only sentences with an event
 * word and an actor are parsed: the tree is read for nothing else, and the
 * parser costs more than the rest of the coder. A head beyond the words
 * kept (MAXW) is no head. */
static void load_tree(wt_idcoder *c, size_t si)
{
    c->parsed = 0;
    if (!c->syntax || c->nv == 0 || c->nm == 0) return;
    if (c->doc->syntax != c->syntax) wt_parse_sentence(c->syntax, c->doc, si, &c->psent);
    c->parsed = 1;
    for (int i = 0; i < c->nw; i++) {
        const wt_token *t = c->w[i].t;
        c->w[i].head = t->head > 0 && t->head <= c->nw ? (int16_t)(t->head - 1) : -1;
        c->w[i].rel = t->head == 0 ? R_ROOT : t->deprel < WT_MAX_LABELS ? c->relmap[t->deprel] : R_OTHER;
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
        /* how the code was found: the dictionary entry, and where a bare
         * role's country came from (the article's, the quote speaker's) */
        const char *ctx = m->home == 1 ? " context-country" : m->home == 2 ? " speaker-country" : m->home == 3 ? " apposition"
                          : m->possessive ? " possessive" : "";
        fprintf(c->explain, "    actor '%s' = %s%s%s group=%d", idg_mention_text(c, m),
                m->code[0] ? m->code : "(unresolved)", m->pronoun == 1 ? " (speaker)" : m->pronoun == 2 ? " (antecedent)" : "",
                m->prep >= 0 ? " after-prep" : "", m->group);
        if (m->rule_file) fprintf(c->explain, " %s:%u", idg_rule_path(c, m->rule_file), m->rule_line);
        fprintf(c->explain, "%s\n", ctx);
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

/* check-dict --coverage: predicates (meN-, di-, ber-, ter- forms) and
 * event nouns (peN-an, per-an, ke-an, -an) of a sentence with two coded
 * actors that start no lexicon entry and lie inside no event word. */
static void count_uncovered(wt_idcoder *c)
{
    wt_idstats *st = c->stats;
    int coded = 0;
    for (int k = 0; k < c->nm; k++) coded += c->m[k].code[0] != 0;
    if (coded < 2) return;
    int k = 0;
    for (int i = 0; i < c->nw; i++) {
        while (k < c->nv && c->v[k].pat_last < i) k++;
        if (k < c->nv && c->v[k].word <= i) continue;      /* part of an event word */
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0 || x->len < 4 || !has_lemma(x->t)) continue;
        /* the grammar's own words (light verbs, modals, speech, denials,
         * conditionals …) are no gaps of the lexicon */
        if (WC(x, WC_ALL_PREPS) || WC(x, WC_CLAUSE_BREAKS) || WC(x, WC_MODALS) || WC(x, WC_COORD) ||
            WC(x, WC_SPEECH_VERBS) || WC(x, WC_STOP_WORDS) || WC(x, WC_LIGHT_VERBS) || WC(x, WC_RECEIVE_VERBS) ||
            WC(x, WC_DEONTIC) || WC(x, WC_DENIALS) || WC(x, WC_CONDITIONALS) || WC(x, WC_NEGATIONS) ||
            WC(x, WC_NOT_VERBS) || WC(x, WC_ASPECT) || WC(x, WC_NOUN_MODALS) || WC(x, WC_THREAT_WORDS))
            continue;
        uint32_t m = x->t->morph;
        const char *kind = NULL;
        if (m & (WT_M_ACTIVE | WT_M_PASSIVE | WT_M_STATIVE | WT_M_BER)) kind = "verb";
        else if ((m & WT_M_NOMINAL) && (m & WT_M_AN)) kind = "noun";
        if (!kind || idg_word_has_entry(c, i)) continue;
        char key[96];
        int n = snprintf(key, sizeof key, "%s\t%s", x->t->lemma, kind);
        if (n <= 0 || (size_t)n >= sizeof key) continue;
        wt_strmap_slot *sl = wt_strmap_put(&st->uncovered, key, (size_t)n, NULL);
        sl->value = (void *)((uintptr_t)sl->value + 1);
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
        !(idg_word_class2(c, t[1].norm) & W2_DEMONSTRATIVES))
        return;
    int at = 2;
    /* "Negara-negara tersebut di antaranya / antara lain A, B dan C",
     * "… yakni A, B dan C" */
    if ((idg_word_class2(c, t[2].norm) & (W2_LOCATIVE | W2_BETWEEN)) && (idg_word_class2(c, t[3].norm) & W2_LIST_TAILS))
        at = 4;
    else if (idg_word_class2(c, t[2].norm) & W2_LIST_OPENERS)
        at = 3;
    else
        return;
    idg_load_sentence(c, n);
    idg_mark_phrases(c);
    idg_build_mentions(c);
    idg_link_mentions(c);
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
    idg_describe_tokens(c);
    if (c->stats) c->stats->articles++;
    c->nnames = 0;
    c->ntitles = 0;
    idg_find_home_country(c);
    for (size_t si = 0; si < d->sents.len; si++) {
        const wt_sentence *s = &d->sents.items[si];
        size_t before = ec.added;
        ec.sent = s;
        ec.sent_index = (int)si;
        look_ahead(c, si);
        idg_load_sentence(c, s);
        resolve_speaker(c, s);
        idg_mark_phrases(c);
        idg_build_mentions(c);
        idg_add_pronouns(c, s->quote >= 0);
        idg_resolve_demonstratives(c);
        idg_link_mentions(c);
        idg_resolve_plural_refs(c, (int)si);
        idg_find_verbs(c);
        load_tree(c, si);
        if (c->probe)
            for (int k = 0; k < c->nv; k++) c->probe(c->probe_arg, c->v[k].code);
        if (c->stats && c->stats->coverage) count_uncovered(c);
        explain_sentence(c, s, (int)si);
        report_mentions(c, s, (int)si);
        if (sentence_is_question(c)) {
            idg_explain(c, "question: not coded");
        } else {
            for (int k = 0; k < c->nv; k++) {
                if (in_conditional(c, c->v[k].word)) { idg_explain(c, "'%s': conditional clause, not coded", c->w[c->v[k].word].norm); continue; }
                idg_code_event(c, &ec, &c->v[k]);
            }
        }
        /* mentions standing for the sentence before are not this one's */
        while (c->nm > 0 && c->m[c->nm - 1].outside.end) c->nm--;
        idg_remember_subject(c, (int)si);
        idg_remember_group(c, (int)si);
        idg_remember_persons(c, (int)si);
        idg_learn_names(c);
        idg_learn_titles(c);
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
    wt_strmap_init(&s->uncovered);
}

void wt_idstats_free(wt_idstats *s)
{
    wt_strmap_free(&s->missed);
    wt_strmap_free(&s->uncovered);
}

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

void wt_idstats_print_coverage(const wt_idstats *s, FILE *f, size_t top)
{
    WT_VEC(kc) v = {0};
    size_t total = 0;
    for (size_t i = 0; i < s->uncovered.cap; i++)
        if (s->uncovered.slots[i].key) {
            kc *e = WT_VEC_PUSH(v);
            e->k = s->uncovered.slots[i].key;
            e->n = (size_t)(uintptr_t)s->uncovered.slots[i].value;
            total += e->n;
        }
    if (v.len) qsort(v.items, v.len, sizeof *v.items, cmp_kc);
    fprintf(f, "coverage: %zu article(s), %zu sentence(s) with two coded actors, %zu uncovered word(s) "
               "(%zu distinct)\n", s->articles, s->sent_two_actors, total, v.len);
    fprintf(f, "   count  lemma\tkind\n");
    for (size_t i = 0; i < v.len && i < top; i++) fprintf(f, "%8zu  %s\n", v.items[i].n, v.items[i].k);
    WT_VEC_FREE(v);
}
