/* wtable.h — MediaWiki tables as rows of cells (wtable.c). */
#ifndef DG_IMPORT_WTABLE_H
#define DG_IMPORT_WTABLE_H

#include "import.h"

/* A cell: its content is s[start, end) of the source (it may run over
 * several lines); attrs are what stood before its '|' ("style=... |"). */
typedef struct imp_wcell {
    size_t start, end;
    uint32_t line;   /* where the cell starts */
    bool header;     /* a '!' cell */
    imp_str attrs;
    int rowspan, colspan;
} imp_wcell;

typedef struct imp_wrow {
    imp_wcell *cells;
    size_t n, cap;
    uint32_t line;
} imp_wrow;

typedef struct imp_wtable {
    imp_wrow *rows;
    size_t n_rows, cap_rows;
    uint32_t line;
} imp_wtable;

typedef struct imp_wtables {
    imp_wtable *tables;
    size_t n, cap;
} imp_wtables;

/* Every top-level table of s (nested ones stay inside their cells). */
void imp_wtables_read(const char *s, size_t n, imp_wtables *out);
void imp_wtables_free(imp_wtables *w);

/* The cells of a row by column, with the rowspans and colspans of the rows
 * before it: cols[c] is the cell covering column c (NULL past the row's
 * end).  carry holds ncols entries, zeroed before a table's first row. */
typedef struct imp_wcarry {
    const imp_wcell *cell;
    int left;
} imp_wcarry;
void imp_wrow_layout(const imp_wrow *r, const imp_wcell **cols, size_t ncols, imp_wcarry *carry);

#endif
