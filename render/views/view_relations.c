/* view_relations.c — bilateral relations: the focus and its partners
 * (a star, drawn radially by twopi with the focus at the centre), or the
 * whole relation network without a focus (neato; twopi again when the
 * network is one country's star). Edges carry the year relations were
 * established and are styled by status. */
#include "view.h"

static bool involves(const dg_relation *r, uint32_t focus)
{
    return focus == DG_NONE || r->a == focus || r->b == focus;
}

/* A relation's status and level on the date drawn (format 1.1 history;
 * a version 1 relation's own status and an embassy). */
typedef struct rel_state {
    dg_rel_status status;
    dg_rel_level level;
} rel_state;

static rel_state state_of(const dg_view_ctx *c, const dg_relation *r)
{
    rel_state s;
    dg_ctx_relation(c, r, &s.status, &s.level);
    return s;
}

/* The history entry in force on the date, with its note and sources. */
static void tip_change(dg_view_ctx *c, const dg_relation *r, rel_state s)
{
    const char *lw = dg_level_words(s.level);
    if (lw)
        dg_tip_line(c, "  level: %s", lw);
    const dg_change *h = dg_change_at(r->history, r->n_history, c->at);
    if (!h)
        return;
    char d[16];
    dg_date_format(&h->date, d, sizeof d);
    dg_tip_line(c, "  since %s:", d);
    dg_tip_note_cite(c, h->note, &h->cite);
}

static void relation_tooltip(dg_view_ctx *c, const dg_relation *r, rel_state s)
{
    dg_tip_reset(c);
    dg_tip_line(c, "%s \xE2\x80\x93 %s: %s", c->m->countries[r->a].name,
                c->m->countries[r->b].name,
                dg_trc(c->lang, "relation status", dg_rel_status_name(s.status)));
    tip_change(c, r, s);
    char d[16], w[80], border[120];
    dg_date_format(&r->recognized, d, sizeof d);
    if (*d)
        dg_tip_line(c, "  %s %s", dg_trc(c->lang, "tooltip", "recognized"), d);
    snprintf(w, sizeof w, "  %s", dg_trc(c->lang, "tooltip", "established"));
    dg_tip_period(c, w, dg_trc(c->lang, "tooltip", "severed"), &r->period);
    if (r->has_border) {
        snprintf(border, sizeof border, dg_tr(c->lang, "common border: %g km"), r->border_km);
        dg_tip_line(c, "  %s", border);
    }
    dg_tip_note_cite(c, r->note, &r->cite);
}

/* The year relations were established ("1992", "1992~") on a white
 * ground, so that it reads over the edge: next to the partner in a star
 * (head label, where the rays are furthest apart), mid-edge otherwise.
 * An HTML-like label, but of digits and a qualifier only: never user
 * text. */
static void year_label(dg_view_ctx *c, Agedge_t *e, const dg_relation *r, bool star,
                       dg_rel_level level)
{
    /* Format 1.1: a level below an embassy is said after the year (our
     * own words, never user text). */
    const char *lw = dg_level_words(level);
    if (!dg_date_set(&r->period.start) && !lw)
        return;
    const dg_date *d = &r->period.start;
    char year[16] = "", html[300];
    if (dg_date_set(d))
        snprintf(year, sizeof year, "%d%s", d->year,
                 d->qual == DG_QUAL_APPROX      ? "~"
                 : d->qual == DG_QUAL_UNCERTAIN ? "?"
                 : d->qual                      ? "%"
                                                : "");
    snprintf(html, sizeof html,
             "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" "
             "BGCOLOR=\"white\"><TR><TD>%s%s%s</TD></TR></TABLE>",
             year, lw && *year ? " &#xB7; " : "", lw ? lw : "");
    char *h = agstrdup_html(c->g, html);
    agsafeset(e, star ? "headlabel" : "label", h, "");
    agstrfree(c->g, h);
    if (star) {
        dg_gv_set(e, "labeldistance", "4.5");
        dg_gv_set(e, "labelangle", "0");
        dg_gv_set(e, "labelfontsize", "8");
        dg_gv_set(e, "labelfontcolor", DG_C_TEXT_3);
    }
}

/* Without a focus, a network that is one country's relations is still a
 * star: draw it as one around that country (the first with the most
 * relations), else let neato spread the network. */
static uint32_t star_centre(const dg_view_ctx *c, const dg_relation *const *rels, size_t n)
{
    uint32_t *degree = dg_xcalloc(c->m->n_countries + 1, sizeof *degree);
    uint32_t best = DG_NONE;
    for (size_t i = 0; i < n; i++) {
        degree[rels[i]->a]++;
        degree[rels[i]->b]++;
    }
    for (uint32_t k = 0; k < c->m->n_countries; k++)
        if (best == DG_NONE || degree[k] > degree[best])
            best = k;
    bool star = best != DG_NONE && n >= 3 && 2 * degree[best] >= n;
    free(degree);
    return star ? best : DG_NONE;
}

/* Partners around the centre by the day relations were established
 * (the first day its date covers), earliest first, undated last; then by
 * name and id (docs/diagrams.md).  Pairs without a centre keep the
 * model's (a, b) id order. */
static uint32_t partner(const dg_relation *r, uint32_t focus)
{
    return r->a == focus ? r->b : r->a;
}

static int32_t established_day(const dg_relation *r)
{
    return dg_date_set(&r->period.start) ? dg_date_first(&r->period.start) : INT32_MAX;
}

typedef struct order {
    const dg_view_ctx *c;
    uint32_t centre;
} order;

static int by_established(const void *pa, const void *pb, void *ctx)
{
    const order *o = ctx;
    const dg_view_ctx *c = o->c;
    const dg_relation *a = *(const dg_relation *const *)pa, *b = *(const dg_relation *const *)pb;
    int32_t da = established_day(a), db = established_day(b);
    if (da != db)
        return da < db ? -1 : 1;
    const dg_country *x = &c->m->countries[partner(a, o->centre)];
    const dg_country *y = &c->m->countries[partner(b, o->centre)];
    int r = strcmp(x->name, y->name);
    return r ? r : strcmp(x->id, y->id);
}

/* Where the rays crowd the centre, what is not active must still show:
 * those edges are wider, with a marker at the partner's end (their
 * style, style.c), and drawn after the active ones, so on top (edges are
 * drawn in the order made). */
static void relation_edge(dg_view_ctx *c, const dg_relation *r, uint32_t centre, bool labels)
{
    bool spoke = centre != DG_NONE && (r->a == centre || r->b == centre);
    Agnode_t *a = dg_node_country(c, NULL, "", spoke ? centre : r->a);
    Agnode_t *b = dg_node_country(c, NULL, "", spoke ? partner(r, centre) : r->b);
    Agedge_t *e = dg_gv_edge(c, a, b);
    rel_state s = state_of(c, r);
    dg_gv_set_edge_style(e, dg_style_relation(s.status));
    if (s.status != DG_REL_ACTIVE)
        dg_gv_set(e, "arrowsize", "0.8");
    if (dg_level_words(s.level)) { /* below an embassy: thinner */
        dg_gv_set(e, "penwidth", s.status == DG_REL_ACTIVE ? "0.7" : "1.2");
        c->legend_levels |= 1u << s.level;
    }
    if (labels)
        year_label(c, e, r, spoke, s.level);
    relation_tooltip(c, r, s);
    dg_gv_tooltip(c, e, c->text.data);
    c->legend |= DG_LEG_RELATIONS | (labels && dg_date_set(&r->period.start) ? DG_LEG_YEARS : 0);
    c->legend_status |= 1u << s.status;
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    const dg_relation **rels = dg_xmalloc((c->m->n_relations + 1) * sizeof *rels);
    size_t n = 0;
    for (uint32_t i = 0; i < c->m->n_relations; i++)
        if (involves(&c->m->relations[i], c->focus) &&
            dg_ctx_relation(c, &c->m->relations[i], NULL, NULL))
            rels[n++] = &c->m->relations[i];
    uint32_t centre = c->focus != DG_NONE ? c->focus : star_centre(c, rels, n);
    c->engine = "neato";
    if (centre != DG_NONE) {
        Agnode_t *hub = dg_node_country(c, NULL, "", centre);
        order ord = {c, centre};
        dg_sort_r(rels, n, sizeof *rels, by_established, &ord);
        /* twopi sets the partners round the centre in the order their
         * nodes were made: make them all now, in the order above. */
        for (size_t i = 0; i < n; i++)
            if (rels[i]->a == centre || rels[i]->b == centre)
                dg_node_country(c, NULL, "", partner(rels[i], centre));
        c->engine = "twopi";
        dg_gv_set(c->g, "root", agnameof(hub));
    }
    bool labels = n <= 300;
    for (int pass = 0; pass < 2; pass++) /* active first: the rest on top */
        for (size_t i = 0; i < n; i++)
            if ((state_of(c, rels[i]).status != DG_REL_ACTIVE) == pass)
                relation_edge(c, rels[i], centre, labels);
    free(rels);
    return DG_OK;
}

const dg_view dg_view_relations = {"relations", build};
