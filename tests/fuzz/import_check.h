/* import_check.h — what both importer fuzz targets assert of their
 * output: the data set an importer writes loads with no error and no
 * warning, and every row is accounted for.  A header of static code, as
 * each target is a program of its own. */
#ifndef DG_FUZZ_IMPORT_CHECK_H
#define DG_FUZZ_IMPORT_CHECK_H

#include "dipgraph.h"

#include <stdio.h>
#include <stdlib.h>

static void must_load(const dg_buf *yaml)
{
    dg_model *m = dg_model_new(NULL);
    if (!m)
        return;
    dg_model_load_buffer(m, "imported.yaml", yaml->data, yaml->len);
    dg_model_finish(m);
    if (dg_model_diag_count(m) > 0) {
        dg_buf d = {0};
        dg_model_diags_text(m, 5, &d);
        fprintf(stderr, "the importer wrote a data set the loader refuses:\n%s\n--\n%.*s\n",
                d.data ? d.data : "", (int)(yaml->len > 4000 ? 4000 : yaml->len), yaml->data);
        abort();
    }
    dg_model_free(m);
}

/* What an import returned: a data set that loads, or on failure none; on
 * success every row a record or a report line.  Frees both buffers. */
static void check_import(dg_status st, dg_buf *yaml, dg_buf *report, const dg_import_counts *c)
{
    if (st == DG_OK)
        must_load(yaml);
    else if (yaml->len)
        abort(); /* no data set when the import fails (a report may say why) */
    if (st == DG_OK && c->converted + c->rows_reported != c->rows)
        abort(); /* every row is a record or a report line */
    dg_buf_free(yaml);
    dg_buf_free(report);
}

#endif
