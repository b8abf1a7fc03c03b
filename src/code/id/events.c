/* events.c — the Indonesian coder's events: for one event word, the
 * grammar's decision (source, target, modality) turned into events,
 * with coordinated lists, reciprocal clashes, earlier subjects and places
 * as targets; the explain trace and the emitted records (rule, span). */
#include "code/id/idgrammar.h"

void idg_explain(wt_idcoder *c, const char *fmt, ...)
{
    if (!c->explain) return;
    va_list ap;
    va_start(ap, fmt);
    fputs("    ", c->explain);
    vfprintf(c->explain, fmt, ap);
    fputc('\n', c->explain);
    va_end(ap);
}

static wt_span mention_span(const wt_idcoder *c, const idm *m)
{
    if (m->outside.end > m->outside.start) return m->outside;
    return (wt_span){ c->w[m->first].t->span.start, c->w[m->last].t->span.end };
}

const char *idg_mention_text(wt_idcoder *c, const idm *m)
{
    wt_span s = mention_span(c, m);
    return wt_doc_slice(c->doc, s);
}

/* `rule` names a dictionary file relative to the data directory
 * ("id/id.verbs:83"), so that records coded on two machines compare equal
 * wherever warta is installed; a file outside it keeps its path. */
const char *idg_rule_path(const wt_idcoder *c, const char *file)
{
    size_t n = c->data_dir ? strlen(c->data_dir) : 0;
    if (n && !strncmp(file, c->data_dir, n) && file[n] == '/') return file + n + 1;
    return file;
}

/* "Ibu Kota Korea Utara (Korut), Pyongyang": two names of one place or
 * actor with nothing but punctuation between them. */
static int apposition(const wt_doc *d, wt_span a, wt_span b)
{
    uint32_t from = a.end <= b.start ? a.end : b.end, to = a.end <= b.start ? b.start : a.start;
    if (from > to || to - from > 4) return 0;
    for (uint32_t i = from; i < to; i++)
        if (!strchr(" ,()", d->text[i])) return 0;
    return 1;
}

/* Private people and firms as a party of a visit, meeting, stated intent
 * or cooperation (tourists in Japan, investors arriving, a film made with
 * Japan, a company asking a court for help) make no political event: of
 * those roots only a state's apology, aid or release reaches them. */
static int private_party(const char *src, const char *tgt, const char *code)
{
    static const char *const PRIVATE[] = { "CVL", "BUS", "EDU", "REF", NULL };
    int root = cameo_root(code);
    if (root < 2 || root > 8) return 0;
    int ps = !strncmp(src, "IGO", 3) ? 0 : in_list(PRIVATE, src + primary_len(src));
    int pt = !strncmp(tgt, "IGO", 3) ? 0 : in_list(PRIVATE, tgt + primary_len(tgt));
    if (root == 2) return ps && !strcmp(src + primary_len(src), "BUS");
    if (root == 3 || root == 4 || root == 6) return ps || pt;
    return ps;
}

/* A person or body the dictionaries (or the article) name: a persons or
 * institutions entry, or a name the article introduced. */
static int named_entity(const idm *m)
{
    if (!m->rule_file || m->pronoun || m->home == 1 || m->home == 2) return 0;
    return strstr(m->rule_file, "persons") || strstr(m->rule_file, "institutions") || m->rule_file[0] == '(';
}

/* A person the dictionaries or the article name. */
static int person_entity(const idm *m)
{
    return m->rule_file && (strstr(m->rule_file, "persons") || m->rule_file[0] == '(');
}

/* A specific office written as a name (a minister of a portfolio, the
 * governor of a province): two or more capitalised words of a role entry,
 * which name one post, not a kind of actor (a government, the police). */
static int named_office(const wt_idcoder *c, const idm *m)
{
    if (!m->rule_file || m->pronoun || m->possessive || !strstr(m->rule_file, "agents") || m->last <= m->first)
        return 0;
    for (int i = m->first; i <= m->first + 1; i++)
        if (!(c->w[i].t->flags & WT_TF_CAPITAL)) return 0;
    return 1;
}

/* "Anies berbincang dengan Gubernur Jawa Barat Ahmad Heryawan": two
 * different named people or bodies of one code (IDNGOV and IDNGOV) are
 * two actors, not one named twice: different entries, and neither name
 * inside the other; so are two offices written as names (a minister
 * rebuking a provincial governor). */
static int distinct_named(wt_idcoder *c, const idm *s, const idm *t)
{
    int ns = named_entity(s), nt = named_entity(t);
    int os = !ns && named_office(c, s), ot = !nt && named_office(c, t);
    if (!(ns || os) || !(nt || ot)) return 0;
    /* a person and an office of one code may be its holder: one actor */
    if ((os && person_entity(t)) || (ot && person_entity(s))) return 0;
    /* one list (Partai Demokrat, PPP dan PBB; Pratikno dan Johan Budi)
     * acts together, not on itself */
    if (s->group == t->group) return 0;
    /* "Ahmad Heryawan alias Aher" */
    const idm *l = s->first < t->first ? s : t, *r = l == s ? t : s;
    for (int i = l->last + 1; i < r->first && i <= l->last + 3; i++)
        if (isc(&c->w[i], W2_ALIAS)) return 0;
    if (s->rule_file[0] != '(' && t->rule_file[0] != '(' && s->rule_file == t->rule_file &&
        s->rule_line == t->rule_line)
        return 0;
    char a[160], b[160];
    snprintf(a, sizeof a, "%s", idg_mention_text(c, s));
    snprintf(b, sizeof b, "%s", idg_mention_text(c, t));
    for (char *p = a; *p; p++) *p = (char)tolower((unsigned char)*p);
    for (char *p = b; *p; p++) *p = (char)tolower((unsigned char)*p);
    return !strstr(a, b) && !strstr(b, a);
}

static void emit(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int src, int tgt)
{
    idm *s = &c->m[src], *t = &c->m[tgt];
    if (!s->code[0] || !t->code[0]) return;
    int two = !strcmp(s->code, t->code) && distinct_named(c, s, t);
    if (!strcmp(s->code, t->code) && !two) {
        idg_explain(c, "skip %s -> %s %s: same actor", s->code, t->code, code);
        return;
    }
    /* within one country an event needs two different sectors (police and
     * citizens, army and rebels, government and parliament); a bare
     * country code on either side is the same actor named twice */
    if (!two && same_primary(s->code, t->code) && !domestic_pair(s->code, t->code)) {
        idg_explain(c, "skip %s -> %s %s: same country", s->code, t->code, code);
        return;
    }
    char adj[8];
    memcpy(adj, code, 8);
    if (c->clash) {
        const char *ss = s->code + primary_len(s->code), *ts = t->code + primary_len(t->code);
        int s_force = !strncmp(ss, "COP", 3) || !strncmp(ss, "MIL", 3);
        int t_force = !strncmp(ts, "COP", 3) || !strncmp(ts, "MIL", 3);
        if (s_force && civilian_sector(t->code)) strcpy(adj, "175");
        else if (t_force && civilian_sector(s->code)) strcpy(adj, "145");
    }
    /* police or soldiers blocking a march (dihadang aparat) coerce the
     * marchers (17); obstruction as protest (144) is the crowd's act */
    if (!strncmp(code, "144", 3)) {
        const char *ss = s->code + primary_len(s->code);
        if (!strncmp(ss, "COP", 3) || !strncmp(ss, "MIL", 3)) strcpy(adj, "170");
    }
    code = adj;
    if (private_party(s->code, t->code, code)) {
        idg_explain(c, "skip %s -> %s %s: a private party (people, firms) in a visit, meeting or cooperation", s->code, t->code, code);
        return;
    }
    wt_event_list *out = ec->out;
    uint32_t para = c->doc->paras.items[ec->sent->para].index;
    /* an event repeated in the same paragraph is listed once, and so is
     * one whose target is named twice in apposition */
    wt_span tspan = mention_span(c, t);
    for (size_t k = 0; k < out->items_vec.len; k++) {
        const wt_event *e = &out->items_vec.items[k];
        if (e->para != (int32_t)para || e->doc != c->doc->id || strcmp(e->source, s->code) ||
            strcmp(e->code, code))
            continue;
        if (!strcmp(e->target, t->code)) return;
        if (e->sent == ec->sent_index && same_primary(e->target, t->code) &&
            apposition(c->doc, e->target_span, tspan)) {
            idg_explain(c, "skip %s -> %s %s: %s named again in apposition", s->code, t->code, code, e->target);
            return;
        }
    }
    wt_event *e = wt_event_list_add(out);
    e->doc = c->doc->id;
    e->para = (int32_t)para;
    e->sent = ec->sent_index;
    e->span = ec->sent->span;
    snprintf(e->source, sizeof e->source, "%s", s->code);
    snprintf(e->target, sizeof e->target, "%s", t->code);
    e->source_span = mention_span(c, s);
    e->target_span = tspan;
    e->source_text = wt_arena_strdup(&out->arena, idg_mention_text(c, s));
    e->target_text = wt_arena_strdup(&out->arena, idg_mention_text(c, t));
    wt_event_set_code(e, code);
    int a = v->word, b = v->pat_last;
    if (a > s->first && s->last < v->word && v->word - s->last <= 6) a = s->first;
    if (t->last > b && t->first - b <= 6 && !t->outside.end) b = t->last;
    e->evidence_span = (wt_span){ c->w[a].t->span.start, c->w[b].t->span.end };
    e->evidence = wt_arena_strdup(&out->arena, wt_doc_slice(c->doc, e->evidence_span));
    char rule[512];
    snprintf(rule, sizeof rule, "%s:%u", idg_rule_path(c, v->rule_file), v->rule_line);
    e->rule = wt_arena_strdup(&out->arena, rule);
    if (c->speaker) e->speaker = wt_arena_strdup(&out->arena, c->speaker);
    ec->added++;
    if (strncmp(s->code, t->code, 3) && !s->pronoun && !t->pronoun) {
        snprintf(c->prev_pair[0], 32, "%s", s->code);
        snprintf(c->prev_pair[1], 32, "%s", t->code);
        c->prev_pair_sent = ec->sent_index;
        c->prev_pair_both = 0;
        for (size_t k = 0; k + 1 < out->items_vec.len; k++) {
            const wt_event *r = &out->items_vec.items[k];
            if (r->doc == c->doc->id && r->sent == ec->sent_index && !strcmp(r->source, t->code) &&
                !strcmp(r->target, s->code))
                c->prev_pair_both = 1;
        }
    }
    idg_explain(c, "EVENT %s -> %s %s (%s)", e->source, e->target, e->code, rule);
}

/* Every member of the source group × every member of the target group. */
static void emit_groups(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int src, int tgt, int both)
{
    int sg = c->m[src].group, tg = c->m[tgt].group;
    /* "kedatangan Obama dan Najib ke Bali": a list does not act on its own
     * members unless the act is mutual (within_group emits those) */
    if (sg == tg && !both) {
        idg_explain(c, "'%s' [%s]: source and target in one list, not an act of one on the other",
                    c->w[v->word].norm, code);
        return;
    }
    for (int a = 0; a < c->nm; a++) {
        if (c->m[a].group != sg) continue;
        for (int b = 0; b < c->nm; b++) {
            if (c->m[b].group != tg || a == b) continue;
            emit(c, ec, v, code, a, b);
            if (both) emit(c, ec, v, code, b, a);
        }
    }
}

/* Members of one coordinated group, pairwise both ways (A dan B sepakat). */
static int emit_within_group(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int g)
{
    int n = 0;
    for (int a = 0; a < c->nm; a++)
        for (int b = 0; b < c->nm; b++)
            if (a != b && c->m[a].group == g && c->m[b].group == g) { emit(c, ec, v, code, a, b); n++; }
    return n;
}

/* "Latihan ini melibatkan 25 ribu tentara AS dan 50 ribu tentara Korsel":
 * the actors a reciprocal event involves, listed after `melibatkan` with
 * numbers between them, act on each other. Returns the pairs emitted. */
static int emit_participants(wt_idcoder *c, emit_ctx *ec, const idv *v, const char code[8], int at)
{
    int list[8], n = 0;
    for (int i = at + 1; i < c->nw && n < 8; i++) {
        if (idg_is_break(c, i) || isc(&c->w[i], W2_RELATIVE)) break;
        if (c->w[i].mention >= 0) {
            const idm *m = &c->m[c->w[i].mention];
            if (m->prep >= 0 && !isc(&c->w[m->prep], W2_BETWEEN)) break;
            list[n++] = c->w[i].mention;
            i = m->last;
            continue;
        }
        /* numbers, quantity words, the coordinator and commas between the members */
        if (c->w[i].t->kind != WT_TOK_NUMBER && !c->w[i].numeral && !WC(&c->w[i], WC_COORD) && !is_punct(c, i, ',') &&
            !WC(&c->w[i], WC_MENTION_PREFIX) && !isc(&c->w[i], W2_UNITS))
            break;
    }
    int pairs = 0;
    for (int a = 0; a < n; a++)
        for (int b = 0; b < n; b++)
            if (a != b && c->m[list[a]].code[0] && c->m[list[b]].code[0]) { emit(c, ec, v, code, list[a], list[b]); pairs++; }
    return pairs;
}

/* "Korut terus melakukan uji coba … . PBB pun kembali menjatuhkan
 * sanksi", "Pyongyang mengecam tindakan tersebut": a hostile act (11, 12,
 * 16, 17) whose subject acts on no one the sentence names answers the
 * subject of the sentence just before, when that is another country's.
 * Returns a mention standing for it (its words are the earlier
 * sentence's), or -1. */
static int previous_subject(wt_idcoder *c, const emit_ctx *ec, const char *code, int src, int verb)
{
    /* not threats (13): "membalas kecaman" answers words with words */
    if (code[0] != '1' || !strchr("1267", code[1])) return -1;
    if (!c->prev_subj[0] || c->prev_subj_sent != ec->sent_index - 1 || c->nm >= MAXM) return -1;
    const idm *s = &c->m[src];
    /* "Menurut data PBB, kekeringan ini telah mengancam …": PBB is the
     * source of the report, not a subject */
    if (!s->code[0] || s->prep >= 0 || same_primary(s->code, c->prev_subj)) return -1;
    for (int i = s->last + 1; i < verb; i++)
        if (is_punct(c, i, ',')) return -1;
    for (int k = 0; k < c->nm; k++)
        if (c->m[k].code[0] && c->m[k].group != s->group) return -1;
    idm *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->first = m->last = s->last;
    m->group = c->nm;
    m->prep = -1;
    m->pronoun = 2;
    m->has_actor = 1;
    snprintf(m->code, sizeof m->code, "%s", c->prev_subj);
    m->outside = c->prev_subj_span;
    return c->nm++;
}

/* The subject a later sentence may answer: the sentence's first mention,
 * coded, alone (not a list), within the first four words of its clause
 * and after no preposition or verb ("Dalam kalimat berbahasa Inggris …"
 * has none). */
void idg_remember_subject(wt_idcoder *c, int sent_index)
{
    c->prev_subj[0] = '\0';
    if (c->nm == 0) return;
    const idm *m = &c->m[0];
    if (!m->code[0] || m->prep >= 0 || m->pronoun || m->outside.end || (c->nm > 1 && c->m[1].group == 0)) return;
    /* after a fronted phrase: "Atas peluncuran rudal …, PBB pun …" */
    int start = 0;
    for (int i = 0; i < m->first; i++)
        if (is_punct(c, i, ',')) start = i + 1;
    if (m->first - start > 3) return;
    for (int i = start; i < m->first; i++)
        if (c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS)) return;
    snprintf(c->prev_subj, sizeof c->prev_subj, "%s", m->code);
    c->prev_subj_span = mention_span(c, m);
    c->prev_subj_sent = sent_index;
}

static int is_event_word(const wt_idcoder *c, int i)
{
    for (int k = 0; k < c->nv; k++)
        if (c->v[k].word == i) return 1;
    return 0;
}

/* "serangan melawan pasukan Myanmar", "demonstrasi warga Palestina di desa
 * itu melawan kebijakan Israel", "perang melawan ISIS": after an event noun
 * (and its genitive, place or modifiers) melawan says whom the noun's act
 * is against, like a preposition; it is no fight of its own, and the
 * clause subject before the noun is not a fighter. */
static int against_after_noun(const wt_idcoder *c, const idv *v)
{
    if (!isc(&c->w[v->word], W2_AGAINST)) return 0;
    for (int i = v->word - 1; i >= 0 && i >= v->word - 8; i--) {
        if (c->w[i].mention >= 0) continue;
        if (c->w[i].kind == W_PUNCT || c->w[i].kind == W_QUOTE || idg_is_break(c, i)) return 0;
        for (int k = 0; k < c->nv; k++) {
            const idv *n = &c->v[k];
            if (n->pat_last != i || n == v) continue;
            /* a noun with no act of its own (kemenangan) leaves melawan a fight */
            return n->code[0] && (n->cls == ID_AF_NOM || n->cls == ID_AF_KE || n->cls == ID_AF_BARE);
        }
        /* a place (di desa itu) may stand between; another preposition
         * starts a phrase of its own (ucapan selamat atas kemenangan …) */
        if (c->w[i].is_verbish || WC(&c->w[i], WC_COORD) || (WC(&c->w[i], WC_ALL_PREPS) && !isc(&c->w[i], W2_LOCATIVE)))
            return 0;
    }
    return 0;
}

/* "pembukaan jalur bus dilakukan sebagai bentuk penguatan kerja sama
 * antara A dan B", "dalam rangka peningkatan kerja sama": the event noun
 * names the aim or meaning of another act, which the sentence reports. */
static int framed_purpose(const wt_idcoder *c, int noun)
{
    /* only with a word of growth: "sebagai bentuk protes terhadap X" is
     * X's protest, "dalam rangka kunjungan ke Y" a visit */
    int i = noun - 1;
    if (i < 2 || c->w[i].kind != W_OTHER || !WC(&c->w[i], WC_GROWTH)) return 0;
    i--;
    if (c->w[i].kind != W_OTHER) return 0;
    return isc(&c->w[i], W2_FRAME_NOUNS) && isc(&c->w[i - 1], W2_FRAME_NOUN_PREPS);
}

/* "mengutuk serangan melawan pasukan Myanmar", "mengkritik kekerasan
 * terhadap Rohingya": when a disapproval's object is an act (an event noun)
 * and the actor follows that act's preposition, the actor is the act's
 * victim, not the one disapproved of; the act's own author would be (a
 * genitive right after the noun, "serangan Israel", is found first). */
static int victim_of_disapproved_act(const wt_idcoder *c, const idv *v, const char *code, int tgt)
{
    if (tgt < 0 || code[0] != '1' || code[1] != '1' || c->m[tgt].prep < 0) return 0;
    for (int i = v->pat_last + 1; i < c->m[tgt].first; i++)
        for (int k = 0; k < c->nv; k++) {
            const idv *n = &c->v[k];
            if (n->word == i && n != v && n->code[0] && (n->cls == ID_AF_NOM || n->cls == ID_AF_KE || n->cls == ID_AF_BARE))
                return 1;
        }
    return 0;
}

/* "salah satu isu paling panas dalam upaya memulai kembali perundingan
 * damai Israel-Palestina": a noun modal after a preposition and before a
 * predicate, whose clause names no actor before it (`left` is the left
 * actor, -1, or beyond a comma), names a process the sentence talks about;
 * nobody is said to intend anything. */
static int ownerless_effort(const wt_idcoder *c, int anchor, int left)
{
    int limit = left >= 0 ? c->m[left].last : -1;
    for (int i = anchor - 1; i > 0 && i >= anchor - 4; i--) {
        if (c->w[i].mention >= 0 || idg_is_break(c, i) || c->w[i].kind == W_PUNCT) return 0;
        if (!word_in(c, i, WC_NOUN_MODALS)) continue;
        /* "rencana kunjungan Presiden Xi": the visit's genitive owns the plan */
        if (!word_in(c, i - 1, WC_ALL_PREPS) || c->w[i - 1].mention >= 0 || !c->w[i + 1].is_verbish) return 0;
        for (int k = i - 2; k > limit; k--)
            if (is_punct(c, k, ',') || idg_is_break(c, k)) return 1;
        return limit < 0;
    }
    return 0;
}

/* "pasukan lokal yang memiliki kemampuan dan motivasi untuk bertempur
 * melawan ISIS": an act after untuk, inside a yang clause that describes
 * the actor, is what the actor is for or able to do, not what it did. */
static int purpose_in_relative(const wt_idcoder *c, int left_last, int anchor)
{
    if (anchor < 1 || !isc(&c->w[anchor - 1], W2_PURPOSE)) return 0;
    int rel = 0;
    for (int i = left_last + 1; i < anchor - 1; i++) {
        if (c->w[i].mention >= 0 || idg_is_break(c, i) || is_punct(c, i, ',')) return 0;
        /* "Menlu X yang menyatakan AS siap untuk berunding" reports a
         * statement; "yang siap untuk menyerang" is a stated intent */
        if (rel && (WC(&c->w[i], WC_SPEECH_VERBS) || WC(&c->w[i], WC_MODALS))) return 0;
        if (isc(&c->w[i], W2_RELATIVE)) rel = 1;
    }
    return rel;
}

/* Intent, meetings and concessions need a counterpart; when the clause
 * names none, the sentence's only other country is it ("Korut setuju untuk
 * bernegosiasi, Washington juga melunak"). */
static int only_other_actor(const wt_idcoder *c, int src, int at)
{
    int found = -1;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (!m->code[0] || m->pronoun || !strncmp(m->code, c->m[src].code, 3)) continue;
        /* "Trump dan Abe datang ke Florida": the source's own list travels
         * together, its members do not visit each other */
        if (m->group == c->m[src].group) continue;
        /* "membahas langkah-langkah mendorong Korea Utara": an actor after
         * another active verb is that verb's, and the guess is off
         * ("membantu dan memperkuat kerja sama dengan X" share theirs) */
        for (int q = 0; q < c->nv; q++) {
            int w = c->v[q].word;
            if (w > at && w < m->first && c->v[q].cls == ID_AF_MEN && !word_in(c, w - 1, WC_COORD)) return -1;
        }
        if (m->prep >= 0 && (WC(&c->w[m->prep], WC_SPEECH_VERBS))) continue;
        /* "pertemuan ASEAN di Manila": a place after di is where, not whom */
        if (m->prep >= 0 && isc(&c->w[m->prep], W2_LOCATIVE)) continue;
        /* "konferensi Dialog Manama": the end of a name, not a party */
        if (m->first > 0 && c->w[m->first - 1].kind == W_OTHER && (c->w[m->first - 1].t->flags & WT_TF_CAPITAL) &&
            !(c->w[m->first - 1].t->flags & WT_TF_SENT_START) && is_event_word(c, m->first - 1))
            continue;
        if (found >= 0 && strncmp(c->m[found].code, m->code, 3)) return -1;
        if (found < 0) found = k;
    }
    return found;
}

/* "serangan bom di X, diduga dilakukan oleh Y": the noun is the subject
 * of a passive light verb later in the clause; returns its agent. */
static int later_passive_agent(const wt_idcoder *c, int from, int *suspected)
{
    *suspected = 0;
    for (int i = from + 1; i < c->nw && i <= from + 10; i++) {
        if (idg_is_break(c, i)) return -1;
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->mention >= 0 || !x->is_verbish) continue;
        if (isc(x, W2_SUSPICION)) {
            *suspected |= isc(x, W2_SUSPECTED);
            continue;
        }
        if (!WC(x, WC_LIGHT_VERBS) || strncmp(x->norm, "di", 2)) return -1;
        return idg_passive_agent(c, i);
    }
    return -1;
}

/* The place of an event: a state, region or city of countries.actors
 * after `di` (up to three words later: "di Kampung Melayu, Jakarta"),
 * within the clause after word `from`. */
static int place_target(const wt_idcoder *c, int from)
{
    for (int i = from + 1; i < c->nw && i <= from + 8; i++) {
        if (idg_is_break(c, i) || c->w[i].mention >= 0 || !isc(&c->w[i], W2_LOCATIVE)) {
            if (idg_is_break(c, i) || (c->w[i].mention >= 0 && c->m[c->w[i].mention].prep < 0)) return -1;
            continue;
        }
        for (int k = i + 1; k < c->nw && k <= i + 4; k++) {
            if (idg_is_break(c, k)) return -1;
            if (c->w[k].mention < 0) continue;
            const idm *m = &c->m[k >= 0 ? c->w[k].mention : 0];
            const id_phrase *p = c->w[m->first].phrase;
            if (!m->code[0] || m->has_agent || !p || !p->file || !strstr(p->file, "countries")) return -1;
            return c->w[k].mention;
        }
        return -1;
    }
    return -1;
}

static void code_event_inner(wt_idcoder *c, emit_ctx *ec, const idv *v);

/* A mention that names a place: one city of the gazetteer, or a mention
 * right after a locative preposition (di). */
static int place_mention(const wt_idcoder *c, int m)
{
    const idm *x = &c->m[m];
    if (x->prep >= 0 && isc(&c->w[x->prep], W2_LOCATIVE)) return 1;
    for (int i = x->first; i <= x->last; i++)
        if (!c->w[i].info || !c->w[i].info->city) return 0;
    return 1;
}

/* "Kepala Manajemen PBB Jan Beagle": the capitalised name words the
 * dictionaries do not know that end a mention; the last word of the
 * noun phrase. */
static int name_tail_end(const wt_idcoder *c, int last)
{
    int k = last;
    while (k - last < 4 && idg_is_capital_name(c, k + 1) && c->w[k + 1].mention < 0) k++;
    return k;
}

/* Is there a verb (outside actor mentions) strictly between words a and b? */
static int verb_between(const wt_idcoder *c, int a, int b)
{
    for (int i = a + 1; i < b; i++)
        if (c->w[i].is_verbish && c->w[i].mention < 0) return 1;
    return 0;
}

void idg_code_event(wt_idcoder *c, emit_ctx *ec, const idv *v)
{
    /* "dialog tahunan tingkat menteri": a role after a [level] word is the
     * level of an act, no party to it */
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->code[0] && m->first > 0 && c->w[m->first - 1].kind == W_OTHER && isc(&c->w[m->first - 1], W2_LEVEL)) {
            idg_explain(c, "'%s' is a level, not a party", idg_mention_text(c, m));
            m->code[0] = '\0';
        }
    }
    c->clash = 0;
    code_event_inner(c, ec, v);
    c->clash = 0;
}

static void code_event_inner(wt_idcoder *c, emit_ctx *ec, const idv *v)
{
    decision d = { -1, -1, 0, 0, 0, 0, 0, 0, NULL, 0, NULL, NULL };
    int frame_src = 0, locative = 0;
    char code[8];
    memcpy(code, v->code, 8);
    const char *word = c->w[v->word].norm;
    if (!code[0]) { idg_explain(c, "'%s' (%s:%u): no code without a pattern", word, v->rule_file, v->v->line); return; }
    /* "demonstrasi menentang X", "turun aksi menentang X": after a protest
     * menentang marks the protest's target, it is not an event of its own */
    if (!strcmp(code, "111") && isc(&c->w[v->word], W2_OPPOSING))
        for (int k = 0; k < c->nv; k++)
            if (c->v[k].code[0] == '1' && c->v[k].code[1] == '4' && c->v[k].pat_last < v->word &&
                v->word - c->v[k].pat_last <= 3) {
                idg_explain(c, "'%s': the target of the protest before it", word);
                return;
            }
    if (against_after_noun(c, v)) {
        idg_explain(c, "'%s': the target of the event noun before it, not a fight", word);
        return;
    }
    int nominal = v->cls == ID_AF_NOM || v->cls == ID_AF_KE || v->cls == ID_AF_BARE;
    /* a capitalised event noun inside a sentence names something: the
     * conference "Dialog Manama", "Rapat Strategi …", "Perjanjian Paris" */
    if (nominal && (c->w[v->word].t->flags & WT_TF_CAPITAL) && !(c->w[v->word].t->flags & WT_TF_SENT_START) &&
        !(v->word > 0 && c->w[v->word - 1].kind == W_QUOTE) && !(v->word > 0 && is_punct(c, v->word - 1, '"'))) {
        idg_explain(c, "'%s': capitalised, part of a name (not an event)", word);
        return;
    }
    if (nominal && framed_purpose(c, v->word)) {
        idg_explain(c, "'%s': what something else is meant as (sebagai bentuk, dalam rangka …), not an act", word);
        return;
    }
    /* a bare root right after its subject or an aspect/modal word is the
     * predicate (Buruh Prancis mogok, Korut setuju), not a noun */
    if (v->cls == ID_AF_BARE && v->word > 0) {
        int p = v->word - 1;
        if ((c->w[p].mention >= 0 && c->m[c->w[p].mention].prep < 0) || word_in(c, p, WC_ASPECT) || word_in(c, p, WC_MODALS))
            nominal = 0;
    }
    int passive = idg_is_passive_form(word, v->cls);
    int victim = 0;           /* the object's actor is a victim: no stand-in target */
    /* "wilayah Palestina yang diduduki Israel", "daerah yang dikuasai
     * ISIS": who holds a place describes it, it is no event of the day */
    if (passive && !strcmp(code, "192") && v->word > 0 && isc(&c->w[v->word - 1], W2_RELATIVE) &&
        (idg_word_class2(c, c->w[v->word].t->lemma) & W2_OCCUPYING)) {
        idg_explain(c, "'%s': a place described by who holds it (yang di-), not an event", word);
        return;
    }
    int anchor = v->word;          /* where subject search starts */
    int receive = 0;
    int late = -1;               /* "…serangan bom … diduga dilakukan oleh X": X */
    int suspected = 0, speaker = -1; /* …diduga…: the clause subject accuses X */
    if (nominal) {
        int lv = idg_light_before(c, v->word);
        if (lv >= 0) {
            anchor = lv;
            passive = c->w[lv].norm[0] == 'd' && c->w[lv].norm[1] == 'i';
            receive = WC(&c->w[lv], WC_RECEIVE_VERBS);
            /* "menandatangani kesepakatan kerja sama": what is signed is a
             * formal agreement (057); a specific accord (military,
             * economic, judicial: 061–064) keeps its own code */
            const char *ll = c->w[lv].t->lemma;
            if ((idg_word_class2(c, ll) & W2_SIGNING) &&
                ((code[0] == '0' && (code[1] == '3' || code[1] == '5')) || !strcmp(code, "060"))) {
                idg_explain(c, "'%s' [%s]: signed, a formal agreement → 057", word, code);
                strcpy(code, "057");
            }
        }
        if (!passive && !receive) late = later_passive_agent(c, v->pat_last, &suspected);
    }
    /* an entry's frame (docs/dictionaries-id.md): a source after a
     * preposition (`@src=dari`) reads the act as received, like the light
     * verbs of receiving ("menerima bantuan dari Y": Y → the subject); the
     * other frames are read by the loader and checked, not yet used here */
    {
        const id_frame *fr = v->pat ? &v->pat->frame : &v->v->frame;
        if (fr->src == ID_SLOT_PREP && !passive) receive = 1;
    }
    /* a clash between security forces and civilians is repression by the
     * one (175) and violent protest by the other (145) */
    if (code[0] == '1' && code[1] == '9' && v->recip) c->clash = 1;
    /* reciprocal: antara A dan B */
    /* a pattern may end on antara itself (komunikasi antara A dan B) */
    /* … or on the word that names the participants (latihan melibatkan A
     * dan B) */
    int a0 = isc(&c->w[v->pat_last], W2_BETWEEN) || isc(&c->w[v->pat_last], W2_INVOLVING) ? v->pat_last
                                                                                           : v->pat_last + 1;
    for (int a = a0; v->recip && a < c->nw && a <= v->pat_last + 4; a++) {
        if (idg_is_break(c, a) || c->w[a].mention >= 0) break;
        /* "kekerasan atas kesepakatan antara A dan B": antara belongs to
         * the nearer event word */
        int other = 0;
        for (int k = 0; k < c->nv; k++) other |= c->v[k].word == a;
        if (other) break;
        if (isc(&c->w[a], W2_INVOLVING) && emit_participants(c, ec, v, code, a)) return;
        if (!isc(&c->w[a], W2_BETWEEN)) continue;
        /* "Prabowo memaparkan kerja sama antara Indonesia dan Uni Eropa":
         * the object of a verb of telling is a topic, not an event */
        if (v->word > 0 && c->w[v->word - 1].kind == W_OTHER &&
            (WC(&c->w[v->word - 1], WC_SPEECH_VERBS) || WC(&c->w[v->word - 1], WC_TELLING))) {
            idg_explain(c, "'%s' antara …: the topic of '%s', not coded", word, c->w[v->word - 1].norm);
            return;
        }
        /* "tidak ada perundingan antara …", "kerja sama … dapat terjalin
         * antara …", "mesti diputuskan lewat perundingan antara …" */
        decision pre = { -1, -1, 0, 0, 0, 0, 0, 0, NULL, 0, NULL, NULL };
        idg_scan_modality(c, v->word - 8 > 0 ? v->word - 8 : -1, a, &pre);
        const char *why = idg_not_asserted(c, &pre, -1);
        if (why) { idg_explain(c, "'%s' antara …: %s, not coded", word, why); return; }
        if (pre.modal && ownerless_effort(c, v->word, -1)) {
            idg_explain(c, "'%s' antara …: an effort nobody is named making, a topic, not coded", word);
            return;
        }
        if (pre.modal) idg_apply_modality(code, &pre);
        int k = a + 1;
        if (k < c->nw && c->w[k].mention >= 0) {
            const idm *m1 = &c->m[c->w[k].mention];
            int j = m1->last + 1;
            /* antara A melawan/dengan B */
            if (j + 1 < c->nw && isc(&c->w[j], W2_VERSUS) && c->w[j + 1].mention >= 0) {
                int m2 = c->w[j + 1].mention;
                emit_groups(c, ec, v, code, c->w[k].mention, m2, 1);
                return;
            }
            if (!emit_within_group(c, ec, v, code, m1->group))
                idg_explain(c, "'%s' antara …: fewer than two coded actors", word);
            return;
        }
    }
    /* the arguments by word-window rules (grammar.c) */
    if (receive) {
        /* X mendapat dukungan dari Y: Y -> X */
        d.tgt = idg_subject_left(c, anchor);
        for (int i = v->pat_last + 1; i < c->nw && i <= v->pat_last + 6 && d.src < 0; i++) {
            if (idg_is_break(c, i)) break;
            if (c->w[i].mention >= 0 && c->m[c->w[i].mention].prep >= 0 &&
                isc(&c->w[c->m[c->w[i].mention].prep], W2_SOURCE_PREPS))
                d.src = c->w[i].mention;
        }
    } else if (passive) {
        d.tgt = idg_subject_left(c, anchor);
        d.src = idg_passive_agent(c, v->pat_last);
        if (d.src < 0 && nominal && anchor != v->word) d.src = idg_passive_agent(c, anchor);
    } else {
        d.src = idg_subject_left(c, anchor);
        /* serial verbs: "A menemui B meminta bantuan" — B is the object of
         * the verb before it and the addressee of this one; A acts */
        if (d.src >= 0 && !nominal && v->cls == ID_AF_MEN && name_tail_end(c, c->m[d.src].last) + 1 == v->word) {
            int pv = c->m[d.src].first - 1;
            /* "menemui Kepala Manajemen PBB Jan Beagle meminta": a post's
             * holder named after its body (apposition) stands with it */
            if (c->m[d.src].home == 3 && is_punct(c, pv, ',')) pv--;
            if (c->m[d.src].home == 3 && pv >= 0 && c->w[pv].mention >= 0) pv = c->m[c->w[pv].mention].first - 1;
            /* "menemui Kepala Manajemen PBB …": a title the mention does not include */
            for (int k = 0; k < 3 && pv > 0 && c->w[pv].kind == W_OTHER && c->w[pv].mention < 0 &&
                            (c->w[pv].t->flags & WT_TF_CAPITAL) && !c->w[pv].is_verbish && !is_event_word(c, pv); k++)
                pv--;
            const idv *prev = NULL;
            for (int k = 0; k < c->nv; k++)
                if (c->v[k].pat_last == pv && c->v[k].cls == ID_AF_MEN) prev = &c->v[k];
            /* "meminta Komisi III DPR mendukung …": the object of a verb
             * that hands the act on does it ([object-control] in data/id/word-classes.txt) */
            const char *pl = prev ? c->w[prev->word].t->lemma : NULL;
            if (prev && !(idg_word_class(c, pl) & WC_OBJECT_CONTROL)) {
                int a = idg_subject_left(c, prev->word);
                if (a >= 0 && a != d.src && idg_target_right(c, v->pat_last, 6) < 0) { d.tgt = d.src; d.src = a; }
            }
        }
        if (d.src >= 0) d.src = idg_purpose_subject(c, d.src, anchor);
        /* the clause subject reported the event (Polri menyatakan
         * serangan … dilakukan oleh ISIS): the oleh agent did it */
        if (late >= 0) {
            speaker = d.src;
            d.src = late;
        }
        if (nominal && anchor == v->word) {
            /* no light verb: the noun is not a predicate, so its source is a
             * genitive after it, `yang dilakukan X` or `oleh X` — never the
             * clause subject (Israel … akan mengganggu perundingan) */
            /* a pattern that ends on its preposition (komunikasi Polri
             * dengan KPK) leaves the genitive right after the noun */
            int g = idg_genitive_after(c, v->pat && word_in(c, v->pat_last, WC_ALL_PREPS) ? v->last : v->pat_last);
            d.src = g;
            /* penolakan/penangkapan X: X is what was refused/arrested */
            if (g >= 0 && v->cls == ID_AF_NOM && !strncmp(word, "pe", 2) && strncmp(word, "per", 3)) {
                d.src = -1;
                d.tgt = g;
            }
            int pv = v->word - 1;
            while (pv >= 0 && c->w[pv].kind == W_OTHER && WC(&c->w[pv], WC_NOUN_MODIFIERS)) pv--;
            if (g < 0 && v->recip && word_in(c, pv, WC_FRAME)) {
                /* A dan B dalam pertemuan bilateral: the subject right
                 * before the frame ("Malaysia dan Thailand itu hanya 17
                 * persen, ucap Darmin saat rapat" is no meeting of theirs) */
                int sj = idg_subject_left(c, anchor);
                if (sj >= 0 && pv - c->m[sj].last <= 2 && emit_within_group(c, ec, v, code, c->m[sj].group)) return;
                /* "…, kata Menlu X dalam rapat dengan Komisi I": the actor
                 * right before the frame takes part in the meeting, with
                 * whom `dengan` names (a speaker in "pertemuan darurat
                 * Dewan Keamanan" meets nobody in particular) */
                if (pv > 0 && c->w[pv - 1].mention >= 0) { d.src = c->w[pv - 1].mention; frame_src = 1; }
            }
            for (int i = v->pat_last + 1; i < c->nw && i <= v->pat_last + 4; i++) {
                /* "Pertemuan tersebut diserukan oleh Inggris": the oleh
                 * agent belongs to the verb in between, not to the noun */
                if (c->w[i].is_verbish && c->w[i].mention < 0 && !WC(&c->w[i], WC_LIGHT_VERBS)) break;
                if (isc(&c->w[i], W2_RELATIVE) && i + 1 < c->nw && WC(&c->w[i + 1], WC_LIGHT_VERBS)) {
                    int a = idg_passive_agent(c, i + 1);
                    if (a >= 0) d.src = a;
                    break;
                }
                if (isc(&c->w[i], W2_AGENT_PREPS)) { int a = idg_passive_agent(c, i - 1); if (a >= 0) d.src = a; break; }
            }
        }
        int from = v->pat_last;
        if (d.src >= 0 && c->m[d.src].first > from) from = c->m[d.src].last;
        /* a topic pattern names what is asked, promised or refused after
         * its addressee: "meminta pemerintah Myanmar menghentikan
         * kekerasan" — the target stands between the verb and the pattern;
         * a pattern that changes the root only when no verb stands between
         * the addressee and the pattern ("menuntut Setnov 16 tahun
         * penjara": 173; "meminta AS melayangkan permintaan maaf" is no
         * apology to the US) */
        if (d.tgt < 0 && v->pat && v->pat_last > v->last && !(d.src >= 0 && c->m[d.src].first > v->last)) {
            int t = idg_target_right(c, v->last, 4);
            if (t >= 0 && c->m[t].last < v->pat_last &&
                (!strncmp(v->v->code, v->pat->code, 2) || !verb_between(c, c->m[t].last, v->pat_last)))
                d.tgt = t;
        }
        if (d.tgt < 0) d.tgt = idg_target_right(c, from, 6);
        if (!nominal && victim_of_disapproved_act(c, v, code, d.tgt)) {
            idg_explain(c, "'%s': '%s' suffers the act disapproved of, not disapproved", word,
                    idg_mention_text(c, &c->m[d.tgt]));
            d.tgt = -1;
            victim = 1;
        }
        if (frame_src && d.tgt >= 0 &&
            (c->m[d.tgt].prep < 0 || !isc(&c->w[c->m[d.tgt].prep], W2_COUNTERPART_PREPS))) {
            idg_explain(c, "'%s': a speaker at a meeting, no counterpart after dengan/antara", word);
            return;
        }
        /* berada di X: a locative pattern takes the place as its target */
        if (v->pat_last > v->last && isc(&c->w[v->pat_last], W2_LOCATIVE)) {
            /* berada di Jakarta is a visit; berada di bawah pengawasan PBB,
             * di posisi yang sama, di markas latihannya are not */
            int p = v->pat_last + 1;
            locative = 1;
            d.tgt = p < c->nw && c->w[p].mention >= 0 && c->m[c->w[p].mention].first == p ? c->w[p].mention : -1;
        }
        if (d.tgt < 0 && !strncmp(code, "042", 3) && !(v->pat_last > v->last && isc(&c->w[v->pat_last], W2_LOCATIVE)))
            d.tgt = idg_target_after_di(c, from);
        /* a target list continues a preposition: sanksi kepada A dan B */
    }
    /* a verb coordinated after another shares its subject, whatever the
     * window found between them (the first verb's object) */
    if (!passive && !receive) {
        int cs = idg_tree_conj_subject(c, v, anchor);
        if (cs >= 0 && cs != d.src && cs != d.tgt) {
            idg_explain(c, "'%s' tree: source '%s' (subject shared with the verb it is coordinated with)", word,
                        idg_mention_text(c, &c->m[cs]));
            d.src = cs;
        }
    }
    /* what the word-window rules above left empty, the dependency tree
     * fills (args.c): an argument beyond the window, or across a clause
     * the window stops at; the tree's path is in the explain trace */
    if (c->parsed && (d.src < 0 || d.tgt < 0)) {
        decision td = { -1, -1, 0, 0, 0, 0, 0, 0, NULL, 0, NULL, NULL };
        int ta = anchor;
        idg_tree_args(c, v, nominal, &td, &ta);
        /* a place the tree reaches (a city, or a mention after a locative
         * preposition) is where the act happened; only a visit takes it */
        int visit = code[0] == '0' && code[1] == '4' && (code[2] == '2' || code[2] == '3');
        if (!visit && td.tgt >= 0 && place_mention(c, td.tgt)) td.tgt = -1;
        if (td.src >= 0 && place_mention(c, td.src) && (!td.src_via || strcmp(td.src_via, "subject"))) td.src = -1;
        /* "Menlu menghubungi pejabat Myanmar untuk mendorong …": the
         * window took the actor nearest on the left as the source; the
         * tree reads it as the one addressed, with its own subject: the
         * tree's reading of the clause wins */
        if (d.src >= 0 && d.tgt < 0 && td.src >= 0 && td.tgt == d.src && td.src != td.tgt) {
            idg_explain(c, "'%s' tree: '%s' is addressed, not acting (%s)", word,
                        idg_mention_text(c, &c->m[d.src]), td.tgt_via);
            d.src = -1;
        }
        if (d.src < 0 && td.src >= 0 && td.src != d.tgt) {
            d.src = td.src;
            idg_explain(c, "'%s' tree: source '%s' (%s)", word, idg_mention_text(c, &c->m[d.src]), td.src_via);
        }
        if (d.tgt < 0 && td.tgt >= 0 && td.tgt != d.src) {
            d.tgt = td.tgt;
            idg_explain(c, "'%s' tree: target '%s' (%s)", word, idg_mention_text(c, &c->m[d.tgt]), td.tgt_via);
        }
    }
    /* modality and negation sit between the clause's left actor and the
     * verb: the source in the active, the patient subject in the passive
     * ("Setya Novanto tidak bisa diperiksa KPK") */
    int left = d.src >= 0 && c->m[d.src].last < anchor ? d.src : d.tgt >= 0 && c->m[d.tgt].last < anchor ? d.tgt : -1;
    if (left >= 0) idg_scan_modality(c, c->m[left].last, anchor < v->word ? anchor : v->word, &d);
    else idg_scan_modality(c, anchor - 6 > 0 ? anchor - 6 : -1, anchor, &d);
    if (!d.modal) {
        int tm = idg_tree_modality(c, v, anchor < v->word ? anchor : v->word);
        if (tm) {
            d.modal = tm;
            idg_explain(c, "'%s' tree: governed by a %s verb", word, tm == 2 ? "threat" : "modal");
        }
    }
    if (left >= 0 && purpose_in_relative(c, c->m[left].last, anchor)) {
        idg_explain(c, "'%s': a purpose (untuk …) inside a relative clause describing '%s', not an act", word,
                idg_mention_text(c, &c->m[left]));
        return;
    }
    if (d.modal && ownerless_effort(c, anchor, left)) {
        idg_explain(c, "'%s': an effort nobody is named making (dalam upaya …), a topic, not coded", word);
        return;
    }
    /* "upaya Korsel untuk memulai dialog", "rencana AS untuk menyerang":
     * the actor's wish, not its act */
    if (left >= 0 && word_in(c, c->m[c->m[left].group].first - 1, WC_NOUN_MODALS)) d.modal = d.modal ? d.modal : 1;
    /* "tak ada rencana penyidik Polri meminta …", "belum ada negara yang
     * mengakui …": there is no such act */
    if (left >= 0) {
        int p = c->m[c->m[left].group].first - 1;
        for (int k = 0; k < 2 && p > 0 && c->w[p].kind == W_OTHER && !isc(&c->w[p], W2_EXISTENTIAL) && !c->w[p].is_verbish &&
                        !WC(&c->w[p], WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS);
             k++)
            p--;
        if (p > 0 && isc(&c->w[p], W2_EXISTENTIAL) && word_in(c, p - 1, WC_NEGATIONS)) d.negated = 1;
    }
    if (!d.negated && idg_tree_negated(c, v, anchor < v->word ? anchor : v->word)) {
        d.negated = 1;
        idg_explain(c, "'%s' tree: governed by a negated verb", word);
    }
    const char *why = idg_not_asserted(c, &d, left);
    if (why) { idg_explain(c, "'%s': %s, not coded", word, why); return; }
    int background = idg_background_year(c, v, anchor);
    if (background) {
        idg_explain(c, "'%s': dated %d, background history, not coded", word, background);
        return;
    }
    /* "Dewan Keamanan yang bermaksud mengkritik", "ingin menolak": CAMEO
     * has no intent to disapprove or reject, and the wish is no act */
    if (d.wish && code[0] == '1' && (code[1] == '1' || code[1] == '2') && !d.refused) {
        idg_explain(c, "'%s' [%s]: only wanted or tried (ingin, bermaksud), not coded", word, code);
        return;
    }
    if (d.modal || d.refused) {
        char before[8];
        memcpy(before, code, 8);
        idg_apply_modality(code, &d);
        if (strcmp(before, code))
            idg_explain(c, "'%s' [%s]: %s → %s", word, before,
                    d.refused ? "refusal (menolak untuk)" : d.modal == 2 ? "threat" : "modality (intent)", code);
    }
    /* "kekerasan militer terhadap Rohingya": a target after terhadap/ke
     * says which way the act goes, even for a clash */
    int directed = d.tgt >= 0 && c->m[d.tgt].prep >= 0 &&
                   isc(&c->w[c->m[d.tgt].prep], W2_DIRECTED_PREPS);
    /* "Trump sepakat dengan Netanyahu bahwa …": agreeing with a view is
     * the subject's own stance, not an accord of both */
    int view = d.tgt >= 0 && c->m[d.tgt].prep >= 0 && isc(&c->w[c->m[d.tgt].prep], W2_WITH) &&
               c->m[d.tgt].last + 1 < c->nw && isc(&c->w[c->m[d.tgt].last + 1], W2_COMPLEMENTIZERS);
    /* a meN-/di- form of a reciprocal root (a phone call) has a doer and
     * one done to, whatever the root allows with a subject list or in its
     * ber- form (a light verb whose pattern takes a reciprocal noun, a
     * meeting held with someone, stays mutual) */
    int directed_form = !nominal && (v->cls == ID_AF_MEN || v->cls == ID_AF_DI) &&
                        (v->v->flags & ID_VF_RECIPROCAL);
    int reciprocal = v->recip && !d.modal && !d.refused && !directed && !view && !directed_form;
    int jointly = d.src >= 0 && d.tgt < 0 && !v->recip && idg_tree_jointly(c, v, anchor);
    if (jointly && emit_within_group(c, ec, v, code, c->m[d.src].group)) {
        idg_explain(c, "'%s' [%s]: done jointly by the subject list, both ways", word, code);
        return;
    }
    if (d.src >= 0 && d.tgt < 0 && v->recip &&
        (!d.modal || v->code[1] == '3' || c->m[d.src].pronoun != 2)) {
        /* A dan B sepakat / bertemu: both ways within the subject's list */
        if (emit_within_group(c, ec, v, code, c->m[d.src].group)) return;
    }
    /* "membahas pencalonan Joko Widodo", "membicarakan Korut": what is
     * discussed is a topic; the counterpart follows dengan/bersama */
    /* in the passive the subject is what is discussed ("krisis X akan
     * dibahas para menlu") */
    int topic_verb = !nominal && c->w[v->word].t->lemma &&
                     ((idg_word_class2(c, c->w[v->word].t->lemma) & W2_TOPIC_VERBS) || isc(&c->w[v->word], W2_TOPIC_VERBS));
    if (topic_verb && d.tgt >= 0 && c->m[d.tgt].prep < 0) {
        idg_explain(c, "'%s': '%s' is what is discussed, not with whom", word, idg_mention_text(c, &c->m[d.tgt]));
        d.tgt = -1;
    }
    if (d.src >= 0 && d.tgt < 0 && !locative && !topic_verb && (code[1] == '3' || code[1] == '4' || code[1] == '8') &&
        code[0] == '0')
        d.tgt = only_other_actor(c, d.src, v->pat_last);
    /* "serangan bom bunuh diri di Kampung Melayu, Jakarta, dilakukan oleh
     * ISIS": a bombing or terror attack with no named victim is an attack
     * on the country where it happened (as event data codes it); beatings
     * and stabbings (182) have a person as their victim */
    int place = 0;
    if (d.src >= 0 && d.tgt < 0 && !d.modal && (!strcmp(code, "180") || !strncmp(code, "183", 3))) {
        d.tgt = place_target(c, v->pat_last);
        place = d.tgt >= 0;
    }
    if (d.src >= 0 && d.tgt < 0 && !passive && !receive && !victim && (!nominal || anchor != v->word)) {
        d.tgt = previous_subject(c, ec, code, d.src, v->word);
        if (d.tgt >= 0) idg_explain(c, "'%s' [%s]: no object, answers the subject of the sentence before", word, code);
    }
    if (d.src < 0 || d.tgt < 0) {
        idg_explain(c, "'%s' [%s]: no %s%s", word, code, d.src < 0 ? "source" : "", d.tgt < 0 ? (d.src < 0 ? " and no target" : "target") : "");
        return;
    }
    if (d.src == d.tgt) { idg_explain(c, "'%s' [%s]: source and target are one mention", word, code); return; }
    /* troops that are somewhere are deployed there, not visiting */
    if (!strncmp(code, "042", 3) && v->v->surface && (idg_word_class2(c, v->v->words[0]) & W2_PRESENCE)) {
        const char *sc = c->m[d.src].code;
        if (strstr(sc + primary_len(sc), "MIL") || strstr(sc + primary_len(sc), "REB")) {
            idg_explain(c, "'%s': armed forces stationed, not a visit", word);
            return;
        }
    }
    /* warganya: the subject's own citizens (a domestic event) */
    if (c->m[d.tgt].possessive && c->m[d.src].code[0] && c->m[d.tgt].sector[0]) {
        idm *t = &c->m[d.tgt];
        size_t n = primary_len(c->m[d.src].code), sl = strlen(t->sector);
        if (n + sl < sizeof t->code) {
            memcpy(t->code, c->m[d.src].code, n);
            memcpy(t->code + n, t->sector, sl + 1);
        }
    }
    /* bombing by a state's forces is an aerial attack (195); by a
     * militant group it stays 183 (non-military bombing) */
    if (!strncmp(code, "183", 3) && (idg_word_class2(c, v->v->words[0]) & W2_BOMBING)) {
        const char *sc = c->m[d.src].code;
        if (strncmp(sc, "IMG", 3) && strncmp(sc, "NGO", 3) && !strstr(sc + primary_len(sc), "REB") &&
            !strstr(sc + primary_len(sc), "CRM"))
            strcpy(code, "195");
    }
    /* "Trump menyerang Direktur FBI": an attack on one person by words */
    if ((code[0] == '1' && code[1] >= '8') || (code[0] == '2' && code[1] == '0'))
        if ((idg_word_class2(c, v->v->words[0]) & W2_ASSAULT) && !nominal && idg_verbal_attack(c, d.src, d.tgt)) {
            idg_explain(c, "'%s': an attack in words on a person (criticism, 111)", word);
            strcpy(code, "111");
        }
    /* support from armed forces is material (062), not verbal (051) */
    if (!strcmp(code, "051") && (idg_word_class2(c, v->v->words[0]) & W2_SUPPORT)) {
        const char *sc = c->m[d.src].code;
        size_t n = strlen(sc);
        if (n >= 6 && (!strcmp(sc + n - 3, "MIL") || !strcmp(sc + n - 3, "REB"))) strcpy(code, "062");
    }
    idg_explain(c, "'%s' [%s] %s: source '%s', target '%s'%s", word, code,
            receive ? "received (X mendapat … dari Y)" : passive ? "passive: agent is the source" :
            nominal ? (anchor != v->word ? "event noun after a light verb" : "event noun: genitive/oleh source") :
            "active: subject is the source",
            idg_mention_text(c, &c->m[d.src]), idg_mention_text(c, &c->m[d.tgt]), reciprocal ? " (both ways)" : "");
    /* "Polri menyatakan serangan bom … diduga dilakukan oleh ISIS": who
     * says so accuses the suspect (112) */
    if (suspected && late >= 0 && speaker >= 0 && speaker != late) {
        idg_explain(c, "'%s': '%s' names the suspect: accusation", word, idg_mention_text(c, &c->m[speaker]));
        static const char accuse[8] = "112";
        emit_groups(c, ec, v, accuse, speaker, late, 0);
    }
    if (place) {
        /* the place stands for its country, not its government */
        idm *t = &c->m[d.tgt];
        char saved[32];
        memcpy(saved, t->code, sizeof saved);
        t->code[primary_len(t->code)] = '\0';
        emit_groups(c, ec, v, code, d.src, d.tgt, 0);
        memcpy(t->code, saved, sizeof saved);
        return;
    }
    emit_groups(c, ec, v, code, d.src, d.tgt, reciprocal);
}
