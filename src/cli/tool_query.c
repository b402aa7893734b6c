/* tool_query.c — `dipgraph represent`, `hubs`, `relation` and `stats`: read the
 * command line, load the data set, and print the library's answer
 * (dg_answer_*), with hints for ids that name nothing. */
#include "tool.h"

#include <string.h>

typedef struct query_args {
    dg_answer_opts o;
    tool_files files;
    tool_names names;
} query_args;

typedef dg_status (*answer_fn)(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                               dg_error *err);

static dg_status set(void *ctx, const tool_arg *a)
{
    query_args *q = ctx;
    if (a->opt && a->opt->id == OPT_AT)
        return tool_date(a, &q->o.at);
    if (a->opt && (a->opt->id == OPT_NAMES || a->opt->id == OPT_LANG))
        return tool_names_set(a, &q->names);
    if (a->opt) /* --json */
        q->o.json = true;
    else if (a->operand->field && !strcmp(a->operand->field, "sender"))
        q->o.sender = a->value;
    else if (a->operand->field && !strcmp(a->operand->field, "host"))
        q->o.host = a->value;
    else if (a->operand->field && !strcmp(a->operand->field, "focus"))
        q->o.focus = a->value;
    else if (a->operand->field && !strcmp(a->operand->field, "a"))
        q->o.a = a->value;
    else if (a->operand->field && !strcmp(a->operand->field, "b"))
        q->o.b = a->value;
    else
        tool_files_add(&q->files, a->value);
    return DG_OK;
}

/* An unknown id, said with what may help: ids come before the files (a
 * file taken for HOST).  The library's message has the rest: the id of a
 * country's name, or the id in capitals. */
static dg_status unknown_id(const tool_cmd *c, const query_args *q, const dg_error *err)
{
    char field[32];
    const char *body = tool_msg_field(err->msg, field, sizeof field);
    const char *id = !strcmp(field, "sender") ? q->o.sender
                     : !strcmp(field, "host") ? q->o.host
                     : !strcmp(field, "focus") ? q->o.focus
                     : !strcmp(field, "a")     ? q->o.a
                     : !strcmp(field, "b")     ? q->o.b : NULL;
    if (!id)
        return tool_fail(c, err->code, err);
    size_t n = strlen(id);
    bool file_like = strchr(id, '/') || (n > 5 && !strcmp(id + n - 5, ".yaml"));
    fprintf(stderr, "dipgraph %s: %s%s\n", c->name, body,
            file_like ? " (ids come before the files)" : "");
    return err->code;
}

static dg_status run(const tool_cmd *c, int argc, char **argv, answer_fn answer)
{
    query_args q = {0};
    dg_status st = tool_parse(c, argc, argv, set, &q);
    dg_model *m = st == DG_OK ? tool_load(&q.files, false, &st) : NULL;
    if (m && st != DG_OK)
        fprintf(stderr, "dipgraph %s: the data set has errors; no answer\n", c->name);
    if (m && st == DG_OK) {
        dg_buf out = {0};
        dg_error err = {0};
        q.o.lang = tool_names_apply(m, &q.names);
        st = answer(m, &q.o, &out, &err);
        if (st == DG_OK)
            st = tool_write(c->name, NULL, &out);
        else if (st == DG_EDATA)
            st = unknown_id(c, &q, &err);
        else
            st = tool_fail(c, st, &err);
        dg_buf_free(&out);
    }
    dg_model_free(m);
    tool_files_free(&q.files);
    return st;
}

dg_status tool_run_represent(const tool_cmd *c, int argc, char **argv)
{
    return run(c, argc, argv, dg_answer_represent);
}

dg_status tool_run_hubs(const tool_cmd *c, int argc, char **argv)
{
    return run(c, argc, argv, dg_answer_hubs);
}

dg_status tool_run_relation(const tool_cmd *c, int argc, char **argv)
{
    return run(c, argc, argv, dg_answer_relation);
}

dg_status tool_run_stats(const tool_cmd *c, int argc, char **argv)
{
    return run(c, argc, argv, dg_answer_stats);
}
