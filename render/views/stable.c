/* stable.c — figures that can be set side by side: a view on a date laid
 * out on the union of every date, and the diff of two dates.
 *
 * Both work on whole view graphs, not inside the views: the view is built
 * once for every date involved and once for "every date" (c->every_date:
 * every record that ever held).  Graphviz lays out the union graph, so
 * every node keeps one place whatever the date; what does not hold on the
 * date shown stays in the layout but is not drawn (style=invis).  For a
 * diff, what holds on one date only, or holds on both with another
 * status or kind, is marked added, removed or changed (also as the
 * attribute `class`, which Graphviz writes into SVG), and the rest is
 * drawn quietly.
 *
 * Objects are matched by name: nodes and frames have names made of ids.
 * Edges have none, so an edge is keyed by its ends, the first line of its
 * tooltip (which names the record) and, for the rare equal keys, its rank
 * among them. */
#include "view.h"

#include "palette.h"

/* Every object of one graph by key; keys live in the arena. */
typedef struct objects {
    dg_arena *arena;
    dg_map map;
    void **obj;
    size_t n, cap;
} objects;

static void put_obj(objects *x, const char *key, void *obj)
{
    const char *k = dg_arena_strdup(x->arena, key);
    if (dg_map_put(&x->map, k, (uint32_t)x->n) == DG_NONE)
        *DG_PUSH(x->obj, x->n, x->cap) = obj;
}

static void *get_obj(const objects *x, const char *key)
{
    uint32_t i = dg_map_get(&x->map, key);
    return i == DG_NONE ? NULL : x->obj[i];
}

/* An edge's own key (dg_gv_key): a record bound to it, never written out. */
typedef struct key_rec {
    Agrec_t h;
    char key[128];
} key_rec;

void dg_gv_key(Agedge_t *e, const char *key)
{
    key_rec *r = agbindrec(e, (char *)"dg_key", sizeof *r, 0);
    if (r)
        snprintf(r->key, sizeof r->key, "%s", key);
}

const char *dg_gv_key_of(Agedge_t *e)
{
    key_rec *r = (key_rec *)aggetrec(e, (char *)"dg_key", 0);
    return r ? r->key : NULL;
}

/* "E|tail|head|tip line|rank": rank counts earlier edges with the same
 * rest; the edge's own key (dg_gv_key) stands for the tip line. */
static void edge_key(const objects *x, Agedge_t *e, dg_buf *b)
{
    const char *own = dg_gv_key_of(e);
    char *tip = own ? (char *)own : agget(e, (char *)"tooltip");
    size_t line = tip ? strcspn(tip, "\n") : 0;
    b->len = 0;
    dg_buf_printf(b, "E|%s|%s|%.*s|", agnameof(agtail(e)), agnameof(aghead(e)), (int)line,
                  tip ? tip : "");
    size_t base = b->len;
    for (int rank = 0;; rank++) {
        b->len = base;
        dg_buf_printf(b, "%d", rank);
        if (!get_obj(x, b->data))
            return;
    }
}

static void index_sub(objects *x, Agraph_t *g, dg_buf *b)
{
    for (Agraph_t *s = agfstsubg(g); s; s = agnxtsubg(s)) {
        b->len = 0;
        dg_buf_printf(b, "G|%s", agnameof(s));
        put_obj(x, b->data, s);
        index_sub(x, s, b);
    }
}

static void index_graph(objects *x, Agraph_t *g)
{
    x->arena = dg_arena_new();
    dg_buf b = {0};
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n)) {
        b.len = 0;
        dg_buf_printf(&b, "N|%s", agnameof(n));
        put_obj(x, b.data, n);
    }
    for (Agnode_t *n = agfstnode(g); n; n = agnxtnode(g, n))
        for (Agedge_t *e = agfstout(g, n); e; e = agnxtout(g, e)) {
            edge_key(x, e, &b);
            put_obj(x, b.data, e);
        }
    index_sub(x, g, &b);
    dg_buf_free(&b);
}

static void objects_free(objects *x)
{
    dg_map_free(&x->map);
    free(x->obj);
    dg_arena_free(x->arena);
}

/* ---- attributes ---- */

static int kind_of(void *obj) { return AGTYPE(obj) == AGOUTEDGE || AGTYPE(obj) == AGINEDGE ? AGEDGE : AGTYPE(obj); }

/* Set name on obj, declaring it (default "") on first use; a value that
 * is an HTML-like label stays one. */
static void set_attr(void *obj, const char *name, const char *value)
{
    Agraph_t *root = agroot(obj);
    Agsym_t *sym = agattr(root, kind_of(obj), (char *)name, NULL);
    if (!sym)
        sym = agattr(root, kind_of(obj), (char *)name, "");
    if (!aghtmlstr((char *)value)) {
        agxset(obj, sym, (char *)value);
        return;
    }
    char *html = agstrdup_html(root, (char *)value);
    agxset(obj, sym, html);
    agstrfree(root, html);
}

/* Every attribute src has (its own or its graph's default) onto dst. */
static void copy_attrs(void *dst, void *src)
{
    Agraph_t *sg = agroot(src);
    for (Agsym_t *s = agnxtattr(sg, kind_of(src), NULL); s; s = agnxtattr(sg, kind_of(src), s))
        set_attr(dst, s->name, agxget(src, s));
}

static bool same_attr(void *a, void *b, const char *name)
{
    const char *x = agget(a, (char *)name), *y = agget(b, (char *)name);
    return !strcmp(x ? x : "", y ? y : "");
}

/* A status, level or kind that differs shows in colour or line style. */
static bool changed(void *a, void *b)
{
    return !same_attr(a, b, "color") || !same_attr(a, b, "style") ||
           !same_attr(a, b, "fillcolor") || !same_attr(a, b, "penwidth");
}

static void hide(void *obj) { set_attr(obj, "style", "invis"); }

/* ---- the stable layout ---- */

/* For each object of the union graph: the date's own attributes where it
 * holds, invisible where it does not. */
static void keep_or_hide(objects *u, objects *at)
{
    for (uint32_t s = 0; s < u->map.cap; s++) {
        const char *key = u->map.keys[s];
        if (!key)
            continue;
        void *obj = u->obj[u->map.vals[s]], *own = get_obj(at, key);
        if (own)
            copy_attrs(obj, own);
        else
            hide(obj);
    }
}

void dg_view_stable(dg_view_ctx *u, dg_view_ctx *at)
{
    objects xu = {0}, xa = {0};
    index_graph(&xu, u->g);
    index_graph(&xa, at->g);
    copy_attrs(u->g, at->g); /* title, and everything else of the graph */
    keep_or_hide(&xu, &xa);
    objects_free(&xu);
    objects_free(&xa);
}

/* ---- the diff ---- */

typedef struct mark_style {
    const char *cls, *color, *penwidth, *legend;
} mark_style;

static const mark_style marks[] = {
    {"added", DG_C_GREEN, "2.6", N_("added: holds on the second date, not on the first")},
    {"removed", DG_C_VERMILLION, "2.6", N_("removed: held on the first date, not on the second")},
    {"changed", DG_C_ORANGE, "2.6", N_("changed: holds on both, another status or kind")},
};
enum { MARK_ADDED, MARK_REMOVED, MARK_CHANGED, MARK_NONE };

static void mark(void *obj, int m)
{
    if (m == MARK_NONE) { /* unchanged: drawn quietly (white on a fill stays legible) */
        const char *font = agget(obj, (char *)"fontcolor");
        set_attr(obj, "color", DG_C_GRID);
        if (!font || strcmp(font, "white"))
            set_attr(obj, "fontcolor", DG_C_MID_GREY);
        return;
    }
    set_attr(obj, "class", marks[m].cls);
    set_attr(obj, "color", marks[m].color);
    set_attr(obj, "penwidth", marks[m].penwidth);
    if (m == MARK_REMOVED && kind_of(obj) == AGEDGE)
        set_attr(obj, "style", "dashed");
}

/* What each object of the union graph becomes in the diff. */
static void diff_objects(objects *u, objects *from, objects *to)
{
    for (uint32_t s = 0; s < u->map.cap; s++) {
        const char *key = u->map.keys[s];
        if (!key)
            continue;
        void *obj = u->obj[u->map.vals[s]], *a = get_obj(from, key), *b = get_obj(to, key);
        if (!a && !b) {
            hide(obj);
            continue;
        }
        copy_attrs(obj, b ? b : a);
        bool legend = key[0] == 'N' && !strcmp(key + 2, "legend");
        if (!legend)
            mark(obj, !a ? MARK_ADDED : !b ? MARK_REMOVED : changed(a, b) ? MARK_CHANGED : MARK_NONE);
    }
}

/* The diff's own legend, what the three marks mean: a table after the
 * view's legend in the caption (ID diff_legend in SVG). */
static void diff_legend(dg_view_ctx *u)
{
    dg_buf b = {0};
    dg_buf_printf(&b, "<TABLE ID=\"diff_legend\" BORDER=\"1\" COLOR=\"" DG_C_LEGEND_BORDER "\" "
                      "CELLBORDER=\"0\" CELLSPACING=\"1\" CELLPADDING=\"2\" BGCOLOR=\"white\">"
                      "<TR><TD ROWSPAN=\"2\" ALIGN=\"LEFT\" VALIGN=\"TOP\"><B>%s</B></TD>",
                  dg_tr(u->lang, "Changes"));
    /* Two rows of two: one row of four is wider than most views' legends,
     * and Graphviz would stretch the legend above to its width. */
    for (int m = 0; m <= MARK_NONE; m++) {
        const char *color = m < MARK_NONE ? marks[m].color : DG_C_GRID;
        const char *words = m < MARK_NONE ? marks[m].legend : "unchanged";
        dg_buf_printf(&b, "%s<TD><FONT COLOR=\"%s\">&#x2501;&#x2501;&#x2501;</FONT></TD>"
                          "<TD ALIGN=\"LEFT\">%s</TD>%s",
                      m == 2 ? "<TR>" : "", color, dg_tr(u->lang, words), m % 2 ? "</TR>" : "");
    }
    dg_buf_printf(&b, "</TABLE>");
    dg_buf legend = {0}; /* the view's legend above the marks */
    dg_buf_printf(&legend, "<TABLE BORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">");
    if (u->legend_html.len)
        dg_buf_printf(&legend, "<TR><TD ALIGN=\"LEFT\">%s</TD></TR>", u->legend_html.data);
    dg_buf_printf(&legend, "<TR><TD ALIGN=\"LEFT\">%s</TD></TR></TABLE>", b.data);
    dg_buf_free(&u->legend_html);
    u->legend_html = legend;
    dg_buf_free(&b);
}

void dg_view_diff(dg_view_ctx *u, dg_view_ctx *from, dg_view_ctx *to)
{
    objects xu = {0}, xf = {0}, xt = {0};
    index_graph(&xu, u->g);
    index_graph(&xf, from->g);
    index_graph(&xt, to->g);
    copy_attrs(u->g, to->g);
    diff_objects(&xu, &xf, &xt);
    objects_free(&xu);
    objects_free(&xf);
    objects_free(&xt);
}

void dg_view_diff_legend(dg_view_ctx *u)
{
    diff_legend(u);
}
