/* export_graphml_countries.c — `export -T graphml --graph countries`: the
 * country -> country projection that a centrality analysis needs.  Nodes
 * are countries only; three kinds of weighted edges join them:
 *
 *   resident       sender -> host: the sender's missions resident in the
 *                  host (missions to an organization do not count: they
 *                  represent the sender at the organization), weight = how
 *                  many;
 *   accreditation  sender -> country: the sender's missions elsewhere
 *                  accredited to the country, weight = how many;
 *   relation       A -- B, undirected, weight 1: relations that hold.
 *
 * What holds is judged on --at, else now, by the model's "what held on a
 * date" functions (operating missions, accreditations holding with their
 * mission, relations that hold: neither ended nor severed on the day): a
 * projection is the network on one day, between the states of that day
 * (a record taken over through continuity joins its holder then).
 * Senders that are organizations are left out: this is a graph of
 * countries.
 *
 * GraphML can mark single edges `directed="false"` in a directed graph,
 * but NetworkX's reader refuses such a file.  So the graph stays directed
 * (edgedefault="directed") and every edge carries a boolean `directed`
 * data key instead: false on relation edges, which are written once, from
 * the lower id to the higher (docs/queries.md). */
#include "export.h"

static const dg_gkey pkeys[] = {
    {"g_title", "graph", "title", "string"},
    {"g_at", "graph", "at", "string"},
    {"g_graph", "graph", "graph", "string"},
    {"n_type", "node", "type", "string"},
    {"n_label", "node", "label", "string"},
    {"n_code", "node", "code", "string"},
    {"n_alpha3", "node", "alpha3", "string"},
    {"n_iso", "node", "iso", "boolean"},
    {"n_former", "node", "former", "boolean"},
    {"e_type", "edge", "type", "string"},
    {"e_directed", "edge", "directed", "boolean"},
    {"e_weight", "edge", "weight", "double"},
    {"e_status", "edge", "status", "string"},
    {"e_kinds", "edge", "kinds", "string"},
    {"e_missions", "edge", "missions", "string"},
    {"e_since", "edge", "since", "string"},
    {"e_since_first", "edge", "since_first", "string"},
    {"e_since_last", "edge", "since_last", "string"},
    {"e_since_year", "edge", "since_year", "int"},
};

enum { P_RESIDENT, P_ACCREDITATION };

/* One mission behind a directed edge: sorted, runs of the same (type, a,
 * b) become one weighted edge. */
typedef struct plink {
    int type;
    uint32_t a, b;
    const dg_mission *mi;
} plink;

typedef struct pw {
    dg_buf *b;
    const dg_model *m;
    const dg_date *at; /* NULL: now */
    bool ok;
    size_t n_edges;
    bool *named; /* countries an edge names */
} pw;

static void raw(pw *w, const char *s)
{
    w->ok = w->ok && dg_buf_append(w->b, s, strlen(s));
}

static void text(pw *w, const char *s)
{
    w->ok = w->ok && dg_buf_put_xml_text(w->b, s);
}

static void data(pw *w, const char *key, const char *v)
{
    if (!v || !*v)
        return;
    raw(w, key[0] == 'g' ? "    <data key=\"" : "      <data key=\"");
    raw(w, key);
    raw(w, "\">");
    text(w, v);
    raw(w, "</data>\n");
}

static int plink_cmp(const void *pa, const void *pb, void *ctx)
{
    const plink *x = pa, *y = pb;
    const dg_model *m = ctx;
    if (x->type != y->type)
        return x->type < y->type ? -1 : 1;
    int c = strcmp(m->countries[x->a].id, m->countries[y->a].id);
    if (!c)
        c = strcmp(m->countries[x->b].id, m->countries[y->b].id);
    return c ? c : strcmp(x->mi->id, y->mi->id);
}

/* Continuity (format 1.1): the country that held a record's side on
 * w->at, so that the network of a day joins the states of that day (YU,
 * not RS, in 1999).  Now, or without a hand-over: the country itself. */
static uint32_t held(const pw *w, const dg_held_as *as, uint32_t n_as, uint32_t country)
{
    return n_as ? dg_held_by_at(as, n_as, country, w->at) : country;
}

/* The links of every mission of a country that operates on w->at. */
static plink *collect(pw *w, size_t *n)
{
    const dg_model *m = w->m;
    size_t cap = 0;
    plink *v = NULL;
    *n = 0;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (mi->of.kind != DG_ACTOR_COUNTRY || !dg_mission_operating(m, mi, w->at))
            continue;
        uint32_t of = held(w, mi->as, mi->n_as, mi->of.index);
        uint32_t in = held(w, mi->as, mi->n_as, mi->in);
        if (mi->to == DG_NONE && in != of)
            *DG_PUSH(v, *n, cap) = (plink){P_RESIDENT, of, in, mi};
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            uint32_t to = held(w, a->as, a->n_as, a->to);
            if (to != in && to != of && dg_accreditation_holds(mi, a, w->at))
                *DG_PUSH(v, *n, cap) = (plink){P_ACCREDITATION, of, to, mi};
        }
    }
    dg_sort_r(v, *n, sizeof *v, plink_cmp, (void *)m);
    return v;
}

static void edge_open(pw *w, const char *type, uint32_t a, uint32_t b, bool directed)
{
    char id[32];
    snprintf(id, sizeof id, "e%zu", ++w->n_edges);
    raw(w, "    <edge id=\"");
    raw(w, id);
    raw(w, "\" source=\"country:");
    text(w, w->m->countries[a].id);
    raw(w, "\" target=\"country:");
    text(w, w->m->countries[b].id);
    raw(w, "\">\n");
    data(w, "e_type", type);
    data(w, "e_directed", directed ? "true" : "false");
    w->named[a] = w->named[b] = true;
}

/* One weighted edge for the run v[0..n) of one (type, a, b): its weight,
 * the kinds of its missions (in the format's order) and their ids. */
static void link_edge(pw *w, const plink *v, size_t n)
{
    edge_open(w, v->type == P_RESIDENT ? "resident" : "accreditation", v->a, v->b, true);
    char num[24];
    snprintf(num, sizeof num, "%zu", n);
    data(w, "e_weight", num);
    uint32_t kinds = 0;
    dg_buf ids = {0}, kt = {0};
    for (size_t i = 0; i < n; i++) {
        kinds |= 1u << v[i].mi->kind;
        w->ok = w->ok && dg_buf_printf(&ids, "%s%s", i ? " " : "", v[i].mi->id);
    }
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        if (kinds & (1u << k))
            w->ok = w->ok && dg_buf_printf(&kt, "%s%s", kt.len ? " " : "",
                                           dg_mission_kind_name((dg_mission_kind)k));
    data(w, "e_kinds", kt.data);
    data(w, "e_missions", ids.data);
    dg_buf_free(&ids);
    dg_buf_free(&kt);
    raw(w, "    </edge>\n");
}

static void relation_edges(pw *w)
{
    const dg_model *m = w->m;
    for (uint32_t i = 0; i < m->n_relations; i++) {
        const dg_relation *r = &m->relations[i];
        dg_rel_status st;
        if (!dg_relation_state_at(m, r, w->at, &st, NULL))
            continue;
        uint32_t a = held(w, r->as, r->n_as, r->a), b = held(w, r->as, r->n_as, r->b);
        bool swap = strcmp(m->countries[a].id, m->countries[b].id) > 0;
        edge_open(w, "relation", swap ? b : a, swap ? a : b, false);
        data(w, "e_weight", "1");
        data(w, "e_status", dg_rel_status_name(st));
        dg_date_cols c;
        dg_date_cols_make(&r->period.start, &c);
        data(w, "e_since", c.edtf), data(w, "e_since_first", c.first);
        data(w, "e_since_last", c.last), data(w, "e_since_year", c.year);
        raw(w, "    </edge>\n");
    }
}

static void header(pw *w, const dg_xsel *sel)
{
    w->ok = w->ok && dg_graphml_open(w->b) &&
            dg_graphml_keys(w->b, pkeys, sizeof pkeys / sizeof pkeys[0]);
    raw(w, "  <graph id=\"countries\" edgedefault=\"directed\">\n");
    char at[16] = "";
    if (sel->at)
        dg_date_text(sel->at, at);
    data(w, "g_title", w->m->title);
    data(w, "g_at", at);
    data(w, "g_graph", "countries");
}

/* Countries whose own period holds, and every country an edge names. */
static void nodes(pw *w)
{
    const dg_model *m = w->m;
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        if (!w->named[i] && !dg_period_holds(&c->period, w->at))
            continue;
        raw(w, "    <node id=\"country:");
        text(w, c->id);
        raw(w, "\">\n");
        data(w, "n_type", "country");
        data(w, "n_label", c->name);
        data(w, "n_code", c->id);
        data(w, "n_alpha3", c->alpha3);
        data(w, "n_iso", c->iso ? "true" : "false");
        data(w, "n_former", c->former ? "true" : "false");
        raw(w, "    </node>\n");
    }
}

dg_status dg_export_graphml_countries(const dg_xsel *sel, dg_buf *out, dg_error *err)
{
    const dg_model *m = sel->m;
    pw w = {out, m, sel->at, true, 0, dg_xcalloc(m->n_countries + 1, sizeof(bool))};
    /* Edges first, into a buffer of their own: the nodes they name must
     * come before them in the file, and be declared even when ended. */
    dg_buf edges = {0};
    w.b = &edges;
    relation_edges(&w);
    size_t n;
    plink *v = collect(&w, &n);
    for (size_t i = 0, j; i < n; i = j) {
        for (j = i + 1; j < n && v[j].type == v[i].type && v[j].a == v[i].a && v[j].b == v[i].b;)
            j++;
        link_edge(&w, &v[i], j - i);
    }
    free(v);
    w.b = out;
    header(&w, sel);
    nodes(&w);
    w.ok = w.ok && dg_buf_append(out, edges.data ? edges.data : "", edges.len);
    raw(&w, "  </graph>\n</graphml>\n");
    dg_buf_free(&edges);
    free(w.named);
    if (!w.ok)
        return dg_error_set(err, DG_EOUTPUT, "out of memory writing GraphML");
    return DG_OK;
}
