/* ingest.h — reading articles: .txt files, JSON Lines, directories, stdin.
 *
 *   - a .txt file is one article: id = file name without extension,
 *     paragraphs = lines;
 *   - a .jsonl file (or any input with format JSONL) is one article a line:
 *     {"id", "text", optional "date" (YYYY-MM-DD), "title", "url", "lang"};
 *   - a directory stands for its .txt and .jsonl files, in name order;
 *   - "-" (or no input at all) is standard input, JSONL when its first
 *     non-blank byte is '{', else one .txt article.
 *
 * The reader streams: one article is in memory at a time (a JSONL file is
 * read line by line), so memory does not grow with the number of articles.
 * Bad input — unreadable or empty file, NUL byte, invalid UTF-8, a line
 * that is not a JSON object, no "text", an article over WT_MAX_ARTICLE_BYTES
 * — is reported as file:line through the context's diagnostics and
 * skipped; the counters keep articles in = out + rejected. */
#ifndef WARTA_INGEST_INGEST_H
#define WARTA_INGEST_INGEST_H

#include "text/doc.h"
#include "warta.h"

#include <stddef.h>
#include <stdio.h>

#define WT_MAX_ARTICLE_BYTES ((size_t)8 << 20)

enum wt_input_format { WT_INPUT_AUTO = 0, WT_INPUT_TXT, WT_INPUT_JSONL };

typedef struct wt_reader wt_reader;

wt_reader *wt_reader_new(warta_ctx *ctx, enum wt_input_format fmt);
void wt_reader_free(wt_reader *r);
/* Queues a file, a directory or "-" (stdin). */
void wt_reader_add(wt_reader *r, const char *path);
/* Queues an open stream (not closed by the reader); name is used in
 * messages and, without extension, as the id of a text article. */
void wt_reader_add_stream(wt_reader *r, FILE *f, const char *name);
/* Resets d and fills it with the next good article (id, text, date,
 * title, url, lang, source_name, source_line). Returns 1, or 0 when every
 * input is exhausted. */
int wt_reader_next(wt_reader *r, wt_doc *d);

size_t wt_reader_accepted(const wt_reader *r);   /* articles handed out */
size_t wt_reader_rejected(const wt_reader *r);   /* articles or inputs skipped */
size_t wt_reader_bytes(const wt_reader *r);      /* input bytes consumed */

/* "YYYY-MM-DD" check used for the "date" field and --date. */
int wt_reader_parse_date(const char *s, wt_date *out);

#endif
