/* session.c — what both importers do before and after reading: check the
 * options, read the user's aliases, and hand the data set and the report
 * to the caller whole. */
#include "import.h"
#include "model_priv.h"

/* A source URL as the format wants it: http(s), and only URL characters
 * (others, non-ASCII included, percent-encoded).  NULL when it is no
 * http(s) URL. */
static const char *clean_url(imp_ds *ds, const char *url)
{
    static const char ok[] = "-._~:/?#[]@!$&'()*+,;=%";
    if (!imp_starts_ci(url, strlen(url), "http://") && !imp_starts_ci(url, strlen(url), "https://"))
        return NULL;
    dg_buf b = {0};
    for (const unsigned char *c = (const unsigned char *)url; *c; c++) {
        bool plain = (*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z') ||
                     (*c >= '0' && *c <= '9') || (*c < 0x80 && strchr(ok, *c));
        bool fine = plain ? dg_buf_append(&b, c, 1) : dg_buf_printf(&b, "%%%02X", *c);
        if (!fine)
            dg_oom(b.len);
    }
    const char *r = dg_arena_strndup(ds->arena, b.data, b.len);
    dg_buf_free(&b);
    return r;
}

dg_status imp_session_begin(imp_ds **out, imp_aliases *al, const dg_import_opts *o,
                            const char *input_name, dg_error *err)
{
    *out = NULL;
    imp_ds *ds = imp_ds_new();
    if (o && o->aliases && !imp_aliases_parse(al, o->aliases, o->aliases_len, err)) {
        imp_ds_free(ds);
        return DG_EUSAGE;
    }
    for (size_t i = 0; i < al->n; i++)
        if (!dg_id_valid(al->ids[i])) { /* as the loader checks a defined id */
            dg_error_set(err, DG_EUSAGE, "aliases: '%.64s' is not an id", al->ids[i]);
            imp_ds_free(ds);
            return DG_EUSAGE;
        }
    if (o && o->source_url && !(ds->src_url = clean_url(ds, o->source_url))) {
        dg_error_set(err, DG_EUSAGE, "source_url: '%.200s' is not an http or https URL",
                     o->source_url);
        imp_ds_free(ds);
        return DG_EUSAGE;
    }
    ds->aliases = al;
    ds->input_name = imp_ds_strz(ds, o && o->input_name ? o->input_name : input_name);
    if (!ds->input_name)
        ds->input_name = input_name;
    *out = ds;
    return DG_OK;
}

dg_status imp_session_end(imp_ds *ds, dg_buf *yaml, dg_buf *report, dg_import_counts *counts,
                          dg_error *err)
{
    if (counts->converted == 0) { /* only the report: why no row gave a record */
        imp_ds_sort_report(ds);
        counts->reported = ds->n_report;
        dg_buf r = {0};
        imp_write_report(ds, &r);
        if (report && r.len && !dg_buf_append(report, r.data, r.len))
            dg_oom(r.len);
        dg_buf_free(&r);
        return dg_error_set(err, DG_EDATA, "none of the %zu rows gave a record (the report says why)",
                            counts->rows);
    }
    imp_ds_settle(ds);
    imp_ds_sort_report(ds);
    counts->reported = ds->n_report;
    counts->relations = ds->n_rels;
    counts->missions = ds->n_missions;
    counts->places = ds->n_places;
    counts->accreditations = 0;
    for (size_t i = 0; i < ds->n_missions; i++)
        counts->accreditations += ds->missions[i].n_acc;
    /* Built aside, then appended: the caller's buffers get all or nothing. */
    dg_buf y = {0}, r = {0};
    imp_write_yaml(ds, &y);
    imp_write_report(ds, &r);
    if ((yaml && y.len && !dg_buf_append(yaml, y.data, y.len)) ||
        (report && r.len && !dg_buf_append(report, r.data, r.len)))
        dg_oom(y.len + r.len);
    dg_buf_free(&y);
    dg_buf_free(&r);
    return DG_OK;
}
