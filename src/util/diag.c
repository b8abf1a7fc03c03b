#include "util/diag.h"
#include "util/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *severity_name(int s)
{
    return s == WT_DIAG_ERROR ? "error" : s == WT_DIAG_WARNING ? "warning" : "note";
}

void wt_diag_init(wt_diag *d)
{
    d->fn = NULL;
    d->user = NULL;
    d->errors = d->warnings = 0;
    d->quiet = 0;
    d->last_error[0] = '\0';
}

/* Control bytes in a message (a bad input line echoed back may hold an
 * escape sequence, a carriage return, a bell) are written as \xNN, so a
 * diagnostic is one line of plain text on any terminal. */
static void escape_controls(wt_buf *msg)
{
    size_t n = 0;
    for (size_t i = 0; i < msg->len; i++) {
        unsigned char c = (unsigned char)msg->data[i];
        n += c < 0x20 || c == 0x7f;
    }
    if (!n) return;
    wt_buf out;
    wt_buf_init(&out);
    for (size_t i = 0; i < msg->len; i++) {
        unsigned char c = (unsigned char)msg->data[i];
        if (c < 0x20 || c == 0x7f) wt_buf_printf(&out, "\\x%02X", c);
        else wt_buf_putc(&out, (char)c);
    }
    wt_buf_free(msg);
    *msg = out;
}

static void print(const wt_diag *d, int severity, const char *where, const char *msg)
{
    if (d->fn) d->fn(d->user, severity, where, msg);
    else fprintf(stderr, "%s: %s: %s\n", where ? where : "warta", severity_name(severity), msg);
}

static void emit(wt_diag *d, int severity, const char *where, const char *fmt, va_list ap)
{
    if (severity == WT_DIAG_ERROR) d->errors++;
    else if (severity == WT_DIAG_WARNING) d->warnings++;
    wt_buf msg;
    wt_buf_init(&msg);
    wt_buf_vprintf(&msg, fmt, ap);
    escape_controls(&msg);
    if (severity == WT_DIAG_ERROR)
        snprintf(d->last_error, sizeof d->last_error, "%s: %s", where ? where : "warta", msg.data);
    if (d->quiet) {
        wt_buf_free(&msg);
        return;
    }
    print(d, severity, where, msg.data);
    wt_buf_free(&msg);
}

void wt_diag_report(wt_diag *d, int severity, const char *where, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit(d, severity, where, fmt, ap);
    va_end(ap);
}

void wt_diag_at(wt_diag *d, int severity, const char *file, size_t line, const char *fmt, ...)
{
    wt_buf where;
    wt_buf_init(&where);
    if (line) wt_buf_printf(&where, "%s:%zu", file, line);
    else wt_buf_puts(&where, file);
    va_list ap;
    va_start(ap, fmt);
    emit(d, severity, where.data, fmt, ap);
    va_end(ap);
    wt_buf_free(&where);
}

/* A logged diagnostic is four fields in a row: the severity digit, 'w'
 * when there is a `where` ('-' when NULL), the where and the message, each
 * of the last two ended by a NUL byte. */
void wt_diag_log_fn(void *user, int severity, const char *where, const char *message)
{
    wt_buf *log = user;
    wt_buf_putc(log, (char)('0' + severity));
    wt_buf_putc(log, where ? 'w' : '-');
    wt_buf_append(log, where ? where : "", strlen(where ? where : "") + 1);
    wt_buf_append(log, message, strlen(message) + 1);
}

void wt_diag_replay(const wt_diag *d, wt_buf *log)
{
    size_t i = 0;
    while (i + 2 < log->len) {
        int severity = log->data[i] - '0';
        int has_where = log->data[i + 1] == 'w';
        const char *where = log->data + i + 2;
        const char *msg = where + strlen(where) + 1;
        print(d, severity, has_where ? where : NULL, msg);
        i = (size_t)(msg + strlen(msg) + 1 - log->data);
    }
    wt_buf_clear(log);
}
