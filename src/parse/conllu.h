/* conllu.h — reading and writing CoNLL-U (Universal Dependencies' format).
 *
 * The reader is streaming: one sentence at a time from a FILE, so memory
 * stays flat however large the input. A sentence with a malformed line is
 * reported as `file:line: error: …` and skipped whole (counted in
 * `rejected`); the rest of the input is read. Word rows (ID an integer),
 * multi-word token rows (ID "a-b") and empty nodes (ID "a.b") are kept in
 * input order so that a writer can pass every line through. */
#ifndef WARTA_PARSE_CONLLU_H
#define WARTA_PARSE_CONLLU_H

#include "util/arena.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/mem.h"
#include <stdint.h>
#include <stdio.h>

enum wt_conllu_row_kind { WT_ROW_WORD, WT_ROW_MWT, WT_ROW_EMPTY };

/* One row: the ten columns as written ("_" kept), NUL-terminated, in the
 * sentence's arena. For words, `head` is the parsed HEAD (-1 when "_"). */
typedef struct wt_conllu_row {
    uint8_t kind;
    int first, last;           /* ID (a for words, a-b for MWT) */
    const char *col[10];
    int head;
    uint32_t line;
} wt_conllu_row;

enum { WT_CU_ID, WT_CU_FORM, WT_CU_LEMMA, WT_CU_UPOS, WT_CU_XPOS, WT_CU_FEATS,
       WT_CU_HEAD, WT_CU_DEPREL, WT_CU_DEPS, WT_CU_MISC };

typedef struct wt_conllu_sent {
    wt_arena arena;
    WT_VEC(const char *) comments;  /* "# ..." lines, without the newline */
    WT_VEC(wt_conllu_row) rows;
    WT_VEC(uint32_t) words;         /* indices into rows of the word rows */
    uint32_t line;                  /* first line */
} wt_conllu_sent;

typedef struct wt_conllu_reader {
    FILE *f;
    const char *name;
    wt_diag *diag;
    size_t line;
    char *buf;
    size_t cap;
    size_t accepted, rejected;
} wt_conllu_reader;

void wt_conllu_sent_init(wt_conllu_sent *s);
void wt_conllu_sent_free(wt_conllu_sent *s);

void wt_conllu_reader_init(wt_conllu_reader *r, FILE *f, const char *name, wt_diag *diag);
void wt_conllu_reader_free(wt_conllu_reader *r);
/* Next well-formed sentence into s (reset first): 1, or 0 at end of input. */
int wt_conllu_next(wt_conllu_reader *r, wt_conllu_sent *s);

/* Parses one sentence block from memory (for tests and the fuzzer): the
 * same checks as the reader. 0, or -1 after a report. */
int wt_conllu_parse_block(const char *text, size_t len, const char *name,
                          wt_diag *diag, wt_conllu_sent *s);

#endif
