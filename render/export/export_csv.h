/* export_csv.h — what the CSV tables share (export_csv_write.c): the
 * RFC 4180 row writer, with its rules for free text, dates, booleans and
 * sources.  export_csv.c writes version 1's tables and export_csv_v11.c
 * format 1.1's (heads, places, history); both write through these. */
#ifndef DG_EXPORT_CSV_H
#define DG_EXPORT_CSV_H

#include "export.h"

typedef struct dg_cw {
    dg_buf *b;
    const dg_xsel *sel;
    bool ok, first; /* first: no field yet in this row */
    bool raw;       /* csv_raw: free text not neutralised */
} dg_cw;

/* One field: as it is, or quoted when it holds a comma, quote, CR or LF;
 * NULL is an empty field.  For ids, codes, words, dates and numbers. */
void dg_csv_field(dg_cw *w, const char *s);
/* A field of free text: a leading ' where a spreadsheet would run it. */
void dg_csv_text(dg_cw *w, const char *s);
void dg_csv_end_row(dg_cw *w);
/* The header row: names up to NULL, then more's (NULL: none), which
 * holds the columns format 1.1 adds to a version 1 table. */
void dg_csv_header(dg_cw *w, const char *const *names, const char *const *more);
/* A date is four columns: its EDTF text, the first and last day it
 * covers and its year (DG_CSV_DATE_COLS names them), empty when unset. */
#define DG_CSV_DATE_COLS(name) name, name "_first", name "_last", name "_year"
void dg_csv_date(dg_cw *w, const dg_date *d);
void dg_csv_bool(dg_cw *w, bool v);
/* The two last columns of every record: note and source ids. */
void dg_csv_note_sources(dg_cw *w, const char *note, const dg_cite *c);

/* export_csv_v11.c: format 1.1's tables. */
void dg_csv_heads(dg_cw *w);
void dg_csv_places(dg_cw *w);
void dg_csv_history(dg_cw *w);

#endif
