/* answer.h — what the query answers (answer_*.c) share: resolving the ids
 * that dg_answer_opts names, text being written, aligned text tables. */
#ifndef DG_ANSWER_H
#define DG_ANSWER_H

#include "internal.h"
#include "names_model.h"
#include "tr.h"

/* A country (or organization) named by a field of dg_answer_opts. */
typedef struct dg_ans_subject {
    uint32_t index; /* country index; DG_NONE for an ISO 3166 country the data
                       set never mentions (known, but without records) */
    uint32_t org;   /* organization index when it names one, else DG_NONE */
    const char *id, *name;
} dg_ans_subject;

/* Resolve id (a country id, alpha-3 or former-country code, or with orgs
 * an organization id).  DG_OK, or DG_EDATA with "FIELD: unknown ..." in err
 * (messages name the option field, never a command-line flag), with a hint
 * for a country's name or a code in the wrong case (dg_id_hint). */
dg_status dg_ans_subject_find(const dg_model *m, const char *field, const char *id, bool orgs,
                              dg_ans_subject *out, dg_error *err);

/* Text being written: a failed append sticks in ok. */
typedef struct dg_ans_text {
    dg_buf b;
    bool ok;
} dg_ans_text;
void dg_ans_printf(dg_ans_text *o, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Text from the data set, with newlines and tabs shown as \n and \t so
 * that no value can start a line of its own. */
void dg_ans_put(dg_ans_text *o, const char *s);
/* "Belarus (BY)", or the id alone when the name is the id. */
void dg_ans_put_name(dg_ans_text *o, const char *name, const char *id);
/* " on DATE" when at is set, else "" (buf of at least 64 bytes), in
 * lang. */
void dg_ans_at_phrase(const char *lang, const dg_date *at, char *buf, size_t size);
/* A mission's kind as a text answer shows it: its label for "other", the
 * vocabulary word in English ("honorary-consulate"), a translation in
 * another language. */
const char *dg_ans_kind(const char *lang, const dg_mission *mi);
/* The "at" member of a JSON answer: the date as given, or null. */
void dg_ans_json_at(dg_json *j, const dg_date *at);
/* Hand the finished text to out (appended) and free it: DG_OK, or
 * DG_EOUTPUT when memory ran out on the way (out is then unchanged). */
dg_status dg_ans_finish(dg_ans_text *o, dg_buf *out, dg_error *err);

/* A text table: cells added row by row, printed with every column as wide
 * as its widest cell (in characters, not bytes), two spaces apart, without
 * trailing blanks.  Cells are escaped as dg_ans_put escapes. */
typedef struct dg_ans_table {
    size_t ncols, n, cap;
    char **cells;
} dg_ans_table;
void dg_ans_table_init(dg_ans_table *t, size_t ncols);
void dg_ans_cell(dg_ans_table *t, const char *s); /* NULL prints as empty */
void dg_ans_cellf(dg_ans_table *t, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void dg_ans_table_print(const dg_ans_table *t, dg_ans_text *o, const char *indent);
void dg_ans_table_free(dg_ans_table *t);

#endif
