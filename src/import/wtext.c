/* wtext.c — plain text from wikitext, line by line.
 *
 * What carries a fact stays: the text of links, the country of a flag
 * template, the date of a date template (written YYYY-MM-DD at its
 * precision).  What does not goes: comments, <ref>s, other templates,
 * files, categories, external links, bold and italics.  Braces and
 * brackets are paired once per call with a stack, so unbalanced input
 * costs linear time. */
#include "import.h"

/* ---- templates ---- */

bool imp_wt_nest(const char *s, size_t n, size_t *i, int *depth)
{
    size_t k = *i;
    if (k + 1 >= n)
        return false;
    char a = s[k], b = s[k + 1];
    if ((a == '{' && b == '{') || (a == '[' && b == '['))
        ++*depth;
    else if (*depth > 0 && ((a == '}' && b == '}') || (a == ']' && b == ']')))
        --*depth;
    else
        return false;
    *i = k + 1;
    return true;
}

/* The end of the top-level part of s starting at i: the next '|' outside
 * nested {{ }} and [[ ]] (or n). */
static size_t part_end(const char *s, size_t n, size_t i)
{
    int depth = 0;
    for (; i < n; i++)
        if (!imp_wt_nest(s, n, &i, &depth) && depth == 0 && s[i] == '|')
            return i;
    return n;
}

/* A named argument: "name=value" with the '=' before any nesting. */
static bool is_named(imp_str a)
{
    for (size_t i = 0; i < a.n; i++) {
        if (a.p[i] == '=')
            return true;
        if (a.p[i] == '{' || a.p[i] == '[')
            return false;
    }
    return false;
}

void imp_tpl_split(const char *s, size_t n, imp_tpl *t)
{
    memset(t, 0, sizeof *t);
    size_t e = part_end(s, n, 0);
    t->name = imp_trim((imp_str){s, e});
    while (e < n && t->n_args < IMP_TPL_MAX_ARGS) {
        size_t b = e + 1;
        e = part_end(s, n, b);
        imp_str a = imp_trim((imp_str){s + b, e - b});
        if (!is_named(a))
            t->args[t->n_args++] = a;
    }
}

/* The template's name compared as a word: case-insensitive, '_' as ' '. */
static bool name_is(const imp_tpl *t, const char *const *names)
{
    char buf[40];
    size_t n = t->name.n < sizeof buf - 1 ? t->name.n : sizeof buf - 1;
    for (size_t i = 0; i < n; i++)
        buf[i] = t->name.p[i] == '_' ? ' ' : t->name.p[i];
    for (int i = 0; names[i]; i++)
        if (imp_eq_ci(buf, n, names[i]))
            return true;
    return false;
}

bool imp_tpl_is_flag(const imp_tpl *t)
{
    static const char *const names[] = {"flag", "flagu", "flagcountry", "flag country", "flagicon",
                                        "flag icon", "flagdeco", "flagc", NULL};
    return name_is(t, names);
}

bool imp_tpl_is_date(const imp_tpl *t)
{
    static const char *const names[] = {"dts", "dtsh", "date table sorting", "start date",
                                        "start date and age", "end date", "sort date", "date",
                                        NULL};
    return name_is(t, names);
}

/* Templates whose text is one of their arguments (index + 1), e.g.
 * {{nowrap|text}}, {{lang|ru|text}}, {{sort|key|text}}. */
static int text_arg(const imp_tpl *t)
{
    static const char *const first[] = {"nowrap", "nobr", "small", "big", "ill", "interlanguage link",
                                        "abbr", "lang-en", NULL};
    static const char *const second[] = {"lang", "sort", "sortname", NULL};
    if (name_is(t, first))
        return 1;
    if (name_is(t, second))
        return 2;
    return 0;
}

/* ---- the cleaner ---- */

typedef struct cleaner {
    const char *s;  /* comments already removed */
    size_t n;
    int32_t *close; /* at a "{{" or "[[": where its "}}" or "]]" starts, else -1 */
    imp_clean *out;
    uint32_t line;
} cleaner;

static void emit(cleaner *c, const char *p, size_t n)
{
    if (!dg_buf_append(&c->out->text, p, n))
        dg_oom(c->out->text.len + n);
}

static void new_line(cleaner *c)
{
    emit(c, "\n", 1);
    *DG_PUSH(c->out->lines, c->out->n_lines, c->out->cap_lines) = c->line;
}

static void count_lines(cleaner *c, size_t from, size_t to, bool inner)
{
    if (inner)
        return;
    for (size_t i = from; i < to; i++)
        if (c->s[i] == '\n')
            c->line++;
}

static void clean_range(cleaner *c, size_t a, size_t b, int depth);

/* Pair "{{" with "}}" and "[[" with "]]", each kind with its own stack. */
static void pair_up(cleaner *c)
{
    size_t n = c->n;
    c->close = dg_xmalloc((n + 1) * sizeof *c->close);
    size_t *stack[2] = {dg_xmalloc((n / 2 + 1) * sizeof(size_t)),
                        dg_xmalloc((n / 2 + 1) * sizeof(size_t))};
    size_t top[2] = {0, 0};
    for (size_t i = 0; i < n; i++) {
        c->close[i] = -1;
        if (i + 1 >= n || c->s[i] != c->s[i + 1])
            continue;
        char ch = c->s[i];
        int k = ch == '{' || ch == '}' ? 0 : ch == '[' || ch == ']' ? 1 : -1;
        if (k < 0)
            continue;
        if (ch == '{' || ch == '[')
            stack[k][top[k]++] = i;
        else if (top[k])
            c->close[stack[k][--top[k]]] = (int32_t)i;
        c->close[i + 1] = -1;
        i++;
    }
    free(stack[0]);
    free(stack[1]);
}

static void do_template(cleaner *c, size_t a, size_t b, int depth)
{
    imp_tpl t;
    imp_tpl_split(c->s + a, b - a, &t);
    if (imp_tpl_is_date(&t)) {
        dg_date d;
        char buf[16];
        if (imp_date_args(t.args, t.n_args, &d)) {
            dg_date_format(&d, buf, sizeof buf);
            emit(c, buf, strlen(buf));
        }
        return;
    }
    int k = text_arg(&t);
    const imp_str *arg = NULL;
    static const char *const icons[] = {"flagicon", "flag icon", NULL};
    if (imp_tpl_is_flag(&t) && !name_is(&t, icons) && t.n_args)
        arg = &t.args[0];
    else if (k && (size_t)k <= t.n_args)
        arg = &t.args[k - 1];
    if (arg)
        clean_range(c, (size_t)(arg->p - c->s), (size_t)(arg->p - c->s) + arg->n, depth + 1);
    else if (imp_eq_ci(t.name.p, t.name.n, "nbsp"))
        emit(c, " ", 1);
}

static void do_link(cleaner *c, size_t a, size_t b, int depth)
{
    size_t bar = part_end(c->s, b, a), last = bar;
    imp_str target = imp_trim((imp_str){c->s + a, bar - a});
    static const char *const drop[] = {"file:", "image:", "category:", "media:", NULL};
    for (int i = 0; drop[i]; i++)
        if (imp_starts_ci(target.p, target.n, drop[i]))
            return;
    while (last < b) { /* the text is after the last top-level '|' */
        size_t next = part_end(c->s, b, last + 1);
        if (next >= b)
            break;
        last = next;
    }
    if (last < b && last + 1 < b) {
        clean_range(c, last + 1, b, depth + 1);
        return;
    }
    if (target.n && target.p[0] == ':') {
        target.p++;
        target.n--;
    }
    const char *hash = memchr(target.p, '#', target.n);
    if (hash && hash > target.p)
        target.n = (size_t)(hash - target.p);
    clean_range(c, (size_t)(target.p - c->s), (size_t)(target.p - c->s) + target.n, depth + 1);
}

/* ---- tags and entities ---- */

/* Tags and external links longer than this are text: it keeps every
 * search for their end short, whatever the input. */
#define TAG_MAX 1024

/* The end of a <ref ...>...</ref> or <ref .../> starting at i (or n). */
static size_t ref_end(const char *s, size_t n, size_t i)
{
    const char *gt = memchr(s + i, '>', n - i < TAG_MAX ? n - i : TAG_MAX);
    if (!gt)
        return 0;
    size_t j = (size_t)(gt - s) + 1;
    if (gt[-1] == '/')
        return j;
    const char *close = imp_find_ci(s + j, n - j, "</ref");
    if (!close)
        return n;
    const char *end = memchr(close, '>', (size_t)(s + n - close));
    return end ? (size_t)(end - s) + 1 : n;
}

/* An HTML tag at i ("<span ...>", "</small>", "<br/>"): its end, or 0
 * when '<' starts no tag.  *br is set for a line break. */
static size_t tag_end(const char *s, size_t n, size_t i, bool *br)
{
    size_t j = i + 1;
    if (j < n && s[j] == '/')
        j++;
    size_t w = j;
    while (w < n && ((s[w] >= 'a' && s[w] <= 'z') || (s[w] >= 'A' && s[w] <= 'Z')))
        w++;
    if (w == j || (w < n && s[w] != '>' && s[w] != ' ' && s[w] != '/'))
        return 0;
    *br = imp_eq_ci(s + j, w - j, "br");
    size_t lim = n - w < TAG_MAX ? n - w : TAG_MAX;
    const char *gt = memchr(s + w, '>', lim);
    const char *nl = memchr(s + w, '\n', lim);
    return gt && (!nl || gt < nl) ? (size_t)(gt - s) + 1 : 0;
}

/* An entity at i: its text into out (at most 4 bytes), its length. */
static size_t entity(const char *s, size_t n, size_t i, char *out, size_t *out_n)
{
    static const char *const names[][2] = {{"&nbsp;", " "}, {"&amp;", "&"}, {"&quot;", "\""},
                                           {"&ndash;", "\xE2\x80\x93"}, {"&mdash;", "\xE2\x80\x94"},
                                           {"&lt;", "<"}, {"&gt;", ">"}, {"&apos;", "'"},
                                           {"&thinsp;", " "}, {"&ensp;", " "}, {"&emsp;", " "}};
    for (size_t k = 0; k < sizeof names / sizeof *names; k++)
        if (imp_starts_ci(s + i, n - i, names[k][0])) {
            *out_n = strlen(names[k][1]);
            memcpy(out, names[k][1], *out_n);
            return strlen(names[k][0]);
        }
    return 0;
}

static bool is_external(const char *s, size_t n, size_t i)
{
    return s[i] == '[' && (imp_starts_ci(s + i + 1, n - i - 1, "http://") ||
                           imp_starts_ci(s + i + 1, n - i - 1, "https://") ||
                           imp_starts_ci(s + i + 1, n - i - 1, "//"));
}

/* One construct at i that is not plain text: its end (or 0 when s[i] is
 * plain text). */
static size_t construct(cleaner *c, size_t i, size_t b, int depth)
{
    const char *s = c->s;
    bool br = false;
    if (s[i] == '{' && c->close[i] >= 0 && (size_t)c->close[i] + 2 <= b) {
        if (depth < 12)
            do_template(c, i + 2, (size_t)c->close[i], depth);
        return (size_t)c->close[i] + 2;
    }
    if (s[i] == '[' && c->close[i] >= 0 && (size_t)c->close[i] + 2 <= b) {
        if (depth < 12)
            do_link(c, i + 2, (size_t)c->close[i], depth);
        return (size_t)c->close[i] + 2;
    }
    if (is_external(s, b, i)) {
        size_t lim = b - i < TAG_MAX ? b - i : TAG_MAX;
        const char *end = memchr(s + i, ']', lim);
        const char *nl = memchr(s + i, '\n', lim);
        if (end && (!nl || end < nl))
            return (size_t)(end - s) + 1;
        return 0;
    }
    if (s[i] == '<' && imp_starts_ci(s + i, b - i, "<ref") &&
        (i + 4 >= b || s[i + 4] == ' ' || s[i + 4] == '>' || s[i + 4] == '/'))
        return ref_end(s, b, i);
    if (s[i] == '<') {
        size_t e = tag_end(s, b, i, &br);
        if (e && br) {
            if (depth == 0)
                new_line(c);
            else
                emit(c, " ", 1);
        }
        return e;
    }
    if (s[i] == '\'' && i + 1 < b && s[i + 1] == '\'')
        return i + (i + 2 < b && s[i + 2] == '\'' ? 3 : 2);
    return 0;
}

static void clean_range(cleaner *c, size_t a, size_t b, int depth)
{
    for (size_t i = a; i < b;) {
        char ent[8];
        size_t ent_n = 0, e = construct(c, i, b, depth);
        if (e > i) {
            count_lines(c, i, e, depth > 0);
            i = e;
        } else if (c->s[i] == '&' && (e = entity(c->s, b, i, ent, &ent_n)) > 0) {
            emit(c, ent, ent_n);
            i += e;
        } else if (c->s[i] == '\n') {
            if (depth == 0) {
                c->line++;
                new_line(c);
            } else {
                emit(c, " ", 1);
            }
            i++;
        } else {
            emit(c, c->s + i, 1);
            i++;
        }
    }
}

/* The text without <!-- comments --> (their line breaks kept). */
static void strip_comments(const char *s, size_t n, dg_buf *out)
{
    for (size_t i = 0; i < n;) {
        const char *open = n - i >= 4 ? imp_find_ci(s + i, n - i, "<!--") : NULL;
        size_t stop = open ? (size_t)(open - s) : n;
        if (!dg_buf_append(out, s + i, stop - i))
            dg_oom(out->len);
        if (!open)
            break;
        const char *close = imp_find_ci(open + 4, (size_t)(s + n - open - 4), "-->");
        size_t end = close ? (size_t)(close - s) + 3 : n;
        for (size_t j = stop; j < end; j++)
            if (s[j] == '\n' && !dg_buf_append(out, "\n", 1))
                dg_oom(out->len);
        i = end;
    }
}

void imp_wt_clean(const char *s, size_t n, uint32_t first_line, imp_clean *out)
{
    dg_buf t = {0};
    strip_comments(s, n, &t);
    cleaner c = {t.data ? t.data : "", t.len, NULL, out, first_line};
    *DG_PUSH(out->lines, out->n_lines, out->cap_lines) = first_line;
    pair_up(&c);
    clean_range(&c, 0, c.n, 0);
    if (!dg_buf_append(&out->text, "", 0))
        dg_oom(0);
    free(c.close);
    dg_buf_free(&t);
}

void imp_clean_free(imp_clean *c)
{
    dg_buf_free(&c->text);
    free(c->lines);
    memset(c, 0, sizeof *c);
}

void imp_wt_text(const char *s, size_t n, dg_buf *out)
{
    imp_clean c = {0};
    imp_wt_clean(s, n, 1, &c);
    for (size_t i = 0; i < c.text.len; i++)
        if (c.text.data[i] == '\n')
            c.text.data[i] = ' ';
    imp_clean_utf8(out, c.text.data ? c.text.data : "", c.text.len);
    imp_clean_free(&c);
}
