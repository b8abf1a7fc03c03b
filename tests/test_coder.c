/* test_coder.c — the dictionary readers and the TABARI coder on small
 * dictionaries written here (no ../shared needed): patterns, date
 * restrictions, agents, compounds, passive voice, paired codes, discards,
 * and the reporting of malformed entries. */
#include "check.h"
#include "code/coder.h"
#include "code/tabari_records.h"
#include "dict/dict.h"
#include "lang/en/tokens.h"

static const char ACTORS[] =
    "<NOUN>\nBOMBS\nROCKETS\n</NOUN>\n"
    "ARNOR [ARN]\n"
    "GONDOR\n+MINAS_TIRITH\n\t[GON]\n"
    "ROHAN_ [ROH]\n"
    "OSGILIATH [OSG]\n"
    "ALBRIGHT [USAGOV 991201-010114] [---]\n"
    "GOLLUM\n\t[HOB <950601]\n\t[HOBGOV 950601-990815]\n\t[HOBREB >990816]\n"
    "THE_SHIRE [FRO/BIL]\n"
    "VOLLEYBALL [###]\n"
    "GEORGIA [+++]\n"
    "AT&T_ [BUS]\n"                      /* rejected: & */
    "BROKEN [XYZ 991301-000101]\n";      /* rejected: month 13 */

static const char AGENTS[] =
    "PRESIDENT_ [~GOVPRS]\n"
    "RIGHTS_GROUP_ [NGO~]\n"
    "POLICE [COP]\n";                     /* rejected: no ~ */

static const char VERBS[] =
    "<SYNSETS>\n&TIES\n+DIPLOMATIC\n+TRADE\n</SYNSETS>\n"
    "ACCUSE [112]\n"
    "- * + OF_ SPYING [1121]\n"
    "RESTORE [064]\n"
    "- * &TIES TIES [065]\n"
    "MEET [031:031]\n"
    "- % * [032]\n"
    "ATTACK_ [190]\n"
    "{ ATTACKED_ }\n"
    "SAY [010?]\n{ SAID_ }\n"
    "PRAISE [051]\n"
    "- * { EFFORTS | WORK } [052]\n"
    "NOTE [---]\n"
    "- * WITH_CONCERN [111]\n"
    "BOGUS [12:]\n"                      /* rejected: half a paired code */
    "- * THING [100]\n";                 /* rejected with its verb */

typedef struct fixture {
    wt_dict d;
    wt_diag diag;
    wt_coder *c;
    wt_code_result r;
    wt_arena arena;
    wt_ctok_vec toks;
} fixture;

static void setup(fixture *f)
{
    memset(f, 0, sizeof *f);
    wt_dict_init(&f->d);
    wt_diag_init(&f->diag);
    f->diag.quiet = 1;
    CHECK_INT(wt_dict_read_actors(&f->d, "t.actors", ACTORS, strlen(ACTORS), &f->diag), 2);
    CHECK_INT(wt_dict_read_agents(&f->d, "t.agents", AGENTS, strlen(AGENTS), &f->diag), 1);
    CHECK_INT(wt_dict_read_verbs(&f->d, "t.verbs", VERBS, strlen(VERBS), &f->diag), 2);
    CHECK_INT(f->diag.errors, 5);
    wt_dict_finish(&f->d);
    f->c = wt_coder_new(&f->d, &wt_lang_rules_en);
    CHECK_INT(wt_coder_options_mut(f->c)->minimum_words, 8);   /* TABARI's default */
    wt_coder_options_mut(f->c)->minimum_words = 0;             /* short test sentences */
    wt_code_result_init(&f->r);
    wt_arena_init(&f->arena, 4096);
}

static void teardown(fixture *f)
{
    WT_VEC_FREE(f->toks);
    wt_arena_free(&f->arena);
    wt_code_result_free(&f->r);
    wt_coder_free(f->c);
    wt_dict_free(&f->d);
}

/* Codes a sentence; returns "SRC/TGT/CODE SRC/TGT/CODE ..." or a status. */
static const char *code(fixture *f, const char *text, int32_t date)
{
    static char buf[1024];
    wt_arena_reset(&f->arena);
    f->toks.len = 0;
    wt_en_tokenize(text, strlen(text), &f->arena, &f->toks);
    int st = wt_coder_code(f->c, f->toks.items, f->toks.len, date, &f->r);
    if (st == WT_CS_DISCARD) return "###";
    if (st == WT_CS_COMPLEX) return "+++";
    buf[0] = 0;
    for (size_t i = 0; i < f->r.events.len; i++) {
        const wt_coded_event *e = &f->r.events.items[i];
        size_t l = strlen(buf);
        snprintf(buf + l, sizeof buf - l, "%s%s/%s/%s", i ? " " : "", e->source, e->target, e->code);
    }
    return buf;
}

static void test_counts(fixture *f)
{
    CHECK_INT(f->d.n_actors, 9);
    CHECK_INT(f->d.n_actor_phrases, 10);
    CHECK_INT(f->d.n_agents, 2);
    CHECK_INT(f->d.n_nouns, 2);
    CHECK_INT(f->d.n_verbs, 7);
    CHECK_INT(f->d.n_synsets, 1);
    CHECK_INT(wt_tabari_date("991201", 6), 19991201);
    CHECK_INT(wt_tabari_date("010114", 6), 20010114);
    CHECK_INT(wt_tabari_date("991301", 6), -1);
}

static void test_basic_and_patterns(fixture *f)
{
    CHECK_STR(code(f, "Arnor accused Gondor on Monday.", 0), "ARN/GON/112");
    CHECK_STR(code(f, "Arnor accused Gondor of spying.", 0), "ARN/GON/1121");
    /* longest pattern first; synset expansion */
    CHECK_STR(code(f, "Arnor restored trade ties with Gondor.", 0), "ARN/GON/065");
    CHECK_STR(code(f, "Arnor praised the work of Gondor.", 0), "ARN/GON/052");
    /* a null-coded pattern stops the verb from coding */
    CHECK_STR(code(f, "Arnor noted with concern that Gondor left.", 0), "ARN/GON/111");
    /* synonyms share the code */
    CHECK_STR(code(f, "Minas Tirith accused Arnor.", 0), "GON/ARN/112");
    /* exact word: ROHAN_ does not match ROHANIAN, but takes plural S */
    CHECK_STR(code(f, "Arnor accused Rohanian groups.", 0), "");
}

static void test_dates(fixture *f)
{
    CHECK_STR(code(f, "Gollum accused Arnor.", 19940101), "HOB/ARN/112");
    CHECK_STR(code(f, "Gollum accused Arnor.", 19970101), "HOBGOV/ARN/112");
    CHECK_STR(code(f, "Gollum accused Arnor.", 20050101), "HOBREB/ARN/112");
    CHECK_STR(code(f, "Albright accused Arnor.", 20000101), "USAGOV/ARN/112");
    /* outside the range the default [---] applies: no source */
    CHECK_STR(code(f, "Albright accused Arnor.", 20050101), "");
}

static void test_agents(fixture *f)
{
    CHECK_STR(code(f, "The Arnor president accused Gondor.", 0), "ARNGOVPRS/GON/112");
    CHECK_STR(code(f, "The president of Arnor accused Gondor.", 0), "ARNGOVPRS/GON/112");
    CHECK_STR(code(f, "A Gondor rights group accused Arnor.", 0), "NGOGON/ARN/112");
}

static void test_compounds_and_pairs(fixture *f)
{
    CHECK_STR(code(f, "Arnor and Gondor accused Rohan.", 0), "ARN/ROH/112 GON/ROH/112");
    CHECK_STR(code(f, "Arnor accused Gondor and Rohan.", 0), "ARN/GON/112 ARN/ROH/112");
    /* paired code: both directions */
    CHECK_STR(code(f, "Arnor will meet Gondor.", 0), "ARN/GON/031 GON/ARN/031");
    /* % pattern: a compound is source and target */
    CHECK_STR(code(f, "Arnor and Gondor will meet.", 0), "ARN/GON/032 GON/ARN/032");
    /* coded compound */
    CHECK_STR(code(f, "The Shire accused Arnor.", 0), "FRO/ARN/112 BIL/ARN/112");
}

static void test_passive_and_forms(fixture *f)
{
    CHECK_STR(code(f, "Arnor was attacked by Gondor.", 0), "GON/ARN/190");
    CHECK_STR(code(f, "Gondor attacks Arnor.", 0), "GON/ARN/190");
    /* a verb after a determiner is a noun */
    CHECK_STR(code(f, "The attack on Arnor shocked Gondor.", 0), "");
}

static void test_subordinate_discard_complex(fixture *f)
{
    /* the subordinate SAY gives way to ACCUSE; TABARI's default source is
     * the first actor of the clause */
    CHECK_STR(code(f, "Arnor said Gondor accused Rohan.", 0), "ARN/ROH/112");
    /* ... and is coded when nothing else is */
    CHECK_STR(code(f, "Arnor said Gondor was strong.", 0), "ARN/GON/010");
    CHECK_STR(code(f, "Arnor accused Gondor at volleyball.", 0), "###");
    CHECK_STR(code(f, "Georgia accused Gondor.", 0), "+++");
    /* comma clause dropped: the verb inside it does not code */
    CHECK_STR(code(f, "Arnor, which accused Osgiliath last week, praised Gondor.", 0), "ARN/GON/051");
}

/* ---- TABARI's parsing rules, each on its own small dictionaries ---- */

static const char RULE_ACTORS[] =
    "<ADJECTIVE>\nAWFUL\nEVIL\n</ADJECTIVE>\n"
    "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [ORC]\nBREE [BRE]\n"
    "PRINCE DOL_AMROTH [DOL]\nFORNOST [FOR]\n";
static const char RULE_AGENTS[] = "MINISTER [~GOV]\nOFFICIALS [~GOV]\nPOLICE [~COP]\n";
static const char RULE_VERBS[] =
    "WARN [160]\n"
    "- * AT ^ + [162]\n"
    "- $ IN ^ * [163]\n"
    "CALLED_ON [094]\n"
    "- $ * [095]\n"
    "SHOULD [101]\n"
    "- SUGGESTED * APPLY CONVENTIONS [151]\n"
    "ASK [090]\n{ ASKED_ }\n"
    "URGE [102]\n"
    "RESTORE [064]\n"
    "REPEL [223]\n{ REPELLED_ }\n"
    "ACCORD [---]\n- * TREATY [057]\n"
    "PARTICIPATE [111]\n"
    "PROMISE [050]\n";

static void rules_setup(fixture *f, const char *options)
{
    memset(f, 0, sizeof *f);
    wt_dict_init(&f->d);
    wt_diag_init(&f->diag);
    f->diag.quiet = 1;
    CHECK_INT(wt_dict_read_actors(&f->d, "r.actors", RULE_ACTORS, strlen(RULE_ACTORS), &f->diag), 0);
    CHECK_INT(wt_dict_read_agents(&f->d, "r.agents", RULE_AGENTS, strlen(RULE_AGENTS), &f->diag), 0);
    CHECK_INT(wt_dict_read_verbs(&f->d, "r.verbs", RULE_VERBS, strlen(RULE_VERBS), &f->diag), 0);
    if (options)
        CHECK_INT(wt_dict_read_options(&f->d, "r.options", options, strlen(options), &f->diag), 0);
    wt_dict_finish(&f->d);
    f->c = wt_coder_new(&f->d, &wt_lang_rules_en);
    wt_code_result_init(&f->r);
    wt_arena_init(&f->arena, 4096);
}

static void test_rule_skip_and_patterns(void)
{
    fixture f;
    rules_setup(&f, NULL);
    /* ^ passes over one actor: the target is the one after it; a name
     * written Dol_Amroth in the text is the phrase DOL_AMROTH */
    CHECK_STR(code(&f, "Arnor warned at the Gondor of the Prince of Dol_Amroth on Monday.", 0), "ARN/DOL/162");
    CHECK_STR(code(&f, "Arnor in Gondor warned of the Prince of Dol_Amroth on Monday.", 0), "ARN/DOL/163");
    /* the part of a pattern before the verb is matched backward and may
     * cross a dropped comma clause: $ finds Arnor */
    CHECK_STR(code(&f, "Arnor, centre of a diplomatic row with Rohan, called on Gondor to act.", 0),
              "ARN/GON/095");
    /* ITS is not a pronoun: the target is the next actor, Rohan */
    CHECK_STR(code(&f, "Arnor suggested Gondor should apply conventions in its dealings with Rohan.", 0),
              "ARN/ROH/151");
    /* a clause of one or two words is not coded ("sheep and goats"); a
     * null-coded verb before the first actor does not make NOACTPRIOR */
    teardown(&f);
}

static void test_rule_pronouns_agents_compounds(void)
{
    fixture f;
    rules_setup(&f, NULL);
    /* HIM takes the first actor of the sentence; the second clause keeps
     * its own source */
    CHECK_STR(code(&f, "Arnor urged Bree to chill out and Gondor asked him to take a role.", 0),
              "ARN/BRE/102 GON/ARN/090");
    /* the source carries over into a clause without an actor of its own */
    CHECK_STR(code(&f, "Arnor restored ties with Gondor on Monday and urged Rohan to act.", 0),
              "ARN/GON/064 ARN/ROH/102");
    /* FORMER next to an actor or before its agent makes the agent ELI */
    CHECK_STR(code(&f, "Arnor former minister will restore full ties with former Gondor police.", 0),
              "ARNELI/GONELI/064");
    /* NOR joins a compound; adjectives and determiners do not break one */
    CHECK_STR(code(&f, "Neither Arnor nor Mordor will participate in a Gondor parade today.", 0),
              "ARN/GON/111 ORC/GON/111");
    CHECK_STR(code(&f, "Rohan and the evil Arnor awful Mordor restored ties with Gondor.", 0),
              "ROH/GON/064 ARN/GON/064 ORC/GON/064");
    /* the nearest actor before the verb is the fallback target; a
     * compound found that way is not expanded */
    CHECK_STR(code(&f, "Bree and Arnor are about to restore full ties soon.", 0), "BRE/ARN/064");
    teardown(&f);
}

static void test_rule_defaults_and_complexity(void)
{
    fixture f;
    rules_setup(&f, "DEFAULT: SOURCE [DEF] PRIOR TARGET [TAR] AFTER\n");
    /* PRIOR: no actor before the verb -> the default source, even though
     * Gondor follows; AFTER: no actor after the verb -> the default target */
    CHECK_STR(code(&f, "Fxrnost is about to restore full ties with Gondor soon.", 0), "DEF/GON/064");
    CHECK_STR(code(&f, "Bree and Arnor are about to restore full ties soon.", 0), "BRE/TAR/064 ARN/TAR/064");
    /* NOACTPRIOR sets aside a sentence with no actor before its first
     * verb, but a null-coded verb (ACCORD) does not count as that verb */
    wt_coder_options_mut(f.c)->complex_noactprior = 1;
    CHECK_STR(code(&f, "Fxrnost is about to restore full ties with Gondor soon.", 0), "+++");
    CHECK_STR(code(&f, "On accord Gondor repelled Mordor in their first final today.", 0), "GON/ORC/223");
    teardown(&f);
}

static void test_rule_forward(void)
{
    fixture f;
    rules_setup(&f, "FORWARD: ^^*****NNN*SSS\n");
    wt_coder_options_mut(f.c)->minimum_words = 0;
    /* a pronoun before any actor takes the previous sentence's first actor
     * when the record ids say it is the next sentence of the same story */
    wt_coder_set_record(f.c, "STRY-001-001");
    CHECK_STR(code(&f, "Fornost minister urged Rohan to make peace.", 0), "FORGOV/ROH/102");
    wt_coder_set_record(f.c, "STRY-001-002");
    CHECK_STR(code(&f, "He also asked Gondor to help.", 0), "FOR/GON/090");
    /* a gap in the sentence numbers stops forwarding */
    wt_coder_set_record(f.c, "STRY-001-004");
    CHECK_STR(code(&f, "He also asked Gondor to help.", 0), "");
    teardown(&f);
}

static void test_rule_minimum_words(void)
{
    fixture f;
    rules_setup(&f, NULL);
    /* TABARI codes no sentence under 8 words (commas count) */
    CHECK_STR(code(&f, "Arnor urged Gondor to act.", 0), "");
    CHECK_INT(f.r.status, WT_CS_TOO_SHORT);
    CHECK_STR(code(&f, "Arnor, Rohan, urged Gondor to act now.", 0), "ARN/GON/102");
    teardown(&f);
}

static void test_rule_synsets_and_text(void)
{
    static const char V[] =
        "<SYNSETS>\n&MONEY\n+DOLLAR\n+EURO\n&NEG\n+DID_NOT\n+WON'T\n</SYNSETS>\n"
        "CLASH [223]\n- MOST_&NEG_EVER * OVER [907]\n"
        "CONTRIBUTE [070]\n- * &MONEY [903]\n- * DOLLAR [071]\n"
        "URGE [102]\n- $ * + TO_MOVE [113]\nSAY [023?]\n{ SAID_ }\n";
    static const char A[] = "ARNOR [ARN]\nGONDOR [GON]\nROHAN [ROH]\nMORDOR [ORC]\n";
    static const char G[] = "PRESIDENT [~GOVPRS]\n";
    fixture f;
    memset(&f, 0, sizeof f);
    wt_dict_init(&f.d);
    wt_diag_init(&f.diag);
    f.diag.quiet = 1;
    CHECK_INT(wt_dict_read_actors(&f.d, "s.actors", A, strlen(A), &f.diag), 0);
    CHECK_INT(wt_dict_read_agents(&f.d, "s.agents", G, strlen(G), &f.diag), 0);
    CHECK_INT(wt_dict_read_verbs(&f.d, "s.verbs", V, strlen(V), &f.diag), 0);
    wt_dict_finish(&f.d);
    f.c = wt_coder_new(&f.d, &wt_lang_rules_en);
    wt_code_result_init(&f.r);
    wt_arena_init(&f.arena, 4096);
    /* a synset does not count in a pattern's length: `* DOLLAR` is longer
     * than `* &MONEY`, and is tried first */
    CHECK_STR(code(&f, "Arnor will contribute a million dollars to Gondor soon.", 0), "ARN/GON/071");
    CHECK_STR(code(&f, "Arnor will contribute a million euros to Gondor soon.", 0), "ARN/GON/903");
    /* before the verb a synset may skip words whatever its connector
     * (TABARI matches it backward until a member fits) */
    CHECK_STR(code(&f, "Arnor most did not even ever clash over the ties with Gondor.", 0), "ARN/GON/907");
    CHECK_STR(code(&f, "Arnor most did not even once clash over the ties with Gondor.", 0), "ARN/GON/223");
    /* ( ... ) is a comma clause: the actor inside it is dropped */
    CHECK_STR(code(&f, "Arnor (and its allies in Mordor) will contribute dollars to Gondor.", 0),
              "ARN/GON/071");
    /* control characters stick to the word, which then matches nothing */
    CHECK_STR(code(&f, "Arnor will contribute dollars to \x1a\x1aGondor through Rohan today.", 0),
              "ARN/ROH/071");
    /* $ on a pronoun takes its referent with the agents around it */
    CHECK_STR(code(&f, "Arnor president Elendil said that he urged Gondor to move on today.", 0),
              "ARNGOVPRS/GON/113");
    teardown(&f);
}

static void test_rule_comma_compounds(void)
{
    fixture f;
    rules_setup(&f, NULL);
    /* commas inside an actor list bound no comma clause */
    CHECK_STR(code(&f, "Arnor, Rohan, Bree and Mordor restored ties with Gondor today.", 0),
              "ARN/GON/064 ROH/GON/064 BRE/GON/064 ORC/GON/064");
    /* a compound whose end falls in a dropped clause is cut: Mordor opened
     * the second list (Mordor, Bree and Rohan) whose tail was dropped, so
     * it is no actor any more and the first list codes without it */
    CHECK_STR(code(&f, "Gondor restored ties, said the news, with Arnor and Fornost Mordor, "
                       "Bree and Rohan who are in the north.", 0),
              "GON/ARN/064 GON/FOR/064");
    teardown(&f);
}

static void count_bad(void *user, size_t line, const char *s, size_t n)
{
    (void)s; (void)n;
    *(size_t *)user = line;
}

static void test_records_reader(void)
{
    static const char T[] =
        "# banner\n"
        "950101 R1\nArnor accused Gondor.\n/* first { ARN / GON / 112 } */\n"
        "{ GON / ARN / 112 } */\n\n"
        "95010 BAD\nnot a record\n\n"
        "950102 R2\nRohan (and Bree) met.\n/* open comment\n\nstill comment */\n\n";
    wt_tabari_reader r;
    wt_tabari_reader_init(&r, T, strlen(T));
    size_t bad = 0;
    r.on_bad_header = count_bad;
    r.user = &bad;
    wt_tabari_record rec;
    CHECK(wt_tabari_next(&r, &rec));
    CHECK_STR(rec.id, "R1");
    CHECK_INT(rec.date, 19950101);
    CHECK(strstr(rec.text, "Arnor accused Gondor.") != NULL && !strchr(rec.text, '{'));
    /* what follows the closing mark up to the blank line is comment too */
    CHECK(strstr(rec.comment, "GON / ARN / 112") != NULL);
    wt_tabari_record_free(&rec);
    CHECK(wt_tabari_next(&r, &rec));
    CHECK_STR(rec.id, "R2");
    CHECK_INT(bad, 7);                     /* `95010 BAD` reported at its line */
    CHECK(strstr(rec.comment, "still comment") != NULL);   /* spans the blank line */
    wt_tabari_record_free(&rec);
    CHECK(!wt_tabari_next(&r, &rec));
}

int main(void)
{
    test_records_reader();
    test_rule_synsets_and_text();
    test_rule_comma_compounds();
    test_rule_skip_and_patterns();
    test_rule_pronouns_agents_compounds();
    test_rule_defaults_and_complexity();
    test_rule_forward();
    test_rule_minimum_words();

    fixture f;
    setup(&f);
    test_counts(&f);
    test_basic_and_patterns(&f);
    test_dates(&f);
    test_agents(&f);
    test_compounds_and_pairs(&f);
    test_passive_and_forms(&f);
    test_subordinate_discard_complex(&f);
    teardown(&f);
    return check_done("test_coder");
}
