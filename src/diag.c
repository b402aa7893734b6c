/* diag.c — collecting, sorting and printing diagnostics. */
#include "model_priv.h"

#include <stdarg.h>

void dg_diag_add(dg_model *m, dg_pos pos, dg_severity sev, const char *fmt, ...)
{
    struct dg_model_priv *p = m->priv;
    if (sev == DG_SEV_ERROR)
        p->n_errors++;
    else
        p->n_warnings++;
    /* Keep a bounded number: hostile input must not turn into unbounded
     * memory through its error messages. */
    if (p->n_diags >= p->lim.max_diags) {
        p->dropped++;
        return;
    }
    char buf[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    dg_diag *d = DG_PUSH(p->diags, p->n_diags, p->cap_diags);
    d->pos = pos;
    d->severity = sev;
    d->msg = dg_arena_strdup(p->arena, buf);
}

static const char *const *sort_files;
static size_t sort_nfiles;

static size_t file_rank(const char *f)
{
    for (size_t i = 0; i < sort_nfiles; i++)
        if (sort_files[i] == f)
            return i;
    return sort_nfiles;
}

static int diag_cmp(const void *va, const void *vb)
{
    const dg_diag *a = va, *b = vb;
    size_t fa = file_rank(a->pos.file), fb = file_rank(b->pos.file);
    if (fa != fb)
        return fa < fb ? -1 : 1;
    if (a->pos.line != b->pos.line)
        return a->pos.line < b->pos.line ? -1 : 1;
    if (a->pos.col != b->pos.col)
        return a->pos.col < b->pos.col ? -1 : 1;
    if (a->severity != b->severity)
        return a->severity < b->severity ? -1 : 1;
    return strcmp(a->msg, b->msg);
}

void dg_diag_sort(dg_model *m)
{
    struct dg_model_priv *p = m->priv;
    sort_files = p->files;
    sort_nfiles = p->n_files;
    if (p->n_diags > 1) /* qsort(NULL, 0) is undefined */
        qsort(p->diags, p->n_diags, sizeof *p->diags, diag_cmp);
}

size_t dg_model_diag_count(const dg_model *m) { return m->priv->n_diags; }
const dg_diag *dg_model_diag(const dg_model *m, size_t i)
{
    return i < m->priv->n_diags ? &m->priv->diags[i] : NULL;
}
size_t dg_model_error_count(const dg_model *m) { return m->priv->n_errors; }
size_t dg_model_warning_count(const dg_model *m) { return m->priv->n_warnings; }
size_t dg_model_diags_dropped(const dg_model *m) { return m->priv->dropped; }

void dg_model_print_diags(const dg_model *m, FILE *out, size_t max)
{
    const struct dg_model_priv *p = m->priv;
    size_t n = max && max < p->n_diags ? max : p->n_diags;
    for (size_t i = 0; i < n; i++) {
        const dg_diag *d = &p->diags[i];
        if (d->pos.file)
            fprintf(out, "%s:%u:%u: %s: %s\n", d->pos.file, d->pos.line, d->pos.col,
                    d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg);
        else
            fprintf(out, "dipgraph: %s: %s\n",
                    d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg);
    }
    size_t left = p->n_diags - n + p->dropped;
    if (left)
        fprintf(out, "dipgraph: too many errors: %zu more message%s not shown\n", left,
                left == 1 ? "" : "s");
}
