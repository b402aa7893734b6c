/* tool_parse.c — the one parser of every subcommand's command line, driven
 * by its tables (tool_opts.c): a small getopt_long of our own, so that
 * options may follow operands (git style), -GNAME=VALUE works glued or
 * apart, and an unknown option gets a "did you mean". */
#include "tool.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *tool_where;

dg_status tool_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "%sdipgraph %s: ", tool_where ? tool_where : "", cmd);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'dipgraph help %s'.\n", cmd);
    return DG_EUSAGE;
}

/* ---- did you mean ---- */

/* The edit distance of a and b, counting a swap of two neighbours as one
 * edit ("veiw" is one from "view"); cap + 1 when their lengths alone say
 * it is more than cap.  Words here are option and command names: short,
 * and few, so the whole table is filled. */
static size_t distance(const char *a, const char *b, size_t cap)
{
    enum { MAX = 64 };
    size_t la = strlen(a), lb = strlen(b);
    if (la > MAX || lb > MAX || (la > lb ? la - lb : lb - la) > cap)
        return cap + 1;
    size_t rows[3][MAX + 1]; /* rows i - 2, i - 1 and i, in turn */
    for (size_t j = 0; j <= lb; j++)
        rows[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t *cur = rows[i % 3], *prev = rows[(i + 2) % 3], *prev2 = rows[(i + 1) % 3];
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t del = prev[j] + 1, ins = cur[j - 1] + 1;
            size_t sub = prev[j - 1] + (a[i - 1] != b[j - 1]);
            size_t d = del < ins ? del : ins;
            d = sub < d ? sub : d;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < d)
                d = prev2[j - 2] + 1;
            cur[j] = d;
        }
    }
    return rows[la % 3][lb];
}

const char *tool_closest(const char *w, const char *const *words, size_t n)
{
    /* Close enough to be a typo: one edit up to five letters ("rendr",
     * "veiw"), two up to eight, three beyond. */
    size_t len = strlen(w), cap = len < 6 ? 1 : len < 9 ? 2 : 3;
    const char *best = NULL;
    size_t best_d = cap + 1;
    for (size_t i = 0; i < n && words[i]; i++) {
        size_t d = distance(w, words[i], cap);
        if (d < best_d) { /* the first of equals wins: the table's order */
            best_d = d;
            best = words[i];
        }
    }
    return best;
}

/* The closest long option of c to the len bytes of name, or NULL. */
static const char *closest_option(const tool_cmd *c, const char *name, size_t len)
{
    const char *words[64];
    size_t n = 0;
    for (const tool_opt *o = c->opts; o->id && n < 63; o++)
        if (o->name)
            words[n++] = o->name;
    words[n++] = "help";
    char typed[64];
    if (len >= sizeof typed)
        return NULL;
    memcpy(typed, name, len);
    typed[len] = '\0';
    return tool_closest(typed, words, n);
}

/* ---- options ---- */

typedef struct parser {
    const tool_cmd *cmd;
    int argc, i;
    char **argv;
    size_t n_operands;
    bool only_operands; /* after "--" */
} parser;

/* --name, --name=VALUE or --name VALUE: the option, with *value set. */
static const tool_opt *long_opt(parser *p, const char *a, const char **value)
{
    const char *eq = strchr(a, '=');
    size_t len = eq ? (size_t)(eq - a) : strlen(a);
    for (const tool_opt *o = p->cmd->opts; o->id; o++) {
        if (!o->name || strlen(o->name) != len || strncmp(o->name, a, len))
            continue;
        if (!o->arg && eq)
            return tool_usage_error(p->cmd->name, "option '--%s' takes no value", o->name), NULL;
        if (o->arg && eq)
            *value = eq + 1;
        else if (o->arg && p->i < p->argc)
            *value = p->argv[p->i++];
        else if (o->arg)
            return tool_usage_error(p->cmd->name, "option '--%s' needs a value", o->name), NULL;
        return o;
    }
    const char *near = closest_option(p->cmd, a, len);
    tool_usage_error(p->cmd->name, "unknown option '--%.*s'%s%s%s", (int)len, a,
                     near ? " (did you mean '--" : "", near ? near : "", near ? "'?)" : "");
    return NULL;
}

/* -X, -XVALUE or -X VALUE (a is what follows the dash). */
static const tool_opt *short_opt(parser *p, const char *a, const char **value)
{
    for (const tool_opt *o = p->cmd->opts; o->id; o++) {
        if (o->short_name != a[0])
            continue;
        if (!o->arg && a[1])
            break; /* flags are not bundled: "-xy" is no option */
        if (o->arg && a[1])
            *value = a + 1;
        else if (o->arg && p->i < p->argc)
            *value = p->argv[p->i++];
        else if (o->arg)
            return tool_usage_error(p->cmd->name, "option '-%c' needs a value", a[0]), NULL;
        return o;
    }
    tool_usage_error(p->cmd->name, "unknown option '-%s'", a);
    return NULL;
}

/* The operand spec the next operand fills: in order, the last one that
 * takes many taking the rest; NULL when there is no room left. */
static const tool_operand *next_operand(const parser *p)
{
    const tool_operand *ops = p->cmd->operands, *last = NULL;
    size_t k = 0;
    for (; ops[k].name; k++)
        last = &ops[k];
    if (p->n_operands < k)
        return &ops[p->n_operands];
    return last && last->many ? last : NULL;
}

/* Every operand that must be there and is not, as "missing A and B". */
static dg_status check_operands(const parser *p)
{
    char missing[256] = "";
    size_t n = 0, have = 0;
    const tool_operand *ops = p->cmd->operands;
    for (size_t k = 0; ops[k].name; k++)
        n += k >= p->n_operands && !ops[k].optional;
    for (size_t k = 0; ops[k].name; k++) {
        if (k < p->n_operands || ops[k].optional)
            continue;
        have++;
        size_t used = strlen(missing);
        snprintf(missing + used, sizeof missing - used, "%s%s",
                 have == 1 ? "" : have == n ? " and " : ", ", ops[k].name);
    }
    return n ? tool_usage_error(p->cmd->name, "missing %s", missing) : DG_OK;
}

/* The next item of the command line as a tool_arg; false at the end. */
static bool next_item(parser *p, tool_arg *a, dg_status *st)
{
    *a = (tool_arg){p->cmd, NULL, NULL, NULL};
    *st = DG_OK;
    if (p->i >= p->argc)
        return false;
    const char *s = p->argv[p->i++];
    if (!p->only_operands && !strcmp(s, "--")) {
        p->only_operands = true;
        return next_item(p, a, st);
    }
    if (p->only_operands || s[0] != '-' || s[1] == '\0') { /* "-" is stdin: an operand */
        a->value = s;
        if (!(a->operand = next_operand(p)))
            *st = tool_usage_error(p->cmd->name, "too many arguments");
        p->n_operands++;
        return true;
    }
    a->opt = s[1] == '-' ? long_opt(p, s + 2, &a->value) : short_opt(p, s + 1, &a->value);
    if (!a->opt)
        *st = DG_EUSAGE;
    return true;
}

dg_status tool_parse(const tool_cmd *c, int argc, char **argv, tool_set_fn set, void *ctx)
{
    parser p = {c, argc, 1, argv, 0, false};
    tool_arg a;
    dg_status st;
    while (next_item(&p, &a, &st)) {
        if (st == DG_OK)
            st = set(ctx, &a);
        if (st != DG_OK)
            return st;
    }
    return check_operands(&p);
}
