/* export.c — `dipgraph export`: the registry of exporters, a const table
 * of name -> writer, looked up by name.  What the exporters share is in
 * export_select.c. */
#include "export.h"


typedef struct exporter {
    const char *name;
    dg_exporter_fn write;
} exporter;

static const exporter exporters[] = {
    {"json", dg_export_json},
    {"graphml", dg_export_graphml},
    {"csv", dg_export_csv},
};
#define N_EXPORTERS (sizeof exporters / sizeof exporters[0])

const char *const dg_export_formats[] = {"json", "graphml", "csv", NULL};
const char *const dg_export_graphs[] = {"model", "countries", NULL};

/* --graph names a GraphML graph; anything else is a usage error. */
static dg_status check_graph(const char *format, const char *graph, dg_error *err)
{
    if (!graph || !strcmp(graph, "model"))
        return DG_OK;
    if (strcmp(graph, "countries")) {
        const char *near = dg_closest(graph, dg_export_graphs, 2);
        return dg_error_set(err, DG_EUSAGE, "graph: unknown graph '%s'%s%s%s (model or countries)",
                            graph, near ? " (did you mean '" : "", near ? near : "",
                            near ? "'?)" : "");
    }
    if (strcmp(format, "graphml"))
        return dg_error_set(err, DG_EUSAGE, "graph: --graph countries goes with -T graphml, "
                                            "not -T %s", format);
    return DG_OK;
}

dg_status dg_export(const dg_model *m, const dg_export_opts *o, dg_buf *out, dg_error *err)
{
    const char *name = o->format ? o->format : "json";
    dg_status gst = check_graph(name, o->graph, err);
    if (gst != DG_OK)
        return gst;
    for (size_t i = 0; i < N_EXPORTERS; i++) {
        if (strcmp(exporters[i].name, name) != 0)
            continue;
        dg_xsel sel;
        dg_xsel_init(&sel, m, &o->at);
        dg_buf doc = {0};
        dg_status st = exporters[i].write(&sel, o, &doc, err);
        dg_xsel_free(&sel);
        /* out gets a whole document or nothing at all. */
        if (st != DG_OK) {
            dg_buf_free(&doc);
            return st;
        }
        if (!out->len) { /* the usual case: hand the document over, no copy */
            dg_buf_free(out);
            *out = doc;
            return DG_OK;
        }
        bool ok = dg_buf_append(out, doc.data ? doc.data : "", doc.len);
        dg_buf_free(&doc);
        return ok ? DG_OK : dg_error_set(err, DG_EOUTPUT, "out of memory");
    }
    return dg_error_set(err, DG_EUSAGE, "unknown export format '%s' (json, graphml or csv)", name);
}
