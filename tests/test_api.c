/* test_api.c — the public interface (include/warta.h) as a program that
 * links libwarta sees it: parse an article, lemmatise, code events, and do
 * it from two threads at once with one context each (no global state). */
#include "check.h"
#include "warta.h"

#include <pthread.h>
#include <string.h>

static const char ARTICLE[] =
    "JAKARTA – Menteri Luar Negeri Jepang Taro Kono tiba di Jakarta, Senin (6/11/2017).\n"
    "Kono bertemu dengan Presiden Joko Widodo di Istana Merdeka.\n"
    "Pemerintah Korea Utara mengecam latihan militer Amerika Serikat. (nrl)";

/* Codes ARTICLE with a fresh context; returns all event JSON joined by
 * newlines (malloc'd), or NULL. */
static char *code_article(void)
{
    warta_ctx *ctx = warta_new();
    warta_doc *doc = warta_doc_new(ctx);
    warta_coder *coder = warta_coder_new(ctx);
    char *all = NULL;
    if (coder && warta_doc_parse(doc, "api", ARTICLE, sizeof ARTICLE - 1, NULL) == 0 &&
        warta_code_doc(coder, doc) >= 0) {
        size_t len = 1;
        for (size_t i = 0; i < warta_event_count(coder); i++) len += strlen(warta_event_json(coder, i)) + 1;
        all = calloc(1, len);
        for (size_t i = 0; i < warta_event_count(coder); i++) {
            strcat(all, warta_event_json(coder, i));
            strcat(all, "\n");
        }
    }
    warta_coder_free(coder);
    warta_doc_free(doc);
    warta_free(ctx);
    return all;
}

static void quiet_diag(void *user, int severity, const char *where, const char *message)
{
    (void)user, (void)severity, (void)where, (void)message;
}

static void *thread_main(void *out)
{
    *(char **)out = code_article();
    return NULL;
}

static void test_article_layer(void)
{
    warta_ctx *ctx = warta_new();
    warta_doc *doc = warta_doc_new(ctx);
    CHECK_INT(warta_doc_parse(doc, "api", ARTICLE, sizeof ARTICLE - 1, NULL), 0);
    CHECK_INT(warta_doc_paragraph_count(doc), 3);
    CHECK_STR(warta_doc_date(doc), "2017-11-06");
    const char *json = warta_doc_json(doc, 0);
    CHECK(strstr(json, "\"dateline\":\"JAKARTA\"") != NULL);
    CHECK(strstr(json, "\"editor\":\"nrl\"") != NULL);
    /* invalid UTF-8 is rejected and counted, not coded */
    CHECK_INT(warta_doc_parse(doc, "bad", "caf\xC3", 4, NULL), -1);
    CHECK(warta_error_count(ctx) >= 1);
    warta_doc_free(doc);
    warta_free(ctx);
}

static void test_lemma(void)
{
    warta_ctx *ctx = warta_new();
    unsigned morph = 0;
    CHECK_STR(warta_lemma(ctx, "dikunjungi", 10, &morph), "kunjung");
    CHECK(morph != 0);
    CHECK_STR(warta_lemma(ctx, "Tillerson", 9, NULL), "Tillerson");
    warta_free(ctx);
}

static void test_events(void)
{
    char *events = code_article();
    CHECK(events != NULL);
    if (!events) return;
    /* the visit: Japan's foreign minister to Indonesia, dated by the text */
    CHECK(strstr(events, "\"source\":\"JPNGOV\"") != NULL);
    CHECK(strstr(events, "\"root\":\"04\"") != NULL);
    CHECK(strstr(events, "\"date\":\"2017-11-06\"") != NULL);
    /* the condemnation: North Korea's government criticises the US */
    CHECK(strstr(events, "\"source\":\"PRKGOV\"") != NULL);
    CHECK(strstr(events, "\"root\":\"11\"") != NULL);
    free(events);
}

/* The tree through the public header only: a passive clause with an agent. */
static void test_syntax(void)
{
    warta_ctx *ctx = warta_new();
    warta_doc *doc = warta_doc_new(ctx);
    const char *text = "Rumah itu dibakar oleh massa.";
    CHECK_INT(warta_doc_parse(doc, "s", text, strlen(text), NULL), 0);
    warta_token t;
    CHECK_INT(warta_doc_token(doc, 0, 0, &t), -1);          /* not parsed yet */
    CHECK(warta_doc_conllu(doc) == NULL);
    CHECK_INT(warta_doc_syntax(doc), 0);
    CHECK_INT(warta_doc_token_count(doc, 0), 6);
    CHECK_INT(warta_doc_token_count(doc, 1), 0);
    CHECK_INT(warta_doc_token(doc, 0, 2, &t), 0);
    CHECK(t.form_len == 7 && memcmp(t.form, "dibakar", 7) == 0);
    CHECK_STR(t.lemma, "bakar");
    CHECK_STR(t.upos, "VERB");
    CHECK_STR(t.deprel, "root");
    CHECK_INT(t.head, 0);
    CHECK_INT(t.start, 10);
    CHECK_INT(warta_doc_token(doc, 0, 0, &t), 0);            /* Rumah */
    CHECK_STR(t.deprel, "nsubj:pass");
    CHECK_INT(t.head, 3);
    CHECK_INT(warta_doc_token(doc, 0, 6, &t), -1);
    const char *cu = warta_doc_conllu(doc);
    CHECK(cu && strstr(cu, "3\tdibakar\tbakar\tVERB\t_\tVoice=Pass\t0\troot\t_\tSpan=10-17\n"));
    warta_doc_free(doc);
    warta_free(ctx);
}

static void test_two_threads(void)
{
    char *one = NULL, *two = NULL;
    pthread_t a, b;
    CHECK_INT(pthread_create(&a, NULL, thread_main, &one), 0);
    CHECK_INT(pthread_create(&b, NULL, thread_main, &two), 0);
    pthread_join(a, NULL);
    pthread_join(b, NULL);
    char *alone = code_article();
    CHECK(one && two && alone);
    if (one && two && alone) {
        CHECK_STR(one, alone);
        CHECK_STR(two, alone);
    }
    free(one);
    free(two);
    free(alone);
}

/* Without data the coder cannot be made: NULL, and the context says why. */
static void test_missing_data(void)
{
    warta_ctx *ctx = warta_new();
    warta_set_diag(ctx, NULL, NULL);
    CHECK_STR(warta_last_error(ctx), "");
    warta_set_data_dir(ctx, "/nonexistent/warta-data");
    /* quiet: the reason is read back, not printed */
    warta_set_diag(ctx, quiet_diag, NULL);
    warta_coder *coder = warta_coder_new(ctx);
    CHECK(coder == NULL);
    CHECK(strstr(warta_last_error(ctx), "/nonexistent/warta-data") != NULL);
    CHECK(warta_error_count(ctx) >= 1);
    warta_coder_free(coder);
    warta_free(ctx);
}

int main(void)
{
    printf("warta %s\n", warta_version());
    test_article_layer();
    test_lemma();
    test_events();
    test_syntax();
    test_two_threads();
    test_missing_data();
    return check_done("test_api");
}
