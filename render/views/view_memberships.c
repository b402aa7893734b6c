/* view_memberships.c — countries and organizations, one edge per
 * membership (member -> organization), styled by status.
 *
 * With a focus: the focus's organizations around it (twopi, the focus at
 * the centre); with --depth 2 also their other members, drawn like the
 * whole network without a focus: members left of their organizations.
 * Every edge says the years of its membership ("1992–"). */
#include "view.h"

/* The years of a membership on a white ground, so that they read over
 * the edge: an HTML-like label, but of digits and dashes only (never user
 * text). */
static void years_label(dg_view_ctx *c, Agedge_t *e, const dg_member *mb)
{
    char years[40], html[240];
    if (!*dg_years_text(&mb->period, years, sizeof years))
        return;
    snprintf(html, sizeof html,
             "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" "
             "BGCOLOR=\"white\"><TR><TD>%s</TD></TR></TABLE>",
             years);
    char *h = agstrdup_html(c->g, html);
    agsafeset(e, "label", h, "");
    agstrfree(c->g, h);
    c->legend |= DG_LEG_SPANS;
}

static Agnode_t *member_node(dg_view_ctx *c, dg_ref r)
{
    return r.kind == DG_ACTOR_ORG ? dg_node_org(c, "", r.index)
                                  : dg_node_country(c, NULL, "", r.index);
}

static bool is_focus(const dg_view_ctx *c, dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY && r.index == c->focus;
}

static bool member_holds(const dg_view_ctx *c, const dg_org *o, const dg_member *mb)
{
    return dg_ctx_holds(c, &o->period) && dg_ctx_member(c, mb);
}

static void draw(dg_view_ctx *c, uint32_t oi, const dg_member *mb)
{
    const dg_org *o = &c->m->orgs[oi];
    Agnode_t *a = member_node(c, mb->who);
    Agedge_t *e = dg_gv_edge(c, a, dg_node_org(c, "", oi));
    /* Format 1.1: the status on the date drawn (a suspension in history). */
    dg_member_status st = dg_member_status_at(c->m, mb, c->at);
    dg_gv_set_edge_style(e, dg_style_member(st));
    years_label(c, e, mb);
    dg_tip_reset(c);
    char w[80];
    /* TRANSLATORS: a membership's tooltip: "Belarus: member of CSTO". */
    dg_tip_line(c, dg_tr(c->lang, "%s: %s of %s"), dg_ref_name(c->m, mb->who),
                dg_trc(c->lang, "membership status", dg_member_status_name(st)), o->name);
    snprintf(w, sizeof w, "  %s", dg_trc(c->lang, "tooltip", "since"));
    dg_tip_period(c, w, dg_trc(c->lang, "tooltip", "until"), &mb->period);
    dg_tip_note_cite(c, mb->note, &mb->cite);
    dg_gv_tooltip(c, e, c->text.data);
    c->legend |= DG_LEG_MEMBERS;
    c->legend_status |= 1u << st;
}

/* The focus's organizations (a bit per org), in org-id order. */
static bool *focus_orgs(const dg_view_ctx *c)
{
    bool *in = dg_xcalloc(c->m->n_orgs + 1, sizeof *in);
    for (uint32_t i = 0; i < c->m->n_orgs; i++) {
        const dg_org *o = &c->m->orgs[i];
        for (uint32_t k = 0; k < o->n_members; k++)
            if (is_focus(c, o->members[k].who) && member_holds(c, o, &o->members[k]))
                in[i] = true;
    }
    return in;
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    int depth = c->o->depth ? c->o->depth : 1;
    bool *mine = NULL;
    /* Long edges: a dashed or dotted style needs room to show, and the
     * years sit on the edge (dot's ranks, twopi's rings). */
    dg_gv_set(c->g, "ranksep", "1.6");
    if (c->focus != DG_NONE) {
        mine = focus_orgs(c);
        Agnode_t *f = dg_node_country(c, NULL, "", c->focus);
        if (depth == 1) { /* a star: radial; two rings read better in columns */
            c->engine = "twopi";
            dg_gv_set(c->g, "root", agnameof(f));
        }
    }
    /* Focus first, then (depth 2) the others: the rings fill in order. */
    for (int pass = 0; pass < (mine && depth == 2 ? 2 : 1); pass++)
        for (uint32_t i = 0; i < c->m->n_orgs; i++) {
            const dg_org *o = &c->m->orgs[i];
            if (mine && !mine[i])
                continue;
            for (uint32_t k = 0; k < o->n_members; k++) {
                const dg_member *mb = &o->members[k];
                if (!member_holds(c, o, mb) || (mine && is_focus(c, mb->who) != (pass == 0)))
                    continue;
                draw(c, i, mb);
            }
        }
    free(mine);
    return DG_OK;
}

const dg_view dg_view_memberships = {"memberships", build};
