/* tool_doc.c — the texts made from the contract's table (tool_opts.c):
 * `dipgraph --help`, `dipgraph help CMD` and the man page; the shell
 * completions are in tool_complete.c.  Texts are written once, in the
 * table, and wrapped here. */
#include "tool.h"

#include <string.h>

enum { WIDTH = 79, MAX_COL = 28 };

/* ---- blocks of text: paragraphs and verbatim lines (tool.h) ---- */

enum { B_BLANK, B_VERBATIM, B_PARAGRAPH };

/* The next block of text at *p: a blank line, a verbatim line (starting
 * with a space), or a paragraph (plain lines up to the next of another
 * kind); its text in [*s, *s + *n).  B_BLANK with *n 0 at the end. */
static int next_block(const char **p, const char **s, size_t *n)
{
    const char *t = *p;
    *s = t;
    if (*t == '\n' || !*t) {
        *n = 0;
        *p = *t ? t + 1 : t;
        return B_BLANK;
    }
    if (*t == ' ') {
        const char *nl = strchr(t, '\n');
        *n = nl ? (size_t)(nl - t) : strlen(t);
        *p = nl ? nl + 1 : t + *n;
        return B_VERBATIM;
    }
    const char *e = t;
    while (*e && *e != ' ') { /* up to a blank or verbatim line */
        const char *nl = strchr(e, '\n');
        if (!nl) {
            e += strlen(e);
            break;
        }
        e = nl + 1;
        if (*e == '\n' || *e == ' ')
            break;
    }
    *n = (size_t)(e - t) - (e > t && e[-1] == '\n');
    *p = e;
    return B_PARAGRAPH;
}

static void spaces(FILE *out, size_t n)
{
    fprintf(out, "%*s", (int)n, "");
}

/* The words of [s, s + n) filled up to WIDTH: the cursor stands at column
 * col of a line with nothing written yet after its indent or label;
 * further lines start at column indent.  Ends the last line. */
static void wrap(FILE *out, const char *s, size_t n, size_t indent, size_t col)
{
    const char *end = s + n;
    bool first = true;
    while (s < end) {
        while (s < end && (*s == ' ' || *s == '\n'))
            s++;
        const char *w = s;
        while (s < end && *s != ' ' && *s != '\n')
            s++;
        size_t len = (size_t)(s - w);
        if (!len)
            break;
        if (!first && col + 1 + len > WIDTH) {
            fputc('\n', out);
            spaces(out, indent);
            col = indent;
        } else if (!first) {
            fputc(' ', out);
            col++;
        }
        fwrite(w, 1, len, out);
        col += len;
        first = false;
    }
    fputc('\n', out);
}

/* A text of the table, wrapped, every line indented by indent. */
static void print_text(FILE *out, const char *text, size_t indent)
{
    const char *p = text, *s;
    size_t n;
    while (*p) {
        int kind = next_block(&p, &s, &n);
        if (kind == B_BLANK) {
            fputc('\n', out);
        } else if (kind == B_VERBATIM) {
            spaces(out, indent);
            fprintf(out, "%.*s\n", (int)n, s);
        } else {
            spaces(out, indent);
            wrap(out, s, n, indent, indent);
        }
    }
}

/* ---- pieces shared by the help and the man page ---- */

/* The synopsis of c, one item a line: "[--focus ID | --no-focus]",
 * "[-G|-N|-E NAME=VALUE]...", "SENDER", "[FILE...]". */
static void synopsis(const tool_cmd *c, dg_buf *b)
{
    for (const tool_opt *o = c->opts; o->id;) {
        const tool_opt *g = o; /* a group: o and the alternatives after it */
        bool many = false, shorts = true;
        for (; o->id && (o == g || (o->flags & TOOL_OR)); o++) {
            many |= (o->flags & TOOL_MANY) != 0;
            shorts &= !o->name && o->short_name && o->arg && !strcmp(o->arg, g->arg ? g->arg : "");
        }
        dg_buf_printf(b, "[");
        for (const tool_opt *a = g; a < o; a++) {
            if (shorts) /* -G|-N|-E NAME=VALUE: the value once */
                dg_buf_printf(b, "%s-%c", a > g ? "|" : "", a->short_name);
            else if (a->short_name)
                dg_buf_printf(b, "%s-%c%s%s", a > g ? " | " : "", a->short_name,
                              a->arg ? " " : "", a->arg ? a->arg : "");
            else
                dg_buf_printf(b, "%s--%s%s%s", a > g ? " | " : "", a->name, a->arg ? " " : "",
                              a->arg ? a->arg : "");
        }
        dg_buf_printf(b, "%s%s]%s\n", shorts ? " " : "", shorts ? g->arg : "", many ? "..." : "");
    }
    for (const tool_operand *op = c->operands; op->name; op++)
        dg_buf_printf(b, "%s%s%s%s\n", op->optional ? "[" : "", op->name, op->many ? "..." : "",
                      op->optional ? "]" : "");
}

/* "Exit status: 0 success; 1 ...; ...." as one paragraph. */
static void exit_paragraph(dg_buf *b)
{
    dg_buf_printf(b, "Exit status:");
    for (const tool_exit_row *r = tool_exits; r->meaning; r++)
        dg_buf_printf(b, " %d %s%s", r->code, r->meaning, r[1].meaning ? ";" : ".");
}

/* "-T, --format FORMAT", "-G NAME=VALUE" or "    --view VIEW". */
static void opt_label(const tool_opt *o, char *buf, size_t size)
{
    const char *v = o->arg ? o->arg : "";
    if (o->short_name && o->name)
        snprintf(buf, size, "-%c, --%s%s%s", o->short_name, o->name, *v ? " " : "", v);
    else if (o->short_name)
        snprintf(buf, size, "-%c%s%s", o->short_name, *v ? " " : "", v);
    else
        snprintf(buf, size, "    --%s%s%s", o->name, *v ? " " : "", v);
}

/* Every subcommand also takes -h/--help (tool_main.c). */
static const tool_opt help_opt = {-1, 'h', "help", NULL, TOOL_TEXT, NULL, NULL, 0,
                                  "show this help"};

/* ---- `dipgraph --help`, `dipgraph help CMD` ---- */

void tool_usage(FILE *out)
{
    fprintf(out, "usage: dipgraph SUBCOMMAND [OPTIONS] [FILE...]\n"
                 "       dipgraph --help | --version | help SUBCOMMAND\n\n");
    print_text(out, tool_intro, 0);
    fprintf(out, "\nSubcommands:\n");
    for (size_t i = 0; tool_cmds[i]; i++)
        fprintf(out, "  %-10s %s\n", tool_cmds[i]->name, tool_cmds[i]->summary);
    dg_buf b = {0};
    exit_paragraph(&b);
    fputc('\n', out);
    print_text(out, b.data ? b.data : "", 0);
    dg_buf_free(&b);
}

static void print_option(const tool_opt *o, size_t col)
{
    char label[64];
    opt_label(o, label, sizeof label);
    printf("  %s", label);
    size_t at = 2 + strlen(label);
    if (at + 2 > col) { /* too long a label: the text goes below */
        fputc('\n', stdout);
        at = 0;
    }
    spaces(stdout, col - at);
    wrap(stdout, o->help, strlen(o->help), col, col);
}

static void print_options(const tool_cmd *c)
{
    char label[64];
    size_t col = 0;
    for (const tool_opt *o = c->opts; o->id; o++) {
        opt_label(o, label, sizeof label);
        if (2 + strlen(label) + 2 > col)
            col = 2 + strlen(label) + 2;
    }
    col = col > MAX_COL ? MAX_COL : col < 16 ? 16 : col;
    printf("Options:\n");
    for (const tool_opt *o = c->opts; o->id; o++)
        print_option(o, col);
    print_option(&help_opt, col);
}

void tool_help(const tool_cmd *c)
{
    dg_buf b = {0};
    size_t indent = strlen("usage: dipgraph  ") + strlen(c->name), col = indent;
    printf("usage: dipgraph %s ", c->name);
    synopsis(c, &b);
    for (const char *s = b.data, *nl; s && (nl = strchr(s, '\n')); s = nl + 1) {
        size_t n = (size_t)(nl - s);
        if (col > indent && col + 1 + n > WIDTH) {
            printf("\n%*s", (int)indent, "");
            col = indent;
        }
        printf("%s%.*s", col > indent ? " " : "", (int)n, s);
        col += (col > indent) + n;
    }
    printf("\n\n");
    print_text(stdout, c->about, 0);
    printf("\n");
    print_options(c);
    if (c->notes) {
        printf("\n");
        print_text(stdout, c->notes, 0);
    }
    b.len = 0;
    exit_paragraph(&b);
    printf("\n");
    print_text(stdout, b.data, 0);
    dg_buf_free(&b);
}

/* ---- the man page ---- */

/* Text for roff: backslashes and minus signs escaped (so that options
 * copy as typed), a leading dot or quote made inert. */
static void roff(const char *s, size_t n)
{
    if (n && (*s == '.' || *s == '\''))
        fputs("\\&", stdout);
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\')
            fputs("\\e", stdout);
        else if (s[i] == '-')
            fputs("\\-", stdout);
        else if (s[i] == '\n')
            fputc(' ', stdout); /* within a paragraph, which roff fills */
        else
            fputc(s[i], stdout);
    }
}

static void roff_line(const char *s)
{
    roff(s, strlen(s));
    fputc('\n', stdout);
}

/* A text of the table: paragraphs filled by roff, verbatim lines kept. */
static void roff_text(const char *text)
{
    const char *p = text, *s;
    size_t n;
    int last = B_BLANK;
    printf(".PP\n");
    while (*p) {
        int kind = next_block(&p, &s, &n);
        if (kind == B_VERBATIM && last != B_VERBATIM)
            printf(".nf\n");
        if (kind != B_VERBATIM && last == B_VERBATIM)
            printf(".fi\n");
        if (kind == B_VERBATIM && n >= 2 && !strncmp(s, "  ", 2))
            s += 2, n -= 2; /* the page's margin sets it apart already */
        if (kind == B_BLANK)
            printf(".PP\n");
        else
            roff(s, n), fputc('\n', stdout);
        last = kind;
    }
    if (last == B_VERBATIM)
        printf(".fi\n");
}

/* One synopsis item, which breaks between items only: "[\-K\ ENGINE]". */
static void roff_item(const char *s, size_t n)
{
    const char *w = s;
    for (const char *q = s; q < s + n; q++) {
        if (*q != ' ')
            continue;
        roff(w, (size_t)(q - w));
        fputs("\\ ", stdout);
        w = q + 1;
    }
    roff(w, (size_t)(s + n - w));
    fputc('\n', stdout);
}

static void roff_synopsis(const tool_cmd *c)
{
    dg_buf b = {0};
    synopsis(c, &b);
    printf(".B dipgraph %s\n", c->name);
    for (const char *s = b.data, *nl; s && (nl = strchr(s, '\n')); s = nl + 1)
        roff_item(s, (size_t)(nl - s));
    dg_buf_free(&b);
}

static void roff_option(const tool_opt *o)
{
    printf(".TP\n");
    if (o->short_name)
        printf("\\fB\\-%c\\fR%s", o->short_name, o->name ? ", " : "");
    if (o->name) {
        printf("\\fB\\-\\-");
        roff(o->name, strlen(o->name));
        printf("\\fR");
    }
    if (o->arg) {
        printf(" \\fI");
        roff(o->arg, strlen(o->arg));
        printf("\\fR");
    }
    printf("\n");
    roff_line(o->help);
}

static void roff_command(const tool_cmd *c)
{
    char heading[64];
    snprintf(heading, sizeof heading, "DIPGRAPH %s", c->name);
    for (char *h = heading; *h; h++)
        *h = (char)(*h >= 'a' && *h <= 'z' ? *h - 'a' + 'A' : *h);
    printf(".SH \"%s\"\n", heading);
    roff_synopsis(c);
    roff_text(c->about);
    for (const tool_opt *o = c->opts; o->id; o++)
        roff_option(o);
    roff_option(&help_opt);
    if (c->notes)
        roff_text(c->notes);
}

static void man_page(void)
{
    printf(".\\\" dipgraph(1), made by `dipgraph help --generate man` from the tool's\n"
           ".\\\" table of subcommands and options: edit that, not this.\n");
    printf(".TH DIPGRAPH 1 \"\" \"dipgraph %s\" \"User Commands\"\n", DG_VERSION);
    printf(".nh\n.ad l\n"); /* no hyphens in options and file names */
    printf(".SH NAME\ndipgraph \\- diplomatic relations as diagrams, timelines, answers "
           "and exports\n.SH SYNOPSIS\n");
    for (size_t i = 0; tool_cmds[i]; i++)
        roff_synopsis(tool_cmds[i]), printf(".br\n");
    printf(".B dipgraph \\-\\-help\n.br\n.B dipgraph \\-\\-version\n.SH DESCRIPTION\n");
    roff_text(tool_intro);
    for (size_t i = 0; tool_cmds[i]; i++) {
        printf(".TP\n.B %s\n", tool_cmds[i]->name);
        roff_line(tool_cmds[i]->summary);
    }
    for (size_t i = 0; tool_cmds[i]; i++)
        roff_command(tool_cmds[i]);
    printf(".SH \"EXIT STATUS\"\n");
    for (const tool_exit_row *r = tool_exits; r->meaning; r++)
        printf(".TP\n.B %d\n", r->code), roff_line(r->meaning);
    printf(".SH ENVIRONMENT\n");
    for (const tool_env *e = tool_envs; e->name; e++)
        printf(".TP\n.B %s\n", e->name), roff_line(e->meaning);
    printf(".SH \"SEE ALSO\"\n.BR dot (1)\n.PP\n");
    roff_line("docs/cli.md, docs/format.md, docs/diagrams.md, docs/timeline.md and "
              "docs/queries.md in the source of dipgraph.");
}

dg_status tool_generate(const char *what)
{
    if (!strcmp(what, "man"))
        man_page();
    else if (!strcmp(what, "bash"))
        tool_complete_bash();
    else if (!strcmp(what, "zsh"))
        tool_complete_zsh();
    else
        return tool_usage_error("help", "--generate makes man, bash or zsh, not '%s'", what);
    return DG_OK;
}
