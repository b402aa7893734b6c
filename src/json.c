/* json.c — the JSON writer (dg_json, internal.h) that the exports and the
 * query answers share: RFC 8259 output, keys in the order written. */
#include "internal.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

void dg_json_init(dg_json *j, dg_buf *out)
{
    memset(j, 0, sizeof *j);
    j->out = out;
    j->ok = true;
}

static void put(dg_json *j, const char *s, size_t n)
{
    dg_buf *b = j->out;
    /* The common case in line: room enough, no call.  dg_buf_append
     * grows the buffer otherwise (and keeps it NUL-terminated as well). */
    if (j->ok && b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else if (j->ok) {
        j->ok = dg_buf_append(b, s, n);
    }
}

static bool compact(const dg_json *j)
{
    return j->compact_from && j->depth >= j->compact_from;
}

static void newline(dg_json *j)
{
    static const char spaces[] = "                                                                ";
    put(j, "\n", 1);
    for (int left = 2 * j->depth; left > 0; left -= (int)sizeof spaces - 1)
        put(j, spaces, (size_t)(left < (int)sizeof spaces - 1 ? left : (int)sizeof spaces - 1));
}

/* A string as JSON.  Most need no escape: those go in whole, the others
 * through dg_buf_put_json_string, which escapes byte by byte. */
static void put_string(dg_json *j, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p >= 0x20 && *p != '"' && *p != '\\' && *p != 0x7F)
        p++;
    if (*p) {
        if (j->ok)
            j->ok = dg_buf_put_json_string(j->out, s);
        return;
    }
    put(j, "\"", 1);
    put(j, s, (size_t)(p - (const unsigned char *)s));
    put(j, "\"", 1);
}

/* The separator and layout before a key or a value outside an object. */
static void before_item(dg_json *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth == 0)
        return;
    bool more = j->has_items[j->depth];
    if (more)
        put(j, compact(j) ? ", " : ",", compact(j) ? 2 : 1);
    if (!compact(j))
        newline(j);
    j->has_items[j->depth] = true;
}

void dg_json_key(dg_json *j, const char *key)
{
    before_item(j);
    put_string(j, key);
    put(j, ": ", 2);
    j->after_key = true;
}

void dg_json_begin(dg_json *j, char bracket, bool compact_container)
{
    before_item(j);
    if (j->depth >= DG_JSON_MAX_DEPTH || (bracket != '{' && bracket != '[')) {
        j->ok = false;
        return;
    }
    put(j, &bracket, 1);
    j->depth++;
    j->has_items[j->depth] = false;
    j->closer[j->depth] = bracket == '{' ? '}' : ']';
    if (compact_container && !j->compact_from)
        j->compact_from = j->depth;
}

void dg_json_end(dg_json *j)
{
    if (j->depth == 0) {
        j->ok = false;
        return;
    }
    bool was_compact = compact(j), had = j->has_items[j->depth];
    char c = j->closer[j->depth];
    if (j->compact_from == j->depth)
        j->compact_from = 0;
    j->depth--;
    if (had && !was_compact)
        newline(j);
    put(j, &c, 1);
}

void dg_json_str(dg_json *j, const char *s)
{
    if (!s) {
        dg_json_null(j);
        return;
    }
    before_item(j);
    put_string(j, s);
}

void dg_json_int(dg_json *j, long long v)
{
    char b[32];
    int n = snprintf(b, sizeof b, "%lld", v);
    before_item(j);
    put(j, b, (size_t)n);
}

void dg_json_num(dg_json *j, double v)
{
    char b[40];
    dg_format_double(v, b, sizeof b);
    if (!b[0]) {
        dg_json_null(j); /* JSON has no NaN or infinity */
        return;
    }
    before_item(j);
    put(j, b, strlen(b));
}

void dg_json_bool(dg_json *j, bool v)
{
    before_item(j);
    put(j, v ? "true" : "false", v ? 4 : 5);
}

void dg_json_null(dg_json *j)
{
    before_item(j);
    put(j, "null", 4);
}

void dg_json_date(dg_json *j, const dg_date *d)
{
    char b[16];
    dg_date_format(d, b, sizeof b);
    if (b[0])
        dg_json_str(j, b);
    else
        dg_json_null(j);
}

bool dg_json_finish(dg_json *j)
{
    put(j, "\n", 1);
    return j->ok && j->depth == 0 && !j->after_key;
}

/* Raw JSON text, already valid, as the next value (a key was written). */
void dg_json_raw(dg_json *j, const char *text, size_t n)
{
    put(j, text, n);
}

void dg_format_double(double v, char *buf, size_t size)
{
    if (!isfinite(v)) {
        snprintf(buf, size, "%s", "");
        return;
    }
    /* The fewest significant digits that read back to the same double:
     * 12.3 stays "12.3", and the output never depends on noise digits. */
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, size, "%.*g", prec, v);
        errno = 0;
        if (strtod(buf, NULL) == v)
            return;
    }
}
