/* doc.h — the article as every stage after ingest sees it.
 *
 * One wt_doc per article. `text` is the article's original bytes (the .txt
 * file, or the decoded JSON "text" string) and every span is a [start, end)
 * byte range into it, so any unit can be traced back to the input exactly.
 * Normalised forms (NFC, typographic quotes/dashes folded, lowercase) live
 * in the tokens; the original text is never rewritten.
 *
 * Everything hangs off the doc's arena and is freed with it
 * (wt_doc_reset/wt_doc_free), so streaming many articles keeps memory flat.
 * Stages fill the doc in order: ingest (id, text, metadata) → clean
 * (dateline, related, byline, credits; paragraph `body` spans) → segment
 * (sentences, tokens) → dates → quotes → lang (lemmas) → code (events). */
#ifndef WARTA_TEXT_DOC_H
#define WARTA_TEXT_DOC_H

#include "util/arena.h"
#include "util/mem.h"
#include <stddef.h>
#include <stdint.h>

typedef struct wt_span { uint32_t start, end; } wt_span;

typedef struct wt_date { int16_t year; int8_t month, day; } wt_date; /* 0 = unknown part */

enum wt_token_kind {
    WT_TOK_WORD = 1,   /* letters, possibly with inner hyphen/apostrophe/digits */
    WT_TOK_NUMBER,     /* 1.500, 14/12/2017, 3,5 */
    WT_TOK_PUNCT,
    WT_TOK_QUOTE,      /* any opening/closing quote mark, typographic or not */
    WT_TOK_SYMBOL,
    WT_TOK_URL,        /* detik.com, https://… */
};

enum wt_token_flag {
    WT_TF_CAPITAL   = 1 << 0,  /* first letter upper case */
    WT_TF_ALLCAPS   = 1 << 1,  /* every letter upper case (acronyms: AS, PBB) */
    WT_TF_IN_QUOTE  = 1 << 2,  /* inside a direct quote */
    WT_TF_SENT_START = 1 << 3,
};

typedef struct wt_token {
    wt_span span;            /* bytes of the original text */
    uint8_t kind;            /* enum wt_token_kind */
    uint8_t flags;           /* enum wt_token_flag */
    const char *norm;        /* NFC, quotes/dashes folded to ASCII, lowercase */
    const char *lemma;       /* lang stage: root; NULL before it runs */
    uint32_t morph;          /* lang stage: affix analysis bits (lang/id/lemma.h) */
    /* syntax stage (parse/parse.h), when run: */
    int32_t head;            /* 1-based index of the head in the sentence, 0 = root */
    uint8_t upos;            /* UPOS index (parse/syntax.h) */
    uint8_t deprel;          /* index into the parser model's relation labels */
} wt_token;

typedef struct wt_sentence {
    wt_span span;
    uint32_t para;           /* index into doc->paras */
    uint32_t tok_first, tok_count;
    int32_t quote;           /* index into doc->quotes when inside a quote, else -1 */
} wt_sentence;

typedef struct wt_paragraph {
    uint32_t index;          /* 0-based line of the input text */
    wt_span span;            /* body text after cleaning (dateline removed) */
    wt_span line;            /* the whole input line */
    uint32_t sent_first, sent_count;
} wt_paragraph;

typedef struct wt_quote {
    wt_span span;            /* the quoted words, marks excluded */
    wt_span speaker_span;    /* {0,0} when no speaker was found */
    const char *text;
    const char *speaker;     /* NULL when unknown */
    const char *verb;        /* kata, ujar, mengatakan, menurut… */
    const char *speaker_role; /* role as written before the name: "Wakil Menteri Pertahanan Rusia" */
    uint32_t para;
} wt_quote;

typedef struct wt_date_mention {
    wt_span span;
    const char *text;
    wt_date value;           /* resolved against the publication date */
    const char *granularity; /* "day", "week" (value = a day of it), "month", "year" */
    uint32_t para;
} wt_date_mention;

/* A person, organisation or place the article names (text/entities.c). */
typedef struct wt_entity {
    const char *text;        /* the longest form the article uses */
    const char *type;        /* "person", "organisation", "place" */
    char country[4];         /* places: ISO 3166-1 alpha-3 from the gazetteer, else "" */
    const void *key;         /* identity while building: gazetteer entry, else NULL */
} wt_entity;

typedef struct wt_mention {
    wt_span span;
    uint32_t entity;         /* index into doc->entities */
    uint32_t para;           /* 0-based input line */
} wt_mention;

/* Text removed from the body by cleaning: kept, never lost. */
typedef struct wt_removed {
    wt_span span;
    const char *text;        /* the payload, e.g. the related-link title */
    uint32_t para;
} wt_removed;

typedef struct wt_doc {
    wt_arena arena;

    /* ingest */
    const char *id;
    const char *source_name;  /* file the article came from */
    size_t source_line;       /* 1-based line in a JSONL file, 0 for .txt */
    const char *url, *title, *lang;
    const char *text;         /* original bytes, NUL-terminated */
    size_t len;

    /* publication date and where it came from: "caller", "text" or "none" */
    wt_date date;
    const char *date_source;

    /* cleaning */
    const char *dateline;     /* PYONGYANG, Jakarta */
    const char *dateline_source; /* outlet named in the dateline: CNN Indonesia, ANTARA News */
    wt_span dateline_span;    /* everything cut from the first paragraph */
    const char *byline, *editor;
    wt_span byline_span, editor_span;
    WT_VEC(wt_removed) related;
    WT_VEC(wt_removed) credits;

    /* segmentation */
    WT_VEC(wt_paragraph) paras;
    WT_VEC(wt_sentence) sents;
    WT_VEC(wt_token) toks;

    WT_VEC(wt_quote) quotes;
    WT_VEC(wt_date_mention) dates;

    WT_VEC(wt_entity) entities;
    WT_VEC(wt_mention) mentions;

    /* syntax: the model whose labels deprel indexes; NULL until parsed */
    const struct wt_syntax_model *syntax;
} wt_doc;

void wt_doc_init(wt_doc *d);
/* Frees everything but keeps allocations for the next article. */
void wt_doc_reset(wt_doc *d);
void wt_doc_free(wt_doc *d);
/* Copy of text[span] in the doc arena. */
const char *wt_doc_slice(wt_doc *d, wt_span s);

#endif
