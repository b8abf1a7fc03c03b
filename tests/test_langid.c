/* test_langid.c — language identification for `warta code --lang auto`:
 * hand-written Indonesian, English and other-language texts, then (when
 * ../shared is present) every article of the Indonesian news corpus and the
 * English TABARI sentences of the bench corpus. */
#include "check.h"
#include "text/langid.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static wt_lang id_of(const char *s) { return wt_langid(s, strlen(s), NULL); }

static void test_hand_written(void)
{
    CHECK_INT(id_of("Menteri Luar Negeri Retno Marsudi mengatakan bahwa Indonesia akan terus mendukung "
                    "Palestina dan tidak akan mengakui Yerusalem sebagai ibu kota Israel."), WT_LANG_ID);
    CHECK_INT(id_of("Polisi menangkap dua orang yang diduga terlibat dalam serangan itu di Jakarta."), WT_LANG_ID);
    CHECK_INT(id_of("The United States and Jordan have agreed upon a new free-trade pact between the two "
                    "countries, the White House announced Tuesday."), WT_LANG_EN);
    CHECK_INT(id_of("North Korea said on Monday it would not return to the talks."), WT_LANG_EN);
    /* too short for function words: the shape of the words decides */
    CHECK_INT(id_of("Indonesia mengecam Israel."), WT_LANG_ID);
    CHECK_INT(id_of("Korea Utara dikecam Jepang"), WT_LANG_ID);
    CHECK_INT(id_of("Russia condemned the bombing"), WT_LANG_EN);
    /* neither language */
    CHECK_INT(id_of("Le gouvernement français a annoncé mardi une série de mesures pour soutenir les "
                    "agriculteurs touchés par la sécheresse dans le sud du pays."), WT_LANG_OTHER);
    CHECK_INT(id_of("Die Bundesregierung hat am Dienstag neue Maßnahmen angekündigt, um die Landwirte "
                    "im Süden des Landes zu unterstützen."), WT_LANG_OTHER);
    CHECK_INT(id_of(""), WT_LANG_OTHER);
    CHECK_INT(id_of("12345 -- !!"), WT_LANG_OTHER);
    /* an Indonesian article quoting an English phrase stays Indonesian */
    CHECK_INT(id_of("Trump menyebut kesepakatan itu \"the worst deal ever\" dan mengatakan bahwa AS akan "
                    "keluar dari perjanjian tersebut karena Iran tidak mematuhi isinya."), WT_LANG_ID);
    wt_langid_counts k;
    CHECK_INT(wt_langid("yang dan di the", 15, &k), WT_LANG_ID);
    CHECK_INT(k.words, 4);
    CHECK_INT(k.id_fn, 3);
    CHECK_INT(k.en_fn, 1);
    CHECK_STR(wt_lang_name(WT_LANG_ID), "id");
    CHECK_STR(wt_lang_name(WT_LANG_EN), "en");
    CHECK_STR(wt_lang_name(WT_LANG_OTHER), "other");
}

/* Every line of a JSONL corpus (the whole line: its few keys do not sway
 * a text of hundreds of words). */
static void test_id_corpus(const char *shared)
{
    char path[512];
    snprintf(path, sizeof path, "%s/corpus/id-news.jsonl", shared);
    FILE *f = fopen(path, "rb");
    if (!f) { printf("test_langid: %s not found, corpus check skipped\n", path); return; }
    size_t cap = 1 << 16, lines = 0, as_id = 0;
    char *line = malloc(cap);
    while (line && fgets(line, (int)cap, f)) {
        size_t n = strlen(line);
        if (n + 1 == cap && line[n - 1] != '\n') {       /* longer line: grow and read on */
            char *bigger = realloc(line, cap * 2);
            if (!bigger) break;
            line = bigger;
            if (!fgets(line + n, (int)(cap * 2 - n), f)) break;
            cap *= 2;
            n = strlen(line);
        }
        if (n < 200) continue;
        lines++;
        as_id += wt_langid(line, n, NULL) == WT_LANG_ID;
    }
    free(line);
    fclose(f);
    printf("test_langid: %zu of %zu Indonesian corpus articles read as Indonesian\n", as_id, lines);
    CHECK(lines > 1000);
    CHECK(as_id * 1000 >= lines * 998);
}

/* The TABARI bench corpus: English story texts between record headers. */
static void test_en_corpus(const char *shared)
{
    char path[512];
    snprintf(path, sizeof path, "%s/corpus/en-bench-10k.tabari.txt", shared);
    FILE *f = fopen(path, "rb");
    if (!f) { printf("test_langid: %s not found, English check skipped\n", path); return; }
    char line[1024], story[4096];
    size_t len = 0, stories = 0, as_en = 0;
    story[0] = '\0';
    for (;;) {
        char *got = fgets(line, sizeof line, f);
        int blank = !got || line[0] == '\n' || line[0] == '\r';
        if (blank && len) {
            stories++;
            as_en += wt_langid(story, len, NULL) == WT_LANG_EN;
            len = 0;
        }
        if (!got) break;
        if (blank || (line[0] >= '0' && line[0] <= '9')) continue;   /* header: 010101 T000001 */
        size_t n = strlen(line);
        if (len + n < sizeof story) { memcpy(story + len, line, n); len += n; }
        if (stories >= 5000) break;
    }
    fclose(f);
    printf("test_langid: %zu of %zu English TABARI stories read as English\n", as_en, stories);
    CHECK(stories > 1000);
    CHECK(as_en * 100 >= stories * 99);
}

int main(void)
{
    test_hand_written();
    const char *shared = check_shared_dir();
    if (shared) {
        test_id_corpus(shared);
        test_en_corpus(shared);
    } else {
        printf("test_langid: ../shared not found, corpus checks skipped\n");
    }
    return check_done("test_langid");
}
