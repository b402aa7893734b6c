/* json.c — a SPARQL JSON results document as rows:
 *
 *   {"head": {"vars": ["operator", ...]},
 *    "results": {"bindings": [{"operator": {"type": "literal", "value": "..."}, ...}]}}
 *
 * Read in two passes without building a tree: the first finds head.vars
 * (wherever it stands), the second turns each binding into a row of its
 * variables' values.  Everything else is skipped, nesting bounded. */
#include "import.h"

#define MAX_DEPTH 64

typedef struct jp {
    const char *s;
    size_t n, i;
    dg_arena *a;
    const char *err;
} jp;

static void ws(jp *p)
{
    while (p->i < p->n && (p->s[p->i] == ' ' || p->s[p->i] == '\n' || p->s[p->i] == '\r' ||
                           p->s[p->i] == '\t'))
        p->i++;
}

static bool fail(jp *p, const char *why)
{
    if (!p->err)
        p->err = why;
    return false;
}

static bool eat(jp *p, char c)
{
    ws(p);
    if (p->i < p->n && p->s[p->i] == c) {
        p->i++;
        return true;
    }
    return false;
}

static int hexval(char c)
{
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

/* \uXXXX at p->i (after the 'u'): its code point, or -1. */
static int32_t hex4(jp *p)
{
    if (p->i + 4 > p->n)
        return -1;
    int32_t v = 0;
    for (int k = 0; k < 4; k++) {
        int h = hexval(p->s[p->i + (size_t)k]);
        if (h < 0)
            return -1;
        v = v * 16 + h;
    }
    p->i += 4;
    return v;
}

static void put_utf8(dg_buf *b, int32_t cp)
{
    char u[4];
    size_t n = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (n == 1)
        u[0] = (char)cp;
    else {
        for (size_t k = n - 1; k > 0; k--, cp >>= 6)
            u[k] = (char)(0x80 | (cp & 0x3F));
        u[0] = (char)((n == 2 ? 0xC0 : n == 3 ? 0xE0 : 0xF0) | cp);
    }
    dg_buf_append(b, u, n);
}

/* One escape after '\\' (p->i on the letter) into b. */
static bool escape(jp *p, dg_buf *b)
{
    static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
    char c = p->s[p->i++];
    const char *k = strchr(from, c);
    if (c && k) {
        dg_buf_append(b, &to[k - from], 1);
        return true;
    }
    if (c != 'u')
        return fail(p, "a bad escape in a string");
    int32_t cp = hex4(p);
    if (cp >= 0xD800 && cp <= 0xDBFF && p->i + 6 <= p->n && p->s[p->i] == '\\' &&
        p->s[p->i + 1] == 'u') {
        p->i += 2;
        int32_t lo = hex4(p);
        cp = lo >= 0xDC00 && lo <= 0xDFFF ? 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00) : 0xFFFD;
    } else if (cp >= 0xD800 && cp <= 0xDFFF) {
        cp = 0xFFFD; /* a lone surrogate */
    }
    if (cp < 0)
        return fail(p, "a bad \\u escape in a string");
    put_utf8(b, cp);
    return true;
}

/* A string at p->i: a slice of the input when it has no escapes, else an
 * unescaped copy in the arena. */
static bool string(jp *p, imp_str *out)
{
    if (!eat(p, '"'))
        return fail(p, "a string expected");
    size_t start = p->i;
    while (p->i < p->n && p->s[p->i] != '"' && p->s[p->i] != '\\')
        p->i++;
    if (p->i < p->n && p->s[p->i] == '"') {
        *out = (imp_str){p->s + start, p->i - start};
        p->i++;
        return true;
    }
    dg_buf b = {0};
    dg_buf_append(&b, p->s + start, p->i - start);
    while (p->i < p->n && p->s[p->i] != '"') {
        if (p->s[p->i] == '\\') {
            p->i++;
            if (p->i >= p->n || !escape(p, &b))
                break;
        } else {
            dg_buf_append(&b, p->s + p->i++, 1);
        }
    }
    bool ok = p->i < p->n && p->s[p->i] == '"' && !p->err;
    p->i++;
    *out = (imp_str){b.len ? dg_arena_strndup(p->a, b.data, b.len) : "", b.len};
    dg_buf_free(&b);
    return ok || fail(p, "a string that does not end");
}

/* Skip any value, nesting bounded, without recursion. */
static bool skip(jp *p)
{
    int depth = 0;
    do {
        ws(p);
        if (p->i >= p->n)
            return fail(p, "the document ends early");
        char c = p->s[p->i];
        imp_str s;
        if (c == '"') {
            if (!string(p, &s))
                return false;
        } else if (c == '{' || c == '[') {
            if (++depth > MAX_DEPTH)
                return fail(p, "nested too deeply");
            p->i++;
        } else if (c == '}' || c == ']') {
            depth--;
            p->i++;
        } else if (c == ',' || c == ':') {
            p->i++; /* between the members of a container */
        } else { /* a number, true, false or null */
            size_t start = p->i;
            while (p->i < p->n && !strchr(",:{}[]\" \t\r\n", p->s[p->i]))
                p->i++;
            if (p->i == start)
                return fail(p, "a value expected");
        }
    } while (depth > 0);
    return true;
}

/* The members of an object: for each key, fn(p, key, ctx) reads or skips
 * the value. */
typedef bool (*member_fn)(jp *p, imp_str key, void *ctx);

static bool object(jp *p, member_fn fn, void *ctx)
{
    if (!eat(p, '{'))
        return fail(p, "an object expected");
    if (eat(p, '}'))
        return true;
    do {
        imp_str key;
        if (!string(p, &key) || !eat(p, ':'))
            return fail(p, "a member expected");
        if (!fn(p, key, ctx))
            return false;
    } while (eat(p, ','));
    return eat(p, '}') || fail(p, "'}' expected");
}

/* ---- head.vars ---- */

static bool vars(jp *p, imp_rows *out)
{
    if (!eat(p, '['))
        return fail(p, "head.vars is no array");
    size_t cap = 0;
    if (eat(p, ']'))
        return true;
    do {
        imp_str v;
        if (!string(p, &v))
            return false;
        *DG_PUSH(out->cols, out->n_cols, cap) = v;
    } while (eat(p, ','));
    return eat(p, ']') || fail(p, "']' expected");
}

static bool head_member(jp *p, imp_str key, void *ctx)
{
    return imp_eq_ci(key.p, key.n, "vars") ? vars(p, ctx) : skip(p);
}

static bool top_head(jp *p, imp_str key, void *ctx)
{
    return imp_eq_ci(key.p, key.n, "head") ? object(p, head_member, ctx) : skip(p);
}

/* ---- results.bindings ---- */

typedef struct bind {
    imp_rows *rows;
    imp_str *row;
    imp_str value;
} bind;

static bool term_member(jp *p, imp_str key, void *ctx)
{
    bind *b = ctx;
    if (!imp_eq_ci(key.p, key.n, "value"))
        return skip(p);
    ws(p);
    if (p->i < p->n && p->s[p->i] == '"')
        return string(p, &b->value);
    return skip(p); /* a value that is not a string is not one of ours */
}

static bool binding_member(jp *p, imp_str key, void *ctx)
{
    bind *b = ctx;
    b->value = (imp_str){"", 0};
    if (!object(p, term_member, b))
        return false;
    for (size_t c = 0; c < b->rows->n_cols; c++)
        if (b->rows->cols[c].n == key.n && memcmp(b->rows->cols[c].p, key.p, key.n) == 0)
            b->row[c] = b->value;
    return true;
}

static bool binding(jp *p, imp_rows *out)
{
    size_t r = out->n_rows, cap = out->cap_rows;
    dg_grow((void **)&out->line, &cap, r + 1, sizeof *out->line);
    if (cap != out->cap_rows || !out->fields)
        out->fields = dg_xrealloc(out->fields, cap * (out->n_cols ? out->n_cols : 1) * sizeof *out->fields);
    out->cap_rows = cap;
    out->line[r] = (uint32_t)(r + 1);
    bind b = {out, out->fields + r * out->n_cols, {"", 0}};
    for (size_t c = 0; c < out->n_cols; c++)
        b.row[c] = (imp_str){"", 0};
    out->n_rows++;
    return object(p, binding_member, &b);
}

static bool bindings(jp *p, imp_rows *out)
{
    if (!eat(p, '['))
        return fail(p, "results.bindings is no array");
    if (eat(p, ']'))
        return true;
    do {
        if (!binding(p, out))
            return false;
    } while (eat(p, ','));
    return eat(p, ']') || fail(p, "']' expected");
}

static bool results_member(jp *p, imp_str key, void *ctx)
{
    return imp_eq_ci(key.p, key.n, "bindings") ? bindings(p, ctx) : skip(p);
}

static bool top_results(jp *p, imp_str key, void *ctx)
{
    return imp_eq_ci(key.p, key.n, "results") ? object(p, results_member, ctx) : skip(p);
}

bool imp_json_read(const char *s, size_t n, dg_arena *a, imp_rows *out, dg_error *err)
{
    memset(out, 0, sizeof *out);
    jp p = {s, n, 0, a, NULL};
    if (object(&p, top_head, out) && out->n_cols == 0)
        fail(&p, "no head.vars naming the columns");
    if (!p.err) {
        p.i = 0;
        object(&p, top_results, out);
    }
    if (p.err) {
        size_t line = 1;
        for (size_t i = 0; i < p.i && i < n; i++)
            line += s[i] == '\n';
        dg_error_set(err, DG_EDATA, "line %zu: not a SPARQL JSON results document: %s", line,
                     p.err);
        imp_rows_free(out);
        return false;
    }
    return true;
}
