/* view_accreditation.c — the headline picture: how every country is
 * represented in the focus (left of it) and the focus in every country
 * (right of it).
 *
 * Resident missions are direct edges. A non-resident accreditation runs
 * through its hub: the city of the mission, drawn inside a frame for the
 * country it sits in and sized by how many countries it serves, so that
 * for Belarus the Moscow, Warsaw and Vilnius hubs stand out. A country
 * on both sides gets a node on each ("in_"/"out_" names), which keeps
 * the figure a clean left-to-right flow without cycles. */
#include "view.h"

enum { SIDE_IN = 0, SIDE_OUT = 1 };

/* The hub of a resident row of a mission not operating on the date
 * (format 1.1, dg_ctx_idle): after every real hub in the rows' order, so
 * that it gets an edge of its own, in dg_style_idle. */
#define HUB_IDLE (DG_NONE - 1)

typedef struct acc_hub {
    uint8_t side;
    uint32_t in;      /* host country of the hub city */
    const char *city; /* NULL: city not given */
    uint32_t n_countries;
    Agnode_t *node;
} acc_hub;

/* One mission (and, through a hub, one accreditation) on one side. */
typedef struct acc_row {
    uint8_t side;
    uint32_t country; /* the sender (in) or the country reached (out) */
    uint32_t mission;
    uint32_t accred;  /* index into the mission's accreditations, or DG_NONE */
    uint32_t hub;     /* index into hubs, DG_NONE when resident, HUB_IDLE */
    bool apart;       /* never in a grid (dg_ctx_apart) */
} acc_row;

typedef struct acc {
    dg_view_ctx *c;
    acc_row *rows;
    size_t n_rows, cap_rows;
    acc_hub *hubs;
    size_t n_hubs, cap_hubs;
} acc;

static int hub_cmp(const dg_model *m, const acc_hub *a, const acc_hub *b)
{
    if (a->side != b->side)
        return a->side - b->side;
    int r = strcmp(m->countries[a->in].name, m->countries[b->in].name);
    if (!r)
        r = strcmp(m->countries[a->in].id, m->countries[b->in].id);
    if (!r && !a->city != !b->city)
        return a->city ? -1 : 1;
    return r ? r : a->city ? strcmp(a->city, b->city) : 0;
}

static int hub_qcmp(const void *a, const void *b, void *m) { return hub_cmp(m, a, b); }

static uint32_t hub_find(const acc *x, uint8_t side, uint32_t in, const char *city)
{
    acc_hub key = {side, in, city, 0, NULL};
    for (size_t i = 0; i < x->n_hubs; i++)
        if (!hub_cmp(x->c->m, &x->hubs[i], &key))
            return (uint32_t)i;
    return DG_NONE;
}

static void add_row(acc *x, uint8_t side, uint32_t country, uint32_t mission, uint32_t accred)
{
    uint32_t hub = dg_ctx_idle(x->c, &x->c->m->missions[mission]) ? HUB_IDLE : DG_NONE;
    if (accred != DG_NONE) {
        const dg_mission *ms = &x->c->m->missions[mission];
        hub = hub_find(x, side, ms->in, ms->city);
        if (hub == DG_NONE) {
            *DG_PUSH(x->hubs, x->n_hubs, x->cap_hubs) = (acc_hub){side, ms->in, ms->city, 0, NULL};
            hub = (uint32_t)x->n_hubs - 1;
        }
    }
    *DG_PUSH(x->rows, x->n_rows, x->cap_rows) =
        (acc_row){side, country, mission, accred, hub, dg_ctx_apart(x->c, &x->c->m->missions[mission])};
}

/* Every mission that represents someone in the focus or the focus
 * somewhere, in mission-id order. */
static void collect(acc *x)
{
    const dg_view_ctx *c = x->c;
    uint32_t f = c->focus;
    for (uint32_t i = 0; i < c->m->n_missions; i++) {
        const dg_mission *ms = &c->m->missions[i];
        /* A mission not operating is drawn apart (HUB_IDLE), and its
         * accreditations are not (dg_ctx_accred_holds). */
        if (ms->of.kind != DG_ACTOR_COUNTRY || (!dg_ctx_operating(c, ms) && !dg_ctx_idle(c, ms)) ||
            !dg_ctx_parties_exist(c, ms))
            continue;
        uint32_t s = ms->of.index;
        bool resident = ms->to == DG_NONE && ms->in != s;
        if (s != f && ms->in == f && resident)
            add_row(x, SIDE_IN, s, i, DG_NONE);
        if (s == f && ms->in != f && resident)
            add_row(x, SIDE_OUT, ms->in, i, DG_NONE);
        for (uint32_t k = 0; k < ms->n_accredited; k++) {
            const dg_accreditation *a = &ms->accredited[k];
            dg_ref to = {DG_ACTOR_COUNTRY, dg_ctx_holder(c, a->as, a->n_as, a->to)};
            if (a->to == ms->in || !dg_ctx_accred_holds(c, ms, a) || !dg_ctx_exists(c, to))
                continue;
            if (s != f && a->to == f)
                add_row(x, SIDE_IN, s, i, k);
            else if (s == f && a->to != f)
                add_row(x, SIDE_OUT, a->to, i, k);
        }
    }
}

static int row_qcmp(const void *pa, const void *pb, void *model)
{
    const acc_row *a = pa, *b = pb;
    const dg_model *m = model;
    if (a->side != b->side)
        return a->side - b->side;
    const dg_country *ca = &m->countries[a->country];
    const dg_country *cb = &m->countries[b->country];
    int r = strcmp(ca->name, cb->name);
    if (!r)
        r = strcmp(ca->id, cb->id);
    if (!r && a->hub != b->hub)
        return a->hub == DG_NONE ? -1 : b->hub == DG_NONE ? 1 : a->hub < b->hub ? -1 : 1;
    if (!r)
        r = strcmp(m->missions[a->mission].id, m->missions[b->mission].id);
    return r ? r : (a->accred > b->accred) - (a->accred < b->accred);
}

/* Sort hubs and rows so the graph is built in an order of names and ids
 * only; count each hub's countries. */
static void order(acc *x)
{
    uint32_t *old_to_new = dg_xmalloc((x->n_hubs + 1) * sizeof *old_to_new);
    for (size_t i = 0; i < x->n_hubs; i++)
        x->hubs[i].n_countries = (uint32_t)i; /* remember the old index */
    dg_sort_r(x->hubs, x->n_hubs, sizeof *x->hubs, hub_qcmp, (void *)x->c->m);
    for (size_t i = 0; i < x->n_hubs; i++) {
        old_to_new[x->hubs[i].n_countries] = (uint32_t)i;
        x->hubs[i].n_countries = 0;
    }
    for (size_t i = 0; i < x->n_rows; i++)
        if (x->rows[i].hub < x->n_hubs)
            x->rows[i].hub = old_to_new[x->rows[i].hub];
    free(old_to_new);
    dg_sort_r(x->rows, x->n_rows, sizeof *x->rows, row_qcmp, (void *)x->c->m);
    for (size_t i = 0; i < x->n_rows; i++) {
        const acc_row *r = &x->rows[i];
        bool seen = false; /* rows of one country are adjacent */
        for (size_t j = i; j > 0 && x->rows[j - 1].country == r->country &&
                           x->rows[j - 1].side == r->side && !seen; j--)
            seen = x->rows[j - 1].hub == r->hub;
        if (r->hub < x->n_hubs && !seen)
            x->hubs[r->hub].n_countries++;
    }
}


/* ---- drawing ---- */

static const char *side_prefix(uint8_t side) { return side == SIDE_IN ? "in_" : "out_"; }

static bool hosts_hub(const acc *x, uint8_t side, uint32_t country)
{
    for (size_t i = 0; i < x->n_hubs; i++)
        if (x->hubs[i].side == side && x->hubs[i].in == country)
            return true;
    return false;
}

/* The frame of a host country on one side, made on first use. */
static Agraph_t *host_frame(acc *x, uint8_t side, uint32_t country)
{
    return dg_country_frame(x->c, side_prefix(side), country, DG_C_SENDER_FILL, DG_C_SENDER_BORDER);
}

static Agnode_t *country_node(acc *x, uint8_t side, uint32_t country)
{
    dg_view_ctx *c = x->c;
    Agraph_t *frame = hosts_hub(x, side, country) ? host_frame(x, side, country) : NULL;
    return dg_node_country(c, frame, side_prefix(side), country);
}

static void hub_tooltip(acc *x, uint32_t h)
{
    dg_view_ctx *c = x->c;
    const acc_hub *hub = &x->hubs[h];
    dg_tip_reset(c);
    const char *L = c->lang;
    unsigned long n = hub->n_countries;
    /* TRANSLATORS: a hub city's tooltip: "Moscow, Russia: 8 countries
     * accredited to Belarus" (from there), or "reached by Belarus". */
    char what[300];
    snprintf(what, sizeof what,
             hub->side == SIDE_IN
                 ? dg_trn(L, "%u country accredited to %s", "%u countries accredited to %s", n)
                 : dg_trn(L, "%u country reached by %s", "%u countries reached by %s", n),
             hub->n_countries, c->m->countries[c->focus].name);
    dg_tip_line(c, "%s, %s: %s",
                hub->city ? dg_city_name(c->m, hub->city) : dg_tr(L, "(city not given)"),
                c->m->countries[hub->in].name, what);
    for (size_t i = 0; i < x->n_rows; i++)
        if (x->rows[i].hub == h && (i == 0 || x->rows[i - 1].country != x->rows[i].country ||
                                    x->rows[i - 1].hub != h))
            dg_tip_line(c, "  %s", c->m->countries[x->rows[i].country].name);
}

static Agnode_t *hub_node(acc *x, uint32_t h)
{
    acc_hub *hub = &x->hubs[h];
    if (hub->node)
        return hub->node;
    dg_view_ctx *c = x->c;
    char id[32], count[48];
    snprintf(id, sizeof id, "%u", h);
    Agraph_t *frame = host_frame(x, hub->side, hub->in);
    hub->node = dg_gv_node(c, frame, hub->side == SIDE_IN ? "h_in_" : "h_out_", id);
    snprintf(count, sizeof count, dg_trn(c->lang, "%u country", "%u countries", hub->n_countries),
             hub->n_countries);
    const char *lines[2] = {hub->city ? dg_city_name(c->m, hub->city)
                                      : dg_tr(c->lang, "(city not given)"),
                            count};
    dg_gv_label_lines(c, hub->node, lines, 2, 32);
    char size[16];
    snprintf(size, sizeof size, "%u", 10 + (hub->n_countries > 10 ? 10 : hub->n_countries));
    dg_gv_set(hub->node, "fontsize", size);
    dg_gv_set(hub->node, "shape", "ellipse");
    dg_gv_set(hub->node, "fillcolor", DG_C_HUB_FILL);
    dg_gv_set(hub->node, "color", DG_C_ORANGE);
    dg_gv_set(hub->node, "penwidth", "1.5");
    hub_tooltip(x, h);
    dg_gv_tooltip(c, hub->node, c->text.data);
    c->legend |= DG_LEG_HUBS;
    return hub->node;
}

/* Strongest kind among rows [i, j) that match hub (embassy first). */
static dg_mission_kind strongest(const acc *x, size_t i, size_t j, uint32_t hub)
{
    dg_mission_kind k = DG_MISSION_KIND_COUNT;
    for (; i < j; i++)
        if (x->rows[i].hub == hub && x->c->m->missions[x->rows[i].mission].kind < k)
            k = x->c->m->missions[x->rows[i].mission].kind;
    return k;
}

static void rows_tooltip(acc *x, size_t i, size_t j, uint32_t hub, const char *who,
                         const char *where)
{
    dg_view_ctx *c = x->c;
    dg_tip_reset(c);
    /* TRANSLATORS: "Austria in Belarus: resident" (a mission there), or
     * "from Moscow" (accredited from a mission in that city). */
    if (hub == DG_NONE)
        dg_tip_line(c, dg_tr(c->lang, "%s in %s: resident"), who, where);
    else if (hub == HUB_IDLE) /* TRANSLATORS: a suspended mission's edge (format 1.1). */
        dg_tip_line(c, dg_tr(c->lang, "%s in %s: mission not operating"), who, where);
    else
        dg_tip_line(c, dg_tr(c->lang, "%s in %s: from %s"), who, where,
                    x->hubs[hub].city ? dg_city_name(c->m, x->hubs[hub].city)
                                      : c->m->countries[x->hubs[hub].in].name);
    for (; i < j; i++) {
        const acc_row *r = &x->rows[i];
        if (r->hub != hub)
            continue;
        const dg_mission *ms = &c->m->missions[r->mission];
        dg_tip_mission(c, ms);
        if (r->accred != DG_NONE)
            dg_tip_accred(c, &ms->accredited[r->accred]);
    }
}

static Agedge_t *styled_edge(acc *x, Agnode_t *t, Agnode_t *h, dg_mission_kind k)
{
    Agedge_t *e = dg_gv_edge(x->c, t, h);
    dg_gv_set_edge_style(e, dg_style_mission(k));
    x->c->legend |= DG_LEG_MISSIONS;
    x->c->legend_kinds |= 1u << k;
    return e;
}

/* Edges of one country's rows [i, j): its resident missions as one edge
 * to or from the focus, and one edge per hub it goes through. */
static void draw_country(acc *x, size_t i, size_t j, Agnode_t *focus)
{
    dg_view_ctx *c = x->c;
    const acc_row *r0 = &x->rows[i];
    bool in = r0->side == SIDE_IN;
    Agnode_t *n = country_node(x, r0->side, r0->country);
    const char *cname = c->m->countries[r0->country].name;
    const char *fname = c->m->countries[c->focus].name;
    const char *who = in ? cname : fname, *where = in ? fname : cname;
    for (size_t k = i; k < j; k++) {
        uint32_t hub = x->rows[k].hub;
        if (k > i && x->rows[k - 1].hub == hub)
            continue; /* one edge per hub (rows are sorted by hub) */
        Agedge_t *e;
        if (hub == DG_NONE) {
            dg_mission_kind kind = strongest(x, i, j, hub);
            e = in ? styled_edge(x, n, focus, kind) : styled_edge(x, focus, n, kind);
        } else if (hub == HUB_IDLE) {
            e = in ? dg_gv_edge(c, n, focus) : dg_gv_edge(c, focus, n);
            dg_gv_set_edge_style(e, &dg_style_idle);
            c->legend |= DG_LEG_IDLE;
        } else if (in) {
            e = styled_edge(x, n, hub_node(x, hub), strongest(x, i, j, hub));
        } else {
            e = dg_gv_edge(c, hub_node(x, hub), n);
            dg_gv_set_edge_style(e, &dg_style_accredited);
        }
        rows_tooltip(x, i, j, hub, who, where);
        dg_gv_tooltip(c, e, c->text.data);
        if (hub == DG_NONE || hub == HUB_IDLE) { /* one record on every date (stable.c) */
            char key[160];
            snprintf(key, sizeof key, "A|%s|%s", side_prefix(r0->side),
                     c->m->countries[r0->country].id);
            dg_gv_key(e, key);
        }
    }
}

/* The hub's own edge: hub -> focus (in), focus -> hub (out). */
static void draw_hub(acc *x, uint32_t h, Agnode_t *focus)
{
    dg_view_ctx *c = x->c;
    acc_hub *hub = &x->hubs[h];
    Agedge_t *e;
    if (hub->side == SIDE_IN) {
        e = dg_gv_edge(c, hub_node(x, h), focus);
        dg_gv_set_edge_style(e, &dg_style_accredited);
        char pw[16];
        unsigned n = hub->n_countries > 10 ? 10 : hub->n_countries;
        snprintf(pw, sizeof pw, "%.1f", 1.0 + 0.5 * n);
        dg_gv_set(e, "penwidth", pw);
    } else {
        e = styled_edge(x, focus, hub_node(x, h), strongest(x, 0, x->n_rows, h));
    }
    hub_tooltip(x, h);
    dg_gv_tooltip(c, e, c->text.data);
}

/* A leaf: a country whose rows are all resident missions and that frames
 * no hub; it can join a grid of its kind. */
static bool is_leaf(const acc *x, size_t i, size_t j)
{
    for (size_t k = i; k < j; k++)
        if (x->rows[k].hub != DG_NONE || x->rows[k].apart)
            return false;
    return !hosts_hub(x, x->rows[i].side, x->rows[i].country);
}

static size_t group_end(const acc *x, size_t i)
{
    size_t j = i + 1;
    while (j < x->n_rows && x->rows[j].side == x->rows[i].side &&
           x->rows[j].country == x->rows[i].country)
        j++;
    return j;
}

/* One grid per side and kind: "Embassy in Belarus (38)". */
static void draw_grid(acc *x, uint8_t side, dg_mission_kind kind, Agnode_t *focus)
{
    dg_view_ctx *c = x->c;
    size_t count = 0;
    for (size_t i = 0, j; i < x->n_rows; i = j) {
        j = group_end(x, i);
        count += x->rows[i].side == side && is_leaf(x, i, j) && strongest(x, i, j, DG_NONE) == kind;
    }
    if (!count)
        return;
    char id[32], label[400], tip[400];
    const char *fname = c->m->countries[c->focus].name;
    char kname[120];
    snprintf(kname, sizeof kname, "%s", dg_style_label(c, dg_style_mission(kind)));
    dg_utf8_capitalize(kname);
    snprintf(id, sizeof id, "%s%d", side_prefix(side), (int)kind);
    /* TRANSLATORS: a frame of countries: "Embassy in Belarus (38)" (their
     * embassies there), "Embassy of Belarus (12)" (Belarus's in them). */
    snprintf(label, sizeof label,
             side == SIDE_IN ? dg_tr(c->lang, "%s in %s (%zu)") : dg_tr(c->lang, "%s of %s (%zu)"),
             kname, fname, count);
    dg_grid gr;
    dg_grid_open(c, &gr, id, label);
    for (size_t i = 0, j; i < x->n_rows; i = j) {
        j = group_end(x, i);
        if (x->rows[i].side != side || !is_leaf(x, i, j) || strongest(x, i, j, DG_NONE) != kind)
            continue;
        Agnode_t *n = dg_node_country(c, gr.frame, side_prefix(side), x->rows[i].country);
        dg_tip_reset(c);
        dg_tip_country(c, x->rows[i].country);
        for (size_t k = i; k < j; k++)
            dg_tip_mission(c, &c->m->missions[x->rows[k].mission]);
        dg_gv_tooltip(c, n, c->text.data);
        dg_grid_add(&gr, n);
    }
    Agedge_t *e = dg_grid_close(c, &gr, focus, side == SIDE_IN);
    if (e) {
        dg_gv_set_edge_style(e, dg_style_mission(kind));
        c->legend |= DG_LEG_MISSIONS;
        c->legend_kinds |= 1u << kind;
        snprintf(tip, sizeof tip, "%s", label);
        dg_gv_tooltip(c, e, tip);
    }
}

/* Leaves on this side, all kinds (kind DG_MISSION_KIND_COUNT) or one. */
static size_t count_leaves(const acc *x, uint8_t side, int kind)
{
    size_t n = 0;
    for (size_t i = 0, j; i < x->n_rows; i = j) {
        j = group_end(x, i);
        n += x->rows[i].side == side && is_leaf(x, i, j) &&
             (kind == DG_MISSION_KIND_COUNT || (int)strongest(x, i, j, DG_NONE) == kind);
    }
    return n;
}

/* A kind with fewer leaves than this draws them one by one: a frame
 * around one or two countries says less than their own edges. */
#define GRID_MIN_KIND 3

static void draw_side(acc *x, uint8_t side, Agnode_t *focus)
{
    bool grids = dg_ctx_grids(x->c, count_leaves(x, side, DG_MISSION_KIND_COUNT));
    bool gridded[DG_MISSION_KIND_COUNT];
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        gridded[k] = grids && count_leaves(x, side, k) >= GRID_MIN_KIND;
    for (size_t i = 0, j; i < x->n_rows; i = j) {
        j = group_end(x, i);
        if (x->rows[i].side == side &&
            !(is_leaf(x, i, j) && gridded[strongest(x, i, j, DG_NONE)]))
            draw_country(x, i, j, focus);
    }
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        if (gridded[k])
            draw_grid(x, side, (dg_mission_kind)k, focus);
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    if (c->focus == DG_NONE)
        return dg_error_set(err, DG_EUSAGE, "focus: the accreditation view needs a focus "
                                            "country, and the data set names none");
    acc x = {c};
    collect(&x);
    order(&x);
    Agnode_t *focus = dg_node_country(c, NULL, "", c->focus);
    draw_side(&x, SIDE_IN, focus);
    draw_side(&x, SIDE_OUT, focus);
    for (uint32_t h = 0; h < x.n_hubs; h++)
        draw_hub(&x, h, focus);
    free(x.rows);
    free(x.hubs);
    return DG_OK;
}

const dg_view dg_view_accreditation = {"accreditation", build};
