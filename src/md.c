/* md.c — the dipgraph blocks of a Markdown document (dg_md_parse): the
 * fences CommonMark would see, the command line of each block split into
 * words as a shell would (nothing expanded), and its inline data.  The
 * rest of the document is not ours: `dipgraph md` copies it untouched, so
 * this file only has to find fences, not to understand Markdown.
 *
 * The input may be anyone's (a pull request's README): one pass over the
 * lines, and every fault is a value with its line, never a crash. */
#include "internal.h"

struct dg_md_priv {
    dg_arena *arena;   /* every string and argv of the blocks */
    dg_md_block *blocks;
    size_t cap;
};

/* One line of the text: [start, end) without its line ending, which runs
 * to next.  CommonMark's line endings: "\n", "\r\n" and "\r". */
typedef struct md_line {
    size_t start, end, next;
    uint32_t no;
} md_line;

typedef struct md_scan {
    const char *t;
    size_t len, pos;
    uint32_t lineno;
    dg_md_doc *doc;
    uint32_t *err_line;
    dg_error *err;
} md_scan;

/* An opening fence: its character and length, its indentation, and its
 * info string [info, info_end), blanks trimmed. */
typedef struct md_fence {
    char c;
    size_t n, info, info_end;
    uint32_t indent;
} md_fence;

static bool next_line(md_scan *s, md_line *l)
{
    if (s->pos >= s->len)
        return false;
    size_t i = s->pos;
    while (i < s->len && s->t[i] != '\n' && s->t[i] != '\r')
        i++;
    l->start = s->pos;
    l->end = i;
    l->next = i + (i < s->len) + (i + 1 < s->len && s->t[i] == '\r' && s->t[i + 1] == '\n');
    l->no = s->lineno;
    s->lineno += s->lineno < UINT32_MAX; /* a 4-billion-line text keeps its last number */
    s->pos = l->next;
    return true;
}

static dg_status fail(md_scan *s, uint32_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static dg_status fail(md_scan *s, uint32_t line, const char *fmt, ...)
{
    *s->err_line = line;
    if (s->err) {
        va_list ap;
        va_start(ap, fmt);
        s->err->code = DG_EUSAGE;
        vsnprintf(s->err->msg, sizeof s->err->msg, fmt, ap);
        va_end(ap);
    }
    return DG_EUSAGE;
}

static bool blank(char c)
{
    return c == ' ' || c == '\t';
}

/* Leading spaces of l, at most max of them: the index after them. */
static size_t skip_indent(const char *t, const md_line *l, size_t max)
{
    size_t i = l->start;
    while (i < l->end && t[i] == ' ' && i - l->start < max)
        i++;
    return i;
}

static bool open_fence(const char *t, const md_line *l, md_fence *f)
{
    size_t i = skip_indent(t, l, 4);
    if (i - l->start > 3 || i >= l->end || (t[i] != '`' && t[i] != '~'))
        return false;
    size_t run = i;
    while (i < l->end && t[i] == t[run])
        i++;
    size_t n = i - run, e = l->end;
    if (n < 3)
        return false;
    while (i < e && blank(t[i]))
        i++;
    while (e > i && blank(t[e - 1]))
        e--;
    /* "```foo```" on one line is inline code, not a fence. */
    if (t[run] == '`' && memchr(t + i, '`', e - i))
        return false;
    *f = (md_fence){t[run], n, i, e, (uint32_t)(run - l->start)};
    return true;
}

static bool close_fence(const char *t, const md_line *l, const md_fence *f)
{
    size_t i = skip_indent(t, l, 4);
    if (i - l->start > 3)
        return false;
    size_t run = i;
    while (i < l->end && t[i] == f->c)
        i++;
    if (i - run < f->n)
        return false;
    while (i < l->end && blank(t[i]))
        i++;
    return i == l->end;
}

/* 0: not ours; 1: ours; -1: ours, with more words after `dipgraph`. */
static int ours(const char *t, const md_fence *f)
{
    static const char word[] = "dipgraph";
    size_t n = f->info_end - f->info, w = sizeof word - 1;
    if (n < w || memcmp(t + f->info, word, w) || (n > w && !blank(t[f->info + w])))
        return 0;
    return n == w ? 1 : -1;
}

/* ---- a block's command line ---- */

/* Control characters would reach messages and titles: C0 but tab, DEL,
 * and C1 as UTF-8 (C2 80 to C2 9F), as the data set's loader refuses. */
static dg_status check_controls(md_scan *s, const char *p, size_t n, uint32_t no)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)p[i];
        unsigned cp = c;
        if (c == 0xC2 && i + 1 < n && (unsigned char)p[i + 1] >= 0x80 &&
            (unsigned char)p[i + 1] <= 0x9F)
            cp = (unsigned char)p[i + 1];
        else if ((c >= 0x20 && c != 0x7F) || c == '\t')
            continue;
        return fail(s, no, "control character U+%04X in the command line", cp);
    }
    return DG_OK;
}

/* One word from *pp (at a non-blank) into *op: quotes and escapes
 * removed, NUL-terminated.  POSIX sh: inside "..." a backslash escapes
 * only $ ` " and \; outside quotes it escapes any character. */
static dg_status one_word(md_scan *s, const char **pp, const char *end, char **op, uint32_t no)
{
    const char *p = *pp;
    char *o = *op;
    while (p < end && !blank(*p)) {
        char c = *p++;
        if (c == '\'') {
            const char *q = memchr(p, '\'', (size_t)(end - p));
            if (!q)
                return fail(s, no, "a quote (') is not closed on the command line");
            memcpy(o, p, (size_t)(q - p));
            o += q - p;
            p = q + 1;
        } else if (c == '"') {
            while (p < end && *p != '"') {
                if (*p == '\\' && p + 1 < end && strchr("$`\"\\", p[1]))
                    p++;
                *o++ = *p++;
            }
            if (p == end)
                return fail(s, no, "a quote (\") is not closed on the command line");
            p++;
        } else if (c == '\\') {
            if (p == end)
                return fail(s, no, "the command line ends in a backslash: a block's command "
                                   "is one line");
            *o++ = *p++;
        } else {
            *o++ = c;
        }
    }
    *o++ = '\0';
    *pp = p;
    *op = o;
    return DG_OK;
}

/* The words of cmd (n bytes) into b->argv, in the document's arena. */
static dg_status split_words(md_scan *s, dg_md_block *b, const char *cmd, size_t n)
{
    dg_arena *a = s->doc->priv->arena;
    /* Every word is at most its bytes plus a NUL; a word takes two bytes
     * of the line at least (itself and a blank) but the last. */
    char *o = dg_arena_take(a, n + n / 2 + 2);
    const char **argv = dg_arena_take(a, (n / 2 + 2) * sizeof *argv);
    uint32_t argc = 0;
    const char *p = cmd, *end = cmd + n;
    for (;;) {
        while (p < end && blank(*p))
            p++;
        if (p == end || *p == '#')
            break;
        argv[argc++] = o;
        dg_status st = one_word(s, &p, end, &o, b->cmd_line);
        if (st != DG_OK)
            return st;
    }
    argv[argc] = NULL;
    b->argc = argc;
    b->argv = argv;
    return DG_OK;
}

/* ---- a block ---- */

/* Where a block's content is while its lines are read. */
typedef struct md_body {
    dg_buf data;
    bool in_data;
} md_body;

static dg_status command_line(md_scan *s, dg_md_block *b, size_t i, size_t e, uint32_t no)
{
    if (b->command)
        return fail(s, no, "a dipgraph block holds one command line, and this is a second "
                           "one (inline data goes after a line '---')");
    dg_status st = check_controls(s, s->t + i, e - i, no);
    if (st != DG_OK)
        return st;
    b->command = dg_arena_strndup(s->doc->priv->arena, s->t + i, e - i);
    b->cmd_line = no;
    return split_words(s, b, b->command, e - i);
}

/* One line between the fences: CommonMark removes up to the opening
 * fence's indentation from it. */
static dg_status content_line(md_scan *s, dg_md_block *b, md_body *body, const md_line *l)
{
    const char *t = s->t;
    size_t i = skip_indent(t, l, b->indent), e = l->end;
    if (body->in_data) {
        if (!dg_buf_append(&body->data, t + i, e - i) || !dg_buf_append(&body->data, "\n", 1))
            dg_oom(body->data.len + e - i + 1);
        return DG_OK;
    }
    while (i < e && blank(t[i]))
        i++;
    while (e > i && blank(t[e - 1]))
        e--;
    if (i == e)
        return DG_OK;
    if (e - i != 3 || memcmp(t + i, "---", 3))
        return command_line(s, b, i, e, l->no);
    if (!b->command)
        return fail(s, l->no, "a dipgraph block starts with its command line, before '---'");
    body->in_data = true;
    b->data_line = l->no < UINT32_MAX ? l->no + 1 : l->no;
    return DG_OK;
}

/* FNV-1a, 64 bits: a name for a block that any build computes alike. */
static uint64_t fnv(uint64_t h, const char *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        h = (h ^ (unsigned char)p[i]) * 1099511628211u;
    return h;
}

static void finish_block(md_scan *s, dg_md_block *b, md_body *body, const md_line *close)
{
    static const char *const eols[] = {"", "\n", "\r\n"};
    b->end = close->next;
    b->eol = close->next == close->end ? eols[0]
             : s->t[close->end] == '\n' ? eols[1]
             : close->next - close->end == 2 ? eols[2] : "\r";
    b->hash = fnv(14695981039346656037u, b->command, strlen(b->command));
    if (body->in_data) {
        b->data_len = body->data.len;
        b->data = dg_arena_memdup(s->doc->priv->arena, body->data.data ? body->data.data : "",
                                  body->data.len + 1);
        b->hash = fnv(fnv(b->hash, "\n---\n", 5), b->data, b->data_len);
    }
}

/* A dipgraph block from its opening fence to its closing one. */
static dg_status our_block(md_scan *s, const md_line *open, const md_fence *f)
{
    dg_md_block b = {.start = open->start, .line = open->no, .indent = f->indent};
    md_body body = {{0}, false};
    md_line l;
    dg_status st = DG_OK;
    bool closed = false;
    while (st == DG_OK && next_line(s, &l)) {
        if ((closed = close_fence(s->t, &l, f)))
            break;
        st = content_line(s, &b, &body, &l);
    }
    if (st == DG_OK && !closed)
        st = fail(s, open->no, "this dipgraph block is not closed (a line of %zu or more %c "
                               "closes it)", f->n, f->c);
    if (st == DG_OK && !b.command)
        st = fail(s, open->no, "this dipgraph block is empty: it needs a render or timeline "
                               "command line");
    if (st == DG_OK) {
        finish_block(s, &b, &body, &l);
        struct dg_md_priv *p = s->doc->priv;
        *DG_PUSH(p->blocks, s->doc->n_blocks, p->cap) = b;
    }
    dg_buf_free(&body.data);
    return st;
}

/* The lines of a fence that is not ours, up to its closing fence or the
 * end of the text: nothing in them is looked at. */
static void other_block(md_scan *s, const md_fence *f)
{
    md_line l;
    while (next_line(s, &l) && !close_fence(s->t, &l, f))
        ;
}

dg_status dg_md_parse(const char *text, size_t len, dg_md_doc **doc, uint32_t *line,
                      dg_error *err)
{
    uint32_t ignored;
    dg_md_doc *d = dg_xcalloc(1, sizeof *d);
    d->priv = dg_xcalloc(1, sizeof *d->priv);
    d->priv->arena = dg_arena_new();
    md_scan s = {text ? text : "", text ? len : 0, 0, 1, d, line ? line : &ignored, err};
    *s.err_line = 0;
    md_line l;
    md_fence f;
    dg_status st = DG_OK;
    while (st == DG_OK && next_line(&s, &l)) {
        if (!open_fence(s.t, &l, &f))
            continue;
        int mine = ours(s.t, &f);
        if (mine < 0)
            st = fail(&s, l.no, "nothing may follow 'dipgraph' in the info string");
        else if (mine)
            st = our_block(&s, &l, &f);
        else
            other_block(&s, &f);
    }
    d->blocks = d->priv->blocks;
    if (st != DG_OK) {
        dg_md_free(d);
        d = NULL;
    }
    *doc = d;
    return st;
}

void dg_md_free(dg_md_doc *doc)
{
    if (!doc)
        return;
    dg_arena_free(doc->priv->arena);
    free(doc->priv->blocks);
    free(doc->priv);
    free(doc);
}
