/* tr_plural.c — gettext's Plural-Forms expressions, evaluated.
 *
 * A catalog's header says how its language picks the form of a counted
 * word: "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 &&
 * n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);" for Russian and
 * Belarusian.  The expression is C on one unsigned variable n; we read it
 * by recursive descent and compute as we go, since a catalog's rule is
 * asked only for the few counted words of a figure or an answer.  A
 * catalog is data from a file: nesting is bounded, division by zero and
 * any other character make the expression invalid, and it is then not
 * used (dg_trn falls back to English's rule). */
#include "tr.h"

#include <ctype.h>

#define MAX_DEPTH 64

typedef struct pl {
    const char *p;
    unsigned long n;
    bool ok;
    int depth;
} pl;

static unsigned long cond(pl *s);

static void skip(pl *s)
{
    while (*s->p == ' ' || *s->p == '\t' || *s->p == '\n')
        s->p++;
}

/* Is the next token op?  Takes it if so. */
static bool take(pl *s, const char *op)
{
    skip(s);
    size_t k = strlen(op);
    if (strncmp(s->p, op, k) != 0)
        return false;
    /* "<" must not take the start of "<=", nor "!" of "!=". */
    if (k == 1 && strchr("<>!=", op[0]) && s->p[1] == '=')
        return false;
    s->p += k;
    return true;
}

static unsigned long fail(pl *s)
{
    s->ok = false;
    return 0;
}

static unsigned long primary(pl *s)
{
    skip(s);
    if (*s->p == 'n' && !isalnum((unsigned char)s->p[1]) && s->p[1] != '_') {
        s->p++;
        return s->n;
    }
    if (isdigit((unsigned char)*s->p)) {
        unsigned long v = 0;
        while (isdigit((unsigned char)*s->p) && v < 100000000ul)
            v = v * 10 + (unsigned long)(*s->p++ - '0');
        return v;
    }
    if (!take(s, "(") || ++s->depth > MAX_DEPTH)
        return fail(s);
    unsigned long v = cond(s);
    s->depth--;
    return take(s, ")") ? v : fail(s);
}

static unsigned long unary(pl *s)
{
    if (!take(s, "!"))
        return primary(s);
    if (++s->depth > MAX_DEPTH)
        return fail(s);
    unsigned long v = !unary(s);
    s->depth--;
    return v;
}

static unsigned long mul(pl *s)
{
    unsigned long v = unary(s);
    for (;;) {
        int op = take(s, "*") ? '*' : take(s, "/") ? '/' : take(s, "%") ? '%' : 0;
        if (!op || !s->ok)
            return v;
        unsigned long w = unary(s);
        if (op != '*' && w == 0)
            return fail(s);
        v = op == '*' ? v * w : op == '/' ? v / w : v % w;
    }
}

static unsigned long add(pl *s)
{
    unsigned long v = mul(s);
    for (;;) {
        int op = take(s, "+") ? '+' : take(s, "-") ? '-' : 0;
        if (!op || !s->ok)
            return v;
        unsigned long w = mul(s);
        v = op == '+' ? v + w : v - w;
    }
}

static unsigned long rel(pl *s)
{
    unsigned long v = add(s);
    for (;;) {
        int op = take(s, "<=") ? 'l' : take(s, ">=") ? 'g' : take(s, "<") ? '<'
               : take(s, ">")  ? '>' : 0;
        if (!op || !s->ok)
            return v;
        unsigned long w = add(s);
        v = op == 'l' ? v <= w : op == 'g' ? v >= w : op == '<' ? v < w : v > w;
    }
}

static unsigned long eq(pl *s)
{
    unsigned long v = rel(s);
    for (;;) {
        int op = take(s, "==") ? '=' : take(s, "!=") ? '!' : 0;
        if (!op || !s->ok)
            return v;
        unsigned long w = rel(s);
        v = op == '=' ? v == w : v != w;
    }
}

static unsigned long and_(pl *s)
{
    unsigned long v = eq(s);
    while (s->ok && take(s, "&&")) {
        unsigned long w = eq(s);
        v = v && w;
    }
    return v;
}

static unsigned long or_(pl *s)
{
    unsigned long v = and_(s);
    while (s->ok && take(s, "||")) {
        unsigned long w = and_(s);
        v = v || w;
    }
    return v;
}

/* Both branches are read (to find where the expression goes on) and
 * computed: nothing in them has an effect. */
static unsigned long cond(pl *s)
{
    unsigned long c = or_(s);
    if (!s->ok || !take(s, "?"))
        return c;
    if (++s->depth > MAX_DEPTH)
        return fail(s);
    unsigned long a = cond(s);
    if (!take(s, ":"))
        return fail(s);
    unsigned long b = cond(s);
    s->depth--;
    return c ? a : b;
}

bool dg_plural_eval(const char *expr, unsigned long n, unsigned long *out)
{
    if (!expr)
        return false;
    pl s = {expr, n, true, 0};
    unsigned long v = cond(&s);
    take(&s, ";");
    skip(&s);
    if (!s.ok || *s.p)
        return false;
    *out = v;
    return true;
}
