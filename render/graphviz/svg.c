/* svg.c — Graphviz's SVG made accessible and its tooltips visible to
 * every reader.
 *
 * Graphviz 2.43 names the figure after the graph ("dipgraph", "timeline")
 * and gives tooltips as xlink:title attributes of <a> elements, which
 * screen readers skip and which SVG 2 drops.  Here the root <svg> gets
 * role="img", a <title> (the figure's title) and a <desc> (one sentence of
 * what it shows) as its first children, the graph's own <title> says the
 * figure's title, and every tooltip also becomes a <title> child of its
 * <a>.  Graphviz has already escaped the attribute values, and text that
 * is valid in an attribute is valid as element content. */
#include "gv.h"

static bool put(dg_buf *b, const char *s, size_t n) { return dg_buf_append(b, s, n); }
static bool puts_(dg_buf *b, const char *s) { return dg_buf_append(b, s, strlen(s)); }

/* The root start tag, with our attributes, then the title and desc. */
static const char *root(dg_buf *b, const char *p, const char *end, const dg_gv_job *job)
{
    const char *svg = strstr(p, "<svg");
    const char *gt = svg ? memchr(svg, '>', (size_t)(end - svg)) : NULL;
    if (!gt)
        return NULL;
    bool ok = put(b, p, (size_t)(gt - p)) &&
              puts_(b, " role=\"img\" aria-labelledby=\"dg-title dg-desc\">\n<title id=\"dg-title\">") &&
              dg_buf_put_xml_text(b, job->title) && puts_(b, "</title>\n<desc id=\"dg-desc\">") &&
              dg_buf_put_xml_text(b, job->desc ? job->desc : job->title) && puts_(b, "</desc>");
    return ok ? gt + 1 : NULL;
}

/* <g id="graph0" ...>\n<title>NAME</title>: NAME becomes the title. */
static const char *graph_title(dg_buf *b, const char *p, const dg_gv_job *job, bool *ok)
{
    static const char open[] = "<title>", close[] = "</title>";
    const char *t = p + strcspn(p, "\n");
    if (*t != '\n' || strncmp(t + 1, open, sizeof open - 1))
        return p;
    const char *e = strstr(t, close);
    if (!e)
        return p;
    *ok = *ok && put(b, p, (size_t)(t + 1 + sizeof open - 1 - p)) &&
          dg_buf_put_xml_text(b, job->title);
    return e;
}

/* <a xlink:title="TIP" ...> gets <title>TIP</title> as its first child. */
static const char *anchor(dg_buf *b, const char *a, const char *end, bool *ok)
{
    static const char attr[] = "xlink:title=\"";
    const char *gt = memchr(a, '>', (size_t)(end - a));
    if (!gt)
        return a;
    const char *v = a;
    while (v < gt && strncmp(v, attr, sizeof attr - 1))
        v++;
    const char *q = v < gt ? memchr(v + sizeof attr - 1, '"', (size_t)(gt - v)) : NULL;
    *ok = *ok && put(b, a, (size_t)(gt + 1 - a));
    if (q)
        *ok = *ok && puts_(b, "<title>") && put(b, v + sizeof attr - 1, (size_t)(q - v) - (sizeof attr - 1)) &&
              puts_(b, "</title>");
    return gt + 1;
}

dg_status dg_svg_accessible(dg_buf *svg, const dg_gv_job *job, dg_error *err)
{
    if (!job->title || !svg->data)
        return DG_OK;
    dg_buf b = {0};
    const char *p = svg->data, *end = svg->data + svg->len;
    const char *q = root(&b, p, end, job);
    bool ok = q != NULL;
    const char *g = q ? strstr(q, "<g id=\"graph0\"") : NULL; /* one, near the top */
    for (p = q; ok && p < end;) {
        if (g && g < p)
            g = NULL;
        const char *a = strstr(p, "<a ");
        const char *next = g && (!a || g < a) ? g : a;
        if (!next) {
            ok = put(&b, p, (size_t)(end - p));
            break;
        }
        ok = put(&b, p, (size_t)(next - p));
        p = next == g ? graph_title(&b, g, job, &ok) : anchor(&b, a, end, &ok);
        if (p == next) /* nothing to change here: copy the '<' and go on */
            ok = ok && put(&b, p++, 1);
    }
    if (!ok) {
        dg_buf_free(&b);
        return q ? dg_error_set(err, DG_EOUTPUT, "out of memory") : DG_OK;
    }
    dg_buf_free(svg);
    *svg = b;
    return DG_OK;
}
