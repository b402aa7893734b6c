/* view_relations.c — bilateral relations: the focus and its partners
 * (a star, drawn radially by twopi with the focus at the centre), or the
 * whole relation network without a focus. Edges carry the year relations
 * were established and are styled by status. */
#include "view.h"

static bool involves(const dg_relation *r, uint32_t focus)
{
    return focus == DG_NONE || r->a == focus || r->b == focus;
}

static void relation_tooltip(dg_view_ctx *c, const dg_relation *r)
{
    dg_tip_reset(c);
    dg_tip_line(c, "%s \xE2\x80\x93 %s: %s", c->m->countries[r->a].name,
                c->m->countries[r->b].name, dg_rel_status_name(r->status));
    char d[16];
    dg_date_format(&r->recognized, d, sizeof d);
    if (*d)
        dg_tip_line(c, "  recognized %s", d);
    dg_tip_period(c, "  established", "severed", &r->period);
    if (r->has_border)
        dg_tip_line(c, "  common border: %g km", r->border_km);
    dg_tip_note_cite(c, r->note, &r->cite);
}

/* The year relations were established ("1992", "1992~"), else nothing. */
static void year_label(dg_view_ctx *c, Agedge_t *e, const dg_relation *r)
{
    if (!dg_date_set(&r->period.start))
        return;
    char y[16];
    snprintf(y, sizeof y, "%d%s", r->period.start.year,
             r->period.start.qual == DG_QUAL_APPROX      ? "~"
             : r->period.start.qual == DG_QUAL_UNCERTAIN ? "?"
             : r->period.start.qual                      ? "%"
                                                         : "");
    dg_gv_label(c, e, y, 0);
}

/* Partners in name order around the focus; pairs in (a, b) id order
 * without one (the model's order). */
static const dg_model *sort_model;
static uint32_t sort_focus;

static uint32_t partner(const dg_relation *r, uint32_t focus)
{
    return r->a == focus ? r->b : r->a;
}

static int by_partner_name(const void *pa, const void *pb)
{
    const dg_relation *a = *(const dg_relation *const *)pa, *b = *(const dg_relation *const *)pb;
    const dg_country *x = &sort_model->countries[partner(a, sort_focus)];
    const dg_country *y = &sort_model->countries[partner(b, sort_focus)];
    int r = strcmp(x->name, y->name);
    return r ? r : strcmp(x->id, y->id);
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    const dg_relation **rels = dg_xmalloc((c->m->n_relations + 1) * sizeof *rels);
    size_t n = 0;
    for (uint32_t i = 0; i < c->m->n_relations; i++)
        if (involves(&c->m->relations[i], c->focus) &&
            dg_ctx_holds(c, &c->m->relations[i].period))
            rels[n++] = &c->m->relations[i];
    Agnode_t *focus = NULL;
    if (c->focus != DG_NONE) {
        focus = dg_node_country(c, NULL, "", c->focus);
        sort_model = c->m;
        sort_focus = c->focus;
        dg_sort(rels, n, sizeof *rels, by_partner_name);
        c->engine = "twopi";
        dg_gv_set(c->g, "root", agnameof(focus));
    } else {
        c->engine = "neato";
    }
    bool labels = n <= 300;
    for (size_t i = 0; i < n; i++) {
        const dg_relation *r = rels[i];
        Agnode_t *a = dg_node_country(c, NULL, "", focus ? c->focus : r->a);
        Agnode_t *b = dg_node_country(c, NULL, "", focus ? partner(r, c->focus) : r->b);
        Agedge_t *e = dg_gv_edge(c, a, b);
        dg_gv_set_edge_style(e, dg_style_relation(r->status));
        if (labels)
            year_label(c, e, r);
        relation_tooltip(c, r);
        dg_gv_tooltip(c, e, c->text.data);
        c->legend |= DG_LEG_RELATIONS;
        c->legend_status |= 1u << r->status;
    }
    free(rels);
    return DG_OK;
}

const dg_view dg_view_relations = {"relations", build};
