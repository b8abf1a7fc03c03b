/* entities.h — persons, organisations and places named in an article.
 *
 * Runs of capitalised words are read left to right:
 *   - a run holding an organisation head (Kementerian, Badan, Pusat,
 *     Komisi, Partai…) is an organisation from that word to the run's end:
 *     "Perwakilan Kementerian Pertahanan Rusia" → Kementerian Pertahanan
 *     Rusia; known names (Kremlin, KPK, PBB…) and the agencies of the
 *     article's credits are organisations too;
 *   - names the gazetteer (data/gazetteer) knows are places, aliases
 *     joined: Korut and Korea Utara are one place, AS and Amerika Serikat
 *     another; a geographic head (Semenanjung, Pulau, Selat…) makes a
 *     place of an unknown run;
 *   - what is left, after leading roles and titles (Menlu, Wakil Menteri
 *     Pertahanan, Kombes), is a person when it has two or more words, or
 *     one word after a role, as a quote's speaker, or as the last name of
 *     a person already found (Tillerson after Rex Tillerson).
 * A one-word run at the start of a sentence is ignored unless a list
 * knows it (the capital comes from the sentence, not the name). */
#ifndef WARTA_TEXT_ENTITIES_H
#define WARTA_TEXT_ENTITIES_H

#include "ctx.h"
#include "text/doc.h"
#include "util/strmap.h"

void wt_entities(warta_ctx *ctx, wt_doc *d);

/* Fills map with the word lists below, word → class bits, so each token
 * costs one lookup (called once per context by wt_article_res_get). */
void wt_entity_words_init(wt_strmap *map);

/* 1 for words naming an office or rank (menteri, presiden, kapolda…),
 * given in normal (lower-case) form. */
int wt_is_role_word(const char *norm);

#endif
