/* grammar.c — the Indonesian coder's clause rules: where the subject and
 * the target of an event word are (subject to the left within the
 * clause, target after the verb or a target preposition, the agent of a
 * passive after `oleh`), relative clauses, purpose clauses, nominalised
 * events with light verbs and genitives, and the modality, negation,
 * denial and demand words that change or cancel an act. */
#include "code/id/idgrammar.h"

int idg_is_break(const wt_idcoder *c, int i)
{
    const idw *x = &c->w[i];
    if (x->kind == W_PUNCT) return strchr(".;:?!", x->norm[0]) != NULL;
    /* "Retno kemudian mengecam": right after a subject these are adverbs */
    if (i > 0 && c->w[i - 1].mention >= 0 &&
        isc(x, W2_SUBJECT_ADVERBS))
        return 0;
    return x->mention < 0 && WC(x, WC_CLAUSE_BREAKS);
}

/* "Belarusia, yang didukung oleh …": the head of a relative clause is the
 * mention right before `yang`, even after a preposition. */
static int relative_head(const wt_idcoder *c, int from)
{
    int i = from - 1;
    /* "WNI yang berencana melakukan kunjungan": aspect and modal words
     * between yang and the predicate */
    while (i >= 0 && c->w[i].kind == W_OTHER && c->w[i].mention < 0 && i > from - 4 &&
           (isc(&c->w[i], W2_PRE_PREDICATE) || WC(&c->w[i], WC_MODALS)))
        i--;
    if (i < 1 || !isc(&c->w[i], W2_RELATIVE)) return -1;
    i--;
    if (is_punct(c, i, ',')) i--;
    /* "provokator yang mengajak masyarakat": the head is a noun that
     * names no actor, so the act has no known source (-2) */
    return i >= 0 && c->w[i].mention >= 0 ? c->w[i].mention : -2;
}

/* "informan PBB di wilayah Palestina, Michael Lynk, menuding Israel": a
 * country after di/dari/ke and one plain noun (wilayah, kota, perbatasan)
 * is where the subject is or comes from, not the subject. */
static int place_noun_before(const wt_idcoder *c, const idm *m)
{
    int first = m->first;
    /* "di tengah negaranya yang dianggap …": the head of a relative clause */
    if (first < 2 || (m->last + 1 < c->nw && isc(&c->w[m->last + 1], W2_RELATIVE))) return 0;
    const idw *n = &c->w[first - 1], *p = &c->w[first - 2];
    if (n->kind != W_OTHER || n->mention >= 0 || n->is_verbish || WC(n, WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS))
        return 0;
    return p->kind == W_OTHER && isc(p, W2_PLACE_PREPS);
}

/* The nearest mention to the left of word `from` that can be a subject
 * (not after a preposition), within the clause. */
int idg_subject_left(const wt_idcoder *c, int from)
{
    int rel = relative_head(c, from);
    if (rel >= 0) return c->m[rel].first >= 0 ? rel : -1;
    if (rel == -2) return -1;
    int passed_mention = 0, verbs = 0, own_subject = 0;
    for (int i = from - 1, seen = 0; i >= 0 && seen < 25; i--, seen++) {
        /* "usai Ketua Umum Demokrat itu bertemu …": a noun phrase the
         * dictionaries do not know (capitalised, closed by itu/tersebut,
         * or a pronoun) is the time clause's own subject */
        if (!passed_mention && c->w[i].kind == W_OTHER && c->w[i].mention < 0 &&
            (((c->w[i].t->flags & WT_TF_CAPITAL) && !(c->w[i].t->flags & WT_TF_SENT_START)) || isc(&c->w[i], W2_DEMONSTRATIVES) ||
             (c->w[i].kind != W_QUOTE && WC(&c->w[i], WC_PRONOUNS))))
            own_subject = 1;
        if (c->w[i].mention < 0 && c->w[i].is_verbish && !WC(&c->w[i], WC_LIGHT_VERBS) &&
            !WC(&c->w[i], WC_MODALS) && !WC(&c->w[i], WC_SPEECH_VERBS) && ++verbs >= 2)
            return -1;
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            i = m->first;
            passed_mention = 1;
            /* "A yang didukung B, melancarkan …": B is inside A's relative clause */
            if (m->first >= 2 && c->w[m->first - 1].is_verbish && !strncmp(c->w[m->first - 1].norm, "di", 2) &&
                isc(&c->w[m->first - 2], W2_RELATIVE)) {
                int h = m->first - 3;
                if (h >= 0 && is_punct(c, h, ',')) h--;
                if (h >= 0 && c->w[h].mention >= 0) return c->w[c->m[c->w[h].mention].first].mention;
            }
            if (m->prep < 0 && c->m[m->group].prep < 0 && !place_noun_before(c, m)) return c->w[m->first].mention;
            continue;
        }
        /* "X …, ketika bertemu dengan Y": a subjectless time clause shares
         * the main clause's subject */
        if (idg_is_break(c, i) &&
            !(!passed_mention && !own_subject && c->w[i].kind == W_OTHER && WC(&c->w[i], WC_SHARED_SUBJECT)))
            return -1;
    }
    return -1;
}

/* The first mention to the right of `from` (a target), after at most a few
 * words, stopping at a clause break or a comma. */
int idg_target_right(const wt_idcoder *c, int from, int max_gap)
{
    int prep = 0, noun = 0;
    for (int i = from + 1, gap = 0; i < c->nw && gap <= max_gap; i++, gap++) {
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            if (m->prep >= 0 && !WC(&c->w[m->prep], WC_TARGET_PREPS)) return -1;
            /* "bekerja sama dengan para ahli dari Jerman": the object is
             * the noun, the country after dari where it comes from */
            if (noun && m->prep >= 0 && isc(&c->w[m->prep], W2_SOURCE_PREPS)) return -1;
            return c->w[i].mention;
        }
        if (c->w[i].kind == W_OTHER) {
            if (WC(&c->w[i], WC_TARGET_PREPS)) prep = 1;
            else if (prep && !WC(&c->w[i], WC_MENTION_PREFIX)) noun = 1;
        }
        /* menyesalkan ancaman yang diluncurkan Korut: the author is the target */
        if (isc(&c->w[i], W2_RELATIVE) && i + 2 < c->nw && c->w[i + 1].kind == W_OTHER &&
            !strncmp(c->w[i + 1].norm, "di", 2) && c->w[i + 1].is_verbish && c->w[i + 2].mention >= 0)
            return c->w[i + 2].mention;
        if (idg_is_break(c, i) || is_punct(c, i, ',') || isc(&c->w[i], W2_AGENT_PREPS | W2_RELATIVE | W2_COMPLEMENTIZERS))
            return -1;
        /* a topic or frame, not the addressee: "mendukung Ridwan Kamil
         * dalam pemilihan Gubernur Jawa Barat", "membahas soal X" */
        if (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_TOPIC_PREPS)) return -1;
        /* another predicate starts: melunak dan meninggalkan … dengan X */
        if (c->w[i].is_verbish && strncmp(c->w[i].norm, "ter", 3)) return -1;
    }
    return -1;
}

/* Arrival and visits take a place as their target: tiba di Pyongyang. */
int idg_target_after_di(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 4; i++) {
        if (idg_is_break(c, i) || is_punct(c, i, ',')) return -1;
        if (c->w[i].mention >= 0) {
            for (int k = from + 1; k < i; k++)
                if (isc(&c->w[k], W2_LOCATIVE)) return c->w[i].mention;
            return -1;
        }
    }
    return -1;
}

/* The agent of a passive: after `oleh` (anywhere in the clause) or right
 * after the verb. */
int idg_passive_agent(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 12; i++) {
        if (idg_is_break(c, i)) break;
        if (isc(&c->w[i], W2_AGENT_PREPS) && i + 1 < c->nw) {
            int k = i + 1;
            while (k < c->nw && k < i + 4 && c->w[k].mention < 0) k++;
            return k < c->nw && c->w[k].mention >= 0 ? c->w[k].mention : -1;
        }
    }
    int k = from + 1;
    if (k < c->nw && c->w[k].mention >= 0 && c->m[c->w[k].mention].prep < 0) return c->w[k].mention;
    return -1;
}

/* Modal and negation words between the subject and the event word. */
void idg_scan_modality(const wt_idcoder *c, int from, int to, decision *d)
{
    /* a modal governs the predicates after it, through purpose clauses
     * ("akan bertolak ke AS untuk melakukan pertemuan"), but not past a
     * coordinated predicate ("melakukan pembersihan serta terlibat dalam
     * pertempuran"): the scope starts after the last serta/lalu/comma
     * ("akan menyerang dan menghancurkan" keeps it: dan joins verbs of
     * one predicate as often as predicates) */
    int start = from + 1;
    for (int i = to - 1; i > from; i--)
        if ((c->w[i].kind == W_OTHER && c->w[i].mention < 0 &&
             isc(&c->w[i], W2_SEQUENCE)) ||
            /* "akan berada di Seoul, setelah mengunjungi Jepang": a time
             * clause sharing the subject is inside the modal's scope */
            (is_punct(c, i, ',') && !(i + 1 < to && word_in(c, i + 1, WC_SHARED_SUBJECT)))) {
            start = i + 1;
            break;
        }
    for (int i = from + 1; i < to; i++) {
        if (c->w[i].kind != W_OTHER) continue;
        const idw *x = &c->w[i];
        if (WC(x, WC_NEGATIONS) && i >= to - 4) d->negated = 1;
        if (WC(x, WC_DENIALS) && i >= to - 4) d->denied = 1;
        if (isc(x, W2_REFUSALS)) d->refused = 1;
        if (i < start) continue;
        /* noun modals (upaya, tujuan) only before a predicate: "upaya untuk
         * menyerang", not "upaya pembersihan" */
        if (WC(x, WC_NOUN_MODALS) && i + 1 < to && !isc(&c->w[i + 1], W2_PURPOSE) && !c->w[i + 1].is_verbish)
            continue;
        if (WC(x, WC_DEONTIC)) d->deontic = 1;
        if (WC(x, WC_MODALS)) d->modal = d->modal == 2 ? 2 : 1;
        if (WC(x, WC_WISH)) d->wish = 1;
        if (WC(x, WC_THREAT_WORDS)) d->modal = 2;
    }
}

/* Intent (03x) for cooperative acts and threats (13x) for force. */
void idg_apply_modality(char code[8], const decision *d)
{
    int root = cameo_root(code);
    if (d->refused) {
        if (root >= 3 && root <= 8) strcpy(code, root == 4 ? "125" : "120");
        return;
    }
    if (!d->modal) return;
    /* a planned protest is announced, not threatened: it stays 14x */
    if (root == 14 && d->modal == 1) return;
    if (d->modal == 2 || root >= 14) {
        if (root >= 18) strcpy(code, "138");
        else if (root == 17) strcpy(code, "137");
        else if (root >= 14) strcpy(code, "130");
        return;
    }
    switch (root) {
    case 4: strcpy(code, "036"); break;
    case 5: strcpy(code, code[2] == '1' ? "032" : "030"); break;
    case 6: strcpy(code, "031"); break;
    case 7: strcpy(code, "033"); break;
    case 8: strcpy(code, "035"); break;
    default: break;
    }
}

/* "A memanggil B (di C) untuk memprotes …": the purpose clause's subject
 * is A, the subject of the verb before B, unless that verb hands the act
 * to its object ([object-control] in data/id/word-classes.txt). Returns the source to use. */
int idg_purpose_subject(const wt_idcoder *c, int src, int anchor)
{
    int u = anchor - 1;
    if (u < 1 || !isc(&c->w[u], W2_PURPOSE)) return src;
    const idm *m = &c->m[src];
    if (m->last >= u || u - m->last > 3) return src;
    for (int i = m->last + 1; i < u; i++)
        if (c->w[i].mention < 0 && (c->w[i].kind != W_OTHER || c->w[i].is_verbish || idg_is_break(c, i))) return src;
    int vb = m->first - 1;
    if (vb < 1 || c->w[vb].kind != W_OTHER || c->w[vb].mention >= 0 || !(c->w[vb].t->morph & WT_M_ACTIVE)) return src;
    const char *lemma = c->w[vb].t->lemma;
    if (!lemma || (idg_word_class(c, lemma) & WC_OBJECT_CONTROL)) return src;
    int a = idg_subject_left(c, vb);
    return a >= 0 ? a : src;
}

/* Is the actor before the event word (mention `m`, with its list) the
 * object of a demand verb or the subject of an agar/supaya clause? Then
 * its act is asked for, not reported. */
static int demanded_act(const wt_idcoder *c, int m)
{
    int i = c->m[c->m[m].group].first - 1;
    /* "agar Tuan Trump": a title the mention does not include */
    for (int k = 0; k < 2 && idg_is_capital_name(c, i) && c->w[i].mention < 0; k++) i--;
    if (i >= 0 && c->w[i].kind == W_OTHER && c->w[i].mention < 0 && isc(&c->w[i], W2_ADDRESSEE_PREPS)) i--;
    if (i < 0 || c->w[i].kind != W_OTHER || c->w[i].mention >= 0) return 0;
    if (isc(&c->w[i], W2_SUBJUNCTIVE)) return 1;
    const char *lemma = c->w[i].t->lemma;
    /* "…, yang mendorong Trump untuk memuji …": what a situation prompts
     * is done */
    if ((idg_word_class2(c, lemma) & W2_PROMPTING) && i > 0 && isc(&c->w[i - 1], W2_RELATIVE)) return 0;
    /* meN- forms, and bare "minta" of spoken Indonesian ("saya minta Menlu
     * untuk kirimkan nota protes") */
    return lemma && ((c->w[i].t->morph & WT_M_ACTIVE) || !strcmp(c->w[i].norm, lemma)) && (idg_word_class(c, lemma) & WC_DEMAND_VERBS);
}

/* Why the act is not asserted (negated, denied, someone's duty or
 * demand), NULL when it is. `left` is the clause's actor before the verb. */
const char *idg_not_asserted(const wt_idcoder *c, const decision *d, int left)
{
    if (d->negated) return "negated";
    if (d->denied) return "denied (membantah)";
    if (d->deontic && !(left >= 0 && c->m[left].pronoun == 1)) return "what someone must do (harus/mesti)";
    if (left >= 0 && demanded_act(c, left)) return "asked for (the object of a demand, agar/supaya)";
    return NULL;
}

int idg_light_before(const wt_idcoder *c, int noun)
{
    for (int i = noun - 1; i >= 0 && i >= noun - 3; i--) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0) return -1;
        if (WC(&c->w[i], WC_LIGHT_VERBS) || WC(&c->w[i], WC_RECEIVE_VERBS)) return i;
        /* terlibat dalam pertempuran, ikut dalam perundingan */
        if (isc(&c->w[i], W2_PARTICIPATION_PREPS) && i > 0 && isc(&c->w[i - 1], W2_PARTICIPATION))
            return i - 1;
        if (c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS) || WC(&c->w[i], WC_COORD) ||
            isc(&c->w[i], W2_RELATIVE))
            return -1;
    }
    return -1;
}

int idg_is_passive_form(const char *w, uint16_t cls)
{
    (void)w;
    return cls == ID_AF_DI || cls == ID_AF_TER;
}

/* The noun's genitive actor: kunjungan (terakhir) delegasi Rusia. */
int idg_genitive_after(const wt_idcoder *c, int last)
{
    for (int i = last + 1; i < c->nw && i <= last + 3; i++) {
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            return m->prep < 0 ? c->w[i].mention : -1;
        }
        if (c->w[i].kind != W_OTHER || !WC(&c->w[i], WC_NOUN_MODIFIERS)) return -1;
    }
    return -1;
}

/* Is mention m one person (a title in the singular, a known person, a
 * name the article introduced)? */
static int is_individual(const wt_idcoder *c, const idm *m)
{
    if (m->pronoun) return 0;
    if (WC(&c->w[m->first], WC_TITLES)) return 1;
    /* "Direktur FBI": a title the dictionaries do not join */
    if (m->first > 0 && c->w[m->first - 1].kind == W_OTHER && WC(&c->w[m->first - 1], WC_TITLES)) return 1;
    for (int i = m->first; i <= m->last; i++) {
        const id_phrase *p = c->w[i].phrase;
        if (p && p->kind == ID_ACTOR && p->file && (strstr(p->file, "persons") || p->file[0] == '(')) return 1;
    }
    return 0;
}

/* Remembers the sentence's persons when it names exactly two, with
 * different codes ("Xi Jinping mengatakan kepada Moon Jae-in …"). */
void idg_remember_persons(wt_idcoder *c, int sent_index)
{
    int found[2], n = 0;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (!m->code[0] || m->home || !is_individual(c, m)) continue;
        if (n == 1 && !strcmp(c->m[found[0]].code, m->code)) continue;
        if (n == 2) return;
        found[n++] = k;
    }
    if (n != 2) return;
    for (int q = 0; q < 2; q++) memcpy(c->persons[q], c->m[found[q]].code, sizeof c->persons[q]);
    c->persons_sent = sent_index;
}

/* menyerang in words: the sentence speaks of words (kritik, cuitan,
 * pernyataan …), or one person attacks another with no weapon or wound in
 * the sentence. */
int idg_verbal_attack(const wt_idcoder *c, int src, int tgt)
{
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind == W_QUOTE) continue;
        const char *w = c->w[i].norm, *l = c->w[i].t->lemma ? c->w[i].t->lemma : w;
        if (WC(&c->w[i], WC_PHYSICAL) || (idg_word_class(c, l) & WC_PHYSICAL)) return 0;
    }
    for (int i = 0; i < c->nw; i++)
        if (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_VERBAL_WORDS)) return 1;
    return src >= 0 && tgt >= 0 && is_individual(c, &c->m[src]) && is_individual(c, &c->m[tgt]);
}
