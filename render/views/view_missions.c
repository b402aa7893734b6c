/* view_missions.c — resident missions: one edge per sender -> host pair,
 * labelled with what is there ("embassy, 2 consulates-general").
 *
 * With a focus: the missions in the focus (left of it) and the focus's
 * missions abroad (right), each country once per side as in the
 * accreditation view. --detail cities: the cities as nodes inside a frame
 * of their host country, one edge per sender -> city. A mission to an
 * organization (`to:`) is drawn to that organization, not to the country
 * it sits in: it does not represent its sender there. */
#include "view.h"

enum { SIDE_ALL = 0, SIDE_IN = 1, SIDE_OUT = 2 };

/* Above this many edges the labels would bury the figure: they stay in
 * the tooltips (docs/diagrams.md). */
#define LABEL_MAX_EDGES 300

typedef struct ms_row {
    uint8_t side;
    dg_ref from, to;   /* to: the host country, or the organization */
    const char *city;  /* only with --detail cities */
    uint32_t mission;
    bool idle;         /* format 1.1: not operating on the date (dg_ctx_idle) */
    bool apart;        /* never in a grid (dg_ctx_apart) */
} ms_row;

typedef struct ms_city {
    uint32_t host;
    const char *city; /* NULL: not given */
    Agnode_t *node;
} ms_city;

typedef struct ms_view {
    dg_view_ctx *c;
    bool detail;
    ms_row *rows;
    size_t n_rows, cap_rows;
    ms_city *cities;
    size_t n_cities, cap_cities;
    bool *hosts; /* per country: holds city nodes */
    size_t n_groups;
} ms_view;

static int ref_cmp(const dg_model *m, dg_ref a, dg_ref b)
{
    int r = strcmp(dg_ref_name(m, a), dg_ref_name(m, b));
    if (!r && a.kind != b.kind)
        return a.kind < b.kind ? -1 : 1;
    return r ? r : strcmp(dg_ref_id(m, a), dg_ref_id(m, b));
}

static int city_cmp(const char *a, const char *b)
{
    if (!a || !b)
        return !a - !b; /* "not given" last */
    return strcmp(a, b);
}

static int row_qcmp(const void *pa, const void *pb, void *model)
{
    const ms_row *a = pa, *b = pb;
    const dg_model *m = model;
    if (a->side != b->side)
        return a->side - b->side;
    bool host_first = a->side == SIDE_OUT;
    int r = host_first ? ref_cmp(m, a->to, b->to) : ref_cmp(m, a->from, b->from);
    if (!r)
        r = host_first ? ref_cmp(m, a->from, b->from) : ref_cmp(m, a->to, b->to);
    if (!r)
        r = city_cmp(a->city, b->city);
    if (!r && a->idle != b->idle) /* the operating missions' edge first */
        return a->idle ? 1 : -1;
    return r ? r : strcmp(m->missions[a->mission].id, m->missions[b->mission].id);
}

static bool same_group(const ms_row *a, const ms_row *b)
{
    return a->side == b->side && a->from.kind == b->from.kind && a->from.index == b->from.index &&
           a->to.kind == b->to.kind && a->to.index == b->to.index && !city_cmp(a->city, b->city) &&
           a->idle == b->idle;
}

static void collect(ms_view *v)
{
    const dg_view_ctx *c = v->c;
    for (uint32_t i = 0; i < c->m->n_missions; i++) {
        const dg_mission *ms = &c->m->missions[i];
        /* Only an operating mission is resident; one suspended or closed
         * for a time is drawn apart, in its own quiet style. */
        bool idle = dg_ctx_idle(c, ms);
        if ((!idle && !dg_ctx_operating(c, ms)) || !dg_ctx_parties_exist(c, ms))
            continue;
        dg_ref to = {DG_ACTOR_COUNTRY, ms->in};
        if (ms->to != DG_NONE)
            to = (dg_ref){DG_ACTOR_ORG, ms->to};
        if (ms->of.kind == to.kind && ms->of.index == to.index)
            continue; /* a country's own office at home is no mission */
        bool from_f = ms->of.kind == DG_ACTOR_COUNTRY && ms->of.index == c->focus;
        bool to_f = to.kind == DG_ACTOR_COUNTRY && to.index == c->focus;
        uint8_t side = c->focus == DG_NONE ? SIDE_ALL
                       : to_f              ? SIDE_IN
                       : from_f            ? SIDE_OUT
                                           : 0xFF;
        if (side == 0xFF)
            continue;
        const char *city = v->detail && to.kind == DG_ACTOR_COUNTRY ? ms->city : NULL;
        *DG_PUSH(v->rows, v->n_rows, v->cap_rows) = (ms_row){side, ms->of, to, city, i, idle,
                                                              dg_ctx_apart(c, ms)};
    }
    dg_sort_r(v->rows, v->n_rows, sizeof *v->rows, row_qcmp, (void *)c->m);
    for (size_t i = 0; i < v->n_rows; i++)
        v->n_groups += i == 0 || !same_group(&v->rows[i - 1], &v->rows[i]);
}

/* A number of missions of each kind, "%u" the number (the English forms
 * many are the vocabulary's plurals, dg_mission_kind_plural). */
static const char *const kind_counts[DG_MISSION_KIND_COUNT][2] = {
    {NN_("%u embassy", "%u embassies")},
    {NN_("%u high commission", "%u high commissions")},
    {NN_("%u consulate-general", "%u consulates-general")},
    {NN_("%u consulate", "%u consulates")},
    {NN_("%u vice-consulate", "%u vice-consulates")},
    {NN_("%u honorary consulate", "%u honorary consulates")},
    {NN_("%u embassy office", "%u embassy offices")},
    {NN_("%u permanent mission", "%u permanent missions")},
    {NN_("%u delegation", "%u delegations")},
    {NN_("%u liaison office", "%u liaison offices")},
    {NN_("%u interests section", "%u interests sections")},
    {NN_("%u trade office", "%u trade offices")},
    {NN_("%u other mission", "%u other missions")}};

/* "embassy, 2 consulates-general" for rows [i, j), into c->text. */
static dg_mission_kind summary(ms_view *v, size_t i, size_t j)
{
    dg_view_ctx *c = v->c;
    unsigned n[DG_MISSION_KIND_COUNT] = {0};
    dg_mission_kind strongest = DG_MK_OTHER;
    for (size_t k = i; k < j; k++) {
        dg_mission_kind kind = c->m->missions[v->rows[k].mission].kind;
        n[kind]++;
        /* The label names every kind: the legend explains each. */
        if (!v->rows[k].idle)
            c->legend_kinds |= 1u << kind, c->legend |= DG_LEG_MISSIONS;
        if (kind < strongest)
            strongest = kind;
    }
    dg_tip_reset(c);
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++) {
        if (!n[k])
            continue;
        const char *sep = c->text.len ? ", " : "";
        char part[200];
        char count[80];
        snprintf(count, sizeof count,
                 dg_trn(c->lang, kind_counts[k][0], kind_counts[k][1], n[k]), n[k]);
        if (n[k] == 1)
            snprintf(part, sizeof part, "%s%s", sep,
                     dg_style_label(c, dg_style_mission((dg_mission_kind)k)));
        else
            snprintf(part, sizeof part, "%s%s", sep, count);
        dg_buf_append(&c->text, part, strlen(part) + 1);
        c->text.len--;
    }
    return strongest;
}

/* ---- nodes ---- */

static int city_qcmp(const void *pa, const void *pb, void *model)
{
    const ms_city *a = pa, *b = pb;
    const dg_model *m = model;
    const dg_country *ha = &m->countries[a->host], *hb = &m->countries[b->host];
    int r = strcmp(ha->name, hb->name);
    if (!r)
        r = strcmp(ha->id, hb->id);
    return r ? r : city_cmp(a->city, b->city);
}

/* The distinct (host, city) pairs, sorted, for --detail cities. */
static void collect_cities(ms_view *v)
{
    for (size_t i = 0; i < v->n_rows; i++)
        if (v->rows[i].to.kind == DG_ACTOR_COUNTRY)
            *DG_PUSH(v->cities, v->n_cities, v->cap_cities) =
                (ms_city){v->rows[i].to.index, v->rows[i].city, NULL};
    dg_sort_r(v->cities, v->n_cities, sizeof *v->cities, city_qcmp, (void *)v->c->m);
    size_t n = 0;
    for (size_t i = 0; i < v->n_cities; i++)
        if (n == 0 || city_qcmp(&v->cities[n - 1], &v->cities[i], (void *)v->c->m))
            v->cities[n++] = v->cities[i];
    v->n_cities = n;
    v->hosts = dg_xcalloc(v->c->m->n_countries + 1, sizeof *v->hosts);
    for (size_t i = 0; i < n; i++)
        v->hosts[v->cities[i].host] = true;
}

/* Binary search of the sorted cities (bsearch takes no context). */
static ms_city *find_city(ms_view *v, uint32_t host, const char *city)
{
    ms_city key = {host, city, NULL};
    size_t lo = 0, hi = v->n_cities;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int r = city_qcmp(&v->cities[mid], &key, (void *)v->c->m);
        if (r == 0)
            return &v->cities[mid];
        if (r < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

static bool hosts_cities(ms_view *v, uint32_t country)
{
    return v->hosts && v->hosts[country];
}

static Agraph_t *host_frame(ms_view *v, uint32_t host)
{
    return dg_country_frame(v->c, "host_", host, DG_C_HOST_FILL, DG_C_HOST_BORDER);
}

static Agnode_t *city_node(ms_view *v, uint32_t host, const char *city)
{
    dg_view_ctx *c = v->c;
    ms_city *mc = find_city(v, host, city);
    if (mc->node)
        return mc->node;
    char id[32];
    snprintf(id, sizeof id, "%zu", (size_t)(mc - v->cities));
    mc->node = dg_gv_node(c, host_frame(v, host), "city_", id);
    const char *shown = city ? dg_city_name(c->m, city) : dg_tr(c->lang, "(city not given)");
    dg_gv_label(c, mc->node, shown, 40);
    dg_gv_set(mc->node, "shape", "ellipse");
    dg_gv_set(mc->node, "style", "filled");
    dg_gv_set(mc->node, "fillcolor", "white");
    dg_tip_reset(c);
    dg_tip_line(c, "%s, %s", shown, c->m->countries[host].name);
    dg_gv_tooltip(c, mc->node, c->text.data);
    c->legend |= DG_LEG_CITIES;
    return mc->node;
}

/* A sender or an organization. Only the focus sits in a frame (its
 * own, with its cities); everyone else appears once per side. */
static Agnode_t *actor_node(ms_view *v, uint8_t side, dg_ref r)
{
    dg_view_ctx *c = v->c;
    const char *prefix = side == SIDE_IN ? "in_" : side == SIDE_OUT ? "out_" : "";
    if (r.kind == DG_ACTOR_ORG)
        return dg_node_org(c, prefix, r.index);
    if (r.index == c->focus)
        prefix = "";
    bool framed = v->detail && hosts_cities(v, r.index) &&
                  (c->focus == DG_NONE || r.index == c->focus);
    return dg_node_country(c, framed ? host_frame(v, r.index) : NULL, prefix, r.index);
}

/* ---- edges ---- */

static void group_tooltip(ms_view *v, size_t i, size_t j)
{
    dg_view_ctx *c = v->c;
    const ms_row *r = &v->rows[i];
    dg_tip_reset(c);
    dg_tip_line(c, "%s \xE2\x86\x92 %s%s%s", dg_ref_name(c->m, r->from), dg_ref_name(c->m, r->to),
                r->city ? ", " : "", r->city ? dg_city_name(c->m, r->city) : "");
    for (size_t k = i; k < j; k++)
        dg_tip_mission(c, &c->m->missions[v->rows[k].mission]);
}

/* "embassy (suspended)": an idle group's label says why it is quiet. */
static void idle_words(ms_view *v, size_t i)
{
    dg_view_ctx *c = v->c;
    const dg_mission *ms = &c->m->missions[v->rows[i].mission];
    const char *st = dg_trc(c->lang, "mission status",
                            dg_mission_status_name(dg_mission_status_at(c->m, ms, c->at)));
    char *kinds = dg_xstrdup(c->text.data);
    dg_tip_reset(c);
    /* TRANSLATORS: an edge label: "embassy (suspended)"; the second %s is
     * a mission status word. */
    dg_tip_line(c, dg_trc(c->lang, "view label", "%s (%s)"), kinds, st);
    free(kinds);
}

static Agedge_t *group_edge(ms_view *v, size_t i, size_t j, Agnode_t *t, Agnode_t *h, bool label)
{
    dg_view_ctx *c = v->c;
    dg_mission_kind kind = summary(v, i, j);
    Agedge_t *e = dg_gv_edge(c, t, h);
    if (v->rows[i].idle)
        idle_words(v, i);
    if (label)
        dg_gv_label(c, e, c->text.data, 60);
    if (v->rows[i].idle) {
        dg_gv_set_edge_style(e, &dg_style_idle);
        c->legend |= DG_LEG_IDLE;
    } else {
        dg_gv_set_edge_style(e, dg_style_mission(kind));
        c->legend |= DG_LEG_MISSIONS;
        c->legend_kinds |= 1u << kind;
    }
    group_tooltip(v, i, j);
    dg_gv_tooltip(c, e, c->text.data);
    return e;
}

static size_t group_end(const ms_view *v, size_t i)
{
    size_t j = i + 1;
    while (j < v->n_rows && same_group(&v->rows[i], &v->rows[j]))
        j++;
    return j;
}

/* The two ends of a group's edge: the sender, and the host (its city
 * node with --detail cities, or the organization). */
static Agnode_t *tail_of(ms_view *v, const ms_row *r)
{
    return actor_node(v, r->side, r->from);
}

static Agnode_t *head_of(ms_view *v, const ms_row *r)
{
    if (v->detail && r->to.kind == DG_ACTOR_COUNTRY)
        return city_node(v, r->to.index, r->city);
    return actor_node(v, r->side, r->to);
}

/* ---- a side of the focus: grids of countries with the same summary ---- */

typedef struct ms_item {
    size_t i, j;
    dg_mission_kind kind;
    char *summary;
    Agnode_t *fixed; /* the end shared by the bucket: the focus or its city */
    bool solo;       /* the only group of its country on this side */
} ms_item;

static int item_qcmp(const void *pa, const void *pb)
{
    const ms_item *a = pa, *b = pb;
    if (a->kind != b->kind)
        return a->kind < b->kind ? -1 : 1;
    int r = strcmp(a->summary, b->summary);
    if (!r)
        r = strcmp(agnameof(a->fixed), agnameof(b->fixed));
    return r ? r : (a->i > b->i) - (a->i < b->i);
}

static bool same_bucket(const ms_item *a, const ms_item *b)
{
    return !strcmp(a->summary, b->summary) && a->fixed == b->fixed;
}

/* Bucket members are countries at the other end from `fixed`. */
static uint32_t party(const ms_row *r)
{
    return r->side == SIDE_IN ? r->from.index : r->to.index;
}

static void draw_bucket(ms_view *v, uint8_t side, const ms_item *it, size_t n, size_t no)
{
    dg_view_ctx *c = v->c;
    const ms_row *r0 = &v->rows[it[0].i];
    const char *where = c->m->countries[c->focus].name;
    if (v->detail && side == SIDE_IN && r0->city)
        where = dg_city_name(c->m, r0->city);
    char id[32], label[400];
    snprintf(id, sizeof id, "%s%zu", side == SIDE_IN ? "in_" : "out_", no);
    /* "Embassy in Belarus (38)": as the accreditation view's frames. */
    snprintf(label, sizeof label,
             side == SIDE_IN ? dg_tr(c->lang, "%s in %s (%zu)") : dg_tr(c->lang, "%s of %s (%zu)"),
             it[0].summary, where, n);
    dg_utf8_capitalize(label);
    dg_grid gr;
    dg_grid_open(c, &gr, id, label);
    for (size_t k = 0; k < n; k++) {
        uint32_t ci = party(&v->rows[it[k].i]);
        Agnode_t *node = dg_node_country(c, gr.frame, side == SIDE_IN ? "in_" : "out_", ci);
        group_tooltip(v, it[k].i, it[k].j);
        dg_tip_line(c, "%s", "");
        dg_tip_country(c, ci);
        dg_gv_tooltip(c, node, c->text.data);
        dg_grid_add(&gr, node);
    }
    Agedge_t *e = dg_grid_close(c, &gr, it[0].fixed, side == SIDE_IN);
    if (e) {
        dg_gv_set_edge_style(e, dg_style_mission(it[0].kind));
        c->legend |= DG_LEG_MISSIONS;
        c->legend_kinds |= 1u << it[0].kind;
        dg_gv_tooltip(c, e, label);
    }
}

/* Spread the focus's foreign frames over a few columns (--detail
 * cities): one column of forty frames would be metres tall. */
static void stagger(ms_view *v, Agedge_t *e, const ms_row *r)
{
    if (!v->detail || r->side != SIDE_OUT || r->to.kind != DG_ACTOR_COUNTRY)
        return;
    size_t hosts = 0, before = 0;
    for (uint32_t k = 0; k < v->c->m->n_countries; k++)
        if (hosts_cities(v, k) && k != v->c->focus) {
            before += strcmp(v->c->m->countries[k].name, v->c->m->countries[r->to.index].name) < 0;
            hosts++;
        }
    size_t levels = hosts > 30 ? 3 : hosts > 12 ? 2 : 1;
    char ml[16];
    snprintf(ml, sizeof ml, "%zu", 1 + before % levels);
    dg_gv_set(e, "minlen", ml);
}

/* Move the items a grid can take (countries with this one group) to the
 * front, both parts in their order; returns how many there are. */
static size_t gridable_first(const ms_view *v, ms_item *it, size_t n)
{
    ms_item *rest = dg_xmalloc((n + 1) * sizeof *rest);
    size_t m = 0, r = 0;
    for (size_t k = 0; k < n; k++) {
        const ms_row *row = &v->rows[it[k].i];
        if (it[k].solo && !row->apart && row->from.kind == DG_ACTOR_COUNTRY &&
            row->to.kind == DG_ACTOR_COUNTRY)
            it[m++] = it[k];
        else
            rest[r++] = it[k];
    }
    if (r)
        memcpy(it + m, rest, r * sizeof *rest);
    free(rest);
    return m;
}

static void draw_side(ms_view *v, uint8_t side)
{
    dg_view_ctx *c = v->c;
    ms_item *items = NULL;
    size_t n = 0, cap = 0;
    for (size_t i = 0, j; i < v->n_rows; i = j) {
        j = group_end(v, i);
        if (v->rows[i].side != side)
            continue;
        const ms_row *r = &v->rows[i];
        Agnode_t *fixed = side == SIDE_IN ? head_of(v, r) : tail_of(v, r);
        dg_mission_kind kind = summary(v, i, j);
        *DG_PUSH(items, n, cap) = (ms_item){i, j, kind, dg_xstrdup(c->text.data), fixed, true};
    }
    /* A country with groups to several cities (--detail cities) stays out
     * of grids: its node can sit in one frame only. Its groups are
     * adjacent here, before sorting. */
    for (size_t k = 1; k < n; k++) {
        const ms_row *r = &v->rows[items[k].i], *q = &v->rows[items[k - 1].i];
        dg_ref x = side == SIDE_IN ? r->from : r->to, y = side == SIDE_IN ? q->from : q->to;
        if (x.kind == y.kind && x.index == y.index)
            items[k].solo = items[k - 1].solo = false;
    }
    bool grids = dg_ctx_grids(c, n) && !(v->detail && side == SIDE_OUT);
    if (grids)
        dg_sort(items, n, sizeof *items, item_qcmp);
    size_t buckets = 0;
    for (size_t a = 0, b; a < n; a = b) {
        for (b = a + 1; grids && b < n && same_bucket(&items[a], &items[b]); b++)
            ;
        size_t m = gridable_first(v, items + a, b - a) + a;
        size_t first = a;
        if (grids && m - a >= 3) {
            draw_bucket(v, side, items + a, m - a, buckets++);
            first = m;
        }
        for (size_t k = first; k < b; k++) {
            const ms_row *r = &v->rows[items[k].i];
            Agedge_t *e = group_edge(v, items[k].i, items[k].j, tail_of(v, r), head_of(v, r),
                                     v->n_groups <= LABEL_MAX_EDGES);
            stagger(v, e, r);
        }
    }
    for (size_t k = 0; k < n; k++)
        free(items[k].summary);
    free(items);
}

static dg_status build(dg_view_ctx *c, dg_error *err)
{
    (void)err;
    ms_view v = {c, c->o->detail != NULL};
    collect(&v);
    if (v.detail)
        collect_cities(&v);
    if (c->focus != DG_NONE) {
        actor_node(&v, SIDE_ALL, (dg_ref){DG_ACTOR_COUNTRY, c->focus});
        draw_side(&v, SIDE_IN);
        draw_side(&v, SIDE_OUT);
    } else {
        bool labels = v.n_groups <= LABEL_MAX_EDGES;
        for (size_t i = 0, j; i < v.n_rows; i = j) {
            j = group_end(&v, i);
            group_edge(&v, i, j, tail_of(&v, &v.rows[i]), head_of(&v, &v.rows[i]), labels);
        }
    }
    free(v.rows);
    free(v.cities);
    free(v.hosts);
    return DG_OK;
}

const dg_view dg_view_missions = {"missions", build};
