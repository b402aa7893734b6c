/* diag.c — collecting and sorting diagnostics, and writing them as text. */
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

/* A diagnostic with the rank of its file in load order, so that the sort
 * needs no context beyond its two arguments (qsort takes none). */
typedef struct ranked {
    size_t file;
    dg_diag d;
} ranked;

static size_t file_rank(const struct dg_model_priv *p, const char *f)
{
    for (size_t i = 0; i < p->n_files; i++)
        if (p->files[i] == f)
            return i;
    return p->n_files;
}

static int ranked_cmp(const void *va, const void *vb)
{
    const ranked *ra = va, *rb = vb;
    const dg_diag *a = &ra->d, *b = &rb->d;
    if (ra->file != rb->file)
        return ra->file < rb->file ? -1 : 1;
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
    if (p->n_diags < 2) /* qsort(NULL, 0) is undefined */
        return;
    ranked *r = dg_xmalloc(p->n_diags * sizeof *r);
    for (size_t i = 0; i < p->n_diags; i++)
        r[i] = (ranked){file_rank(p, p->diags[i].pos.file), p->diags[i]};
    qsort(r, p->n_diags, sizeof *r, ranked_cmp);
    for (size_t i = 0; i < p->n_diags; i++)
        p->diags[i] = r[i].d;
    free(r);
}

size_t dg_model_diag_count(const dg_model *m) { return m->priv->n_diags; }
const dg_diag *dg_model_diag(const dg_model *m, size_t i)
{
    return i < m->priv->n_diags ? &m->priv->diags[i] : NULL;
}
size_t dg_model_error_count(const dg_model *m) { return m->priv->n_errors; }
size_t dg_model_warning_count(const dg_model *m) { return m->priv->n_warnings; }
size_t dg_model_diags_dropped(const dg_model *m) { return m->priv->dropped; }

/* One "FILE:LINE:COL: SEVERITY: MSG" line (without a file: "dipgraph: ..."). */
static bool diag_line(dg_buf *out, const dg_diag *d)
{
    const char *sev = d->severity == DG_SEV_ERROR ? "error" : "warning";
    if (d->pos.file)
        return dg_buf_printf(out, "%s:%u:%u: %s: %s\n", d->pos.file, d->pos.line, d->pos.col,
                             sev, d->msg);
    return dg_buf_printf(out, "dipgraph: %s: %s\n", sev, d->msg);
}

bool dg_model_diags_text(const dg_model *m, size_t max, dg_buf *out)
{
    const struct dg_model_priv *p = m->priv;
    size_t n = max && max < p->n_diags ? max : p->n_diags, before = out->len;
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = diag_line(out, &p->diags[i]);
    size_t left = p->n_diags - n + p->dropped;
    if (ok && left)
        ok = dg_buf_printf(out, "dipgraph: too many errors: %zu more message%s not shown\n",
                           left, left == 1 ? "" : "s");
    if (!ok && out->data) { /* out as it was: no half a message */
        out->len = before;
        out->data[before] = '\0';
    }
    return ok;
}
