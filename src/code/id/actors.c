/* actors.c — the Indonesian coder's actor mentions: dictionary phrases
 * over the words, noun phrases (agent + actor + name), titles and names
 * the article taught, the article's main country (whose bare agents
 * pemerintah, polisi, warga are), pronouns and demonstratives, and plural
 * references (mereka, kedua negara) to actors named together before. */
#include "code/id/idgrammar.h"

/* Copies a code (at most cap - 1 bytes) where source and destination
 * may both live in the coder: snprintf's arguments must not overlap. */
static void copy_code(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memmove(dst, src, n);
    dst[n] = '\0';
}

/* "Agus Harimurti Yudhoyono", "Ivanka Trump": a surname the persons
 * dictionary gives to one person (+YUDHOYONO of SUSILO_BAMBANG_YUDHOYONO)
 * after a given name that is not his is a relative or a namesake. An
 * honorific (Pak, Bu, Tuan, Mr: [honorifics]) or a title is no given name. */
static int other_bearer(const wt_idcoder *c, int i, const id_phrase *p)
{
    if (i == 0 || !p->file || !strstr(p->file, "persons") || !p->name || !strchr(p->name, '_')) return 0;
    const idw *pw = &c->w[i - 1];
    if (pw->kind != W_OTHER || !(pw->t->flags & WT_TF_CAPITAL) || (pw->t->flags & (WT_TF_SENT_START | WT_TF_ALLCAPS)) ||
        pw->is_verbish || WC(pw, WC_ALL_PREPS | WC_COORD | WC_TITLES) || isc(pw, W2_HONORIFICS))
        return 0;
    /* a word of the entry's own full name (Bambang Yudhoyono) */
    size_t n = pw->len;
    for (const char *q = p->name; *q;) {
        const char *e = strchr(q, '_');
        size_t k = e ? (size_t)(e - q) : strlen(q);
        if (k == n && !strncasecmp(q, pw->norm, n)) return 0;
        q += k + (e != NULL);
    }
    return 1;
}

long wt_idcoder_add_dict(wt_idcoder *c, const char *path, wt_diag *diag)
{
    long n = id_dict_load_foreign(&c->dict, path, diag);
    if (n < 0) return -1;
    id_dict_sort_phrases(&c->dict);
    /* the spellings described so far do not know the new phrases (their
     * idwords stay in words_mem, which also holds the listed words) */
    wt_strmap_free(&c->words);
    wt_strmap_init(&c->words);
    return n;
}

/* Is the short capitalised word at i a person's initials: after a naming
 * word (berinisial), or followed by an age in brackets ("MA (26)")? */
static int initials_at(const wt_idcoder *c, int i)
{
    if (i > 0 && isc(&c->w[i - 1], W2_NAMING)) return 1;
    return i + 3 < c->nw && is_punct(c, i + 1, '(') && c->w[i + 2].t->kind == WT_TOK_NUMBER &&
           is_punct(c, i + 3, ')');
}

static int phrase_at(wt_idcoder *c, int i, const id_phrase **out)
{
    idw *x = &c->w[i];
    const id_list *l = x->info->phrases;
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (i + p->nwords > c->nw) continue;
        int ok = 1;
        for (uint16_t q = 1; q < p->nwords && ok; q++) {
            const idw *y = &c->w[i + q];
            ok = y->kind != W_QUOTE && !strcmp(y->norm, p->words[q]);
        }
        if (!ok) continue;
        /* short forms (AS, RI, IS, PM) only as capitals; names capitalised */
        if (p->nwords == 1 && strlen(p->words[0]) <= 3 && !(x->t->flags & WT_TF_ALLCAPS)) continue;
        if (p->kind == ID_ACTOR && !(x->t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))) continue;
        if (p->kind == ID_ACTOR && p->nwords == 1 && other_bearer(c, i, p)) continue;
        /* a --dict name of one word (PARA, a Brazilian state) is no actor
         * where any Indonesian word is capitalised: at the sentence start */
        if (p->foreign && p->nwords == 1 && (x->t->flags & WT_TF_SENT_START)) continue;
        /* nor inside a longer name (Ariana Grande is no Tunisian town) */
        if (p->foreign && p->nwords == 1 &&
            ((i + 1 < c->nw && c->w[i + 1].kind == W_OTHER && (c->w[i + 1].t->flags & WT_TF_CAPITAL)) ||
             (i > 0 && c->w[i - 1].kind == W_OTHER && (c->w[i - 1].t->flags & WT_TF_CAPITAL) &&
              !(c->w[i - 1].t->flags & WT_TF_SENT_START))))
            continue;
        /* "seorang pria bernama Sultan Azianzah": after bernama a
         * capitalised title word is the first of a personal name */
        if (p->kind == ID_AGENT && i > 0 && (x->t->flags & WT_TF_CAPITAL) && isc(&c->w[i - 1], W2_NAMING))
            continue;
        /* "tersangka berinisial MA (26)": initials, not the short form of
         * an institution (MA, the Supreme Court) */
        if (p->nwords == 1 && strlen(p->words[0]) <= 3 && initials_at(c, i)) continue;
        /* "Menlu Timor-Leste Aurelio Sergio Guterres … Guterres": the
         * article's own introduction beats the dictionary's best-known
         * bearer of a surname */
        if (p->kind == ID_ACTOR && p->nwords == 1)
            for (int q = 0; q < c->nnames; q++)
                if (!strcmp(c->names[q].word, x->norm)) { *out = &c->names[q].ph; return 1; }
        *out = p;
        return p->nwords;
    }
    /* warganya, pasukannya: a one-word agent with the possessive -nya
     * (its owner is resolved by the grammar: the clause subject) */
    const id_list *pl = x->info->nya;
    for (size_t k = 0; pl && k < pl->len; k++) {
        const id_phrase *p = pl->items[k];
        if (p->kind != ID_AGENT || p->nwords != 1 || !p->agent_suffix) continue;
        x->possessive = 1;
        *out = p;
        return 1;
    }
    /* a name this article already introduced with its title */
    if (x->t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))
        for (int k = 0; k < c->nnames; k++)
            if (!strcmp(c->names[k].word, x->norm)) { *out = &c->names[k].ph; return 1; }
    return 0;
}

void idg_mark_phrases(wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        c->w[i].mention = -1;
        c->w[i].phrase = NULL;
        c->w[i].phrase_len = 0;
        c->w[i].possessive = 0;
    }
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER) continue;
        const id_phrase *p;
        int n = phrase_at(c, i, &p);
        if (!n) continue;
        c->w[i].phrase = p;
        c->w[i].phrase_len = (int16_t)n;
        for (int k = 0; k < n; k++) c->w[i + k].kind = W_PHRASE;
        i += n - 1;
    }
}

int idg_is_capital_name(const wt_idcoder *c, int i)
{
    if (i < 0 || i >= c->nw) return 0;
    const idw *x = &c->w[i];
    return x->kind == W_OTHER && (x->t->flags & WT_TF_CAPITAL) && !(x->t->flags & WT_TF_SENT_START) &&
           !x->is_verbish && !WC(x, WC_ALL_PREPS) && !WC(x, WC_COORD);
}

/* Sectors a bare noun names as the article country's own institution or
 * people (pemerintah, Presiden, militer, polisi, DPR, pengadilan, warga,
 * pengungsi, wartawan, perusahaan, oposisi), and rebels (REB): the
 * rebels of a story about Syria are Syrian, as the annotators code them,
 * and suspected terrorists arrested in Indonesian news are Indonesians (a
 * sample of the events this adds over the corpus: about two in three
 * right, as the coder's events are). Insurgents, radicals, separatists and
 * transnational militants (INS, RAD, SEP, UAF, IMG) are not: who they are
 * is the story's. A bare suspect or offender
 * (tersangka, pelaku) is the country's own in Indonesian news of
 * Indonesia only: abroad the attacker is as often a foreigner. */
static int home_sector(const wt_idcoder *c, const char *sec)
{
    static const char *const NOT_HOME[] = { "INS", "UAF", "RAD", "SEP", "IMG", NULL };
    if (!sec || strlen(sec) != 3 || in_list(NOT_HOME, sec)) return 0;
    return strcmp(sec, "CRM") || !strcmp(c->home, "IDN");
}

/* Officials and forces (GOV, LEG, JUD, MIL, COP, ELI, SPY, PTY, or no
 * sector): counted, they are often of several states. */
static int official_sector(const char *sec)
{
    static const char *const OFFICIAL[] = { "GOV", "LEG", "JUD", "MIL", "COP", "ELI", "SPY", "PTY", "", NULL };
    return in_list(OFFICIAL, sec);
}

/* Counted or plural heads (kedua negara, para menteri, negara-negara,
 * setiap negara) refer to several actors, not to the article's country. */
static int vague_head(const wt_idcoder *c, const idm *m)
{
    /* "para pengunjuk rasa", "sejumlah warga", "dua mahasiswa": people
     * counted are as much the article's as the bare noun; counted
     * officials and forces (para menteri, ratusan tentara) are often of
     * several states */
    int people = !official_sector(m->sector);
    for (int i = m->first; i <= m->last && i < c->nw; i++) {
        if (people && !c->w[i].phrase && c->w[i].kind == W_OTHER && (WC(&c->w[i], WC_VAGUE) || c->w[i].numeral)) continue;
        const char *w = c->w[i].norm;
        /* a title of several words (Menteri Luar Negeri) is one head: its
         * "negeri" is no vague "negeri" */
        if (c->w[i].phrase && c->w[i].phrase_len > 1) {
            i += c->w[i].phrase_len - 1;
            continue;
        }
        /* "pihak kepolisian": the side of the noun after it */
        if (i < m->last && c->w[i].kind == W_OTHER && id_dict_pronoun(&c->dict, w) == ID_PRON_SIDE_OF) continue;
        if (WC(&c->w[i], WC_VAGUE) || strchr(w, '-')) return 1;
    }
    if (m->last + 1 < c->nw) {
        /* kedutaan besarnya: the -nya says whose, and it is not the article's */
        const idw *nx = &c->w[m->last + 1];
        if (nx->kind == W_OTHER && nx->len > 5 && !strcmp(nx->norm + nx->len - 3, "nya")) return 1;
    }
    /* "Koalisi Arab-Kurdi dukungan AS": someone's proxy, whose is unsaid */
    for (int i = m->last + 1; i < c->nw && i <= m->last + 3; i++) {
        if (WC(&c->w[i], WC_BACKED)) return 1;
        if (c->w[i].kind != W_OTHER || c->w[i].is_verbish || WC(&c->w[i], WC_ALL_PREPS | WC_COORD)) break;
    }
    /* "pengunjuk rasa lain": other people of the same place ("negara
     * lain", other states, stay vague) */
    if (people && m->last + 1 < c->nw && isc(&c->w[m->last + 1], W2_ANOTHER)) return 0;
    return m->last + 1 < c->nw && (WC(&c->w[m->last + 1], WC_VAGUE) || (c->w[m->first].numeral && !people));
}

/* Titles that do not say whose they are: a bare "dubes" or "diplomat" in
 * Indonesian news is as often a foreign envoy as an Indonesian one, and
 * "pimpinan" is the leadership of whatever body the sentence is about. */
static int unowned_title(const wt_idcoder *c, const idm *m)
{
    for (int i = m->first; i <= m->last && i < c->nw; i++)
        if (c->w[i].phrase && c->w[i].phrase->kind == ID_AGENT) return WC(&c->w[i], WC_UNOWNED_TITLES);
    return 0;
}

/* Is the country named at word `first` a modifier of something else
 * rather than an actor: a currency (per dolar AS), a product (film
 * produksi Indonesia), a proxy (Koalisi … dukungan AS), a day or an
 * institution's name (Hari Kemerdekaan Indonesia, Universitas Indonesia)? */
static int country_as_modifier(const wt_idcoder *c, int first)
{
    int p = first - 1;
    if (p < 0 || c->w[p].kind != W_OTHER) return 0;
    if (WC(&c->w[p], WC_NOT_OWNER)) return 1;
    /* "mendapat dukungan AS", a sentence that opens "Dukungan AS …": the
     * support is the state's act; after a noun it names a proxy */
    if (WC(&c->w[p], WC_BACKED))
        return p > 0 && !c->w[p - 1].is_verbish && !WC(&c->w[p - 1], WC_LIGHT_VERBS | WC_RECEIVE_VERBS) &&
               (c->w[p - 1].kind == W_PHRASE || (c->w[p - 1].kind == W_OTHER && !WC(&c->w[p - 1], WC_ALL_PREPS | WC_COORD)));
    for (int n = 0; n < 3 && p >= 0 && c->w[p].kind == W_OTHER && (c->w[p].t->flags & WT_TF_CAPITAL); n++, p--)
        if (WC(&c->w[p], WC_NAME_HEADS)) return 1;
    return 0;
}

/* Joins a mention's phrases into one code: the country (or IGO, group)
 * from the actor, the sector from the first agent, else the actor's own. */
/* "Kepolisian Manchester", "Wali Kota Marseille", "warga Chicago": a
 * foreign city of the gazetteer after a bare agent says whose the agent
 * is. Returns the city's country (ISO3) or NULL. Indonesian cities are
 * left to the article's main country, as before. */
static const char *city_country(const wt_idcoder *c, const idm *m)
{
    if (!c->places || c->sports) return NULL;
    for (int i = m->first + 1; i <= m->last; i++) {
        const idw *x = &c->w[i];
        if (x->kind != W_OTHER || x->phrase || !(x->t->flags & WT_TF_CAPITAL)) continue;
        const wt_gaz_place *p = NULL;
        if (i < m->last && c->w[i + 1].kind == W_OTHER) {
            /* two-word names first: New York, Los Angeles */
            char key[96];
            int n = snprintf(key, sizeof key, "%s %s", x->norm, c->w[i + 1].norm);
            if (n > 0 && (size_t)n < sizeof key) p = wt_gazetteer_find(c->places, key, (size_t)n);
        }
        if (!p) p = wt_gazetteer_find(c->places, x->norm, strlen(x->norm));
        if (p && (p->kind == WT_GAZ_CITY || p->kind == WT_GAZ_CAPITAL) && strcmp(p->country, "IDN"))
            return p->country;
    }
    return NULL;
}

static const char *city_at(const wt_idcoder *c, int i, int *len);
static idm *insert_mention(wt_idcoder *c, int first, int last);

/* The country the article gave title phrase p with a named person
 * (Raja Salman), NULL if none. */
static const char *title_country(const wt_idcoder *c, const id_phrase *p)
{
    for (int k = c->ntitles - 1; p && k >= 0; k--)
        if (c->titles[k].title == p) return c->titles[k].country;
    return NULL;
}

static int is_person_phrase(const id_phrase *p)
{
    return p->kind == ID_ACTOR && p->file && (strstr(p->file, "persons") || p->file[0] == '(');
}

/* The one-word title entry (raja → RAJA [~GOV]) for word w, NULL if none. */
static const id_phrase *title_phrase(const wt_idcoder *c, const char *w)
{
    const id_list *l = id_dict_phrases_for(&c->dict, w, strlen(w));
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind == ID_AGENT && p->agent_suffix && p->nwords == 1) return p;
    }
    return NULL;
}

/* Remembers the titles of the sentence's named persons: an agent phrase
 * followed by a person the dictionaries know ("Raja Salman" = SAUGOV). */
void idg_learn_titles(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (m->pronoun || m->home || !m->has_actor || strlen(m->code) <= 3 || primary_len(m->code) != 3) continue;
        const idw *x = &c->w[m->first];
        const id_phrase *p = x->phrase;
        if (!p) continue;
        if (p->kind == ID_ACTOR) {
            /* "Raja Salman", one entry of the persons dictionary: its
             * first word is the title */
            if (!is_person_phrase(p) || x->phrase_len < 2) continue;
            p = title_phrase(c, x->norm);
            if (!p) continue;
        } else {
            /* the title must head the mention and the person follow it */
            if (p->kind != ID_AGENT || !p->agent_suffix || m->first + x->phrase_len > m->last) continue;
            const idw *name = &c->w[m->first + x->phrase_len];
            /* a person (persons dictionary or named earlier), not a country:
             * "militer Korut" teaches nothing about a later bare "militer" */
            if (!name->phrase || !(name->t->flags & WT_TF_CAPITAL) || !is_person_phrase(name->phrase)) continue;
        }
        int at = 0;
        while (at < c->ntitles && c->titles[at].title != p) at++;
        if (at == c->ntitles) {
            if (c->ntitles == 16) continue;
            c->ntitles++;
        }
        c->titles[at].title = p;
        memcpy(c->titles[at].country, m->code, 3);
        c->titles[at].country[3] = '\0';
    }
}

/* "juru bicara Jaish Ahrar al Ashaer", "juru bicara Masjid Didsbury": a
 * spokesman followed by a name the dictionaries do not know speaks for
 * that group, not for the article's government. In foreign news the
 * group may be anyone's (an Iraqi militia in a story about Syria); in
 * domestic news an unknown group (an ormas) is the paper's own country's,
 * so there the main country stays. */
static int group_spokesman(const wt_idcoder *c, const idm *m, const id_phrase *p)
{
    if (!p || !(idg_word_class(c, p->words[0]) & WC_SPOKESMAN) || !strcmp(c->home, "IDN")) return 0;
    for (int i = m->first; i <= m->last; i++) {
        if (c->w[i].phrase != p) continue;
        int j = i + c->w[i].phrase_len, len;
        return j <= m->last && c->w[j].kind == W_OTHER && (c->w[j].t->flags & WT_TF_CAPITAL) && !city_at(c, j, &len);
    }
    return 0;
}

static void resolve_mention(wt_idcoder *c, idm *m)
{
    const char *actor = NULL, *agent_suffix = NULL, *agent_full = NULL;
    const id_phrase *actor_p = NULL, *agent_p = NULL;
    for (int i = m->first; i <= m->last; i++) {
        const id_phrase *p = c->w[i].phrase;
        if (!p) continue;
        if (p->kind == ID_ACTOR) {
            const char *code = id_phrase_code(p, c->date);
            if (!code) continue;
            /* prefer a person's sector-bearing code of the same country */
            if (!actor || (strlen(code) > strlen(actor) && !strncmp(code, actor, 3)))
                { actor = code; actor_p = p; }
        } else if (p->agent_suffix) {
            agent_suffix = p->codes[0].code;   /* the last agent is the head institution */
            if (!agent_p) agent_p = p;
        } else if (!agent_full) {
            agent_full = p->codes[0].code;
            if (!agent_p) agent_p = p;
        }
    }
    m->has_actor = actor != NULL;
    m->has_agent = agent_suffix || agent_full;
    m->sector[0] = '\0';
    if (agent_suffix) snprintf(m->sector, sizeof m->sector, "%s", agent_suffix);
    m->possessive = !actor && c->w[m->last].possessive;
    if (m->possessive) return;    /* resolved against its owner, in idg_code_event */
    m->code[0] = '\0';
    /* "penyanyi asal Amerika Serikat", "pendiri e-commerce asal China":
     * the origin of a person the dictionaries do not know, not the state
     * (an agent in the mention keeps it: "imigran gelap asal Somalia") */
    if (!agent_suffix && !agent_full && m->first > 0 && c->w[m->first - 1].kind == W_OTHER &&
        WC(&c->w[m->first - 1], WC_ORIGIN) &&
        !(actor && strlen(actor) > 3))
        return;
    if (actor && !agent_suffix && !agent_full && country_as_modifier(c, m->first)) return;
    const id_phrase *rule = actor_p ? actor_p : agent_p;
    if (rule) { m->rule_file = rule->file; m->rule_line = rule->line; }
    /* in a sports report "Indonesia mampu menekan Malaysia" is a match:
     * a bare country is its team (a government or person stays) */
    if (actor && c->sports && !agent_suffix && !agent_full && strlen(actor) == 3) return;
    /* "KBRI Kairo", "KJRI Jeddah": an institution with a full code
     * (Indonesia's embassy) followed by the city it sits in; the city
     * (a seat of power, EGYGOV) is where, not whose */
    if (actor && agent_full && strlen(agent_full) > 3 && strlen(actor) > 3 && actor_p->file &&
        (strstr(actor_p->file, "countries") || actor_p->foreign) && strncmp(actor, agent_full, 3) && c->w[m->first].phrase == agent_p) {
        snprintf(m->code, sizeof m->code, "%s", agent_full);
        return;
    }
    if (actor) {
        size_t plen = !strncmp(actor, "IGO", 3) || !strncmp(actor, "NGO", 3) || !strncmp(actor, "IMG", 3) ? strlen(actor) : 3;
        if (plen > strlen(actor)) plen = strlen(actor);
        const char *sector = agent_suffix ? agent_suffix : agent_full && strlen(agent_full) > 3 ? agent_full + 3 : NULL;
        /* "Kapolri Jenderal Tito Karnavian": a person whose office on the
         * article's date the dictionary knows keeps it (COP), whatever rank
         * or title stands before the name (Jenderal: MIL); a former
         * official (ELI) takes the title's */
        if (is_person_phrase(actor_p) && strlen(actor) > 3 && plen == 3 && strcmp(actor + 3, "ELI")) sector = NULL;
        if (sector && plen == 3) snprintf(m->code, sizeof m->code, "%.3s%s", actor, sector);
        else snprintf(m->code, sizeof m->code, "%s", actor);
    } else if (agent_full) {
        snprintf(m->code, sizeof m->code, "%s", agent_full);
    } else if (agent_suffix && home_sector(c, agent_suffix) && city_country(c, m)) {
        snprintf(m->code, sizeof m->code, "%.3s%s", city_country(c, m), agent_suffix);
    } else if (agent_suffix && home_sector(c, agent_suffix) && !vague_head(c, m) && !unowned_title(c, m)) {
        /* inside a quote a bare title is the speaker's country's ("saya
         * minta Menlu …" said by an Indonesian MP); elsewhere the
         * article's main country */
        if (group_spokesman(c, m, agent_p)) return;
        const char *country = c->home[0] ? c->home : NULL;
        const char *titled = title_country(c, agent_p);
        int speaker = (c->w[m->first].t->flags & WT_TF_IN_QUOTE) && strlen(c->speaker_code) >= 3 &&
                      primary_len(c->speaker_code) == 3 && strncmp(c->speaker_code, "IMG", 3) &&
                      strncmp(c->speaker_code, "NGO", 3);
        if (titled && !speaker) {
            /* "Raja Salman … Raja": the person's country, not a guess (a
             * quote's own titles stay the speaker's) */
            char cc[4];
            memcpy(cc, titled, 4);
            snprintf(m->code, sizeof m->code, "%.3s%s", cc, agent_suffix);
            return;
        }
        if (speaker) country = c->speaker_code;
        if (country) {
            snprintf(m->code, sizeof m->code, "%.3s%s", country, agent_suffix);
            m->home = country == c->speaker_code ? 2 : 1;
        }
    }
}

static void add_mention(wt_idcoder *c, int first, int last)
{
    if (c->nm >= MAXM) return;
    idm *m = &c->m[c->nm];
    memset(m, 0, sizeof *m);
    m->first = first;
    m->last = last;
    m->group = c->nm;
    m->prep = -1;
    for (int i = first; i <= last; i++) c->w[i].mention = (int16_t)c->nm;
    resolve_mention(c, m);
    c->nm++;
}

/* How many words from j make a capitalised name after a title (at most
 * max capitalised words): name words, and a [name-particles] word
 * between two of them (Jenderal Pierre de Villiers). */
static int title_name_len(const wt_idcoder *c, int j, int max)
{
    int n = 0, caps = 0;
    while (caps < max) {
        if (idg_is_capital_name(c, j + n)) { n++; caps++; }
        else if (n > 0 && j + n < c->nw && isc(&c->w[j + n], W2_NAME_PARTICLES) && idg_is_capital_name(c, j + n + 1))
            n++;
        else break;
    }
    return n;
}

/* The one-word actor entry for the part text[0..n) of a hyphenated word
 * (AS of AS-Korsel), NULL if none or not written as names are: a
 * capital first, all capitals for a short form of three letters or less. */
static const id_phrase *pair_part(const wt_idcoder *c, const char *norm, const char *text, size_t n)
{
    if (!n || !isupper((unsigned char)text[0])) return NULL;
    for (size_t k = 0; n <= 3 && k < n; k++)
        if (!isupper((unsigned char)text[k])) return NULL;
    const id_list *l = id_dict_phrases_for(&c->dict, norm, n);
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind == ID_ACTOR && p->nwords == 1 && !p->foreign && id_phrase_code(p, c->date)) return p;
    }
    return NULL;
}

/* Sets mention m to the actor entry p: its code on the article's date
 * and the entry's file:line. */
static void pair_member(wt_idcoder *c, idm *m, const id_phrase *p, int group)
{
    snprintf(m->code, sizeof m->code, "%s", id_phrase_code(p, c->date));
    m->rule_file = p->file;
    m->rule_line = p->line;
    m->group = group;
}

/* "latihan gabungan AS-Korsel", "konflik Israel-Palestina", "pasangan
 * Anies-Sandi": one hyphenated word joining two actors the dictionaries
 * know is both of them, a list of two mentions on the same span. */
static void pair_mentions(wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        const idw *x = &c->w[i];
        const char *dash = x->kind == W_OTHER && x->mention < 0 ? strchr(x->norm, '-') : NULL;
        if (!dash || strchr(dash + 1, '-') || x->t->span.end - x->t->span.start != x->len) continue;
        const char *text = c->doc->text + x->t->span.start;
        size_t na = (size_t)(dash - x->norm), nb = x->len - na - 1;
        const id_phrase *a = pair_part(c, x->norm, text, na), *b = pair_part(c, dash + 1, text + na + 1, nb);
        if (!a || !b || c->nm + 2 > MAXM) continue;
        insert_mention(c, i, i);
        int at = (int)(insert_mention(c, i, i) - c->m);   /* before the first: same word */
        pair_member(c, &c->m[at], a, at);
        pair_member(c, &c->m[at + 1], b, at);
        for (int q = 0; q < c->nm; q++)
            for (int w = c->m[q].first; w <= c->m[q].last; w++) c->w[w].mention = (int16_t)q;
    }
}

/* Groups phrases into noun phrases: agent(s) + actor + (ACRONYM) + , Name. */
void idg_build_mentions(wt_idcoder *c)
{
    c->nm = 0;
    for (int i = 0; i < c->nw; i++) {
        if (!c->w[i].phrase) continue;
        int first = i, last = i + c->w[i].phrase_len - 1;
        int has_agent = c->w[i].phrase->kind == ID_AGENT;
        int has_actor = !has_agent;
        for (;;) {
            int j = last + 1;
            /* an adjacent phrase */
            if (j < c->nw && c->w[j].phrase) {
                if (c->w[j].phrase->kind == ID_ACTOR && has_actor) {
                    /* two actors side by side: a person after a country/title
                     * (Presiden Rusia Vladimir Putin) joins, two countries do not */
                    /* (a person out of office at this date still names
                     * the same person: Menteri Keuangan AS Steven Mnuchin) */
                    const char *code = id_phrase_code(c->w[j].phrase, c->date);
                    if (code ? strlen(code) <= 3 : c->w[j].phrase->nwords < 2) break;
                }
                last = j + c->w[j].phrase_len - 1;
                has_agent |= c->w[j].phrase->kind == ID_AGENT;
                has_actor |= c->w[j].phrase->kind == ID_ACTOR;
                continue;
            }
            /* (AS), (Korut), (KBRI) */
            if (is_punct(c, j, '(') && j + 1 < c->nw && c->w[j + 1].phrase) {
                int k = j + 1 + c->w[j + 1].phrase_len;
                if (is_punct(c, k, ')')) { last = k; continue; }
            }
            /* (Menhan) or any short parenthesis of capitalised words */
            if (is_punct(c, j, '(') && (has_agent || has_actor)) {
                int k = j + 1;
                while (k < c->nw && k < j + 5 && (c->w[k].kind == W_OTHER || c->w[k].kind == W_PHRASE) &&
                       (c->w[k].t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS)))
                    k++;
                if (k > j + 1 && is_punct(c, k, ')')) { last = k; continue; }
            }
            /* polisi di Paris, petugas keamanan di Kashmir: a bare agent
             * belongs to the country of the place it is in */
            if (has_agent && !has_actor && c->w[first].phrase->agent_suffix && j + 1 < c->nw &&
                isc(&c->w[j], W2_LOCATIVE) && c->w[j + 1].phrase &&
                c->w[j + 1].phrase->kind == ID_ACTOR) {
                const char *code = id_phrase_code(c->w[j + 1].phrase, c->date);
                if (code && strncmp(code, "IGO", 3)) {
                    last = j + c->w[j + 1].phrase_len;
                    has_actor = 1;
                    continue;
                }
            }
            /* agent + up to two filler words + actor: pejabat senior Rusia */
            if (has_agent && !has_actor) {
                int k = j, gap = 0;
                /* (ter- adjectives are fillers: presiden terpilih AS) */
                while (k < c->nw && gap < 2 && c->w[k].kind == W_OTHER && !WC(&c->w[k], WC_BACKED | WC_NOT_OWNER) &&
                       (!c->w[k].is_verbish || !strncmp(c->w[k].norm, "ter", 3)) &&
                       !WC(&c->w[k], WC_ALL_PREPS) && !WC(&c->w[k], WC_COORD) &&
                       !isc(&c->w[k], W2_RELATIVE)) { k++; gap++; }
                if (gap && k < c->nw && c->w[k].phrase) { last = k - 1; continue; }
            }
            /* Kementerian Pendidikan dan Kebudayaan RI, Kementerian Hukum
             * dan HAM: a capitalised name with `dan` inside it */
            if (has_agent && !has_actor && (c->w[first].t->flags & WT_TF_CAPITAL) && word_in(c, j, WC_COORD) &&
                idg_is_capital_name(c, j + 1)) {
                int k = j + 1;
                while (idg_is_capital_name(c, k) && k < j + 3) k++;
                if (k < c->nw && c->w[k].phrase && c->w[k].phrase->kind == ID_ACTOR &&
                    (c->w[k].t->flags & (WT_TF_CAPITAL | WT_TF_ALLCAPS))) {
                    last = k + c->w[k].phrase_len - 1;
                    has_actor = 1;
                    continue;
                }
            }
            /* Ketua Komisi III DPR dari Partai Golkar, Bambang Wirajaya: the
             * party or body a titled person is from, when his name follows
             * (without the name, "pasukan dari Suriah" is where, not whose) */
            if (has_agent && !has_actor && isc(&c->w[j], W2_SOURCE_PREPS) && j + 1 < c->nw && c->w[j + 1].phrase &&
                c->w[j + 1].phrase->kind == ID_ACTOR) {
                int k = j + 1 + c->w[j + 1].phrase_len;
                int n = 0;
                if (is_punct(c, k, ','))
                    while (idg_is_capital_name(c, k + 1 + n)) n++;
                if (n >= 2 || (is_punct(c, k, ',') && k + 1 < c->nw && c->w[k + 1].phrase &&
                               c->w[k + 1].phrase->kind == ID_ACTOR && is_person_phrase(c->w[k + 1].phrase))) {
                    last = k - 1;
                    has_actor = 1;
                    continue;
                }
            }
            /* , Rex Tillerson / , Aleksandr Kashin after a titled mention */
            if (is_punct(c, j, ',') && has_agent && has_actor) {
                int k = j + 1;
                if (k < c->nw && c->w[k].phrase && c->w[k].phrase->kind == ID_ACTOR) {
                    const char *code = id_phrase_code(c->w[k].phrase, c->date);
                    if (code && strlen(code) > 3) { last = k + c->w[k].phrase_len - 1; continue; }
                }
                int n = title_name_len(c, k, 8);
                if (n >= 2) { last = k + n - 1; continue; }
            }
            /* a name right after a title: Presiden Korea Selatan Moon Jae-in */
            if (has_agent && idg_is_capital_name(c, j)) {
                int n = title_name_len(c, j, 4);
                last = j + n - 1;
                continue;
            }
            /* Dubes Korut untuk PBB: the posting belongs to the title */
            if (has_agent && has_actor && j + 1 < c->nw && isc(&c->w[j], W2_PURPOSE) && c->w[j + 1].phrase &&
                c->w[j + 1].phrase->kind == ID_ACTOR) {
                last = j + c->w[j + 1].phrase_len;
                continue;
            }
            break;
        }
        /* quantity words in front: para menteri, kedua negara */
        while (first > 0 && word_in(c, first - 1, WC_MENTION_PREFIX)) first--;
        add_mention(c, first, last);
        i = last;
    }
    pair_mentions(c);
}

static void learn_name_min(wt_idcoder *c, const char *w, const char *code, size_t min);

static void learn_name(wt_idcoder *c, const char *w, const char *code) { learn_name_min(c, w, code, 3); }

/* ... a name of at least `min` letters: two for a person's initials
 * ("tersangka berinisial MA": MA later in the article is that person) */
static void learn_name_min(wt_idcoder *c, const char *w, const char *code, size_t min)
{
    size_t n = strlen(w);
    if (n < min || n >= sizeof c->names[0].word || c->nnames >= 64 || (idg_word_class(c, w) & WC_MENTION_PREFIX)) return;
    /* "Prof Dr Ahmad Chozin": an honorific is part of the name, not one */
    if (idg_word_class2(c, w) & W2_HONORIFICS) return;
    for (int k = 0; k < c->nnames; k++)
        if (!strcmp(c->names[k].word, w)) return;     /* the first introduction holds */
    idname *e = &c->names[c->nnames++];
    memset(e, 0, sizeof *e);
    memcpy(e->word, w, n + 1);
    e->wp = e->word;
    snprintf(e->code.code, sizeof e->code.code, "%s", code);
    e->code.from = 0;
    e->code.to = INT32_MAX;
    e->ph.words = &e->wp;
    e->ph.nwords = 1;
    e->ph.kind = ID_ACTOR;
    e->ph.codes = &e->code;
    e->ph.ncodes = 1;
    e->ph.name = e->word;
    e->ph.file = "(named earlier in the article)";
}

/* A person introduced with a title or found in the persons dictionary
 * ("Menteri Luar Negeri Retno LP Marsudi", "Rex Tillerson") is later
 * called by one of the names alone: remember each name word's code. */
/* Has word i an actor entry of warta's own by itself (ASEAN)? A --dict
 * phrase around it (ASEAN Defense Ministers) does not rename it. */
static int own_name(const wt_idcoder *c, int i)
{
    const id_list *l = c->w[i].info->phrases;
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind == ID_ACTOR && p->nwords == 1 && !p->foreign) return 1;
    }
    return 0;
}

void idg_learn_names(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (!m->code[0] || m->pronoun || strlen(m->code) <= 3) continue;
        for (int i = m->first; i <= m->last; i++) {
            const idw *x = &c->w[i];
            /* "Bupati Rembang Abdul Hafidz", its country guessed: Hafidz
             * later is the same official, as guessed; a guessed country
             * teaches nothing else (no dictionary phrase, no place) */
            if (m->home && (x->phrase || x->info->city)) continue;
            if (x->phrase && x->phrase->kind == ID_ACTOR && x->phrase->nwords >= 2) {
                const char *pc = id_phrase_code(x->phrase, c->date);
                if (pc && strlen(pc) > 3)
                    for (int q = 0; q < x->phrase_len; q++)
                        if ((c->w[i + q].t->flags & WT_TF_CAPITAL) && !(x->phrase->foreign && own_name(c, i + q)))
                            learn_name(c, c->w[i + q].norm, pc);
                i += x->phrase_len - 1;
                continue;
            }
            /* a surname the dictionary gives to someone else, after a first
             * name the dictionary does not know: Aurelio Sergio Guterres,
             * Timor-Leste's foreign minister, is not the UN's Guterres */
            if (x->phrase && x->phrase->kind == ID_ACTOR && x->phrase_len == 1 && m->has_agent &&
                !(x->t->flags & WT_TF_ALLCAPS) && i > m->first && c->w[i - 1].kind == W_OTHER &&
                (c->w[i - 1].t->flags & WT_TF_CAPITAL) && !c->w[i - 1].is_verbish) {
                const char *pc = id_phrase_code(x->phrase, c->date);
                if (pc && strncmp(pc, m->code, primary_len(m->code) < 3 ? 3 : primary_len(m->code)))
                    learn_name(c, x->norm, m->code);
                continue;
            }
            if (x->kind == W_OTHER && (x->t->flags & WT_TF_CAPITAL) && !(x->t->flags & WT_TF_ALLCAPS) &&
                m->has_agent && !x->is_verbish && !WC(x, WC_ALL_PREPS) && !WC(x, WC_COORD))
                learn_name(c, x->norm, m->code);
        }
    }
}

/* A sports or entertainment report: at least four different words of
 * sport, or four of film and music, and such words at least one in a
 * hundred of its words. A news report that mentions films or a match in
 * passing (a boycott of actors and cinemas in a long story about
 * Kashmir) keeps its countries. */
static int is_sports_report(const wt_idcoder *c)
{
    const wt_doc *d = c->doc;
    uint64_t seen[2] = { 0, 0 };   /* one bit per SPORT word, per SHOWBIZ word */
    int n[2] = { 0, 0 };
    size_t hits[2] = { 0, 0 }, words = 0;
    for (size_t i = 0; i < d->toks.len; i++) {
        if (d->toks.items[i].kind != WT_TOK_WORD || !d->toks.items[i].norm) continue;
        words++;
        int k = c->tokw.items[i]->sport;
        if (k < 0) continue;
        int show = k >= SHOWBIZ_BASE;
        uint64_t bit = (uint64_t)1 << (show ? k - SHOWBIZ_BASE : k);
        if (!(seen[show] & bit)) { seen[show] |= bit; n[show]++; }
        hits[show]++;
    }
    return (n[0] >= 4 && hits[0] * 100 >= words) || (n[1] >= 4 && hits[1] * 100 >= words);
}

/* Adds weight to a country's count (codes[k] its first three letters);
 * returns the new number of countries. */
static int count_country(char (*codes)[4], int *counts, int n, const char *code, int weight)
{
    int k = 0;
    while (k < n && strncmp(codes[k], code, 3)) k++;
    if (k == n) {
        if (n == 32) return n;
        memcpy(codes[n], code, 3);
        codes[n][3] = '\0';
        counts[n++] = 0;
    }
    counts[k] += weight;
    return n;
}

/* The country of the article's dateline place (PYONGYANG, London), NULL
 * when it names none the actor dictionary knows. */
static const char *dateline_country(const wt_idcoder *c)
{
    const char *dl = c->doc->dateline;
    if (!dl) return NULL;
    char word[48];
    size_t n = 0;
    while (dl[n] && dl[n] != ' ' && dl[n] != ',' && n + 1 < sizeof word) {
        word[n] = (char)tolower((unsigned char)dl[n]);
        n++;
    }
    word[n] = '\0';
    const id_list *l = id_dict_phrases_for(&c->dict, word, n);
    for (size_t k = 0; l && k < l->len; k++) {
        const id_phrase *p = l->items[k];
        if (p->kind != ID_ACTOR || p->nwords != 1) continue;
        const char *code = id_phrase_code(p, c->date);
        if (code && strlen(code) >= 3 && strncmp(code, "IGO", 3) && strncmp(code, "IMG", 3) && strncmp(code, "NGO", 3))
            return code;
    }
    return NULL;
}

/* Can idg_mark_phrases find anything in the sentence? Not when none of its
 * words starts a dictionary phrase and no name has been learnt yet. */
static int may_name_actors(const wt_idcoder *c, const wt_sentence *s)
{
    if (c->nnames) return 1;
    for (uint32_t k = 0; k < s->tok_count; k++) {
        const idword *iw = c->tokw.items[s->tok_first + k];
        if (iw->phrases || iw->nya) return 1;
    }
    return 0;
}

/* "keturunan Libya", "asal China", "kelahiran London": a person's origin,
 * not a party of the story */
static int origin_word(const wt_idcoder *c, int i)
{
    return i > 0 && c->w[i - 1].kind == W_OTHER && WC(&c->w[i - 1], WC_ORIGIN);
}

/* The country of a gazetteer city named at word i (di Manchester, ke
 * New York) that no dictionary phrase covers; *len gets its words. */
static const char *city_at(const wt_idcoder *c, int i, int *len)
{
    const idw *x = &c->w[i];
    if (!c->places || x->kind != W_OTHER || x->phrase || !(x->t->flags & WT_TF_CAPITAL))
        return NULL;
    const wt_gaz_place *p = NULL;
    *len = 1;
    if (i + 1 < c->nw && c->w[i + 1].kind == W_OTHER && !c->w[i + 1].phrase &&
        (c->w[i + 1].t->flags & WT_TF_CAPITAL)) {
        char key[96];
        int n = snprintf(key, sizeof key, "%s %s", x->norm, c->w[i + 1].norm);
        if (n > 0 && (size_t)n < sizeof key) p = wt_gazetteer_find(c->places, key, (size_t)n);
        if (p) *len = 2;
    }
    if (p && (p->kind == WT_GAZ_CITY || p->kind == WT_GAZ_CAPITAL)) return p->country;
    *len = 1;
    return x->info->city;
}

/* Does a word of the sentence name a city of the gazetteer? */
static int names_city(const wt_idcoder *c, const wt_sentence *s)
{
    for (uint32_t k = 0; k < s->tok_count; k++)
        if (c->tokw.items[s->tok_first + k]->city) return 1;
    return 0;
}

/* The article's main country: the one its actor phrases and the cities
 * of its events name most often (at least twice, ahead of the next).
 * Bare agents (polisi, pemerintah, Presiden, warga) without a country of
 * their own belong to it. */
void idg_find_home_country(wt_idcoder *c)
{
    char codes[32][4], named[32][4];
    int counts[32], named_counts[32], n = 0, nnamed = 0;
    int idn_institution = 0;
    c->home[0] = '\0';
    c->last_person[0] = c->last_body[0] = c->last_collective[0] = '\0';
    c->person_age = c->body_age = c->collective_age = 99;
    c->nrecent = 0;
    c->sports = is_sports_report(c);
    for (size_t si = 0; si < c->doc->sents.len; si++) {
        const wt_sentence *s = &c->doc->sents.items[si];
        int names = may_name_actors(c, s);
        if (!names && !names_city(c, s)) continue;
        /* the lead paragraph says whose story it is; later ones wander
         * into background (where the attacker's family came from) */
        int lead = c->doc->paras.items[s->para].index == 0 ? 2 : 1;
        idg_load_sentence(c, s);
        if (names) idg_mark_phrases(c);
        for (int i = 0; i < c->nw; i++) {
            const id_phrase *p = c->w[i].phrase;
            int len = 1;
            const char *city = p ? NULL : city_at(c, i, &len);
            if (city) {
                /* "di Manchester": where the story happens (a person's
                 * birthplace is not) */
                if (!origin_word(c, i)) n = count_country(codes, counts, n, city, lead);
                i += len - 1;
                continue;
            }
            /* actors, and institutions with a full code (DPR, TNI, KBRI) */
            if (!p || (p->kind != ID_ACTOR && p->agent_suffix)) continue;
            const char *code = p->kind == ID_ACTOR ? id_phrase_code(p, c->date) : p->codes[0].code;
            if (!code || strlen(code) < 3 || !strncmp(code, "IGO", 3) || !strncmp(code, "IMG", 3) ||
                !strncmp(code, "NGO", 3))
                continue;
            /* a people (Rohingya = MMRCVL) is named as often as the story
             * is about them, wherever it happens: not whose officials the
             * bare titles are */
            if (p->kind == ID_ACTOR && civilian_sector(code)) continue;
            /* a country that modifies something (keturunan Libya, dolar AS,
             * Universitas Indonesia) is not a party */
            if (p->kind == ID_ACTOR && (origin_word(c, i) || country_as_modifier(c, i))) continue;
            /* a national institution (DPR, Polri, TNI, KBRI) says more
             * about whose story it is than a country named in passing */
            n = count_country(codes, counts, n, code, (p->kind == ID_AGENT ? 2 : 1) * lead);
            nnamed = count_country(named, named_counts, nnamed, code, 1);
            idn_institution |= p->kind == ID_AGENT && !strncmp(code, "IDN", 3);
        }
    }
    /* a foreign dateline (LONDON, PYONGYANG) is where the story happens;
     * Jakarta datelines head foreign news too, so they add nothing */
    const char *dl = dateline_country(c);
    if (dl && strncmp(dl, "IDN", 3)) {   /* (Jakarta is IDNGOV: no foreign dateline) */
        n = count_country(codes, counts, n, dl, 2);
        nnamed = count_country(named, named_counts, nnamed, dl, 1);
    }
    int best = -1, second = 0, idn = 0;
    for (int k = 0; k < n; k++)
        if (!strcmp(codes[k], "IDN")) idn = counts[k];
    for (int k = 0; k < n; k++) {
        if (best < 0 || counts[k] > counts[best]) {
            if (best >= 0) second = counts[best];
            best = k;
        } else if (counts[k] > second) {
            second = counts[k];
        }
    }
    /* a near tie between two foreign countries (12 against 11) is no
     * evidence whose a bare title is: better no event than a guess; an
     * Indonesian paper names its own officials bare, so Indonesia ahead
     * by a little still holds */
    /* cities alone (a film festival in Venice) say where, not whose: a
     * foreign country must be named as an actor or be the dateline's, or
     * its cities outweigh twice over every country that is named
     * (Indonesian cities in Indonesian news are the paper's own) */
    int is_named = best >= 0 && !strcmp(codes[best], "IDN"), top_named = 0;
    for (int k = 0; best >= 0 && k < nnamed; k++) is_named |= !strcmp(named[k], codes[best]);
    for (int k = 0; k < n; k++)
        for (int q = 0; q < nnamed; q++)
            if (!strcmp(named[q], codes[k]) && counts[k] > top_named) top_named = counts[k];
    if (best >= 0 && counts[best] > 2 * top_named) is_named = 1;
    if (best >= 0 && is_named && counts[best] >= 2 && counts[best] > second &&
        (3 * counts[best] > 4 * second || !strcmp(codes[best], "IDN")))
        memcpy(c->home, codes[best], 4);
    /* Indonesian news: in an article that names Indonesia's own
     * institutions (DPR, Polri, TNI, KPK, KBRI) a bare title (Menlu,
     * Presiden, pemerintah, polisi) is Indonesia's unless the article is
     * mostly about another country; so is it in an article that names no
     * country at all */
    if (!n || (idn_institution && 2 * idn >= counts[best])) memcpy(c->home, "IDN", 4);
    if (c->explain) {
        fprintf(c->explain, "main country: %s (", c->home[0] ? c->home : "none");
        for (int k = 0; k < n; k++) fprintf(c->explain, "%s%s %d", k ? ", " : "", codes[k], counts[k]);
        fputs(")\n", c->explain);
    }
}

/* Adds an empty mention over words [first, last] in text order; the
 * caller fills it. NULL when the sentence has no room. */
static idm *insert_mention(wt_idcoder *c, int first, int last)
{
    if (c->nm >= MAXM) return NULL;
    int at = 0;
    while (at < c->nm && c->m[at].first < first) at++;
    memmove(&c->m[at + 1], &c->m[at], (size_t)(c->nm - at) * sizeof *c->m);
    c->nm++;
    /* a group is its first member's index: those after `at` moved on */
    for (int q = at + 1; q < c->nm; q++)
        if (c->m[q].group >= at) c->m[q].group++;
    idm *m = &c->m[at];
    memset(m, 0, sizeof *m);
    m->first = first;
    m->last = last;
    m->group = at;
    m->has_actor = 1;
    m->prep = -1;
    return m;
}

static int pronoun_kind(const wt_idcoder *c, int i)
{
    return i >= 0 && i < c->nw && c->w[i].kind == W_OTHER ? id_dict_pronoun(&c->dict, c->w[i].norm) : 0;
}

/* A person: an entry of the persons dictionaries, a name the article
 * taught, a bare title (Presiden, Menlu) or a pronoun resolved to one. */
static int person_mention(const wt_idcoder *c, const idm *m)
{
    if (!m->code[0] || m->pronoun == 1) return 0;
    if (m->pronoun == 2) return m->first == m->last && pronoun_kind(c, m->first) == ID_PRON_PERSON;
    for (int i = m->first; i <= m->last; i++)
        if (c->w[i].phrase && is_person_phrase(c->w[i].phrase)) return 1;
    return m->first == m->last - c->w[m->first].phrase_len + 1 && WC(&c->w[m->first], WC_TITLES);
}

/* A group or body: a coded mention that is no person and more than a
 * bare country (polisi, pemberontak, KPK, PBB, Hamas). */
static int body_mention(const wt_idcoder *c, const idm *m)
{
    if (!m->code[0] || m->pronoun == 1 || person_mention(c, m)) return 0;
    /* pihaknya is whoever spoke: no group to refer back to */
    if (m->pronoun == 2 && m->first == m->last && pronoun_kind(c, m->first) == ID_PRON_SIDE) return 0;
    return m->has_agent || strlen(m->code) > 3 || !strncmp(m->code, "IGO", 3) || !strncmp(m->code, "NGO", 3) ||
           !strncmp(m->code, "IMG", 3);
}

/* Mereka: people or states named before, not a person, and not a place
 * ("di Manila"). */
static int collective_mention(const wt_idcoder *c, const idm *m)
{
    if (!m->code[0] || m->pronoun == 1 || person_mention(c, m)) return 0;
    if (m->pronoun == 2 && m->first == m->last && pronoun_kind(c, m->first) == ID_PRON_SIDE) return 0;
    return !(m->prep >= 0 && pronoun_kind(c, m->prep) == ID_PRON_PLACE) &&
           !(m->first > 0 && pronoun_kind(c, m->first - 1) == ID_PRON_PLACE);
}

/* The code a pronoun at word i of kind `kind` refers back to: the nearest
 * fitting mention before it in the sentence, else the one remembered from
 * the sentences just before (at most three back). NULL: none. */
static const char *antecedent(const wt_idcoder *c, int i, int kind)
{
    for (int k = c->nm - 1; k >= 0; k--) {
        const idm *m = &c->m[k];
        if (m->last >= i || !m->code[0] || m->pronoun == 1) continue;
        if (kind == ID_PRON_PERSON ? person_mention(c, m) : kind == ID_PRON_SIDE ? 1
            : kind == ID_PRON_GROUP ? collective_mention(c, m) : body_mention(c, m))
            return m->code;
    }
    /* the person of the last three sentences (age 0: the sentence before) */
    if (kind == ID_PRON_PERSON) return c->person_age <= 2 && c->last_person[0] ? c->last_person : NULL;
    if (kind == ID_PRON_SIDE) {
        /* "…, kata Kapolri. Pihaknya akan …": the speaker, else the last actor */
        if (c->speaker_code[0]) return c->speaker_code;
        return c->last_actor[0] ? c->last_actor : NULL;
    }
    /* "mereka" reaches one sentence back only: further back, who they
     * are is the story's business, not the last body's */
    if (kind == ID_PRON_GROUP) return c->collective_age <= 1 && c->last_collective[0] ? c->last_collective : NULL;
    return c->body_age <= 3 && c->last_body[0] ? c->last_body : NULL;
}

/* Is word i part of a personal name the dictionaries do not know: a
 * capitalised plain word, not the sentence's first, no preposition or
 * verb, no day or month ("kata Kepala BMKG, Senin (29/5)"). */
static int name_word(const wt_idcoder *c, int i)
{
    if (i >= c->nw || c->w[i].mention >= 0 || c->w[i].kind != W_OTHER) return 0;
    const idw *x = &c->w[i];
    return (x->t->flags & WT_TF_CAPITAL) && !(x->t->flags & WT_TF_SENT_START) && !x->is_verbish &&
           !WC(x, WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS) && !isc(x, W2_CALENDAR) && !pronoun_kind(c, i);
}

/* The last word of the personal name that starts at name word j: its
 * name words, and a [name-particles] word between two of them (Masamah
 * binti Raswa, Pierre de Villiers). */
static int name_run_end(const wt_idcoder *c, int j)
{
    int end = j;
    for (;;) {
        if (end + 1 < c->nw && name_word(c, end + 1)) end++;
        else if (end + 2 < c->nw && isc(&c->w[end + 1], W2_NAME_PARTICLES) && c->w[end + 1].mention < 0 &&
                 name_word(c, end + 2))
            end += 2;
        else
            return end;
    }
}

/* Words first..last are a name the role `role` (copied: the mention
 * array moves) gives its code: a mention via apposition, remembered for
 * the article's later sentences. NULL when the sentence is full. */
static idm *name_as_role(wt_idcoder *c, int first, int last, const idm *role)
{
    char code[32];
    snprintf(code, sizeof code, "%s", role->code);
    const char *file = role->rule_file;
    uint32_t line = role->rule_line;
    idm *m = insert_mention(c, first, last);
    if (!m) return NULL;
    memcpy(m->code, code, sizeof m->code);
    m->rule_file = file;
    m->rule_line = line;
    m->home = 3;
    m->has_actor = 0;
    int initials = first == last && initials_at(c, first);
    for (int q = first; q <= last; q++) learn_name_min(c, c->w[q].norm, code, initials ? 2 : 3);
    for (int q = 0; q < c->nm; q++)
        for (int w = c->m[q].first; w <= c->m[q].last; w++) c->w[w].mention = (int16_t)q;
    return m;
}

/* "Pelaku penembakan itu adalah Rahmat Hidayat", "dua tersangka, yakni
 * Joko Susilo dan Ahmad Fauzi", "seorang pria bernama Andi Wijaya": the
 * names after a naming word are the role just before it (at most three
 * words back, no verb between); each name becomes a mention with the
 * role's code and its words are remembered for the article's later
 * sentences (Rahmat alone). */
static void named_roles(wt_idcoder *c)
{
    for (int i = 1; i + 1 < c->nw; i++) {
        if (pronoun_kind(c, i) != ID_PRON_NAMING || !name_word(c, i + 1)) continue;
        int k = -1;
        for (int q = c->nm - 1; q >= 0; q--)
            if (c->m[q].last < i) { k = q; break; }
        if (k < 0) continue;
        /* "Dua WNI yang terbebas dari hukuman adalah …": a relative
         * clause on the role may stand between it and the naming word */
        int gap = i - c->m[k].last - 1;
        int rel = gap > 1 && isc(&c->w[c->m[k].last + 1], W2_RELATIVE);
        int ok = gap <= (rel ? 7 : 3);
        for (int j = c->m[k].last + 1; ok && j < i; j++)
            ok = c->w[j].kind == W_OTHER ? (rel || !c->w[j].is_verbish) && c->w[j].mention < 0
                                         : !rel && is_punct(c, j, ',');
        idm role = c->m[k];   /* a copy: inserting mentions moves the array */
        if (!ok || !role.code[0] || !role.has_agent || role.has_actor || role.pronoun) continue;
        /* the names: runs of name words, joined by commas or dan */
        int j = i + 1;
        while (j < c->nw && name_word(c, j)) {
            int first = j;
            j = name_run_end(c, j) + 1;
            if (!name_as_role(c, first, j - 1, &role)) return;
            if (j + 1 < c->nw && (is_punct(c, j, ',') || WC(&c->w[j], WC_COORD)) && name_word(c, j + 1)) j++;
            else break;
        }
        i = j;
    }
}

/* "Rahmat Hidayat, warga Bekasi, …", "Agus Salim selaku Kepala Desa
 * Sukamaju": a name of two words or more the dictionaries do not know,
 * then a comma or selaku/sebagai, then a role the sentence resolved:
 * the name is that role (via apposition) and is remembered. */
static void roles_after_names(wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        /* the sentence's first word may start the name (Rahmat Hidayat, warga …) */
        int first_word = c->w[i].kind == W_OTHER && (c->w[i].t->flags & WT_TF_SENT_START) && c->w[i].mention < 0 &&
                         (c->w[i].t->flags & WT_TF_CAPITAL) && !c->w[i].is_verbish && !pronoun_kind(c, i) &&
                         !WC(&c->w[i], WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS);
        if (!(name_word(c, i) || first_word) || (i > 0 && name_word(c, i - 1))) continue;
        int end = name_run_end(c, i);
        /* "Rahmat (35), warga Bekasi": the age says it is a person's name,
         * one word is then enough */
        int link = end + 1, aged = 0;
        if (link + 3 < c->nw && is_punct(c, link, '(') && c->w[link + 1].t->kind == WT_TOK_NUMBER &&
            is_punct(c, link + 2, ')')) {
            link += 3;
            aged = 1;
        }
        int k = link + 1 < c->nw ? c->w[link + 1].mention : -1;
        if ((end == i && !aged) || k < 0 || c->m[k].first != link + 1 ||
            !(is_punct(c, link, ',') || pronoun_kind(c, link) == ID_PRON_NAMING_AFTER)) {
            i = end;
            continue;
        }
        idm role = c->m[k];
        if (!role.code[0] || !role.has_agent || role.has_actor || role.pronoun || role.possessive) { i = end; continue; }
        if (!name_as_role(c, i, end, &role)) return;
        i = end;
    }
}

/* Does a post open at or before mention m: a [role-heads] word among its
 * words, or a capitalised one in the run of words just before it that
 * are capitalised, names of bodies, `dan`, `dari` or plain modifiers
 * ("Kepala Bidang Informasi Gempabumi dan Peringatan Dini Tsunami BMKG")?
 * At most twelve words back, so a title far off names someone else. */
static int post_before(const wt_idcoder *c, const idm *m)
{
    for (int i = m->first; i <= m->last; i++)
        if (isc(&c->w[i], W2_ROLE_HEADS)) return 1;
    for (int i = m->first - 1; i >= 0 && i >= m->first - 12; i--) {
        const idw *x = &c->w[i];
        /* (dan inside a name; dari before the party: Ketua Pansus dari
         * Fraksi Partai Golkar; a plain modifier: Pengamat politik dari
         * Universitas Gadjah Mada) */
        int plain = (x->kind == W_OTHER || x->kind == W_PHRASE) && !x->is_verbish &&
                    !WC(x, WC_ALL_PREPS | WC_CLAUSE_BREAKS) && !isc(x, W2_RELATIVE) && !pronoun_kind(c, i);
        if (x->kind == W_PUNCT || x->kind == W_QUOTE ||
            !((x->t->flags & WT_TF_CAPITAL) || WC(x, WC_COORD) || isc(x, W2_SOURCE_PREPS) || plain))
            return 0;
        if (isc(x, W2_ROLE_HEADS) && (x->t->flags & WT_TF_CAPITAL)) return 1;
    }
    return 0;
}

/* Do words first..last name a place of the gazetteer of any kind
 * (Papua, Kalimantan Selatan, Jakarta Selatan), whole or by a word? */
static int place_name(const wt_idcoder *c, int first, int last)
{
    if (!c->places) return 0;
    char key[128];
    size_t n = 0;
    for (int i = first; i <= last; i++) {
        int len;
        if (city_at(c, i, &len)) return 1;
        int k = snprintf(key + n, sizeof key - n, "%s%s", n ? " " : "", c->w[i].norm);
        if (k < 0 || (size_t)k >= sizeof key - n) return 0;
        n += (size_t)k;
    }
    return wt_gazetteer_find(c->places, key, n) != NULL;
}

/* The holder's name of a post at words first..: the run of name words
 * (at most six), none an abbreviation (DKI, NTB) or a [not-names] word
 * (Kabupaten, Persero, Selatan), not honorifics only, and no place.
 * Returns its last word, or -1 when the run is no personal name. */
static int holder_name(const wt_idcoder *c, int first)
{
    int end = name_run_end(c, first), titled = 1;
    if (end > first + 5) return -1;
    for (int q = first; q <= end; q++) {
        if ((c->w[q].t->flags & WT_TF_ALLCAPS) || isc(&c->w[q], W2_NOT_NAMES)) return -1;
        titled &= isc(&c->w[q], W2_HONORIFICS) != 0;
    }
    /* "Dr. Abdullah Abdullah", "…, Jr.": an honorific alone is no name */
    return titled || place_name(c, first, end) ? -1 : end;
}

/* Does word j end a noun phrase: past the sentence, punctuation, a verb,
 * a negation or pre-predicate word, a preposition or a clause break? */
static int phrase_end(const wt_idcoder *c, int j)
{
    if (j >= c->nw) return 1;
    const idw *x = &c->w[j];
    return x->kind == W_PUNCT || (x->kind == W_OTHER && (x->is_verbish || isc(x, W2_PRE_PREDICATE) ||
                                                         WC(x, WC_NEGATIONS | WC_SPEECH_VERBS | WC_ALL_PREPS |
                                                                   WC_CLAUSE_BREAKS)));
}

/* "kata Kepala Bidang Informasi BMKG, Daryono, dalam keterangan …",
 * "Kepala Pusat Penelitian Politik LIPI Adriana Elisabeth mengatakan": a
 * post (a [role-heads] word and the body it heads), then a name the
 * dictionaries do not know, after a comma or right after the body, ended
 * by a word that is no name, is the holder of the post: the name takes
 * the body's code (via apposition) and is remembered for its later
 * mentions (Daryono alone). Places after a comma are skipped ("Bupati
 * Hulu Sungai Tengah, Kalimantan Selatan, Abdul Latif"); a list ("Menko
 * Politik, Hukum, dan Keamanan") and a place alone name no holder. */
static void names_after_posts(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        int j = m->last + 1, first = -1, end = -1;
        if (!m->code[0] || m->pronoun || m->possessive || person_mention(c, m) || !post_before(c, m)) continue;
        if (name_word(c, j)) {
            first = j;
            end = holder_name(c, j);
            j = end + 1;
            /* without a comma the name must end the noun phrase: a verb,
             * punctuation or a preposition follows ("KAI Daop 1 …",
             * "Burma Task Force yang …" go on naming the body) */
            if (end >= 0 && !phrase_end(c, j)) first = end = -1;
        }
        for (int hop = 0; first < 0 && hop < 3 && is_punct(c, j, ',') && name_word(c, j + 1); hop++) {
            end = holder_name(c, j + 1);
            if (end >= 0) first = j + 1;
            else
                while (name_word(c, j + 1)) j++;
            j = (end >= 0 ? end : j) + 1;
        }
        if (first < 0 || end < 0 || name_word(c, j) || (j < c->nw && c->w[j].kind == W_PHRASE) ||
            word_in(c, j, WC_COORD) || (is_punct(c, j, ',') && word_in(c, j + 1, WC_COORD)))
            continue;
        idm role = *m;   /* a copy: inserting mentions moves the array */
        if (!name_as_role(c, first, end, &role)) return;
        k++;             /* past the name just inserted after m */
    }
}

/* dia, beliau, pihaknya; kelompok itu, organisasi tersebut: each becomes
 * a mention with its antecedent's code (via "antecedent"). Left out when
 * nothing fits: an unresolved pronoun is no actor. */
static void add_references(wt_idcoder *c)
{
    for (int i = 0; i < c->nw; i++) {
        int kind = pronoun_kind(c, i);
        if (kind == ID_PRON_GROUP_DEF && pronoun_kind(c, i + 1) == ID_PRON_DEMONSTRATIVE) {
            int k = c->w[i].mention;
            if (k >= 0 && (c->m[k].code[0] || c->m[k].last != i)) continue;
            const char *code = antecedent(c, i, ID_PRON_GROUP);
            if (!code) continue;
            idm *m = k >= 0 ? &c->m[k] : insert_mention(c, i, i + 1);
            if (!m) break;
            copy_code(m->code, sizeof m->code, code);
            m->last = i + 1;
            m->pronoun = 2;
            m->has_actor = 1;
            i++;
        } else if ((kind == ID_PRON_PERSON || kind == ID_PRON_SIDE) && c->w[i].mention < 0) {
            const char *code = antecedent(c, i, kind);
            if (!code) continue;
            char keep[32];
            snprintf(keep, sizeof keep, "%s", code);   /* insert_mention moves the mentions */
            idm *m = insert_mention(c, i, i);
            if (!m) break;
            memcpy(m->code, keep, sizeof m->code);
            m->pronoun = 2;
        }
    }
}

/* The sector of a code after its country or IGO part ("" if none). */
static const char *sector_of(const char *code)
{
    size_t n = primary_len(code);
    return n < strlen(code) ? code + n : "";
}

/* "polisi tersebut", "pasukan itu": a bare role with a demonstrative is
 * the one named before with the same sector (in the sentence, else the
 * last eight actors of the sentences before), not the article's country. */
static void definite_roles(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->has_actor || !m->sector[0] || m->pronoun || (m->code[0] && !m->home) ||
            pronoun_kind(c, m->last + 1) != ID_PRON_DEMONSTRATIVE)
            continue;
        /* negara-negara tersebut is a list (idg_resolve_plural_refs); a
         * title (menteri ini) a person */
        if (vague_head(c, m) || WC(&c->w[m->first], WC_TITLES)) continue;
        const char *code = NULL;
        for (int q = k - 1; q >= 0 && !code; q--)
            if (c->m[q].code[0] && c->m[q].has_actor && !strcmp(sector_of(c->m[q].code), m->sector)) code = c->m[q].code;
        for (int q = 0; q < 8 && q < c->nrecent && !code; q++) {
            const char *r = c->recent[(c->nrecent - 1 - q) % 8];
            if (!strcmp(sector_of(r), m->sector)) code = r;
        }
        if (!code) continue;
        copy_code(m->code, sizeof m->code, code);
        m->home = 0;
        m->pronoun = 2;
        m->last++;
        c->w[m->last].mention = (int16_t)k;
    }
}

/* Does the sentence open with a personal name the dictionaries and the
 * article do not know, as its subject ("Umuh menilai Djanur …")? Its
 * first word capitalised and no function word, more name words, then a
 * verb, a negation or a pre-predicate word. */
static int unknown_subject(const wt_idcoder *c)
{
    const idw *x = &c->w[0];
    if (c->nw < 2 || x->kind != W_OTHER || x->mention >= 0 || !(x->t->flags & WT_TF_CAPITAL) || x->is_verbish ||
        pronoun_kind(c, 0) || WC(x, WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS | WC_STOP_WORDS) ||
        isc(x, W2_CALENDAR | W2_HONORIFICS))
        return 0;
    int j = 1;
    while (j < c->nw && name_word(c, j)) j++;
    if (j >= c->nw || c->w[j].kind != W_OTHER || c->w[j].mention >= 0) return 0;
    return c->w[j].is_verbish || WC(&c->w[j], WC_NEGATIONS | WC_SPEECH_VERBS) || isc(&c->w[j], W2_PRE_PREDICATE);
}

/* Remembers the last person and the last group or body of the sentence
 * for the pronouns of the sentences after it. */
static void remember_antecedents(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (m->outside.end > m->outside.start || !m->code[0] || m->home || m->pronoun == 1 || !m->has_actor) continue;
        copy_code(c->recent[c->nrecent % 8], sizeof c->recent[0], m->code);
        c->nrecent++;
    }
    c->person_age++;
    c->body_age++;
    c->collective_age++;
    int subject_person = 0;
    for (int k = 0; k < c->nm; k++) {
        const idm *m = &c->m[k];
        if (m->outside.end > m->outside.start) continue;
        /* dia in the next sentence: the person who was the subject (no
         * preposition before), else the last one named */
        if (person_mention(c, m)) {
            if (c->person_age > 0 || !subject_person) {
                copy_code(c->last_person, sizeof c->last_person, m->code);
                subject_person = m->prep < 0;
            }
            c->person_age = 0;
            continue;
        }
        if (body_mention(c, m)) {
            copy_code(c->last_body, sizeof c->last_body, m->code);
            c->body_age = 0;
        }
        /* mereka in the next sentence: the first group, the subject
         * ("Ratusan pengungsi tiba di perbatasan Yunani. Mereka …") */
        if (collective_mention(c, m) && c->collective_age > 0) {
            copy_code(c->last_collective, sizeof c->last_collective, m->code);
            c->collective_age = 0;
        }
    }
    /* "Umuh menilai … . Ia juga …": dia is the unknown subject, whose
     * code nobody knows, not a person named before */
    if (unknown_subject(c)) {
        c->last_person[0] = '\0';
        c->person_age = 0;
    }
}

/* A speech tag ([speaker-tags]) right after a closing quote: its -nya is
 * the one quoted, who is then the quote's speaker too, so first-person
 * pronouns in it are the speaker's side. */
static void speaker_tags(wt_idcoder *c, int in_quote)
{
    /* the quotes layer's speaker; else a person named in this sentence or
     * the one before, as for a third-person pronoun; else the one quoted
     * last */
    const char *code = c->speaker_code;
    if (!code[0]) code = c->person_age <= 1 && c->last_person[0] ? c->last_person : c->last_speaker_code;
    for (int i = 1; code[0] && i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0 || !WC(&c->w[i], WC_SPEAKER_TAGS)) continue;
        /* right after the closing quote; set off by commas inside a
         * clause the tag is no argument of the clause's verbs, so it makes
         * no mention there */
        if (c->w[i - 1].kind != W_QUOTE && !is_punct(c, i - 1, '"')) continue;
        idm *m = insert_mention(c, i, i);
        if (!m) break;
        snprintf(m->code, sizeof m->code, "%s", code);
        m->pronoun = 1;
        if (in_quote && !c->speaker_code[0]) snprintf(c->speaker_code, sizeof c->speaker_code, "%s", m->code);
    }
}

/* Pronouns kami/kita/saya inside a quote stand for the speaker; dia,
 * pihaknya and the definite descriptions for an actor named before. */
void idg_add_pronouns(wt_idcoder *c, int in_quote)
{
    speaker_tags(c, in_quote);
    for (int i = 0; in_quote && c->speaker_code[0] && i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER || c->w[i].mention >= 0 || !WC(&c->w[i], WC_PRONOUNS_WE)) continue;
        idm *m = insert_mention(c, i, i);
        if (!m) break;
        snprintf(m->code, sizeof m->code, "%s", c->speaker_code);
        m->pronoun = 1;
    }
    int before = c->nm;
    for (int k = 0; k < c->nm; k++)
        for (int i = c->m[k].first; i <= c->m[k].last; i++) c->w[i].mention = (int16_t)k;
    add_references(c);
    named_roles(c);
    roles_after_names(c);
    names_after_posts(c);
    /* the inserted mentions moved the others: renumber the words
     * (insert_mention kept each group at its first member; coordination
     * is found after this, in idg_link_mentions) */
    if (c->nm == before && !(in_quote && c->speaker_code[0])) return;
    for (int k = 0; k < c->nm; k++)
        for (int i = c->m[k].first; i <= c->m[k].last; i++) c->w[i].mention = (int16_t)k;
}

/* "negara ini/tersebut", "negeri itu": the country named last before it
 * (in the sentence, else in the sentences before). */
/* Are words a < b in one clause: no clause break, comma, coordinator or
 * relative pronoun between them? */
static int same_clause(const wt_idcoder *c, int a, int b)
{
    for (int i = a + 1; i < b; i++)
        if (idg_is_break(c, i) || is_punct(c, i, ',') || (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_COORD)) ||
            isc(&c->w[i], W2_RELATIVE))
            return 0;
    return 1;
}

void idg_resolve_demonstratives(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->code[0] || m->first != m->last || m->last + 1 >= c->nw) continue;
        if (!isc(&c->w[m->first], W2_STATE_NOUNS) || !isc(&c->w[m->last + 1], W2_POINTING)) continue;
        const char *ante = c->last_actor[0] ? c->last_actor : NULL;
        for (int q = k - 1; q >= 0; q--) {
            if (!c->m[q].code[0] || c->m[q].pronoun) continue;
            /* "Korsel mengecam negara itu": the clause's own subject is not
             * what the description points back to */
            if (c->m[q].prep < 0 && same_clause(c, c->m[q].last, m->first)) continue;
            ante = c->m[q].code;
            break;
        }
        if (ante) snprintf(m->code, sizeof m->code, "%.3s", ante);
        m->last++;
        c->w[m->last].mention = (int16_t)k;
    }
}

/* The most recent remembered group with n members (n = 0: a subject
 * list of any size) named at most `dist` sentences back. */
static const idgroup *recent_group(const wt_idcoder *c, int sent_index, int n, int dist)
{
    int total = c->ngroups < 8 ? c->ngroups : 8;
    for (int k = 0; k < total; k++) {
        const idgroup *g = &c->groups[(c->ngroups - 1 - k) % 8];
        if (sent_index - g->sent > dist) break;
        if (n ? g->n == n : g->subject) return g;
    }
    return NULL;
}

/* Replaces words [first, last] (an unresolved mention or a pronoun) by one
 * mention per member of a remembered list, all in one coordinated group. */
static void expand_reference(wt_idcoder *c, int first, int last, char (*codes)[32], int ncodes)
{
    int g = -1;
    for (int q = 0; q < ncodes && c->nm < MAXM; q++) {
        idm *m = &c->m[c->nm];
        memset(m, 0, sizeof *m);
        m->first = first;
        m->last = last;
        m->prep = first > 0 && c->w[first - 1].kind == W_OTHER && WC(&c->w[first - 1], WC_ALL_PREPS) ? first - 1 : -1;
        memcpy(m->code, codes[q], sizeof m->code);
        m->code[sizeof m->code - 1] = '\0';
        m->has_actor = 1;
        m->pronoun = 2;
        if (g < 0) g = c->nm;
        m->group = g;
        c->nm++;
    }
    if (g >= 0)
        for (int k = first; k <= last; k++) c->w[k].mention = (int16_t)g;
}

/* Is code a state's (USA, PRKGOV), not an IGO, NGO or group's? */
static int state_code(const char *code)
{
    static const char *const NON_STATE[] = { "IGO", "NGO", "IMG", "MNC", "UIS", NULL };
    char p[4];
    if (strlen(code) < 3) return 0;
    memcpy(p, code, 3);
    p[3] = '\0';
    return !in_list(NON_STATE, p);
}

/* Adds code to states[0..*n) unless its country (first three letters)
 * is there already or it is no state's; at most two. The whole code is
 * kept: "Trump dan Abe … kedua negara" are USAGOV and JPNGOV, which a
 * later "kedua pemimpin" takes up again. */
static void add_state(char (*states)[32], int *n, const char *code)
{
    if (*n >= 2 || !code[0] || !state_code(code)) return;
    for (int k = 0; k < *n; k++)
        if (!strncmp(states[k], code, 3)) return;
    snprintf(states[(*n)++], 32, "%s", code);
}

/* "Pemerintah AS menawarkan Korea Utara dua pilihan … antara kedua
 * negara", "Trump dan Abe … diplomasi antar kedua negara": with no list
 * or event pair to refer to, "kedua negara" are the two states named
 * last: those of the mentions before word i in its sentence (from the
 * nearest), then of the sentences before, then the article's own
 * country ("Pemerintah … bersama Uruguay. … kerja sama kedua negara").
 * Returns how many were found (2, or 0). */
static int last_two_states(const wt_idcoder *c, int i, int nm0, char (*states)[32])
{
    int n = 0;
    for (int k = nm0 - 1; k >= 0 && n < 2; k--)
        if (c->m[k].last < i && !c->m[k].pronoun && (!c->m[k].home || c->m[k].home == 3))
            add_state(states, &n, c->m[k].code);
    for (int q = 0; q < 8 && q < c->nrecent && n < 2; q++) add_state(states, &n, c->recent[(c->nrecent - 1 - q) % 8]);
    if (n == 1 && c->home[0]) add_state(states, &n, c->home);
    return n == 2 ? n : 0;
}

/* Plural references to actors named together before: "mereka",
 * "keduanya", "kedua negara", "ketiga menteri", "tiga negara",
 * "negara-negara tersebut". A numeral picks the list of that size;
 * mereka / X-X tersebut the last list that was a subject. Without a list,
 * "keduanya" / "kedua negara" are the two sides of the last event. */
void idg_resolve_plural_refs(wt_idcoder *c, int sent_index)
{
    int pair_ok = sent_index - c->prev_pair_sent <= 2 && c->prev_pair_sent >= 0 && c->prev_pair[0][0];
    int nm0 = c->nm;
    for (int i = 0; i < c->nw; i++) {
        if (c->w[i].kind != W_OTHER && c->w[i].kind != W_PHRASE) continue;
        const char *w = c->w[i].norm;
        int first = i, last = i, want = -1, k = c->w[i].mention;
        if (k >= nm0) continue;
        /* "mereka yang tewas", "mereka yang sudah pulang": those whom the
         * relative clause describes, no one named before */
        if (WC(&c->w[i], WC_THEY) && k < 0 && i + 1 < c->nw && isc(&c->w[i + 1], W2_RELATIVE)) continue;
        if (WC(&c->w[i], WC_THEY) && k < 0) {
            want = isc(&c->w[i], W2_BOTH) ? 2 : 0;
        } else if (c->w[i].numeral && i + 1 < c->nw && c->w[i + 1].mention >= 0 &&
                   c->w[i + 1].mention < nm0 && (!c->m[c->w[i + 1].mention].code[0] || c->m[c->w[i + 1].mention].home) &&
                   WC(&c->w[i + 1], WC_STATE_HEADS)) {
            /* kedua negara, ketiga menteri luar negeri, pertemuan tiga negara */
            k = c->w[i + 1].mention;
            want = c->w[i].numeral;
        } else if (k >= 0 && !c->m[k].code[0] && c->m[k].first == i && c->ahead_sent == sent_index &&
                   !strcmp(w, c->ahead_head)) {
            /* named in the next sentence: "negara-negara sahabat. Negara-negara
             * tersebut di antaranya Selandia Baru, Malaysia …" */
            c->m[k].code[0] = '\0';
            expand_reference(c, c->m[k].first, c->m[k].last, c->ahead.codes, c->ahead.n);
            i = c->m[k].last;
            continue;
        } else if (k >= 0 && (!c->m[k].code[0] || c->m[k].home) && c->m[k].first == i && strchr(w, '-') &&
                   i + 1 < c->nw && isc(&c->w[i + 1], W2_POINTING)) {
            /* negara-negara tersebut */
            want = 0;
            last = i + 1;
        } else {
            continue;
        }
        const idgroup *g = recent_group(c, sent_index, want, 3);
        char pair[2][32];
        char (*codes)[32] = NULL;
        int n = 0;
        if (g) { codes = (char (*)[32])g->codes; n = g->n; }
        else if (isc(&c->w[i], W2_BOTH) && sent_index - c->persons_sent <= 3) {
            /* "keduanya" (both of them) are people: the last two persons
             * named together, before the sides of the last event */
            codes = c->persons;
            n = 2;
        } else if (pair_ok && (want == 2 || (want == 0 && c->prev_pair_both))) {
            memcpy(pair, c->prev_pair, sizeof pair);
            codes = pair;
            n = 2;
        }
        if (!n && want == 2 && isc(&c->w[i], W2_DEFINITE_NUMERALS) && isc(&c->w[i + 1], W2_STATE_NOUNS) &&
            last_two_states(c, i, nm0, pair)) {
            codes = pair;
            n = 2;
        }
        if (!n && k < 0 && pronoun_kind(c, i) == ID_PRON_GROUP) {
            /* "mereka" with no list before: the nearest group or body */
            const char *code = antecedent(c, i, ID_PRON_GROUP);
            if (code) {
                snprintf(pair[0], sizeof pair[0], "%s", code);
                codes = pair;
                n = 1;
            }
        }
        if (!n) continue;
        if (k >= 0) {
            if (c->m[k].first < first) first = c->m[k].first;
            if (c->m[k].last > last) last = c->m[k].last;
            c->m[k].code[0] = '\0';             /* superseded by the members */
        }
        expand_reference(c, first, last, codes, n);
        i = last;
    }
}

/* "dua desainer Indonesia dan Thailand", "tiga atlet Korsel dan Jepang":
 * a list right after a counted plain noun says where those people or
 * things come from; "keduanya" and "mereka" later are the people, not the
 * countries. */
static int counted_origin(const wt_idcoder *c, int first)
{
    int p = first - 1;
    if (p < 1 || c->w[p].kind != W_OTHER || c->w[p].mention >= 0 || c->w[p].is_verbish ||
        WC(&c->w[p], WC_ALL_PREPS | WC_COORD | WC_CLAUSE_BREAKS))
        return 0;
    const idw *n = &c->w[p - 1];
    return n->kind == W_OTHER && n->mention < 0 && (n->numeral || isdigit((unsigned char)n->norm[0]));
}

void idg_remember_group(wt_idcoder *c, int sent_index)
{
    remember_antecedents(c);
    for (int k = 0; k < c->nm; k++) {
        if (c->m[k].group != k || c->m[k].pronoun == 1) continue;
        idgroup g;
        memset(&g, 0, sizeof g);
        for (int q = k; q < c->nm && g.n < 4; q++) {
            if (c->m[q].group != k || !c->m[q].code[0]) continue;
            int dup = 0;
            for (int r = 0; r < g.n; r++) dup |= same_primary(g.codes[r], c->m[q].code);
            if (!dup) snprintf(g.codes[g.n++], 32, "%s", c->m[q].code);
        }
        if (g.n < 2 || counted_origin(c, c->m[k].first)) continue;
        g.sent = sent_index;
        g.subject = c->m[k].prep < 0;
        c->groups[c->ngroups % 8] = g;
        c->ngroups++;
    }
}

/* Coordination (A, B dan C) and prepositions before each mention. */
/* "Tentara menembak mati 36 pengungsi Burundi … di RD Kongo", "kabur dari
 * Myanmar karena kekerasan militer": bare soldiers or police act where the
 * sentence puts them, when it names one foreign country as the place
 * (after di/dari) and nothing of the article's own country but its
 * people. Only then: a minister "tiba di Jepang" stays the article's.
 * Civilians too (polisi menangkap seorang pria di Manchester), and the
 * place may be a gazetteer city that no dictionary phrase covers. */
static void place_bare_forces(wt_idcoder *c)
{
    const char *place = NULL;
    if (!c->home[0]) return;
    for (int q = 0; q < c->nm; q++) {
        const idm *m = &c->m[q];
        if (!m->code[0] || m->home || primary_len(m->code) != 3 || !strncmp(m->code, "IMG", 3) ||
            !strncmp(m->code, "NGO", 3))
            continue;
        if (!strncmp(m->code, c->home, 3)) {
            if (!civilian_sector(m->code)) return;
            continue;
        }
        /* "di Republik Demokratik (RD) Kongo": over the rest of the name */
        int p = m->first - 1;
        for (int n = 0; n < 6 && p > 0 && c->w[p].mention < 0 &&
                        (idg_is_capital_name(c, p) || is_punct(c, p, '(') || is_punct(c, p, ')')); n++)
            p--;
        int at = p >= 0 && c->w[p].kind != W_QUOTE && isc(&c->w[p], W2_LOCATIVE | W2_SOURCE_PREPS);
        if (!at || m->has_agent) continue;
        if (place && strncmp(place, m->code, 3)) return;
        place = m->code;
    }
    /* "di Manchester": a gazetteer city no dictionary phrase covers */
    for (int i = 1; i < c->nw; i++) {
        int len;
        if (c->w[i].mention >= 0 || !isc(&c->w[i - 1], W2_LOCATIVE | W2_SOURCE_PREPS)) continue;
        const char *city = city_at(c, i, &len);
        if (!city) continue;
        if (!strcmp(city, c->home)) return;
        if (place && strncmp(place, city, 3)) return;
        place = city;
    }
    if (!place) return;
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        /* "teroris menyerang sebuah gereja di Mesir": an armed or criminal
         * role the article gave no country is the place's */
        if (!m->code[0] && !m->has_actor && strlen(m->sector) == 3 && !m->possessive && !vague_head(c, m)) {
            char code[32];
            snprintf(code, sizeof code, "%.3s%s", place, m->sector);
            copy_code(m->code, sizeof m->code, code);
            m->home = 1;
            continue;
        }
        /* officials (pemerintah, menteri, DPR, hakim) stay the article's:
         * they travel; the people and bodies of a place do not */
        static const char *const OFFICIALS[] = { "GOV", "LEG", "JUD", "ELI", "SPY", "OPP", "PTY", NULL };
        if (m->home != 1 || m->has_actor || in_list(OFFICIALS, m->sector)) continue;
        memcpy(m->code, place, 3);
    }
}

/* "memeriksa keponakan Ketua DPR Setya Novanto": the one meant is the
 * official's relative, a private person of the official's country, not
 * the official (ibu is left out: it is also the honorific "Ibu Mega"). */
static void relative_of(wt_idcoder *c, idm *m)
{
    int p = m->first - 1;
    if (p < 0 || c->w[p].kind != W_OTHER || c->w[p].mention >= 0 || (c->w[p].t->flags & WT_TF_CAPITAL) ||
        !WC(&c->w[p], WC_KIN))
        return;
    size_t n = primary_len(m->code);
    if (n != 3 || !strncmp(m->code, "IGO", 3) || !strncmp(m->code, "IMG", 3) || !strncmp(m->code, "NGO", 3)) return;
    memcpy(m->code + 3, "CVL", 4);
}

/* "Pemerintah Kanada meminta maaf kepada warganya": -nya is the clause
 * subject's, the first coded mention before it with no preposition; its
 * country and the agent's sector make the code. */
static void possessive_owner(wt_idcoder *c, idm *m)
{
    if (!m->possessive || m->code[0] || !m->sector[0]) return;
    for (int q = 0; q < c->nm; q++) {
        const idm *o = &c->m[q];
        if (o->first >= m->first) break;
        if (!o->code[0] || o->prep >= 0 || o->possessive) continue;
        size_t n = primary_len(o->code), sl = strlen(m->sector);
        if (n + sl >= sizeof m->code) return;
        memcpy(m->code, o->code, n);
        memcpy(m->code + n, m->sector, sl + 1);
        return;
    }
}

/* An article with no main country (a near tie, a round-up): a bare role
 * takes the one state its sentence names ("Di Seoul, pemerintah Korea
 * Selatan … polisi"), the local context; with two or none it
 * stays unresolved. */
static void sentence_country(wt_idcoder *c)
{
    if (c->home[0]) return;
    const char *only = NULL;
    for (int q = 0; q < c->nm; q++) {
        const idm *o = &c->m[q];
        if (!o->code[0] || !o->has_actor || o->home || o->pronoun || primary_len(o->code) != 3 ||
            !strncmp(o->code, "IMG", 3) || !strncmp(o->code, "NGO", 3) || !strncmp(o->code, "IGO", 3))
            continue;
        if (only && strncmp(only, o->code, 3)) return;
        only = o->code;
    }
    if (!only) return;
    char cc[4];
    memcpy(cc, only, 3);
    cc[3] = '\0';
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->code[0] || m->has_actor || !home_sector(c, m->sector) || m->possessive || vague_head(c, m) ||
            unowned_title(c, m))
            continue;
        char code[32];
        snprintf(code, sizeof code, "%s%s", cc, m->sector);
        copy_code(m->code, sizeof m->code, code);
        m->home = 1;
    }
}

/* "Kepolisian Manchester memastikan pelaku bom bunuh diri itu …": a
 * suspect or offender the article gave no country (abroad, a bare CRM
 * stays unresolved) is in the hands of the one state whose police or
 * court the sentence names: that state's. */
static void jurisdiction_country(wt_idcoder *c)
{
    const char *state = NULL;
    for (int q = 0; q < c->nm; q++) {
        const idm *o = &c->m[q];
        const char *sec = sector_of(o->code);
        if (!o->code[0] || o->home || o->pronoun || primary_len(o->code) != 3 || !state_code(o->code) ||
            (strcmp(sec, "COP") && strcmp(sec, "JUD")))
            continue;
        if (state && strncmp(state, o->code, 3)) return;
        state = o->code;
    }
    if (!state) return;
    char code[8];   /* copied out: the mentions are the destination */
    snprintf(code, sizeof code, "%.3sCRM", state);
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->code[0] || m->has_actor || strcmp(m->sector, "CRM") || m->possessive || vague_head(c, m)) continue;
        copy_code(m->code, sizeof m->code, code);
        m->home = 1;
    }
}

/* Roles the sentence's places and bodies resolved after the names were
 * read (idg_link_mentions) name the people put beside them too: "di
 * Mesir, pelaku penyerangan adalah Ahmad Saleh". */
static void name_late_roles(wt_idcoder *c)
{
    named_roles(c);
    roles_after_names(c);
    names_after_posts(c);
}

/* Does word i count what follows it: a number, a numeral (dua, satu) or
 * a quantity word (beberapa, sejumlah)? */
static int count_word(const wt_idcoder *c, int i)
{
    const idw *x = &c->w[i];
    return x->kind == W_OTHER && x->mention < 0 &&
           (x->t->kind == WT_TOK_NUMBER || x->numeral || WC(x, WC_VAGUE) || isc(x, W2_UNITS));
}

void idg_link_mentions(wt_idcoder *c)
{
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        int p = m->first - 1;
        if (p >= 0 && WC(&c->w[p], WC_ALL_PREPS) && c->w[p].kind == W_OTHER) m->prep = p;
        if (k == 0) continue;
        idm *prev = &c->m[k - 1];
        int ok = 1;
        /* "dua warga Cina dan satu perusahaan pelayaran": a count before
         * the next member is no word between the two */
        int start = m->first;
        while (start - 1 > prev->last && count_word(c, start - 1)) start--;
        int between = start - prev->last - 1;
        if (between < 1 || between > 2) ok = 0;
        int has_conj = 0;
        for (int i = prev->last + 1; ok && i < start; i++) {
            ok = is_punct(c, i, ',') || (c->w[i].kind == W_OTHER && WC(&c->w[i], WC_COORD));
            has_conj |= c->w[i].kind == W_OTHER && WC(&c->w[i], WC_COORD);
        }
        /* "…ke Pyongyang, pejabat Korut menyatakan": a comma before a subject
         * that a verb follows starts a new clause, not a list */
        /* "menurut Retno, KBRI …": the attribution ends at the comma */
        if (ok && !has_conj && c->m[prev->group].prep >= 0 && WC(&c->w[c->m[prev->group].prep], WC_SPEECH_VERBS))
            ok = 0;
        if (ok && !has_conj && m->last + 1 < c->nw) {
            const idw *nx = &c->w[m->last + 1];
            if (nx->kind == W_OTHER && nx->mention < 0 &&
                (nx->is_verbish || WC(nx, WC_MODALS) || WC(nx, WC_NEGATIONS) || isc(nx, W2_PRE_PREDICATE)))
                ok = 0;
        }
        if (ok) {
            m->group = prev->group;
            if (m->prep < 0 || WC(&c->w[m->prep], WC_COORD)) m->prep = c->m[prev->group].prep;
        }
    }
    /* "warga dan polisi Prancis", "antara warga dan polisi di Paris": a
     * bare agent in a list takes the country of its conjuncts */
    for (int k = 0; k < c->nm; k++) {
        idm *m = &c->m[k];
        if (m->has_actor || !m->sector[0] || m->possessive || (m->code[0] && !m->home)) continue;
        /* "Presiden dan Perdana Menteri Belanda sepakat", said by Indonesia's
         * foreign minister: the speaker's president, the Dutch prime minister */
        if (m->home == 2 && WC(&c->w[m->first], WC_TITLES)) continue;
        /* "Prabowo dan 20 dubes": counted officials are of several states */
        if (m->first > 0 && count_word(c, m->first - 1) && official_sector(m->sector)) continue;
        const char *country = NULL;
        for (int q = 0; q < c->nm; q++)
            if (q != k && c->m[q].group == m->group && c->m[q].code[0] && c->m[q].has_actor &&
                primary_len(c->m[q].code) == 3 && strncmp(c->m[q].code, "IMG", 3) && strncmp(c->m[q].code, "NGO", 3)) {
                if (country && strncmp(country, c->m[q].code, 3)) { country = NULL; break; }
                country = c->m[q].code;
            }
        if (country && home_sector(c, m->sector)) {
            memcpy(m->code, country, 3);
            memcpy(m->code + 3, m->sector, 4);   /* sectors are three letters */
            m->code[7] = '\0';
            m->home = 1;
        }
    }
    place_bare_forces(c);
    for (int k = 0; k < c->nm; k++) relative_of(c, &c->m[k]);
    for (int k = 0; k < c->nm; k++) possessive_owner(c, &c->m[k]);
    sentence_country(c);
    jurisdiction_country(c);
    definite_roles(c);
    name_late_roles(c);
    /* an unresolved head with a list: berbagai negara termasuk Rusia, Mesir */
    for (int k = 0; k + 1 < c->nm; k++) {
        idm *m = &c->m[k], *n = &c->m[k + 1];
        if (m->code[0] || n->first != m->last + 2) continue;
        if (isc(&c->w[m->last + 1], W2_MEMBERS))
            for (int q = k + 1, ng = n->group; q < c->nm && c->m[q].group == ng; q++) {
                c->m[q].group = m->group;
                c->m[q].prep = m->prep;
            }
    }
}
