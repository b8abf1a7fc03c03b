/* dates.h — the publication date and the date expressions of an article.
 *
 * Publication date: the caller's (d->date already set, date_source
 * "caller"), else the latest "Kamis (14/12/2017)" / "Rabu (29/11)" in the
 * text (date_source "text"; a missing year is the year, among those the
 * article mentions or else the most recent ones, in which that day falls
 * on that weekday), else none.
 *
 * Expressions found and resolved against it (value unknown when there is
 * no publication date and the expression is relative):
 *   Kamis (14/12/2017)   Rabu (29/11)   14/12/2017
 *   Selasa, 12 Desember  12 Desember   20 Juli 2017   Juli 2017   Juli lalu
 *   kemarin  kemarin lusa  hari ini  besok  lusa
 *   Senin lalu  Senin depan  (pada) Senin
 *   pekan lalu  minggu lalu  bulan lalu  tahun lalu  tahun 2017
 *   dua hari lalu  3 pekan lalu  lima bulan lalu  dua tahun lalu
 * A date without a year is the most recent one not after publication,
 * unless "mendatang"/"depan" follows. */
#ifndef WARTA_TEXT_DATES_H
#define WARTA_TEXT_DATES_H

#include "text/doc.h"

void wt_dates(wt_doc *d);

/* "YYYY-MM-DD" → date; 0 on success, -1 when malformed or impossible. */
int wt_date_parse(const char *s, wt_date *out);
/* Writes YYYY-MM-DD, YYYY-MM or YYYY (unknown parts left out); out >= 11. */
void wt_date_format(wt_date dt, char *out);
int wt_date_valid(wt_date dt);

#endif
