/* tool_query.h — what `represent`, `hubs` and `stats` share: their common
 * options, resolving country arguments, and aligned text tables. */
#ifndef DG_TOOL_QUERY_H
#define DG_TOOL_QUERY_H

#include "internal.h"
#include "tool.h"

/* [--at DATE] [--json] [-h|--help] ID... [FILE...] */
typedef struct tq_args {
    const char *cmd;
    dg_date at;        /* unset without --at */
    bool json;
    size_t n_ids;      /* leading positional arguments that are ids */
    const char *ids[2];
    tool_files files;
} tq_args;

/* Parse argv into a (want_ids ids first, then files).  Returns -1 to go
 * on, or the exit status (0 after --help, 2 on a usage error). */
int tq_parse(tq_args *a, int argc, char **argv, size_t want_ids, const tool_cmd *cmd);
/* Load the data set; NULL (with *status set) when it cannot be answered. */
dg_model *tq_load(tq_args *a, int *status);
void tq_args_free(tq_args *a);
/* A query subcommand from start to end: parse (want_ids ids first), load,
 * answer, free.  answer returns the exit status. */
int tq_run(int argc, char **argv, size_t want_ids, const tool_cmd *cmd,
           int (*answer)(const dg_model *m, const tq_args *a));

/* A country named on the command line.  index is DG_NONE for an ISO 3166
 * country that the data set never mentions: known, but with no records. */
typedef struct tq_country {
    uint32_t index;
    const char *id, *name;
} tq_country;
/* Resolve arg (an id, alpha-3 code or former-country code); false after a
 * message on stderr when it names nothing.  With org_out, an organization
 * is accepted too: *org_out gets its index, else DG_NONE. */
bool tq_find_country(const char *cmd, const dg_model *m, const char *arg, tq_country *out,
                     uint32_t *org_out);

/* Text being written: a failed append sticks in ok. */
typedef struct tq_text {
    dg_buf b;
    bool ok;
} tq_text;
void tq_printf(tq_text *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* "Belarus (BY)", or the id alone when the name is the id */
void tq_put_name(tq_text *o, const char *name, const char *id);
/* " on DATE" for --at, or "" (into a buffer of at least 24 bytes). */
void tq_at_phrase(const dg_date *at, char *buf, size_t size);
/* The "at" member of a JSON answer: the date as given, or null. */
void tq_json_at(dg_json *j, const dg_date *at);

/* A text table: cells added row by row, printed with every column as
 * wide as its widest cell (counted in characters, not bytes), two spaces
 * apart, without trailing blanks. */
typedef struct tq_table {
    size_t ncols, n, cap;
    char **cells;
} tq_table;
void tq_table_init(tq_table *t, size_t ncols);
void tq_cell(tq_table *t, const char *s); /* NULL prints as empty */
void tq_cellf(tq_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void tq_table_print(const tq_table *t, tq_text *o, const char *indent);
void tq_table_free(tq_table *t);

/* Write the answer to standard output and free it (exit status 0 or 3). */
int tq_output(const char *cmd, tq_text *o);

#endif
