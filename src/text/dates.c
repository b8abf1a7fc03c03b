#include "text/dates.h"
#include "text/langid.h"
#include "text/scan.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------- calendar maths */

/* Days since 1970-01-01 (proleptic Gregorian; H. Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

static wt_date civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    wt_date out = {(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)d};
    return out;
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dm[m - 1];
}

int wt_date_valid(wt_date dt)
{
    if (dt.year < 1 || dt.year > 9999) return 0;
    if (dt.month == 0) return dt.day == 0;
    if (dt.month < 1 || dt.month > 12) return 0;
    return dt.day == 0 || (dt.day >= 1 && dt.day <= days_in_month(dt.year, dt.month));
}

static long to_days(wt_date d) { return days_from_civil(d.year, d.month, d.day); }
static int weekday_of(wt_date d) { long z = to_days(d); return (int)(((z + 4) % 7 + 7) % 7); } /* 0 = Minggu */
static wt_date add_days(wt_date d, long n) { return civil_from_days(to_days(d) + n); }

int wt_date_parse(const char *s, wt_date *out)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-') return -1;
    for (int i = 0; i < 10; i++)
        if (i != 4 && i != 7 && !wt_ascii_digit(s[i])) return -1;
    wt_date dt = {(int16_t)atoi(s), (int8_t)atoi(s + 5), (int8_t)atoi(s + 8)};
    if (!wt_date_valid(dt) || !dt.month || !dt.day) return -1;
    *out = dt;
    return 0;
}

void wt_date_format(wt_date dt, char *out)
{
    /* The modulo keeps the compiler's length bound at 10 characters. */
    unsigned y = (unsigned)dt.year % 10000u, m = (unsigned)dt.month % 100u, d = (unsigned)dt.day % 100u;
    if (!m) snprintf(out, 11, "%04u", y);
    else if (!d) snprintf(out, 11, "%04u-%02u", y, m);
    else snprintf(out, 11, "%04u-%02u-%02u", y, m, d);
}

/* ------------------------------------------------------------ lexicon */

/* Month names: Indonesian, the older spellings still common in the press
 * ("10 Nopember"), and English (April, September, November are spelt
 * alike), in strcmp order for bsearch: month_of() runs on the word after
 * every number. */
typedef struct month_name { const char *name; int month; } month_name;
static const month_name MONTHS[] = {
    {"agustus", 8}, {"april", 4}, {"august", 8}, {"december", 12}, {"desember", 12},
    {"februari", 2}, {"february", 2}, {"januari", 1}, {"january", 1}, {"juli", 7},
    {"july", 7}, {"june", 6}, {"juni", 6}, {"march", 3}, {"maret", 3}, {"may", 5},
    {"mei", 5}, {"nopember", 11}, {"november", 11}, {"october", 10}, {"oktober", 10},
    {"pebruari", 2}, {"september", 9},
};
static const char *const weekdays[] = {"minggu", "senin", "selasa", "rabu", "kamis", "jumat", "sabtu"};
static const char *const weekdays_en[] = {"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"};

static int cmp_month(const void *key, const void *item)
{
    return strcmp((const char *)key, ((const month_name *)item)->name);
}

static int month_of(const char *w)
{
    const month_name *m = bsearch(w, MONTHS, sizeof MONTHS / sizeof *MONTHS, sizeof *MONTHS, cmp_month);
    return m ? m->month : 0;
}

/* English names only (for "December 12", "last December"). */
static int month_en(const char *w)
{
    int m = month_of(w);
    static const char *const indonesian_only[] = {"agustus", "desember", "februari", "januari", "juli", "juni",
                                                  "maret", "mei", "nopember", "oktober", "pebruari"};
    for (size_t i = 0; i < sizeof indonesian_only / sizeof *indonesian_only && m; i++)
        if (!strcmp(w, indonesian_only[i])) return 0;
    return m;
}

static int weekday_en(const char *w)
{
    for (int i = 0; i < 7; i++)
        if (!strcmp(w, weekdays_en[i])) return i;
    return -1;
}

static int weekday_word(const char *w)
{
    for (int i = 0; i < 7; i++)
        if (!strcmp(w, weekdays[i])) return i;
    if (!strcmp(w, "jum'at") || !strcmp(w, "ahad")) return !strcmp(w, "ahad") ? 0 : 5;
    return -1;
}

/* "dua" → 2, "15" → 15; 0 when not a count. */
static int count_word(const char *w)
{
    static const char *const words[] = {"", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh",
                                        "delapan", "sembilan", "sepuluh", "sebelas"};
    for (int i = 1; i < 12; i++)
        if (!strcmp(w, words[i])) return i;
    if (!strcmp(w, "se")) return 1;
    int n = 0;
    for (const char *p = w; *p; p++) {
        if (!wt_ascii_digit(*p) || n > 1000) return 0;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* ------------------------------------------------------------ matching */

typedef struct scan {
    wt_doc *d;
    size_t k, t1;     /* current token, end of the paragraph's tokens */
    wt_date pub;      /* publication date, year 0 when unknown */
    int *english;     /* is the article English? -1 until first asked */
} scan;

static const wt_token *tok(const scan *sc, size_t k) { return k < sc->t1 ? &sc->d->toks.items[k] : NULL; }
static int norm_is(const scan *sc, size_t k, const char *w) { const wt_token *t = tok(sc, k); return t && !strcmp(t->norm, w); }

/* "14/12/2017" or "29/11" (year 0); 1 when it is a day/month[/year]. */
static int parse_dmy(const char *s, wt_date *out)
{
    int d = 0, m = 0, y = 0, nd = 0, nm = 0, ny = 0;
    const char *p = s;
    while (wt_ascii_digit(*p) && nd < 3) { d = d * 10 + (*p++ - '0'); nd++; }
    if (*p++ != '/') return 0;
    while (wt_ascii_digit(*p) && nm < 3) { m = m * 10 + (*p++ - '0'); nm++; }
    if (*p == '/') {
        p++;
        while (wt_ascii_digit(*p) && ny < 5) { y = y * 10 + (*p++ - '0'); ny++; }
        if (ny == 2) y += 2000;
        else if (ny != 4) return 0;
    }
    if (*p || nd < 1 || nd > 2 || nm < 1 || nm > 2 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
    out->year = (int16_t)y;
    out->month = (int8_t)m;
    out->day = (int8_t)d;
    if (y && d > days_in_month(y, m)) return 0;
    return 1;
}

/* Day number at the start of a token: "12", "19-21" → 19. */
static int day_number(const wt_token *t, const char *norm)
{
    if (!t || t->kind != WT_TOK_NUMBER) return 0;
    int n = 0, digits = 0;
    const char *p = norm;
    while (wt_ascii_digit(*p) && digits < 3) { n = n * 10 + (*p++ - '0'); digits++; }
    if (digits > 2 || (*p && *p != '-') || n < 1 || n > 31) return 0;
    return n;
}

static int year_number(const wt_token *t)
{
    if (!t || t->kind != WT_TOK_NUMBER || strlen(t->norm) != 4) return 0;
    int y = atoi(t->norm);
    return y >= 1900 && y <= 2100 ? y : 0;
}

/* Years before this in the text are history ("sejak tahun 1967"), not the
 * year of a "Kamis (7/12)" in online news. */
enum { FIRST_NEWS_YEAR = 1990 };

/* The year for day/month without one: the year of `pub` (the latest not
 * after it), else the latest year the article mentions in which that day
 * has that weekday. With no such evidence the year stays unknown (0): the
 * weekday alone repeats every few years, and guessing from the clock would
 * date an archived article confidently and wrongly. */
static int infer_year(int day, int month, int weekday, wt_date pub, const int *years, size_t nyears)
{
    if (pub.year) {
        int y = pub.year;
        if (month > pub.month || (month == pub.month && day > pub.day)) y--;
        return y;
    }
    int best = 0;
    for (size_t i = 0; i < nyears; i++) {
        int y = years[i];
        if (y < FIRST_NEWS_YEAR || day > days_in_month(y, month)) continue;
        wt_date c = {(int16_t)y, (int8_t)month, (int8_t)day};
        if ((weekday < 0 || weekday_of(c) == weekday) && y > best) best = y;
    }
    return best;
}

/* Most recent day/month not after pub. */
static wt_date recent(int day, int month, wt_date pub, int future)
{
    wt_date out = {0, (int8_t)month, (int8_t)day};
    if (!pub.year) return (wt_date){0, 0, 0};
    int y = pub.year;
    if (!future && (month > pub.month || (month == pub.month && day > pub.day))) y--;
    if (future && (month < pub.month || (month == pub.month && day < pub.day))) y++;
    out.year = (int16_t)y;
    if (!wt_date_valid(out)) return (wt_date){0, 0, 0};
    return out;
}

static void add_mention(scan *sc, size_t k0, size_t k1, wt_date value, const char *gran)
{
    wt_doc *d = sc->d;
    wt_date_mention *m = WT_VEC_PUSH(d->dates);
    m->span = (wt_span){d->toks.items[k0].span.start, d->toks.items[k1].span.end};
    m->text = wt_doc_slice(d, m->span);
    m->value = wt_date_valid(value) ? value : (wt_date){0, 0, 0};
    m->granularity = gran;
}

static int is_future_word(const scan *sc, size_t k)
{
    return norm_is(sc, k, "mendatang") || norm_is(sc, k, "depan") || norm_is(sc, k, "nanti");
}

static int is_past_word(const scan *sc, size_t k)
{
    return norm_is(sc, k, "lalu") || norm_is(sc, k, "kemarin");
}

/* Every word that can start a date expression, in strcmp order (bsearch). */
static const char *const starters[] = {
    "agustus", "ahad", "april", "august", "besok", "bulan", "december", "delapan", "desember",
    "dua", "empat", "enam", "februari", "february", "five", "four", "friday", "hari", "januari",
    "january", "juli", "july", "jum'at", "jumat", "june", "juni", "kamis", "kemarin", "last",
    "lima", "lusa", "march", "maret", "may", "mei", "minggu", "monday", "next", "nopember",
    "november", "october", "oktober", "pebruari", "pekan", "rabu", "sabtu", "satu", "saturday",
    "se", "sebelas", "selasa", "sembilan", "senin", "september", "sepuluh", "sunday", "tahun",
    "this", "three", "thursday", "tiga", "today", "tomorrow", "tuesday", "tujuh", "two",
    "wednesday", "yesterday",
};

/* The first three bytes of w as a number ("se" → 's','e',0), in the
 * order strcmp gives. */
static uint32_t three(const char *w)
{
    uint32_t v = (uint32_t)(unsigned char)w[0] << 16;
    if (w[0]) v |= (uint32_t)(unsigned char)w[1] << 8;
    if (w[0] && w[1]) v |= (unsigned char)w[2];
    return v;
}

/* 1 when some starter begins with w's first three bytes (binary search
 * over the starters, which are in strcmp order). */
static int three_letter_start(const char *w)
{
    uint32_t key = three(w);
    size_t lo = 0, hi = sizeof starters / sizeof *starters;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        uint32_t v = three(starters[mid]);
        if (v == key) return 1;
        if (v < key) lo = mid + 1;
        else hi = mid;
    }
    return 0;
}

static int cmp_starter(const void *key, const void *item)
{
    return strcmp(*(const char *const *)key, *(const char *const *)item);
}

static int may_start_date(const wt_token *t)
{
    if (t->kind == WT_TOK_NUMBER) return 1;
    if (t->kind != WT_TOK_WORD) return 0;
    const char *w = t->norm;
    if (!w[0] || !w[1]) return 0;
    /* Two-letter prefixes of the starters: bit (second - 'a') of
     * prefixes[first - 'a']. Rejects almost every word at once. */
    static const uint32_t prefixes[26] = {
        0x1080c0, 0x100010, 0x0, 0x100010, 0x3000, 0x24110, 0x0, 0x1, 0x0, 0x100001, 0x11, 0x100101,
        0x4111, 0x4010, 0x404, 0x10, 0x0, 0x1, 0x100011, 0x504181, 0x0, 0x0, 0x10, 0x0, 0x10, 0x0,
    };
    if (w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' || !((prefixes[w[0] - 'a'] >> (w[1] - 'a')) & 1))
        return 0;
    /* Many words pass the prefix test (me-, se- verbs): search, not scan,
     * and first compare three letters at once. */
    if (!three_letter_start(w)) return 0;
    return bsearch(&w, starters, sizeof starters / sizeof *starters, sizeof *starters, cmp_starter) != NULL;
}

/* English expressions, for articles the English coder reads: yesterday,
 * today, tomorrow; last/next/this week, month, year, Tuesday, December;
 * (on) Tuesday; two days ago; December 12(, 2017). "12 December 2017" and
 * "December 2017" go through the Indonesian patterns, which know the
 * English month names. Returns the tokens used, 0 for no match. */
static int count_en(const char *w)
{
    /* larger counts are written in digits in the press */
    static const char *const words[] = {"", "one", "two", "three", "four", "five"};
    for (int i = 2; i <= 5; i++)
        if (!strcmp(w, words[i])) return i;
    int n = 0;
    for (const char *p = w; *p; p++) {
        if (!wt_ascii_digit(*p) || n > 1000) return 0;
        n = n * 10 + (*p - '0');
    }
    return n;
}

/* The date `rel` (-1 last, 0 this, 1 next) weekday wd from pub. */
static wt_date weekday_from(wt_date pub, int wd, int rel)
{
    int pw = weekday_of(pub);
    long back = (pw - wd + 7) % 7, fwd = (wd - pw + 7) % 7;
    if (rel < 0) return add_days(pub, -(back ? back : 7));
    if (rel > 0) return add_days(pub, fwd ? fwd : 7);
    return add_days(pub, -back);
}

/* pub moved by n units ('d'ay, 'w'eek, 'm'onth, 'y'ear); *gran says which. */
static wt_date shift(wt_date pub, char unit, long n, const char **gran)
{
    switch (unit) {
    case 'd': *gran = "day"; return add_days(pub, n);
    case 'w': *gran = "week"; return add_days(pub, 7 * n);
    case 'm': {
        *gran = "month";
        long mm = pub.year * 12L + (pub.month - 1) + n;
        return (wt_date){(int16_t)(mm / 12), (int8_t)(mm % 12 + 1), 0};
    }
    default: *gran = "year"; return (wt_date){(int16_t)(pub.year + n), 0, 0};
    }
}

/* "week", "weeks" → 'w'; 0 when not a unit. */
static char unit_en(const char *w)
{
    static const char *const units[] = {"day", "week", "month", "year"};
    if (w[0] != 'd' && w[0] != 'w' && w[0] != 'm' && w[0] != 'y') return 0;
    for (size_t i = 0; i < 4; i++) {
        size_t n = strlen(units[i]);
        if (!strncmp(w, units[i], n) && (!w[n] || (w[n] == 's' && !w[n + 1]))) return units[i][0];
    }
    return 0;
}

/* The starters only English has (April, September and November are
 * Indonesian too), in strcmp order. */
static int english_only_starter(const char *w)
{
    static const char *const words[] = {
        "august", "december", "february", "five", "four", "friday", "january", "july", "june",
        "last", "march", "may", "monday", "next", "october", "saturday", "sunday", "this",
        "three", "thursday", "today", "tomorrow", "tuesday", "two", "wednesday", "yesterday",
    };
    return bsearch(&w, words, sizeof words / sizeof *words, sizeof *words, cmp_starter) != NULL;
}

/* English date words inside Indonesian text are names more often than
 * dates ("USA Today", "Black Friday", "Sheffield Wednesday"): the English
 * patterns apply to English articles only. Asked once, on the first
 * candidate, so that Indonesian articles without one pay nothing. */
static int article_is_english(scan *sc)
{
    if (*sc->english < 0) {
        const wt_doc *d = sc->d;
        *sc->english = d->lang ? !strcmp(d->lang, "en") : wt_langid(d->text, d->len, NULL) == WT_LANG_EN;
    }
    return *sc->english;
}

static size_t match_english(scan *sc)
{
    size_t k = sc->k;
    const wt_token *t = tok(sc, k), *u = tok(sc, k + 1);
    const char *w = t->norm, *gran = "day";
    wt_date pub = sc->pub, none = {0, 0, 0};
    /* "April 5": the month before the day is English order even for the
     * names both languages share */
    int candidate = t->kind == WT_TOK_NUMBER ? u && unit_en(u->norm) && norm_is(sc, k + 2, "ago")
                                             : english_only_starter(w) || (month_of(w) && day_number(u, u ? u->norm : ""));
    if (!candidate || !article_is_english(sc)) return 0;
    if (!strcmp(w, "yesterday") || !strcmp(w, "today") || !strcmp(w, "tomorrow")) {
        long off = w[0] == 'y' ? -1 : w[2] == 'd' ? 0 : 1;
        add_mention(sc, k, k, pub.year ? add_days(pub, off) : none, "day");
        return 1;
    }
    int rel = !strcmp(w, "last") ? -1 : !strcmp(w, "next") ? 1 : !strcmp(w, "this") ? 0 : 2;
    if (rel != 2 && u) {
        char unit = unit_en(u->norm);
        int wd = (u->flags & WT_TF_CAPITAL) ? weekday_en(u->norm) : -1;
        int mo = (u->flags & WT_TF_CAPITAL) ? month_en(u->norm) : 0;
        wt_date v = none;
        if (unit && unit != 'd' && u->norm[strlen(u->norm) - 1] != 's') {
            v = shift(pub, unit, rel, &gran);
            if (!pub.year) v = none;
        } else if (wd >= 0) {
            if (pub.year) v = weekday_from(pub, wd, rel);
        } else if (mo) {
            gran = "month";
            if (pub.year) {
                int y = pub.year;
                if (rel < 0 && mo >= pub.month) y--;
                if (rel > 0 && mo <= pub.month) y++;
                v = (wt_date){(int16_t)y, (int8_t)mo, 0};
            }
        } else {
            return 0;
        }
        add_mention(sc, k, k + 1, v, gran);
        return 2;
    }
    /* two days ago, 3 weeks ago */
    int n = count_en(w);
    if (n && u && unit_en(u->norm) && norm_is(sc, k + 2, "ago")) {
        wt_date v = shift(pub, unit_en(u->norm), -n, &gran);
        add_mention(sc, k, k + 2, pub.year ? v : none, gran);
        return 3;
    }
    if (!(t->flags & WT_TF_CAPITAL)) return 0;
    /* (on) Tuesday: the latest Tuesday up to publication */
    int wd = weekday_en(w);
    if (wd >= 0) {
        add_mention(sc, k, k, pub.year ? weekday_from(pub, wd, 0) : none, "day");
        return 1;
    }
    /* December 12, December 12, 2017 */
    int mo = month_en(w), day = mo && u ? day_number(u, u->norm) : 0;
    if (day) {
        int comma = norm_is(sc, k + 2, ",");
        int y = year_number(tok(sc, k + 2 + comma));
        if (y) {
            add_mention(sc, k, k + 2 + comma, (wt_date){(int16_t)y, (int8_t)mo, (int8_t)day}, "day");
            return 3 + (size_t)comma;
        }
        add_mention(sc, k, k + 1, recent(day, mo, pub, 0), "day");
        return 2;
    }
    return 0;
}

/* Tries every pattern at token sc->k; returns the number of tokens used. */
static size_t match_at(scan *sc, const int *years, size_t nyears)
{
    size_t k = sc->k;
    const wt_token *t = tok(sc, k);
    if (!may_start_date(t)) return 0;
    size_t english = t->kind == WT_TOK_WORD || t->kind == WT_TOK_NUMBER ? match_english(sc) : 0;
    if (english) return english;
    wt_date pub = sc->pub;
    int wd = weekday_word(t->norm);
    if (wd >= 0 && (t->flags & WT_TF_CAPITAL)) {
        wt_date dt;
        /* Kamis (14/12/2017), Rabu (29/11) */
        if (norm_is(sc, k + 1, "(") && tok(sc, k + 2) && parse_dmy(tok(sc, k + 2)->norm, &dt) && norm_is(sc, k + 3, ")")) {
            if (!dt.year) dt.year = (int16_t)infer_year(dt.day, dt.month, wd, pub, years, nyears);
            add_mention(sc, k, k + 3, dt, "day");
            return 4;
        }
        /* Selasa, 12 Desember (2017) */
        int day = norm_is(sc, k + 1, ",") ? day_number(tok(sc, k + 2), tok(sc, k + 2) ? tok(sc, k + 2)->norm : "") : 0;
        int month = day && tok(sc, k + 3) ? month_of(tok(sc, k + 3)->norm) : 0;
        if (day && month) {
            int y = year_number(tok(sc, k + 4));
            wt_date v = y ? (wt_date){(int16_t)y, (int8_t)month, (int8_t)day} : recent(day, month, pub, 0);
            add_mention(sc, k, y ? k + 4 : k + 3, v, "day");
            return y ? 5 : 4;
        }
        /* "Minggu lalu" is last week, not last Sunday. */
        if (wd == 0 && (is_past_word(sc, k + 1) || is_future_word(sc, k + 1) || norm_is(sc, k + 1, "ini")))
            return 0;
        /* Senin lalu / Senin depan / Senin */
        long back = 0;
        if (pub.year) {
            int pw = weekday_of(pub);
            back = (pw - wd + 7) % 7;
            if (is_past_word(sc, k + 1) && back == 0) back = 7;
        }
        if (is_future_word(sc, k + 1)) {
            long fwd = pub.year ? (wd - weekday_of(pub) + 7) % 7 : 0;
            if (!fwd) fwd = 7;
            add_mention(sc, k, k + 1, pub.year ? add_days(pub, fwd) : (wt_date){0, 0, 0}, "day");
            return 2;
        }
        int with_word = is_past_word(sc, k + 1);
        add_mention(sc, k, k + with_word, pub.year ? add_days(pub, -back) : (wt_date){0, 0, 0}, "day");
        return 1 + with_word;
    }
    /* 20 Juli 2017, 12 Desember, 12 Desember mendatang */
    int day = day_number(t, t->norm);
    int month = day && tok(sc, k + 1) ? month_of(tok(sc, k + 1)->norm) : 0;
    if (day && month) {
        int y = year_number(tok(sc, k + 2));
        if (y) {
            add_mention(sc, k, k + 2, (wt_date){(int16_t)y, (int8_t)month, (int8_t)day}, "day");
            return 3;
        }
        int future = is_future_word(sc, k + 2);
        add_mention(sc, k, k + 1, recent(day, month, pub, future), "day");
        return 2;
    }
    /* Juli 2017, Juli lalu, Juli mendatang */
    month = (t->flags & WT_TF_CAPITAL) ? month_of(t->norm) : 0;
    if (month) {
        int y = year_number(tok(sc, k + 1));
        if (y) {
            add_mention(sc, k, k + 1, (wt_date){(int16_t)y, (int8_t)month, 0}, "month");
            return 2;
        }
        if (is_past_word(sc, k + 1) || is_future_word(sc, k + 1)) {
            int future = is_future_word(sc, k + 1);
            wt_date v = {0, 0, 0};
            if (pub.year) {
                int yy = pub.year;
                if (!future && month >= pub.month) yy--;
                if (future && month <= pub.month) yy++;
                v = (wt_date){(int16_t)yy, (int8_t)month, 0};
            }
            add_mention(sc, k, k + 1, v, "month");
            return 2;
        }
        return 0;
    }
    /* 14/12/2017 on its own */
    wt_date dt;
    if (t->kind == WT_TOK_NUMBER && parse_dmy(t->norm, &dt) && dt.year) {
        add_mention(sc, k, k, dt, "day");
        return 1;
    }
    /* kemarin (lusa), hari ini, besok, lusa */
    if (!strcmp(t->norm, "kemarin")) {
        int two = norm_is(sc, k + 1, "lusa") || norm_is(sc, k + 1, "dulu");
        add_mention(sc, k, k + two, pub.year ? add_days(pub, two ? -2 : -1) : (wt_date){0, 0, 0}, "day");
        return 1 + two;
    }
    if (!strcmp(t->norm, "besok") || !strcmp(t->norm, "lusa")) {
        add_mention(sc, k, k, pub.year ? add_days(pub, t->norm[0] == 'b' ? 1 : 2) : (wt_date){0, 0, 0}, "day");
        return 1;
    }
    if (!strcmp(t->norm, "hari") && norm_is(sc, k + 1, "ini")) {
        add_mention(sc, k, k + 1, pub, "day");
        return 2;
    }
    /* pekan lalu, bulan depan, tahun ini, dua hari lalu, 3 tahun yang lalu */
    size_t unit_k = k;
    int count = 1;
    if (count_word(t->norm) && tok(sc, k + 1)) {
        count = count_word(t->norm);
        unit_k = k + 1;
    }
    const char *unit = tok(sc, unit_k) ? tok(sc, unit_k)->norm : "";
    int is_unit = !strcmp(unit, "hari") || !strcmp(unit, "pekan") || !strcmp(unit, "minggu") ||
                  !strcmp(unit, "bulan") || !strcmp(unit, "tahun");
    if (is_unit) {
        size_t w = unit_k + 1;
        if (norm_is(sc, w, "yang") && norm_is(sc, w + 1, "lalu")) w++;
        int past = norm_is(sc, w, "lalu"), future = norm_is(sc, w, "depan") || norm_is(sc, w, "mendatang");
        int this_one = unit_k == k && norm_is(sc, w, "ini") && (unit[0] == 'b' || unit[0] == 't');
        if ((past || future || this_one) && !(unit[0] == 'h' && unit_k == k)) {
            long sign = past ? -1 : future ? 1 : 0;
            wt_date v = {0, 0, 0};
            const char *gran = "day";
            if (pub.year) {
                if (unit[0] == 'h') v = add_days(pub, sign * count);
                else if (unit[0] == 'p' || unit[0] == 'm') { v = add_days(pub, sign * 7 * count); gran = "week"; }
                else if (unit[0] == 'b') {
                    long mm = pub.year * 12L + (pub.month - 1) + sign * count;
                    v = (wt_date){(int16_t)(mm / 12), (int8_t)(mm % 12 + 1), 0};
                    gran = "month";
                } else {
                    v = (wt_date){(int16_t)(pub.year + sign * count), 0, 0};
                    gran = "year";
                }
            } else {
                gran = unit[0] == 'h' ? "day" : (unit[0] == 'p' || unit[0] == 'm') ? "week" : unit[0] == 'b' ? "month" : "year";
            }
            add_mention(sc, k, w, v, gran);
            return w - k + 1;
        }
        /* tahun 2017 */
        if (!strcmp(unit, "tahun") && unit_k == k && year_number(tok(sc, k + 1))) {
            add_mention(sc, k, k + 1, (wt_date){(int16_t)year_number(tok(sc, k + 1)), 0, 0}, "year");
            return 2;
        }
    }
    return 0;
}

/* The publication date from the text: the latest "Weekday (d/m/y)". */
static void date_from_text(wt_doc *d, const int *years, size_t nyears)
{
    wt_date best = {0, 0, 0};
    for (size_t k = 0; k + 3 < d->toks.len; k++) {
        const wt_token *t = &d->toks.items[k];
        if (!(t->flags & WT_TF_CAPITAL) || d->toks.items[k + 1].norm[0] != '(') continue;
        int wd = weekday_word(t->norm);
        if (wd < 0) continue;
        wt_date dt;
        if (strcmp(d->toks.items[k + 1].norm, "(") || strcmp(d->toks.items[k + 3].norm, ")") ||
            !parse_dmy(d->toks.items[k + 2].norm, &dt))
            continue;
        if (!dt.year) dt.year = (int16_t)infer_year(dt.day, dt.month, wd, (wt_date){0, 0, 0}, years, nyears);
        if (dt.year && wt_date_valid(dt) && (!best.year || to_days(dt) > to_days(best))) best = dt;
    }
    if (best.year) {
        d->date = best;
        d->date_source = "text";
    }
}

/* y, m, d from 8 digits "20161022", 0 when they are no plausible date. */
static int ymd_digits(const char *s, wt_date *out)
{
    for (int i = 0; i < 8; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    int y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    wt_date dt = {(int16_t)y, (int8_t)((s[4] - '0') * 10 + (s[5] - '0')), (int8_t)((s[6] - '0') * 10 + (s[7] - '0'))};
    if (y < 1990 || y > 2100 || !wt_date_valid(dt)) return 0;
    *out = dt;
    return 1;
}

/* The publication date a news URL carries: ".../2017/12/14/...",
 * ".../20161022112811-134-167184/..." (CNN Indonesia), ".../2017-12-14-...".
 * Only in the path, and only as a whole path segment's start, so that an
 * article number is not read as a date. */
static int date_from_url(const char *url, wt_date *out)
{
    const char *p = strstr(url, "://");
    p = p ? strchr(p + 3, '/') : strchr(url, '/');
    for (; p && *p; p = strchr(p + 1, '/')) {
        const char *seg = p + 1;
        char buf[9];
        /* /2017/12/14 */
        if (strlen(seg) >= 10 && seg[4] == '/' && seg[7] == '/') {
            memcpy(buf, seg, 4); memcpy(buf + 4, seg + 5, 2); memcpy(buf + 6, seg + 8, 2);
            if ((seg[10] == '/' || seg[10] == '\0') && ymd_digits(buf, out)) return 1;
        }
        /* /2017-12-14 */
        if (strlen(seg) >= 10 && seg[4] == '-' && seg[7] == '-') {
            memcpy(buf, seg, 4); memcpy(buf + 4, seg + 5, 2); memcpy(buf + 6, seg + 8, 2);
            if (!(seg[10] >= '0' && seg[10] <= '9') && ymd_digits(buf, out)) return 1;
        }
        /* /20161022112811-… or /20161022 */
        size_t digits = strspn(seg, "0123456789");
        if ((digits == 8 || digits == 12 || digits == 14) && ymd_digits(seg, out)) return 1;
    }
    return 0;
}

void wt_dates(wt_doc *d)
{
    /* Years the article mentions help place "Rabu (29/11)". */
    int years[16];
    size_t nyears = 0;
    for (size_t k = 0; k < d->toks.len && nyears < 16; k++) {
        int y = year_number(&d->toks.items[k]);
        if (y) years[nyears++] = y;
    }
    /* The caller's date first, then the URL's (the outlet's own record of
     * when it published), then the text's "Kamis (14/12/2017)". */
    if (!d->date.year && d->url && date_from_url(d->url, &d->date)) d->date_source = "url";
    if (!d->date.year) date_from_text(d, years, nyears);
    int english = -1;
    if (!d->date_source || (!d->date.year && strcmp(d->date_source, "none")))
        d->date_source = d->date.year ? "caller" : "none";
    for (size_t p = 0; p < d->paras.len; p++) {
        const wt_paragraph *para = &d->paras.items[p];
        if (!para->sent_count) continue;
        const wt_sentence *first = &d->sents.items[para->sent_first];
        const wt_sentence *last = &d->sents.items[para->sent_first + para->sent_count - 1];
        scan sc = {d, first->tok_first, last->tok_first + last->tok_count, d->date, &english};
        while (sc.k < sc.t1) {
            size_t before = d->dates.len;
            size_t used = match_at(&sc, years, nyears);
            for (size_t i = before; i < d->dates.len; i++) d->dates.items[i].para = para->index;
            sc.k += used ? used : 1;
        }
    }
}
