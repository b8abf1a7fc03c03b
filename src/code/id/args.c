/* args.c — an event word's source and target, read from the dependency
 * tree (parse/parse.h) by general rules over Universal Dependencies
 * relations, not by word position:
 *
 *   active verb      nsubj → source; obj, iobj, or an obl whose case
 *                    marker is a target preposition → target
 *   passive verb     nsubj:pass (or nsubj) → target; obl:agent, a bare
 *                    obl or obj (the agent right after di-) → source
 *   no subject       inherited up the tree: an xcomp takes its
 *                    controller's subject (or its object, for verbs that
 *                    hand the act on: [object-control] in data/id/word-classes.txt), a conj or advcl
 *                    its head's, a relative clause (acl:relcl, acl) its
 *                    head noun
 *   event noun       the object of a light verb takes the light verb's
 *                    arguments (its subject acts; a receiving verb's
 *                    subject receives); otherwise a genitive nmod is the
 *                    source (the undergoer for a peN-an noun), an nmod
 *                    after a target preposition the target, and a
 *                    relative "yang dilakukan X" names the source
 *
 * An entry's frame (docs/dictionaries-id.md) overrides the default mapping
 * of its voice: `@src=dari` takes the source from the actor after that
 * preposition, `@tgt=obj` the target from the object, and so on.
 *
 * A dependent stands for an actor when an actor mention covers it, or
 * covers one of its nominal dependents (nmod, flat, appos, compound) within
 * two steps: "pejabat Kremlin", "Perwakilan Kementerian Pertahanan Rusia".
 * The relative pronoun of a relative clause stands for the noun the
 * clause describes. */
#include "code/id/idgrammar.h"

/* UD labels → R_*. A subtype not listed falls to its main type. */
static const struct { const char *name; uint8_t rel; } RELATIONS[] = {
    { "root", R_ROOT }, { "nsubj", R_NSUBJ }, { "nsubj:pass", R_NSUBJ_PASS }, { "obj", R_OBJ },
    { "iobj", R_IOBJ }, { "obl", R_OBL }, { "obl:agent", R_OBL_AGENT }, { "obl:tmod", R_TMOD },
    { "nmod:tmod", R_TMOD }, { "nmod", R_NMOD }, { "nmod:poss", R_POSS }, { "xcomp", R_XCOMP },
    { "ccomp", R_CCOMP }, { "advcl", R_ADVCL }, { "acl", R_ACL }, { "acl:relcl", R_RELCL },
    { "conj", R_CONJ }, { "appos", R_APPOS }, { "case", R_CASE }, { "mark", R_MARK },
    { "advmod", R_ADVMOD }, { "aux", R_AUX }, { "cop", R_COP }, { "flat", R_FLAT },
    { "compound", R_COMPOUND }, { "amod", R_AMOD }, { "det", R_DET }, { "nummod", R_NUMMOD },
    { "parataxis", R_PARATAXIS }, { "cc", R_CC }, { "punct", R_PUNCT }, { "fixed", R_FIXED },
};

static uint8_t relation_of(const char *label)
{
    size_t n = sizeof RELATIONS / sizeof RELATIONS[0];
    for (size_t i = 0; i < n; i++)
        if (!strcmp(RELATIONS[i].name, label)) return RELATIONS[i].rel;
    const char *colon = strchr(label, ':');
    if (!colon) return R_OTHER;
    for (size_t i = 0; i < n; i++)
        if (strlen(RELATIONS[i].name) == (size_t)(colon - label) && !strncmp(RELATIONS[i].name, label, (size_t)(colon - label)))
            return RELATIONS[i].rel;
    return R_OTHER;
}

void idg_map_relations(wt_idcoder *c)
{
    memset(c->relmap, R_OTHER, sizeof c->relmap);
    if (!c->syntax) return;
    for (int i = 0; i < c->syntax->nlabels && i < WT_MAX_LABELS; i++) c->relmap[i] = relation_of(c->syntax->labels[i]);
}

/* ------------------------------------------------------------ tree walks */

static int head_of(const wt_idcoder *c, int i) { return i >= 0 && i < c->nw ? c->w[i].head : -1; }
static int rel_of(const wt_idcoder *c, int i) { return i >= 0 && i < c->nw ? c->w[i].rel : R_NONE; }

/* The first dependent of i with relation rel, -1 if none. */
static int child(const wt_idcoder *c, int i, int rel)
{
    for (int j = 0; j < c->nw; j++)
        if (c->w[j].head == i && c->w[j].rel == rel) return j;
    return -1;
}

/* The case marker (preposition) of nominal i, -1 if none. */
static int case_of(const wt_idcoder *c, int i)
{
    for (int j = 0; j < c->nw; j++)
        if (c->w[j].head == i && (c->w[j].rel == R_CASE || c->w[j].rel == R_FIXED) && j < i) return j;
    return -1;
}

static int is_nominal_rel(int rel)
{
    return rel == R_NMOD || rel == R_FLAT || rel == R_APPOS || rel == R_COMPOUND || rel == R_POSS || rel == R_AMOD;
}

/* The coded actor mention that node i stands for, -1 if none: the mention
 * over i, else one over a nominal dependent of i (two steps down at most;
 * the nearest word first). */
static int actor_of(const wt_idcoder *c, int i, int depth)
{
    if (i < 0 || i >= c->nw) return -1;
    int m = c->w[i].mention;
    if (m >= 0 && c->m[m].code[0]) return m;
    if (depth >= 2) return -1;
    /* a relative pronoun stands for the noun its clause describes */
    if (c->w[i].t->upos == WT_UPOS_PRON && (rel_of(c, head_of(c, i)) == R_RELCL || rel_of(c, head_of(c, i)) == R_ACL))
        return actor_of(c, head_of(c, head_of(c, i)), depth + 1);
    int best = -1, dist = 1 << 20;
    for (int j = 0; j < c->nw; j++) {
        if (c->w[j].head != i || !is_nominal_rel(c->w[j].rel)) continue;
        /* "perundingan dengan rezim Kim": a dependent behind a preposition
         * is another party, not the noun's own name */
        if (c->w[j].rel == R_NMOD && case_of(c, j) >= 0) continue;
        /* "menangkap artis …, Jakarta Selatan": a city in apposition is
         * where it happened, not who */
        if (c->w[j].rel == R_APPOS && c->w[j].info && c->w[j].info->city) continue;
        int a = actor_of(c, j, depth + 1);
        int dd = j > i ? j - i : i - j;
        if (a >= 0 && dd < dist) { best = a; dist = dd; }
    }
    return best;
}

/* The actor of the first dependent of i with relation rel. */
static int actor_child(const wt_idcoder *c, int i, int rel)
{
    int j = child(c, i, rel);
    return j >= 0 ? actor_of(c, j, 0) : -1;
}

/* The actor behind a preposition among i's obl/nmod dependents: the one
 * after `prep` when given, else the first whose preposition is in `lists`
 * (0: any preposition). */
static int actor_after_prep(const wt_idcoder *c, int i, const char *prep, uint64_t lists, uint64_t lists2)
{
    for (int j = 0; j < c->nw; j++) {
        if (c->w[j].head != i || (c->w[j].rel != R_OBL && c->w[j].rel != R_NMOD && c->w[j].rel != R_OBL_AGENT)) continue;
        int k = case_of(c, j);
        if (k < 0) continue;
        if (prep ? strcmp(c->w[k].norm, prep) != 0 : ((lists && !WC(&c->w[k], lists)) || (lists2 && !isc(&c->w[k], lists2))))
            continue;
        int a = actor_of(c, j, 0);
        if (a >= 0) return a;
    }
    return -1;
}

/* As actor_after_prep, also deeper inside the noun phrase (a preposition
 * the parser hung on a nearer noun: "bantuan dalam jumlah besar kepada
 * X"), through nominal dependents only, never into a clause. */
static int actor_after_prep_deep(const wt_idcoder *c, int i, uint64_t lists, uint64_t lists2, int depth)
{
    int a = actor_after_prep(c, i, NULL, lists, lists2);
    if (a >= 0 || depth >= 3) return a;
    for (int j = 0; j < c->nw && a < 0; j++)
        if (c->w[j].head == i && (c->w[j].rel == R_NMOD || c->w[j].rel == R_AMOD || c->w[j].rel == R_RELCL))
            a = actor_after_prep_deep(c, j, lists, lists2, depth + 1);
    return a;
}

/* The agent of passive verb i: obl:agent, else a bare obl or obj (the
 * agent right after the verb: "dikecam AS"). */
/* The CAMEO code the coder read at word i, NULL if none. */
static const char *code_at(const wt_idcoder *c, int i)
{
    for (int k = 0; k < c->nv; k++)
        if (c->v[k].word == i) return c->v[k].code;
    return NULL;
}

static int is_event_word(const wt_idcoder *c, int i);
static int genitive_of(const wt_idcoder *c, int n);

static int passive_agent_but(const wt_idcoder *c, int i, int except);
static int passive_agent(const wt_idcoder *c, int i) { return passive_agent_but(c, i, -1); }

/* ... leaving word `except` (an act in the clause that is not its means)
 * out of the search. */
static int passive_agent_but(const wt_idcoder *c, int i, int except)
{
    int a = actor_child(c, i, R_OBL_AGENT);
    if (a < 0) a = actor_after_prep(c, i, NULL, 0, W2_AGENT_PREPS);
    /* "terbunuh dalam serangan tentara X": the act the passive happened
     * in names its agent */
    for (int j = 0; j < c->nw && a < 0; j++)
        if (c->w[j].head == i && j != except && c->w[j].rel == R_OBL && is_event_word(c, j)) a = genitive_of(c, j);
    for (int j = 0; a < 0 && j < c->nw; j++)
        if (c->w[j].head == i && j != except && (c->w[j].rel == R_OBL || c->w[j].rel == R_OBJ) && case_of(c, j) < 0)
            a = actor_of(c, j, 0);
    return a;
}

/* A passive: di-, a passive subject, or an event verb read in its ter-
 * form (tertangkap, terbunuh: what happened to the subject). */
static int is_passive_word(const wt_idcoder *c, int i)
{
    const wt_token *t = c->w[i].t;
    if (child(c, i, R_NSUBJ_PASS) >= 0 || (t->morph & WT_M_PASSIVE)) return 1;
    for (int k = 0; k < c->nv; k++)
        if (c->v[k].word == i && c->v[k].cls == ID_AF_TER) return 1;
    return 0;
}

/* The subject of verb i, looked for up the tree when i has none of its
 * own (control, coordination, purpose and relative clauses). *passive_subj
 * says whether what was found is i's patient rather than its agent. */
static int subject_of(const wt_idcoder *c, int i, int passive)
{
    int s = actor_child(c, i, passive ? R_NSUBJ_PASS : R_NSUBJ);
    if (s < 0) s = actor_child(c, i, passive ? R_NSUBJ : R_NSUBJ_PASS);
    if (s >= 0 || child(c, i, R_NSUBJ) >= 0 || child(c, i, R_NSUBJ_PASS) >= 0) return s;
    int at = i;
    for (int step = 0; step < 4; step++) {
        int h = head_of(c, at), r = rel_of(c, at);
        if (h < 0) return -1;
        if (r == R_RELCL || r == R_ACL) return actor_of(c, h, 0);
        if (r != R_XCOMP && r != R_CONJ && r != R_ADVCL && r != R_CCOMP) return -1;
        /* "meminta Komisi III mendukung …": the object of a verb that hands
         * the act on does it */
        const char *hl = c->w[h].t->lemma;
        if (r == R_XCOMP && (idg_word_class(c, hl) & WC_OBJECT_CONTROL)) {
            int o = actor_child(c, h, R_OBJ);
            if (o >= 0) return o;
        }
        int hs = actor_child(c, h, R_NSUBJ);
        if (hs >= 0) return hs;
        if (child(c, h, R_NSUBJ) >= 0) return -1;   /* a subject that is no actor */
        at = h;
    }
    return -1;
}

/* The target of active verb i: its object, indirect object, or the actor
 * after a target preposition. */
static int is_event_word(const wt_idcoder *c, int i) { return code_at(c, i) != NULL; }

static int object_of(const wt_idcoder *c, int i)
{
    int t = actor_child(c, i, R_OBJ);
    if (t < 0) t = actor_child(c, i, R_IOBJ);
    if (t < 0) t = actor_after_prep(c, i, NULL, WC_TARGET_PREPS, 0);
    /* "memprotes pelanggaran wilayah udara oleh X": an act as the object;
     * its agent is the one acted on */
    int o = child(c, i, R_OBJ);
    if (t < 0 && o >= 0 && is_event_word(c, o)) t = actor_after_prep_deep(c, o, 0, W2_AGENT_PREPS, 0);
    /* "menolak usulan yang diajukan oleh Thailand": a thing acted on is
     * its author's, as "usulan Thailand" would be */
    for (int j = 0; t < 0 && o >= 0 && j < c->nw; j++)
        if (c->w[j].head == o && (c->w[j].rel == R_RELCL || c->w[j].rel == R_ACL) &&
            c->w[j].t->upos == WT_UPOS_VERB && is_passive_word(c, j))
            t = passive_agent(c, j);
    return t;
}

/* The target of verb i found in its complement clause, when the clause has
 * no subject of its own ("mengancam akan meluncurkan serangan ke X",
 * "berjanji membantu X"): the complement's object or target, or that of
 * the event noun a light verb in it carries. */
static int complement_target(const wt_idcoder *c, int i, int threat)
{
    for (int j = 0; j < c->nw; j++) {
        if (c->w[j].head != i || (c->w[j].rel != R_XCOMP && c->w[j].rel != R_CCOMP && c->w[j].rel != R_ADVCL)) continue;
        /* a threat or warning names its target at the end of what it says
         * will happen ("memperingatkan bahwa rudalnya siap diarahkan ke X"):
         * there the complement may have a subject, so long as it is a thing
         * and not a party */
        int own = threat ? actor_child(c, j, R_NSUBJ) >= 0 || actor_child(c, j, R_NSUBJ_PASS) >= 0
                         : child(c, j, R_NSUBJ) >= 0 || child(c, j, R_NSUBJ_PASS) >= 0;
        if (own) continue;
        int t = object_of(c, j);
        int x = child(c, j, R_XCOMP);
        if (t < 0 && threat && x >= 0 && actor_child(c, x, R_NSUBJ) < 0) t = object_of(c, x);
        if (t < 0 && WC(&c->w[j], WC_LIGHT_VERBS)) {
            int n = child(c, j, R_OBJ);
            if (n >= 0) t = actor_after_prep(c, n, NULL, WC_TARGET_PREPS, 0);
        }
        if (t >= 0) return t;
    }
    return -1;
}

/* A threat or warning names its target somewhere in what it says will
 * happen, however the parser hung it ("memperingatkan serangan pertama itu
 * siap diarahkan ke pasukan X"): the nearest object or target-preposition
 * actor below the verb, breadth first, four levels down at most, not
 * entering a clause or noun that has a party of its own as subject. */
static int threat_target(const wt_idcoder *c, int i)
{
    int queue[64], depth[64], head = 0, tail = 0;
    queue[tail] = i;
    depth[tail++] = 0;
    while (head < tail) {
        int at = queue[head], dp = depth[head++];
        if (at != i) {
            if (actor_child(c, at, R_NSUBJ) >= 0 || actor_child(c, at, R_NSUBJ_PASS) >= 0) continue;
            int t = c->w[at].t->upos == WT_UPOS_VERB ? actor_child(c, at, R_OBJ) : -1;
            if (t < 0) t = actor_after_prep(c, at, NULL, WC_TARGET_PREPS, 0);
            if (t >= 0) return t;
        }
        if (dp >= 4) continue;
        for (int j = 0; j < c->nw && tail < 64; j++) {
            int r = c->w[j].rel;
            if (c->w[j].head != at || r == R_NSUBJ || r == R_NSUBJ_PASS || r == R_PUNCT || r == R_PARATAXIS ||
                r == R_CONJ || r == R_CASE || r == R_MARK)
                continue;
            queue[tail] = j;
            depth[tail++] = dp + 1;
        }
    }
    return -1;
}

/* The object a verb shares with the verb coordinated after it ("mengecam
 * dan mengancam Yunani": Yunani is the object of both), when that verb has
 * no subject of its own. */
static int shared_object(const wt_idcoder *c, int i)
{
    for (int j = i + 1; j < c->nw; j++) {
        if (c->w[j].head != i || c->w[j].rel != R_CONJ || c->w[j].t->upos != WT_UPOS_VERB) continue;
        if (child(c, j, R_NSUBJ) >= 0 || child(c, j, R_NSUBJ_PASS) >= 0) continue;
        int t = actor_child(c, j, R_OBJ);
        if (t >= 0) return t;
    }
    return -1;
}

/* "menghubungi pejabat Myanmar untuk mendorong …", "menelepon X untuk
 * meminta …": what is done in a subjectless purpose clause of a contact,
 * call, meeting or visit (04x) is addressed to the one contacted, its
 * object. */
static int purpose_target(const wt_idcoder *c, int i)
{
    int h = head_of(c, i), r = rel_of(c, i);
    if (h < 0 || (r != R_ADVCL && r != R_XCOMP) || child(c, i, R_NSUBJ) >= 0 || child(c, i, R_NSUBJ_PASS) >= 0)
        return -1;
    const char *hc = code_at(c, h);
    if (!hc || cameo_root(hc) != 4 || is_passive_word(c, h)) return -1;
    /* the one contacted as an object: with a counterpart after `dengan`
     * (berkoordinasi dengan polisi untuk memantau …) the two act together */
    return actor_child(c, h, R_OBJ);
}

/* "Permintaan maaf disampaikan Mattis ketika bertemu dengan Ryamizard",
 * "X mengkritik … saat bertemu Y": what is said or asked while meeting
 * someone (an adverbial clause of a 04x verb with no party of its own as
 * subject) is addressed to the one met. Only for words and stances
 * (01-05, 10-12): force is no matter of whom one met. */
static int meeting_counterpart(const wt_idcoder *c, int i, const char code[8])
{
    int root = cameo_root(code);
    if (!((root >= 1 && root <= 5) || (root >= 10 && root <= 12))) return -1;
    for (int j = 0; j < c->nw; j++) {
        if (c->w[j].head != i || c->w[j].rel != R_ADVCL) continue;
        const char *jc = code_at(c, j);
        if (!jc || cameo_root(jc) != 4) continue;
        if (actor_child(c, j, R_NSUBJ) >= 0 || actor_child(c, j, R_NSUBJ_PASS) >= 0) continue;
        int t = actor_child(c, j, R_OBJ);
        if (t < 0) t = actor_after_prep(c, j, NULL, 0, W2_COUNTERPART_PREPS);
        if (t >= 0) return t;
    }
    return -1;
}

/* ------------------------------------------------------------ the frame */

typedef struct fillers {
    int subj, obj, agent;   /* mention indexes, -1 none */
} fillers;

/* An entry's slot filled from the clause's fillers (or a preposition). */
static int slot(const wt_idcoder *c, int at, int s, const char *prep, const fillers *f, int dflt)
{
    switch (s) {
    case ID_SLOT_SUBJ: return f->subj;
    case ID_SLOT_OBJ: return f->obj;
    case ID_SLOT_AGENT: return f->agent;
    case ID_SLOT_PREP: return actor_after_prep(c, at, prep, 0, 0);
    case ID_SLOT_NONE: return -1;
    default: return dflt;
    }
}

/* The verb's own arguments (word i, the verb or the light verb). */
static void verb_args(const wt_idcoder *c, int i, int receive, int reciprocal, const char code[8], const id_frame *fr,
                      decision *d)
{
    int passive = is_passive_word(c, i);
    int threat = cameo_root(code) == 13;   /* threaten, warn */
    fillers f = { subject_of(c, i, passive), passive ? -1 : object_of(c, i), passive ? passive_agent(c, i) : -1 };
    if (passive) {
        d->tgt = f.subj;
        d->src = f.agent;
        d->tgt_via = "passive subject";
        d->src_via = "passive agent";
    } else if (receive) {
        /* X mendapat dukungan dari Y: Y acts on X */
        d->tgt = f.subj;
        d->src = actor_after_prep(c, i, NULL, WC_TARGET_PREPS, 0);
        if (d->src < 0) d->src = actor_after_prep(c, child(c, i, R_OBJ), NULL, WC_TARGET_PREPS, 0);
        d->tgt_via = "subject of a receiving verb";
        d->src_via = "after a preposition";
    } else {
        d->src = f.subj;
        d->tgt = f.obj;
        d->src_via = "subject";
        d->tgt_via = "object or after a target preposition";
        /* a reciprocal predicate's counterpart is its subject list or its
         * `dengan` actor, never what the two do together ("bekerja sama
         * mencari kapal X") */
        if (d->tgt < 0 && !reciprocal) {
            d->tgt = complement_target(c, i, threat);
            d->tgt_via = "target of the complement clause";
        }
        if (d->tgt < 0 && !reciprocal) {
            d->tgt = shared_object(c, i);
            d->tgt_via = "object shared with the coordinated verb";
        }
        if (d->tgt < 0 && threat) {
            d->tgt = threat_target(c, i);
            d->tgt_via = "the target of what the threat says will happen";
        }
        if (d->tgt < 0 && !reciprocal) {
            d->tgt = purpose_target(c, i);
            d->tgt_via = "the one contacted, met or visited for this purpose";
        }
        if (d->tgt < 0 && !reciprocal) {
            d->tgt = meeting_counterpart(c, i, code);
            d->tgt_via = "the one met when it was said or done";
        }
    }
    if (fr->src) d->src_via = "the entry's frame";
    if (fr->tgt) d->tgt_via = "the entry's frame";
    d->src = slot(c, i, fr->src, fr->src_prep, &f, d->src);
    d->tgt = slot(c, i, fr->tgt, fr->tgt_prep, &f, d->tgt);
}

/* An event noun's own dependents: genitive (source, or undergoer for an
 * affected-object noun), a target after a preposition, `yang dilakukan X`. */
/* The actor an event noun's genitive names (serangan tentara X), -1. */
static int genitive_of(const wt_idcoder *c, int n)
{
    int gen = -1;
    for (int j = 0; j < c->nw && gen < 0; j++)
        if (c->w[j].head == n && (c->w[j].rel == R_NMOD || c->w[j].rel == R_POSS || c->w[j].rel == R_FLAT ||
                                  c->w[j].rel == R_APPOS) && case_of(c, j) < 0)
            gen = actor_of(c, j, 0);
    return gen;
}

/* The clause a noun phrase belongs to: the first verb up from noun n
 * through nominal links (the parser may hang "atas permintaan X" on the
 * object rather than the verb), -1 if none within four steps. */
static int clause_verb(const wt_idcoder *c, int n)
{
    int at = n;
    for (int step = 0; step < 4; step++) {
        int h = head_of(c, at), r = rel_of(c, at);
        if (h < 0 || (r != R_OBL && r != R_NMOD && r != R_OBJ)) return -1;
        if (c->w[h].t->upos == WT_UPOS_VERB) return h;
        at = h;
    }
    return -1;
}

/* Does event noun n carry a possessive -nya, on itself or on an
 * adjective right after it (pertemuan terakhirnya)? */
static int possessive_nya(const wt_idcoder *c, int n)
{
    if (c->w[n].t->morph & WT_M_NYA) return 1;
    return n + 1 < c->nw && c->w[n + 1].head == n && c->w[n + 1].rel == R_AMOD &&
           (c->w[n + 1].t->morph & WT_M_NYA);
}

/* "Polisi menangkap X atas permintaan Serbia": a request (02) or demand
 * (10) made at someone's behest was made to the clause's subject (or, in
 * the passive, to its agent), who acted on it. */
static int behest_target(const wt_idcoder *c, int n, const char code[8])
{
    int root = cameo_root(code), k = case_of(c, n);
    if ((root != 2 && root != 10) || k < 0 || !isc(&c->w[k], W2_BEHEST_PREPS)) return -1;
    int h = clause_verb(c, n);
    if (h < 0) return -1;
    return is_passive_word(c, h) ? passive_agent_but(c, h, n) : subject_of(c, h, 0);
}

static void noun_args(const wt_idcoder *c, int n, int undergoer, const char code[8], decision *d)
{
    int gen = genitive_of(c, n);
    if (d->tgt < 0 && gen >= 0 && gen != d->src) {
        int t = behest_target(c, n, code);
        if (t >= 0 && t != gen) { d->tgt = t; d->tgt_via = "the one who acted at the noun's behest"; }
    }
    /* "X terbunuh dalam serangan Y": the act hit the passive's subject */
    int h = head_of(c, n);
    if (d->tgt < 0 && h >= 0 && rel_of(c, n) == R_OBL && c->w[h].t->upos == WT_UPOS_VERB && is_passive_word(c, h)) {
        int t = actor_child(c, h, R_NSUBJ_PASS);
        if (t < 0) t = actor_child(c, h, R_NSUBJ);
        if (t >= 0 && t != gen) { d->tgt = t; d->tgt_via = "subject of the passive the act happened in"; }
    }
    if (d->src < 0 && !undergoer && gen >= 0) { d->src = gen; d->src_via = "the noun's genitive"; }
    if (d->tgt < 0 && undergoer && gen >= 0) { d->tgt = gen; d->tgt_via = "the noun's genitive (undergoer)"; }
    /* "kecaman oleh X", "bantuan dari X": the source after an agent or
     * source preposition */
    if (d->src < 0 && !undergoer) {
        int a = actor_after_prep(c, n, NULL, 0, W2_AGENT_PREPS | W2_SOURCE_PREPS);
        if (a >= 0 && a != d->tgt) { d->src = a; d->src_via = "the noun's agent or source preposition"; }
    }
    if (d->tgt < 0) {
        int t = actor_after_prep_deep(c, n, WC_TARGET_PREPS, 0, 0);
        if (t != d->src) { d->tgt = t; d->tgt_via = "the noun's target preposition"; }
    }

    /* "menjawab sanksi itu dengan kecaman terhadap X": an act that is the
     * means of a verb is done by that verb's subject */
    if (d->src < 0 && !undergoer && h >= 0 && rel_of(c, n) == R_OBL && c->w[h].t->upos == WT_UPOS_VERB &&
        !is_passive_word(c, h) && !WC(&c->w[h], WC_TOPIC_PREPS | WC_NOT_VERBS) && case_of(c, n) >= 0 &&
        isc(&c->w[case_of(c, n)], W2_MEANS_PREPS)) {
        int s = subject_of(c, h, 0);
        if (s >= 0 && s != d->tgt) { d->src = s; d->src_via = "subject of the verb the act is the means of"; }
    }
    /* "Presiden mengungkapkan pertemuannya dengan X", "Dalam kunjungannya
     * ke Beijing, Presiden Filipina …": the -nya of an act in a clause is
     * the clause's subject's (an act that is itself the subject points
     * back past the sentence, which only the entity chains may follow) */
    if (d->src < 0 && !undergoer && possessive_nya(c, n)) {
        int cv = clause_verb(c, n);
        if (cv >= 0 && !is_passive_word(c, cv)) {
            int s = subject_of(c, cv, 0);
            if (s >= 0 && s != d->tgt) { d->src = s; d->src_via = "the clause subject the act's -nya refers to"; }
        }
    }
    /* "kunjungan yang dilakukan pejabat Kremlin" */
    for (int j = 0; j < c->nw && d->src < 0; j++)
        if (c->w[j].head == n && (c->w[j].rel == R_RELCL || c->w[j].rel == R_ACL) && WC(&c->w[j], WC_LIGHT_VERBS) &&
            is_passive_word(c, j)) {
            d->src = passive_agent(c, j);
            d->src_via = "agent of the light verb describing the noun";
        }
}

int idg_tree_args(wt_idcoder *c, const idv *v, int nominal, decision *d, int *anchor)
{
    if (!c->parsed) return 0;
    const id_frame *fr = v->pat ? &v->pat->frame : &v->v->frame;
    int p = v->word;
    /* a bare root the parser reads as a verb ("sepakat kerja sama",
     * "Korut setuju") takes a verb's arguments */
    if (!nominal || (v->cls == ID_AF_BARE && c->w[p].t->upos == WT_UPOS_VERB)) {
        verb_args(c, p, 0, v->recip != 0, v->code, fr, d);
        /* a pattern that took the verb's object noun (mengirimkan bantuan
         * … kepada X, menggelar perundingan dengan X): the noun's target
         * is the verb's */
        for (int j = p + 1; j <= v->pat_last && j < c->nw && d->tgt < 0; j++)
            if (c->w[j].head == p && c->w[j].rel == R_OBJ) {
                d->tgt = actor_after_prep_deep(c, j, WC_TARGET_PREPS, 0, 0);
                d->tgt_via = "target of the event noun the pattern took";
            }
        return 1;
    }
    /* an event noun that is the object (or passive subject) of a light
     * verb takes the light verb's arguments */
    int h = head_of(c, p), r = rel_of(c, p);
    int undergoer = v->cls == ID_AF_NOM && !strncmp(c->w[p].norm, "pe", 2) && strncmp(c->w[p].norm, "per", 3);
    if (h >= 0 && WC(&c->w[h], WC_LIGHT_VERBS) && (r == R_OBJ || r == R_NSUBJ_PASS || r == R_NSUBJ)) {
        *anchor = h < p ? h : *anchor;
        verb_args(c, h, WC(&c->w[h], WC_RECEIVE_VERBS), v->recip != 0, v->code, fr, d);
        if (d->src_via) d->src_via = "light verb's argument";
        /* the light verb's object is the noun itself: the target is the
         * noun's own (kunjungan ke X), unless the verb is passive */
        if (!is_passive_word(c, h) && !WC(&c->w[h], WC_RECEIVE_VERBS)) d->tgt = -1;
        /* "Ancaman Korut dilontarkan": the noun is the light verb's
         * passive subject, no party of its own */
        if (d->tgt >= 0 && d->tgt == c->w[p].mention) d->tgt = -1;
        if (d->src >= 0 && d->src == c->w[p].mention) d->src = -1;
        if (r == R_NSUBJ_PASS || r == R_NSUBJ) d->tgt = -1;
        noun_args(c, p, 0, v->code, d);
        /* "mengunjungi X untuk menyampaikan protes" */
        if (d->tgt < 0 && r == R_OBJ && !is_passive_word(c, h)) {
            d->tgt = purpose_target(c, h);
            d->tgt_via = "the one contacted, met or visited for this purpose";
        }
        /* "permintaan maaf disampaikan Mattis ketika bertemu dengan X" */
        if (d->tgt < 0) {
            d->tgt = meeting_counterpart(c, h, v->code);
            d->tgt_via = "the one met when it was said or done";
        }
        return 1;
    }
    if (h >= 0 && WC(&c->w[h], WC_RECEIVE_VERBS) && r == R_OBJ) {
        *anchor = h < p ? h : *anchor;
        verb_args(c, h, 1, v->recip != 0, v->code, fr, d);
        noun_args(c, p, 0, v->code, d);
        return 1;
    }
    noun_args(c, p, undergoer, v->code, d);
    return 1;
}

int idg_tree_conj_subject(const wt_idcoder *c, const idv *v, int anchor)
{
    int p = anchor >= 0 && anchor < c->nw ? anchor : v->word;
    if (!c->parsed || rel_of(c, p) != R_CONJ || c->w[p].t->upos != WT_UPOS_VERB) return -1;
    int h = head_of(c, p);
    if (h < 0 || c->w[h].t->upos != WT_UPOS_VERB) return -1;
    if (child(c, p, R_NSUBJ) >= 0 || child(c, p, R_NSUBJ_PASS) >= 0) return -1;
    if (is_passive_word(c, p) != is_passive_word(c, h)) return -1;
    return actor_child(c, h, is_passive_word(c, h) ? R_NSUBJ_PASS : R_NSUBJ);
}

/* A year (four digits) among the dependents of word i or of their
 * dependents: "Pada tahun 1990, Irak menyerang Kuwait". */
static int year_under(const wt_idcoder *c, int i, int depth)
{
    for (int j = 0; j < c->nw; j++) {
        if (c->w[j].head != i) continue;
        int r = c->w[j].rel;
        if (depth == 0 && r != R_OBL && r != R_TMOD && r != R_ADVMOD && r != R_NMOD) continue;
        if (depth > 0 && r != R_NUMMOD && r != R_FLAT && r != R_NMOD && r != R_TMOD && r != R_APPOS) continue;
        const char *n = c->w[j].norm;
        if (strlen(n) == 4 && isdigit((unsigned char)n[0]) && isdigit((unsigned char)n[1]) &&
            isdigit((unsigned char)n[2]) && isdigit((unsigned char)n[3])) {
            int y = atoi(n);
            if (y >= 1900 && y <= 2100) return y;
        }
        if (depth == 0) {
            int y = year_under(c, j, 1);
            if (y) return y;
        }
    }
    return 0;
}

int idg_background_year(const wt_idcoder *c, const idv *v, int anchor)
{
    if (!c->parsed || !c->date) return 0;
    int year = c->date / 10000;
    int y = year_under(c, v->word, 0);
    if (!y && anchor != v->word) y = year_under(c, anchor, 0);
    return y && y <= year - 2 ? y : 0;
}

int idg_tree_jointly(const wt_idcoder *c, const idv *v, int anchor)
{
    if (!c->parsed) return 0;
    for (int j = 0; j < c->nw; j++) {
        int h = c->w[j].head;
        /* on the event word, its light verb, or a word of its pattern
         * ("menggelar latihan militer bersama") */
        int on = h == anchor || (h >= v->word && h <= v->pat_last);
        if (on && isc(&c->w[j], W2_JOINTLY) && case_of(c, j) < 0 && c->w[j].mention < 0)
            return 1;
    }
    return 0;
}

int idg_tree_modality(const wt_idcoder *c, const idv *v, int anchor)
{
    if (!c->parsed) return 0;
    int at = anchor >= 0 && anchor < c->nw ? anchor : v->word;
    for (int step = 0; step < 4; step++) {
        int h = head_of(c, at), r = rel_of(c, at);
        if (h < 0 || (r != R_XCOMP && r != R_CCOMP && r != R_CONJ)) return 0;
        /* a conj only passes its head's modality on; the head of an
         * xcomp or ccomp is the controlling verb */
        if (r != R_CONJ) {
            if (WC(&c->w[h], WC_THREAT_WORDS)) return 2;
            if (WC(&c->w[h], WC_MODALS)) return 1;
        }
        if (WC(&c->w[h], WC_SPEECH_VERBS)) return 0;
        at = h;
    }
    return 0;
}

/* "PAN tidak diundang untuk menghadiri pertemuan …": an act controlled by,
 * or done for the purpose of, a negated verb is not asserted. Two steps up
 * through xcomp/advcl at most; a speech verb (ccomp) is not crossed. */
int idg_tree_negated(const wt_idcoder *c, const idv *v, int anchor)
{
    if (!c->parsed) return 0;
    int at = anchor >= 0 && anchor < c->nw ? anchor : v->word;
    for (int step = 0; step < 2; step++) {
        int h = head_of(c, at), r = rel_of(c, at);
        /* "tidak mengizinkan pejabatnya bertemu X" parsed as a clause on
         * the object: the object-control verb above it governs */
        if (r == R_ACL && h >= 0 && rel_of(c, h) == R_OBJ && c->w[at].t->upos == WT_UPOS_VERB) {
            h = head_of(c, h);
            r = R_XCOMP;
        }
        if (h < 0 || (r != R_XCOMP && r != R_ADVCL)) return 0;
        /* a clause with a marker only as a purpose (untuk): "tidak akan
         * mempengaruhi … dalam mendukung X" still supports X */
        int mk = child(c, at, R_MARK);
        if (mk >= 0 ? !isc(&c->w[mk], W2_PURPOSE) : r == R_ADVCL) return 0;
        for (int j = 0; j < c->nw; j++)
            if (c->w[j].head == h && (c->w[j].rel == R_ADVMOD || c->w[j].rel == R_AUX) && WC(&c->w[j], WC_NEGATIONS))
                return 1;
        at = h;
    }
    return 0;
}
