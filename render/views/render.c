/* render.c — dg_render: check the options, let a view build the graph,
 * pick an engine that cannot stall, and render to memory.
 *
 * The views are found by name in a const table (curl style); adding one
 * means writing render/view_NAME.c and listing it here. */
#include "view.h"

static const dg_view *const views[] = {&dg_view_accreditation, &dg_view_memberships,
                                       &dg_view_missions, &dg_view_relations, NULL};

/* Engine defaults by size (docs/diagrams.md, "Engines"). dot draws the
 * ranks and frames the views are designed for, and trees of thousands of
 * nodes take it a second; what stalls it is edges beyond a forest (its
 * crossing minimisation): measured with 2.43 on random graphs, 250 nodes
 * and 450 edges take 3 s, 600 edges a minute, and a 500-node tree with
 * 400 extra edges 70 s. So dot keeps a graph while it has at most
 * DOT_MAX_NODES nodes and DOT_MAX_EXCESS edges more than nodes; the
 * views' radial choices (twopi, neato) keep graphs up to OTHER_MAX_*.
 * Beyond that sfdp (multilevel force-directed: 10k edges in about a
 * second) takes over, with prism overlap removal and straight edges. */
#define DOT_MAX_NODES 1500
#define DOT_MAX_EXCESS 200
#define OTHER_MAX_NODES 500
#define OTHER_MAX_EDGES 1500

static const dg_view *find_view(const char *name)
{
    for (size_t i = 0; views[i]; i++)
        if (!strcmp(views[i]->name, name))
            return views[i];
    return NULL;
}

static dg_status bad_view(const char *name, dg_error *err)
{
    char list[128] = "";
    for (size_t i = 0; views[i]; i++)
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s%s", i ? ", " : "",
                 views[i]->name);
    return dg_error_set(err, DG_EUSAGE, "unknown view '%s' (available: %s)", name, list);
}

/* Resolve focus, view, depth and detail; DG_OK or a usage/data error. */
static dg_status check_opts(const dg_model *m, const dg_render_opts *o, uint32_t *focus,
                            const dg_view **view, dg_error *err)
{
    *focus = m->focus;
    if (o->focus && !*o->focus) {
        *focus = DG_NONE; /* "" asks for no focus, even when the data set has one */
    } else if (o->focus) {
        *focus = dg_country_find(m, o->focus);
        if (*focus == DG_NONE && dg_org_find(m, o->focus) != DG_NONE)
            return dg_error_set(err, DG_EDATA, "focus: '%s' is an organization, not a country",
                                o->focus);
        if (*focus == DG_NONE) {
            char hint[240];
            return dg_error_set(err, DG_EDATA, "focus: unknown country '%s'%s", o->focus,
                                dg_id_hint(m, o->focus, true, hint, sizeof hint));
        }
    }
    const char *name = o->view ? o->view : *focus != DG_NONE ? "accreditation" : "missions";
    if (!(*view = find_view(name)))
        return bad_view(name, err);
    if (o->depth < 0 || o->depth > 2)
        return dg_error_set(err, DG_EUSAGE, "depth: must be 1 or 2, not %d", o->depth);
    if (o->detail && strcmp(o->detail, "cities"))
        return dg_error_set(err, DG_EUSAGE, "detail: unknown detail '%s' (available: cities)",
                            o->detail);
    return DG_OK;
}

/* -G/-N/-E from the command line (trusted): defaults, set before the view
 * builds its nodes so that every node and edge gets them. */
static void apply_attrs(Agraph_t *g, const dg_render_opts *o)
{
    for (size_t i = 0; i < o->n_attrs; i++) {
        const dg_attr *a = &o->attrs[i];
        int kind = a->kind == 'N' ? AGNODE : a->kind == 'E' ? AGEDGE : AGRAPH;
        agattr(g, kind, (char *)a->name, (char *)a->value);
    }
}

static const char *user_graph_attr(const dg_render_opts *o, const char *name)
{
    const char *v = NULL;
    for (size_t i = 0; i < o->n_attrs; i++)
        if (o->attrs[i].kind == 'G' && !strcmp(o->attrs[i].name, name))
            v = o->attrs[i].value;
    return v;
}

/* The user's -G wins, then what the view chose (the relations star sets
 * overlap=true: its positions are laid out without overlaps, and prism
 * would rescale them), then the engine's default. */
static void set_default(Agraph_t *g, const dg_render_opts *o, const char *name,
                        const char *value)
{
    const char *own = agget(g, (char *)name);
    if (!user_graph_attr(o, name) && !(own && *own))
        agattr(g, AGRAPH, (char *)name, (char *)value);
}

/* Pick the engine and give it what it needs to be readable and
 * deterministic (the force-directed engines seed their random start). */
static const char *choose_engine(const dg_view_ctx *c, const dg_render_opts *o)
{
    Agraph_t *g = c->g;
    const char *engine = o->engine ? o->engine : user_graph_attr(o, "layout");
    int nodes = agnnodes(g), edges = agnedges(g);
    bool small = c->engine ? nodes <= OTHER_MAX_NODES && edges <= OTHER_MAX_EDGES
                           : nodes <= DOT_MAX_NODES && edges <= nodes + DOT_MAX_EXCESS;
    if (!engine)
        engine = !small ? "sfdp" : c->engine ? c->engine : "dot";
    if (strcmp(engine, "dot")) {
        set_default(g, o, "overlap", "prism");
        set_default(g, o, "start", "1");
        set_default(g, o, "outputorder", "edgesfirst");
    }
    if (!strcmp(engine, "sfdp") && !o->engine)
        set_default(g, o, "splines", "false");
    set_default(g, o, "layout", engine);
    return engine;
}

/* The title: --title, else the data set's.  The date a --at figure
 * shows is in the caption's subtitle (caption.c), whichever title. */
static void title(dg_view_ctx *c, const dg_model *m, const dg_render_opts *o)
{
    const char *given = o->title ? o->title : m->title;
    dg_style_graph(c, NULL);
    if (given)
        dg_buf_printf(&c->title, "%s", given);
}

/* SVG's <title> and <desc>: the title as drawn (else the view's name),
 * and a sentence of what the figure shows. */
static void caption(dg_view_ctx *c, const dg_view *view, dg_buf *desc, dg_gv_job *job)
{
    const char *focus = c->focus != DG_NONE ? c->m->countries[c->focus].name : NULL;
    char day[16] = "", when[64];
    if (c->at)
        dg_date_format(c->at, day, sizeof day);
    snprintf(when, sizeof when, "%s", c->at ? "" : dg_tr(c->lang, "as recorded"));
    if (c->at)
        snprintf(when, sizeof when, dg_tr(c->lang, "on %s"), day);
    if (dg_date_set(&c->o->diff_from) && dg_date_set(&c->o->diff_to)) {
        char from[16], to[16];
        dg_date_format(&c->o->diff_from, from, sizeof from);
        dg_date_format(&c->o->diff_to, to, sizeof to);
        snprintf(when, sizeof when, dg_tr(c->lang, "what changed from %s to %s"), from, to);
    }
    const char *name = dg_trc(c->lang, "view", view->name);
    /* TRANSLATORS: SVG's description of a figure: "The relations view of
     * Belarus, on 2010-01-01: 40 nodes and 39 links." */
    if (focus)
        dg_buf_printf(desc, dg_tr(c->lang, "The %s view of %s, %s: %d nodes and %d links."),
                      name, focus, when, agnnodes(c->g), agnedges(c->g));
    else
        dg_buf_printf(desc, dg_tr(c->lang, "The %s view, %s: %d nodes and %d links."), name, when,
                      agnnodes(c->g), agnedges(c->g));
    if (!c->title.len)
        dg_buf_printf(&c->title, "%c%s view%s%s", view->name[0] - 32, view->name + 1,
                      focus ? " of " : "", focus ? focus : "");
    job->title = c->title.data;
    job->desc = desc->data;
}

static dg_status build(const dg_model *m, const dg_render_opts *o, const dg_view *view,
                       uint32_t focus, dg_view_ctx *c, dg_error *err)
{
    c->m = m;
    c->o = o;
    c->lang = dg_out_lang(m, o->lang);
    c->focus = focus;
    c->at = dg_date_set(&o->at) ? &o->at : NULL;
    c->g = dg_gv_open("dipgraph", true);
    if (!c->g)
        return dg_error_set(err, DG_EOUTPUT, "out of memory");
    c->rankdir_lr = true;
    c->cited = dg_xcalloc(m->n_sources + 1, sizeof *c->cited);
    title(c, m, o);
    apply_attrs(c->g, o);
    dg_status st = view->build(c, err);
    if (st == DG_OK && !o->no_legend)
        dg_style_legend(c);
    if (st == DG_OK)
        dg_caption(c, view->name);
    return st;
}

static void ctx_free(dg_view_ctx *c)
{
    if (c->g)
        agclose(c->g);
    dg_buf_free(&c->scratch);
    dg_buf_free(&c->title);
    dg_buf_free(&c->text);
    dg_buf_free(&c->legend_html);
    free(c->cited);
}

/* What either date draws: its sources and its legend's entries. */
static void merge_drawn(dg_view_ctx *c, const dg_view_ctx *a, const dg_view_ctx *b)
{
    for (uint32_t i = 0; i < c->m->n_sources; i++)
        c->cited[i] = a->cited[i] || b->cited[i];
    c->legend = a->legend | b->legend;
    c->legend_kinds = a->legend_kinds | b->legend_kinds;
    c->legend_status = a->legend_status | b->legend_status;
    c->legend_levels = a->legend_levels | b->legend_levels;
}

/* The diff: the view on both dates and on every date (stable.c), with
 * the caption of every view (its subtitle says both dates). */
static dg_status compose_diff(const dg_model *m, const dg_render_opts *o, const dg_view *view,
                              uint32_t focus, dg_view_ctx *c, dg_error *err)
{
    dg_render_opts of = *o, ot = *o;
    of.at = o->diff_from;
    ot.at = o->diff_to;
    dg_view_ctx a = {0}, b = {0};
    dg_status st = build(m, &of, view, focus, &a, err);
    if (st == DG_OK)
        st = build(m, &ot, view, focus, &b, err);
    if (st == DG_OK) {
        dg_view_diff(c, &a, &b);
        merge_drawn(c, &a, &b);
        c->legend_html.len = 0;
        if (!o->no_legend)
            dg_style_legend(c);
        dg_view_diff_legend(c); /* a diff is not read without its marks */
        dg_caption(c, view->name);
    }
    ctx_free(&a);
    ctx_free(&b);
    return st;
}

/* What dg_render lays out: the view as built; on a date, the view of every
 * date showing only what holds then (one layout for every date), unless
 * layout_own; or the diff of two dates. */
static dg_status compose(const dg_model *m, const dg_render_opts *o, const dg_view *view,
                         uint32_t focus, dg_view_ctx *c, dg_error *err)
{
    bool diff = dg_date_set(&o->diff_from) && dg_date_set(&o->diff_to);
    bool stable = !diff && dg_date_set(&o->at) && !o->layout_own;
    if (!diff && !stable)
        return build(m, o, view, focus, c, err);
    c->every_date = true;
    dg_status st = build(m, o, view, focus, c, err);
    if (st != DG_OK || diff)
        return st == DG_OK ? compose_diff(m, o, view, focus, c, err) : st;
    dg_view_ctx at = {0};
    st = build(m, o, view, focus, &at, err);
    if (st == DG_OK)
        dg_view_stable(c, &at);
    ctx_free(&at);
    return st;
}

dg_status dg_render(const dg_model *m, const dg_render_opts *o, dg_buf *out, dg_error *err)
{
    /* -G/-N/-E may come from untrusted text: checked before anything else. */
    dg_status st = dg_gv_check_attrs(o->attrs, o->n_attrs, err);
    if (st != DG_OK)
        return st;
    uint32_t focus;
    const dg_view *view = NULL;
    st = check_opts(m, o, &focus, &view, err);
    if (st != DG_OK)
        return st;
    const char *format = o->format ? o->format : "dot";
    st = dg_gv_check_format(format, err);
    const char *asked = o->engine ? o->engine : user_graph_attr(o, "layout");
    if (st == DG_OK && asked)
        st = dg_gv_check_engine(asked, err);
    dg_view_ctx c = {0};
    if (st == DG_OK)
        st = compose(m, o, view, focus, &c, err);
    if (st == DG_OK) {
        const char *engine = choose_engine(&c, o);
        bool layout = !(dg_gv_format_dot(format) && !o->engine);
        dg_gv_job job = {layout ? engine : NULL, format, 0, NULL, NULL};
        dg_buf desc = {0};
        caption(&c, view, &desc, &job);
        st = dg_gv_set_dpi(c.g, format, o->dpi, user_graph_attr(o, "dpi") != NULL, err);
        if (st == DG_OK)
            st = dg_gv_render(c.g, &job, out, err);
        dg_buf_free(&desc);
    }
    ctx_free(&c);
    return st;
}
