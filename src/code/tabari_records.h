/* tabari_records.h — TABARI text records.
 *
 * A record starts with a line `YYMMDD ID` (date, blanks, record id) and
 * runs to the next blank line; `/ * ... * /` comments inside it are not
 * coded (the validation suite keeps its expectations there) and may span
 * blank lines. Lines outside records (headers, # banners) are skipped. */
#ifndef WARTA_CODE_TABARI_RECORDS_H
#define WARTA_CODE_TABARI_RECORDS_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef struct wt_tabari_record {
    int32_t date;          /* YYYYMMDD, -1 when the date is malformed */
    char id[64];
    char *text;            /* the words to code, comments removed (malloc) */
    char *comment;         /* the comments, joined (malloc) */
    size_t line;           /* 1-based line of the header */
    size_t text_offset;    /* byte offset of the record's first text line */
} wt_tabari_record;

typedef struct wt_tabari_reader {
    const char *text;
    size_t len, pos, line;
    /* streaming (wt_tabari_reader_init_stream): lines come from f one at a
     * time, so memory does not grow with the input; pos counts the bytes
     * read, line the lines */
    FILE *f;
    char *linebuf;
    size_t linecap;
    int unget;                 /* the line in linebuf is to be read again */
    size_t last_pos, last_len; /* before the last line; its length */
    int read_error;            /* reading f failed (errno was set) */
    size_t pos_base;           /* added to text_offset: where text begins in
                                * the input (a chunk, wt_tabari_chunk_next) */
    /* Called for a line outside records that starts like a record header
     * (a digit) but is not one, e.g. `95010 R1` or `950101`; the record it
     * began is skipped up to the next blank line. NULL: skipped silently. */
    void (*on_bad_header)(void *user, size_t line, const char *s, size_t n);
    void *user;
} wt_tabari_reader;

/* Sets on_bad_header to NULL: set it after init to hear of bad headers. */
void wt_tabari_reader_init(wt_tabari_reader *r, const char *text, size_t len);
/* Reads the records from f as they come (stdin, or a file of any size):
 * one record in memory at a time. wt_tabari_reader_free releases the line
 * buffer (f is not closed). */
void wt_tabari_reader_init_stream(wt_tabari_reader *r, FILE *f);
void wt_tabari_reader_free(wt_tabari_reader *r);
/* Reads one chunk of an input (wt_tabari_chunk_next): lines and offsets
 * count from where the chunk begins in the input, so records, offsets and
 * bad-header lines are those of reading the whole input at once. */
void wt_tabari_reader_init_chunk(wt_tabari_reader *r, const char *text, size_t len, size_t line, size_t pos);
/* Next record, or 0 at end. Free with wt_tabari_record_free. */
int wt_tabari_next(wt_tabari_reader *r, wt_tabari_record *rec);
void wt_tabari_record_free(wt_tabari_record *rec);

/* An input cut into chunks of whole records, so that worker threads can
 * parse them (`code --input tabari -j N`): the thread that reads does no
 * more than read, find a cut and copy the bytes after it. A cut falls at
 * the start of a line outside any record, found by following the lines as
 * wt_tabari_next does (a record's comment may span blank lines; comment
 * marks outside records mean nothing). An unterminated comment makes the
 * rest of the input one chunk, as it makes it one record. */
typedef struct wt_tabari_chunker {
    FILE *f;
    char *data;                /* bytes read and not yet handed out */
    size_t len, cap;
    size_t scanned;            /* data[0, scanned) is scanned: whole lines */
    size_t cut;                /* the last cut found in data[0, scanned) */
    int in_record, in_comment, content;   /* the reader's state at data[scanned] */
    size_t line, pos;          /* lines and bytes handed out so far */
    int eof, read_error;       /* read_error: reading f failed (errno) */
} wt_tabari_chunker;

void wt_tabari_chunker_init(wt_tabari_chunker *c, FILE *f);
void wt_tabari_chunker_free(wt_tabari_chunker *c);
/* The next chunk, replacing *out: at least `want` bytes of whole records
 * when the input holds that many; *line and *pos say where it begins in
 * the input (lines before it, byte offset). Returns 0 at the end. */
int wt_tabari_chunk_next(wt_tabari_chunker *c, size_t want, char **out, size_t *out_len, size_t *out_cap,
                         size_t *line, size_t *pos);

#endif
