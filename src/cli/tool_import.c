/* tool_import.c — `dipgraph import wikipedia|wikidata`: read the source
 * into memory, let the library turn it into a format-1.1 data set, write
 * the data set atomically and the report to --report or stderr. */
#include "tool.h"
#include "tool_figure.h" /* tool_read_all */

#include <stdio.h>
#include <string.h>

enum { IMPORT_MAX_BYTES = 256 << 20 }; /* a Wikidata dump of every mission is ~5 MB */

typedef struct import_args {
    dg_import_opts o;
    const char *source, *input, *out, *report, *aliases;
} import_args;

static dg_status set(void *ctx, const tool_arg *a)
{
    import_args *x = ctx;
    switch (a->opt ? a->opt->id : 0) {
    case OPT_COUNTRY: x->o.country = a->value; return DG_OK;
    case OPT_TITLE: x->o.title = a->value; return DG_OK;
    case OPT_SOURCE_URL: x->o.source_url = a->value; return DG_OK;
    case OPT_OUTPUT: x->out = a->value; return DG_OK;
    case OPT_REPORT: x->report = a->value; return DG_OK;
    case OPT_ALIASES: x->aliases = a->value; return DG_OK;
    default: break;
    }
    if (!x->source)
        x->source = a->value;
    else
        x->input = a->value;
    return DG_OK;
}

/* The report: to --report (atomically, never over an input), else stderr. */
static dg_status put_report(const import_args *x, const dg_buf *report, const char *const *inputs,
                            size_t n_inputs)
{
    if (!x->report) {
        if (report->len)
            fwrite(report->data, 1, report->len, stderr);
        return DG_OK;
    }
    dg_error err = {0};
    dg_status st = dg_write_output(x->report, report->data ? report->data : "", report->len,
                                   inputs, n_inputs, &err);
    if (st != DG_OK)
        fprintf(stderr, "dipgraph import: %s\n", err.msg);
    return st;
}

typedef dg_status (*importer)(const char *, size_t, const dg_import_opts *, dg_buf *, dg_buf *,
                              dg_import_counts *, dg_error *);

static dg_status convert(const tool_cmd *c, import_args *x, importer fn, const dg_buf *text)
{
    const char *inputs[] = {x->input, x->aliases ? x->aliases : x->input};
    dg_buf yaml = {0}, report = {0};
    dg_error err = {0};
    x->o.input_name = strcmp(x->input, "-") ? x->input : "<stdin>";
    dg_status st = fn(text->data, text->len, &x->o, &yaml, &report, NULL, &err);
    if (st == DG_EUSAGE) {
        st = tool_fail(c, st, &err);
    } else {
        dg_status rs = put_report(x, &report, inputs, 2);
        if (st == DG_OK)
            st = tool_write(c->name, x->out, &yaml);
        else
            fprintf(stderr, "dipgraph %s: %s\n", c->name, err.msg);
        if (st == DG_OK)
            st = rs;
    }
    dg_buf_free(&yaml);
    dg_buf_free(&report);
    return st;
}

dg_status tool_run_import(const tool_cmd *c, int argc, char **argv)
{
    import_args x = {0};
    dg_status st = tool_parse(c, argc, argv, set, &x);
    if (st != DG_OK)
        return st;
    importer fn = !strcmp(x.source, "wikipedia") ? dg_import_wikipedia
                  : !strcmp(x.source, "wikidata") ? dg_import_wikidata : NULL;
    if (!fn)
        return tool_usage_error(c->name, "SOURCE is wikipedia or wikidata, not '%s'", x.source);
    if (!x.input)
        return tool_usage_error(c->name, "give the file to read ('-': standard input)");
    dg_buf text = {0}, aliases = {0};
    st = tool_read_all(c->name, x.input, IMPORT_MAX_BYTES, &text);
    if (st == DG_OK && x.aliases)
        st = tool_read_all(c->name, x.aliases, IMPORT_MAX_BYTES, &aliases);
    if (st == DG_OK) {
        x.o.aliases = aliases.data;
        x.o.aliases_len = aliases.len;
        st = convert(c, &x, fn, &text);
    }
    dg_buf_free(&text);
    dg_buf_free(&aliases);
    return st;
}
