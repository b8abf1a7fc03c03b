/* verbs.c — the Indonesian coder's event words: which verb entries a word
 * starts (read from the lemmatiser's root and affix bits, or morph.c's
 * readings when it has none), matched over the sentence's words with
 * their patterns, giving each event word its CAMEO code. */
#include "code/id/idgrammar.h"

/* The affix class of the lemmatiser's analysis (tok->morph), as the verb
 * dictionary's /FLAGS name them; 0 for forms that name no event: peN-
 * without -an is the doer (penyerang, pendukung), not the act. */
static uint16_t class_of_morph(uint32_t m)
{
    if (m & WT_M_PASSIVE) return ID_AF_DI;
    if (m & WT_M_ACTIVE) return ID_AF_MEN;
    if (m & WT_M_STATIVE) return ID_AF_TER;
    /* se- + peN- is no doer but a manner word (sependapat, sepengetahuan) */
    if ((m & WT_M_SE) && !(m & (WT_M_KAN | WT_M_I | WT_M_AN))) return ID_AF_BARE;
    if ((m & WT_M_PEN) && !(m & WT_M_AN)) return 0;
    if (m & WT_M_NOMINAL) return (m & WT_M_KE) && (m & WT_M_AN) ? ID_AF_KE : ID_AF_NOM;
    if (m & WT_M_BER) return ID_AF_BER;
    if (m & (WT_M_KAN | WT_M_I)) return ID_AF_MEN;     /* prefixless imperative: kirimkan */
    return ID_AF_BARE;
}

/* All verb entries a word can start, with the affix class of the reading.
 * The lemmatiser's root and affix bits are the reading; morph.c lists the
 * readings only of words the lemmatiser left unanalysed (see has_lemma). */
static const idhit *lookup_word_cached(wt_idcoder *c, const char *w, size_t n, const char *lemma, uint32_t morph,
                                      int *kept);

/* Distinct spelling+lemma keys kept across articles; past this, a reading
 * lives for its article only, so that memory stays flat however much text
 * (and however large a vocabulary) one coder sees. */
#define HITS_MAX (1u << 15)

static const idhit *lookup_word(wt_idcoder *c, const idw *x)
{
    const char *w = x->norm;
    size_t n = x->len;
    const char *lemma = has_lemma(x->t) ? x->t->lemma : NULL;
    idword *iw = (idword *)x->info;
    if (iw->memo_set && (iw->memo_lemma == lemma || (lemma && iw->memo_lemma && !strcmp(iw->memo_lemma, lemma))))
        return iw->memo_hit;
    int kept = 1;
    const idhit *h = lookup_word_cached(c, w, n, lemma, x->t->morph, &kept);
    /* a cached word keeps only a reading that outlives the article */
    if (!iw->memo_set && (kept || iw->mem != 1)) {
        /* the first reading is kept (a copy: the lemma may live in the
         * article's arena); a word read otherwise later goes to the cache */
        iw->memo_set = 1;
        iw->memo_lemma = lemma ? wt_arena_strdup(iw->mem == 1 ? &c->words_mem : &c->doc_mem, lemma) : NULL;
        iw->memo_hit = h;
    }
    return h;
}

static const idhit *lookup_word_cached(wt_idcoder *c, const char *w, size_t n, const char *lemma, uint32_t morph,
                                      int *kept)
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
        /* the per- stem first: when both have an entry of one length, the
         * lexicalised stem wins (memperingatkan is PERINGAT, not INGAT) */
        const char *roots[3] = { NULL, lemma, NULL };
        if ((morph & WT_M_PER) && ln + 4 <= sizeof per) {
            memcpy(per, "per", 3);
            memcpy(per + 3, lemma, ln + 1);
            roots[0] = per;
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
    if (c->cache.count >= HITS_MAX) {
        *kept = 0;
        if (vs.len) {
            h = wt_arena_alloc(&c->doc_mem, sizeof *h);
            const id_verb **verbs = wt_arena_alloc(&c->doc_mem, vs.len * sizeof *verbs);
            uint16_t *cls = wt_arena_alloc(&c->doc_mem, cl.len * sizeof *cls);
            memcpy(verbs, vs.items, vs.len * sizeof *verbs);
            memcpy(cls, cl.items, cl.len * sizeof *cls);
            h->verbs = verbs;
            h->cls = cls;
            h->n = (uint16_t)vs.len;
        }
        WT_VEC_FREE(vs);
        WT_VEC_FREE(cl);
        return h;
    }
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

int idg_word_has_entry(wt_idcoder *c, int i)
{
    return lookup_word(c, &c->w[i]) != NULL;
}

/* Does the word at i match dictionary word dw (as surface or as a root)? */
static int word_matches(wt_idcoder *c, int i, const char *dw)
{
    if (i < 0 || i >= c->nw || c->w[i].kind == W_QUOTE || c->w[i].kind == W_PUNCT) return 0;
    const idw *x = &c->w[i];
    if (!strcmp(x->norm, dw)) return 1;
    /* the possessive clitic: pasukannya, bantuannya match pasukan, bantuan
     * (the lemmatiser reads some of them as other roots) */
    size_t dn = strlen(dw);
    if (x->len == dn + 3 && !strncmp(x->norm, dw, dn) && !strcmp(x->norm + dn, "nya")) return 1;
    if (has_lemma(x->t)) return !strcmp(x->t->lemma, dw);
    id_reading rd[64];
    size_t nr = id_morph_readings(x->norm, x->len, rd, 64);
    for (size_t r = 0; r < nr; r++)
        if (!strcmp(rd[r].root, dw)) return 1;
    return 0;
}

/* May a multi-word entry run over the mention at word j? When it is one
 * word that names no actor: unresolved, or a bare agent word that
 * modifies the event noun before it (latihan militer, parade militer,
 * operasi kepolisian) rather than naming a party. */
static int modifier_mention(const wt_idcoder *c, int j)
{
    const idm *m = &c->m[c->w[j].mention];
    if (m->first != j || m->last != j) return 0;
    return !m->code[0] || (m->has_agent && !m->has_actor && !m->pronoun);
}

/* The last word of entry v when it starts at word i, or -1: its other
 * words follow, outside actor mentions but for a one-word modifier. */
static int entry_end(wt_idcoder *c, const id_verb *v, int i)
{
    int j = i;
    for (uint16_t q = 1; q < v->nwords; q++) {
        j++;
        if (j >= c->nw || (c->w[j].mention >= 0 && !modifier_mention(c, j)) || !word_matches(c, j, v->words[q]))
            return -1;
    }
    return j;
}

/* `+` in a pattern (TABARI's mark for where the target stands): the
 * verb's object is an actor, a party the act is done to, not a thing
 * (inviting a minister is 036, inviting criticism no event). */
static int is_actor_slot(const char *w)
{
    return w[0] == '+' && w[1] == '\0';
}

/* Does a named or resolved actor begin within the two words after *j (no
 * punctuation between)? When the `+` ends the pattern the actor is left
 * for the target search that starts after the pattern; otherwise the
 * pattern's next word is looked for after the actor. */
static int actor_slot(const wt_idcoder *c, int *j, int last)
{
    for (int g = *j + 1; g < c->nw && g <= *j + 2; g++) {
        if (c->w[g].kind == W_PUNCT || c->w[g].kind == W_QUOTE) return 0;
        int m = c->w[g].mention;
        if (m >= 0 && c->m[m].first == g && c->m[m].code[0]) {
            if (!last) *j = c->m[m].last;
            return 1;
        }
    }
    return 0;
}

/* The first of v's patterns whose words follow word `from` (the entry's
 * last word): in the clause, in order, gaps ≤ 3; an actor mention counts
 * as one word however long its name (mendesak Menteri Luar Negeri Amerika
 * Serikat Rex Tillerson membebaskan …). *last gets the pattern's last
 * word. NULL when none matches. */
static const id_pattern *first_pattern(wt_idcoder *c, const id_verb *v, int from, int *last)
{
    for (uint16_t p = 0; p < v->npats; p++) {
        const id_pattern *pt = &v->pats[p];
        int j = from, ok = 1;
        for (uint16_t q = 0; q < pt->nwords && ok; q++) {
            if (is_actor_slot(pt->words[q])) {
                ok = actor_slot(c, &j, q + 1 == pt->nwords);
                continue;
            }
            int found = -1, units = 0;
            for (int g = j + 1; g < c->nw && units < 4 && found < 0; units++) {
                if (c->w[g].kind == W_PUNCT && strchr(".;:", c->w[g].norm[0])) break;
                int end = g;
                if (c->w[g].mention >= 0 && c->m[c->w[g].mention].last > g) end = c->m[c->w[g].mention].last;
                for (int k2 = g; k2 <= end && found < 0; k2++)
                    if (word_matches(c, k2, pt->words[q])) found = k2;
                g = end + 1;
            }
            if (found < 0) ok = 0; else j = found;
        }
        if (ok) {
            *last = j;
            return pt;
        }
    }
    return NULL;
}


/* A pattern that takes an event noun of its own root (a light verb with a
 * protest noun: 141) leaves the noun's patterns to say what the act is
 * for (a protest against a price rise: 1412, as for the noun alone), and
 * the words they use are the event's, no event of their own. */
static void refine_by_noun(wt_idcoder *c, idv *e, int entry_last)
{
    for (int i = entry_last + 1; i <= e->pat_last; i++) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0) continue;
        const idhit *h = lookup_word(c, &c->w[i]);
        for (uint16_t k = 0; h && k < h->n; k++) {
            const id_verb *nv = h->verbs[k];
            int end = entry_end(c, nv, i), pl;
            if (end != e->pat_last || !nv->npats || cameo_root(nv->code) != cameo_root(e->code)) continue;
            const id_pattern *pt = first_pattern(c, nv, end, &pl);
            if (!pt || cameo_root(pt->code) != cameo_root(e->code)) continue;
            memcpy(e->code, pt->code, 8);
            e->rule_file = nv->file;
            e->rule_line = pt->line;
            e->pat_last = pl;
            e->pat = pt;
            return;
        }
    }
}

/* Finds the event words of the sentence (outside actor mentions). */
void idg_find_verbs(wt_idcoder *c)
{
    c->nv = 0;
    for (int i = 0; i < c->nw && c->nv < MAXV; i++) {
        idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0) continue;
        const idhit *h = lookup_word(c, x);
        if (!h) continue;
        /* the longest entry whose following words match; an entry that
         * codes only through patterns and matches none gives way to the
         * next longest (PENGEPUNGAN under a [---] root entry) */
        uint32_t tried = 0;   /* entries already rejected (the first 32) */
        int best, best_last;
        idv *e;
      next_entry:
        best = -1;
        best_last = -1;
        for (uint16_t k = 0; k < h->n; k++) {
            if (k < 32 && (tried & (1u << k))) continue;
            const id_verb *v = h->verbs[k];
            int j = entry_end(c, v, i);
            if (j > best_last) { best = k; best_last = j; }
        }
        if (best < 0) continue;
        e = &c->v[c->nv++];
        memset(e, 0, sizeof *e);
        e->word = i;
        e->last = best_last;
        e->v = h->verbs[best];
        e->cls = h->cls[best];
        memcpy(e->code, e->v->code, 8);
        e->rule_file = e->v->file;
        e->rule_line = e->v->line;
        e->pat_last = best_last;
        int pl;
        const id_pattern *pt = first_pattern(c, e->v, best_last, &pl);
        if (pt) {
            memcpy(e->code, pt->code, 8);
            e->rule_line = pt->line;
            e->pat_last = pl;
            e->pat = pt;
            refine_by_noun(c, e, best_last);
        }
        /* an entry that codes only through its patterns ([---]) and matched
         * none is no event word: it must not stop the grammar's searches
         * (kami perlu mendiskusikan bagaimana menanggapi …) */
        if (!e->code[0] && !e->pat) {
            c->nv--;
            if (best < 32) {
                tried |= 1u << best;
                goto next_entry;
            }
            continue;
        }
        /* the verb owns its words; a bare agent word it took (latihan
         * militer) names nobody */
        for (int j = i + 1; j <= best_last; j++) {
            if (c->w[j].mention >= 0) c->m[c->w[j].mention].code[0] = '\0';
            c->w[j].mention = -1;
        }
        /* a pattern that codes the reciprocal event noun it takes
         * (menggelar perundingan: the talks' own root) is reciprocal as
         * the noun is; urging talks (mendorong negosiasi, 02) is not */
        e->recip = (e->v->flags & ID_VF_RECIPROCAL) != 0;
        for (int j = best_last + 1; e->pat && !e->recip && j <= e->pat_last; j++) {
            const idhit *hn = c->w[j].kind == W_OTHER ? lookup_word(c, &c->w[j]) : NULL;
            for (uint16_t k = 0; hn && k < hn->n; k++) {
                const id_verb *nv = hn->verbs[k];
                if ((nv->flags & ID_VF_RECIPROCAL) && nv->nwords == 1 && nv->code[0] == e->code[0] && nv->code[1] == e->code[1])
                    e->recip = 1;
            }
        }
        /* the words a pattern used are not events of their own
         * (menepis dialog = 125, not also dialog = 040) */
        i = e->pat_last > best_last && e->code[0] ? e->pat_last : best_last;
    }
}
