/* export_graphml.c — `export -T graphml`: countries, organizations and
 * missions as nodes; relations, memberships, missions, their seats and
 * accreditations as typed edges.  Every attribute is declared with a
 * <key> and a type, so that NetworkX, Gephi, yEd and Cytoscape read
 * booleans, numbers and years as such.
 *
 * Records are those of --at (export_select.c) with their state on it:
 * a relation severed that day is an edge that says so.  The keys format
 * 1.1 adds (level, holds, operating) are declared and written only for a
 * data set that uses 1.1: a version 1 file stays byte for byte as it was. */
#include "export.h"

/* Node and edge keys are declared separately (not for="all"), which every
 * reader understands; the same attribute name may appear in both. */
static const dg_gkey keys[] = {
    {"g_title", "graph", "title", "string"},
    {"g_at", "graph", "at", "string"},
    {"n_type", "node", "type", "string"},
    {"n_label", "node", "label", "string"},
    {"n_code", "node", "code", "string"},
    {"n_alpha3", "node", "alpha3", "string"},
    {"n_capital", "node", "capital", "string"},
    {"n_iso", "node", "iso", "boolean"},
    {"n_former", "node", "former", "boolean"},
    {"n_kind", "node", "kind", "string"},
    {"n_kind_label", "node", "kind_label", "string"},
    {"n_url", "node", "url", "string"},
    {"n_of", "node", "of", "string"},
    {"n_city", "node", "city", "string"},
    {"n_in", "node", "in", "string"},
    {"n_to", "node", "to", "string"},
    {"n_since", "node", "since", "string"},
    {"n_since_first", "node", "since_first", "string"},
    {"n_since_last", "node", "since_last", "string"},
    {"n_since_year", "node", "since_year", "int"},
    {"n_until", "node", "until", "string"},
    {"n_until_first", "node", "until_first", "string"},
    {"n_until_last", "node", "until_last", "string"},
    {"n_until_year", "node", "until_year", "int"},
    {"n_note", "node", "note", "string"},
    {"n_sources", "node", "sources", "string"},
    {"e_type", "edge", "type", "string"},
    {"e_kind", "edge", "kind", "string"},
    {"e_status", "edge", "status", "string"},
    {"e_recognized", "edge", "recognized", "string"},
    {"e_recognized_first", "edge", "recognized_first", "string"},
    {"e_recognized_last", "edge", "recognized_last", "string"},
    {"e_recognized_year", "edge", "recognized_year", "int"},
    {"e_since", "edge", "since", "string"},
    {"e_since_first", "edge", "since_first", "string"},
    {"e_since_last", "edge", "since_last", "string"},
    {"e_since_year", "edge", "since_year", "int"},
    {"e_until", "edge", "until", "string"},
    {"e_until_first", "edge", "until_first", "string"},
    {"e_until_last", "edge", "until_last", "string"},
    {"e_until_year", "edge", "until_year", "int"},
    {"e_border_km", "edge", "border_km", "double"},
    {"e_note", "edge", "note", "string"},
    {"e_sources", "edge", "sources", "string"},
};

/* Declared only for a data set that uses format 1.1, so that a version 1
 * file stays as it was: the state of a relation (level, and whether it
 * holds) and of a mission (whether it operates) on --at, else the latest,
 * and the predecessor a taken-over one was held as on --at.  Their status
 * goes in e_status, as version 1's did. */
static const dg_gkey v11_keys[] = {
    {"e_level", "edge", "level", "string"},
    {"e_holds", "edge", "holds", "boolean"},
    {"e_operating", "edge", "operating", "boolean"},
    {"e_as", "edge", "as", "string"},
};

typedef struct gw {
    dg_buf *b;
    const dg_xsel *sel;
    bool ok;
    size_t n_edges;
    bool v11; /* the data set uses format 1.1: its keys too */
} gw;

static void put(gw *w, const char *s, size_t n)
{
    dg_buf *b = w->b;
    if (w->ok && b->len + n < b->cap) { /* the common case, without a call */
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else if (w->ok) {
        w->ok = dg_buf_append(b, s, n);
    }
}

static void raw(gw *w, const char *s)
{
    put(w, s, strlen(s));
}

/* Most text needs no escape: it goes in whole, the rest through
 * dg_buf_put_xml_text. */
static void text(gw *w, const char *s)
{
    const unsigned char *p = (const unsigned char *)s;
    while (*p && *p != '&' && *p != '<' && *p != '>' && *p != '"' && *p != '\'' &&
           (*p >= 0x20 || *p == '\t' || *p == '\n'))
        p++;
    if (!*p)
        put(w, s, (size_t)(p - (const unsigned char *)s));
    else if (w->ok)
        w->ok = dg_buf_put_xml_text(w->b, s);
}

/* <data key="KEY">VALUE</data>, nothing when the value is absent; the
 * graph's own (g_*) sit one level up from those of nodes and edges. */
static void data(gw *w, const char *key, const char *v)
{
    if (!v)
        return;
    raw(w, key[0] == 'g' ? "    <data key=\"" : "      <data key=\"");
    raw(w, key);
    raw(w, "\">");
    text(w, v);
    raw(w, "</data>\n");
}

/* A date as EDTF text, its first and last ISO day and its year: keys
 * KEY, KEY_first, KEY_last, KEY_year (prefix "e_since" and the like). */
static void date_keys(gw *w, const char *prefix, const dg_date *d)
{
    if (!dg_date_set(d))
        return;
    dg_date_cols c;
    dg_date_cols_make(d, &c);
    const char *v[4] = {c.edtf, c.first, c.last, c.year};
    static const char *const suffix[4] = {"", "_first", "_last", "_year"};
    char key[40];
    for (int i = 0; i < 4; i++) {
        snprintf(key, sizeof key, "%s%s", prefix, suffix[i]);
        data(w, key, v[i]);
    }
}

/* A period: since and until, each as date_keys writes a date. */
static void period(gw *w, char domain, const dg_period *p)
{
    date_keys(w, domain == 'n' ? "n_since" : "e_since", &p->start);
    date_keys(w, domain == 'n' ? "n_until" : "e_until", &p->end);
}

static void note_sources(gw *w, char domain, const char *note, const dg_cite *c)
{
    char key[16];
    snprintf(key, sizeof key, "%c_note", domain);
    data(w, key, note);
    if (!c->n)
        return;
    dg_buf ids = {0};
    if (!dg_buf_put_cite_ids(&ids, w->sel->m, c))
        w->ok = false;
    snprintf(key, sizeof key, "%c_sources", domain);
    data(w, key, ids.data);
    dg_buf_free(&ids);
}

/* Node ids carry their kind ("country:BY", "organization:UN",
 * "mission:nl-warsaw"): ids of different kinds may coincide. */
static void node_open(gw *w, const char *type, const char *id, const char *label)
{
    raw(w, "    <node id=\"");
    raw(w, type);
    raw(w, ":");
    text(w, id);
    raw(w, "\">\n");
    data(w, "n_type", type);
    data(w, "n_label", label);
    data(w, "n_code", id);
}

static void edge_open(gw *w, const char *type, dg_ref from_ref, const char *from_mission,
                      dg_ref to_ref, const char *to_mission)
{
    char b[32];
    snprintf(b, sizeof b, "    <edge id=\"e%zu\" source=\"", ++w->n_edges);
    raw(w, b);
    raw(w, from_mission ? "mission:" : from_ref.kind == DG_ACTOR_COUNTRY ? "country:" : "organization:");
    text(w, from_mission ? from_mission : dg_ref_id(w->sel->m, from_ref));
    raw(w, "\" target=\"");
    raw(w, to_mission ? "mission:" : to_ref.kind == DG_ACTOR_COUNTRY ? "country:" : "organization:");
    text(w, to_mission ? to_mission : dg_ref_id(w->sel->m, to_ref));
    raw(w, "\">\n");
    data(w, "e_type", type);
}

static void close_tag(gw *w, const char *tag)
{
    raw(w, "    </");
    raw(w, tag);
    raw(w, ">\n");
}

static dg_ref cref(uint32_t i) { return (dg_ref){DG_ACTOR_COUNTRY, i}; }
static dg_ref oref(uint32_t i) { return (dg_ref){DG_ACTOR_ORG, i}; }

static void country_nodes(gw *w)
{
    const dg_model *m = w->sel->m;
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        if (!dg_xsel_country(w->sel, i))
            continue;
        node_open(w, "country", c->id, c->name);
        data(w, "n_alpha3", c->alpha3);
        data(w, "n_capital", c->capital);
        data(w, "n_iso", c->iso ? "true" : "false");
        data(w, "n_former", c->former ? "true" : "false");
        period(w, 'n', &c->period);
        note_sources(w, 'n', c->note, &c->cite);
        close_tag(w, "node");
    }
}

static void org_nodes(gw *w)
{
    const dg_model *m = w->sel->m;
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        if (!dg_xsel_org(w->sel, i))
            continue;
        node_open(w, "organization", o->id, o->name);
        if (o->kind != DG_ORG_UNSPECIFIED)
            data(w, "n_kind", dg_org_kind_name(o->kind));
        data(w, "n_url", o->url);
        period(w, 'n', &o->period);
        note_sources(w, 'n', o->note, &o->cite);
        close_tag(w, "node");
    }
}

/* A mission node is labelled by what it is and where:
 * "embassy of NL in Warsaw". */
static void mission_node(gw *w, const dg_mission *mi)
{
    const dg_model *m = w->sel->m;
    dg_buf label = {0};
    const char *where = mi->city ? mi->city : m->countries[mi->in].name;
    if (!dg_buf_printf(&label, "%s of %s in %s", mi->label ? mi->label : dg_mission_kind_name(mi->kind),
                       dg_ref_id(m, mi->of), where))
        w->ok = false;
    node_open(w, "mission", mi->id, label.data);
    dg_buf_free(&label);
    data(w, "n_kind", dg_mission_kind_name(mi->kind));
    data(w, "n_kind_label", mi->label);
    data(w, "n_of", dg_ref_id(m, mi->of));
    data(w, "n_city", mi->city);
    data(w, "n_in", m->countries[mi->in].id);
    data(w, "n_to", mi->to == DG_NONE ? NULL : m->orgs[mi->to].id);
    period(w, 'n', &mi->period);
    note_sources(w, 'n', mi->note, &mi->cite);
    close_tag(w, "node");
}

/* One relation edge: A -> B, or (format 1.1) country -> organization.  A
 * relation severed on --at is still an edge of that day, with its state:
 * status, and with 1.1 its level and whether it holds. */
static void relation_edge(gw *w, const dg_relation *r)
{
    char b[40];
    dg_rel_status st;
    dg_rel_level lv;
    bool holds = dg_xsel_relation_state(w->sel, r, &st, &lv);
    dg_ref to = r->b_kind == DG_ACTOR_ORG ? oref(r->b) : cref(r->b);
    edge_open(w, "relation", cref(r->a), NULL, to, NULL);
    data(w, "e_status", dg_rel_status_name(st));
    if (w->v11) {
        uint32_t as = dg_xsel_held_as(w->sel, r->as, r->n_as, r->a,
                                      r->b_kind == DG_ACTOR_ORG ? DG_NONE : r->b);
        data(w, "e_level", dg_rel_level_name(lv));
        data(w, "e_holds", holds ? "true" : "false");
        data(w, "e_as", as == DG_NONE ? NULL : w->sel->m->countries[as].id);
    }
    date_keys(w, "e_recognized", &r->recognized);
    period(w, 'e', &r->period);
    dg_format_double(r->border_km, b, sizeof b);
    data(w, "e_border_km", r->has_border && b[0] ? b : NULL);
    note_sources(w, 'e', r->note, &r->cite);
    close_tag(w, "edge");
}

static void relation_edges(gw *w)
{
    const dg_model *m = w->sel->m;
    for (uint32_t i = 0; i < m->n_relations; i++)
        if (dg_xsel_relation(w->sel, &m->relations[i]))
            relation_edge(w, &m->relations[i]);
    for (uint32_t i = 0; i < m->n_org_relations; i++)
        if (dg_xsel_relation(w->sel, &m->org_relations[i]))
            relation_edge(w, &m->org_relations[i]);
}

static void membership_edges(gw *w)
{
    const dg_model *m = w->sel->m;
    for (uint32_t i = 0; i < m->n_orgs; i++)
        for (uint32_t k = 0; k < m->orgs[i].n_members; k++) {
            const dg_member *mem = &m->orgs[i].members[k];
            if (!dg_xsel_member(w->sel, &m->orgs[i], mem))
                continue;
            edge_open(w, "membership", mem->who, NULL, oref(i), NULL);
            data(w, "e_status", dg_member_status_name(dg_xsel_member_status(w->sel, mem)));
            period(w, 'e', &mem->period);
            note_sources(w, 'e', mem->note, &mem->cite);
            close_tag(w, "edge");
        }
}

/* The mission's state on --at (format 1.1 only): its status, whether it
 * operates (one that does not carries no accreditation edge), and the
 * predecessor its host or sender was then. */
static void mission_state(gw *w, const dg_mission *mi)
{
    if (!w->v11)
        return;
    dg_mission_status st;
    bool operating = dg_xsel_mission_state(w->sel, mi, &st);
    uint32_t of = mi->of.kind == DG_ACTOR_COUNTRY ? mi->of.index : DG_NONE;
    uint32_t as = dg_xsel_held_as(w->sel, mi->as, mi->n_as, mi->in, of);
    data(w, "e_status", dg_mission_status_name(st));
    data(w, "e_operating", operating ? "true" : "false");
    data(w, "e_as", as == DG_NONE ? NULL : w->sel->m->countries[as].id);
}

/* One of the edges that stand for the mission itself: its kind, period
 * and state. */
static void mission_edge(gw *w, const char *type, const dg_mission *mi, dg_ref from,
                         const char *from_mission, dg_ref to, const char *to_mission)
{
    edge_open(w, type, from, from_mission, to, to_mission);
    data(w, "e_kind", dg_mission_kind_name(mi->kind));
    mission_state(w, mi);
    period(w, 'e', &mi->period);
    close_tag(w, "edge");
}

/* sender -> mission ("mission"), mission -> host ("resident"), mission ->
 * organization ("organization"), mission -> country ("accreditation"). */
static void mission_edges(gw *w, const dg_mission *mi)
{
    const char *kind = dg_mission_kind_name(mi->kind);
    dg_ref none = {0, 0};
    mission_edge(w, "mission", mi, mi->of, NULL, none, mi->id);
    mission_edge(w, "resident", mi, none, mi->id, cref(mi->in), NULL);
    if (mi->to != DG_NONE)
        mission_edge(w, "organization", mi, none, mi->id, oref(mi->to), NULL);
    for (uint32_t k = 0; k < mi->n_accredited; k++) {
        const dg_accreditation *a = &mi->accredited[k];
        if (!dg_xsel_accred(w->sel, mi, a))
            continue;
        edge_open(w, "accreditation", none, mi->id, cref(a->to), NULL);
        data(w, "e_kind", kind);
        period(w, 'e', &a->period);
        note_sources(w, 'e', a->note, &a->cite);
        close_tag(w, "edge");
    }
}

static void header(gw *w)
{
    w->ok = w->ok && dg_graphml_open(w->b) &&
            dg_graphml_keys(w->b, keys, sizeof keys / sizeof keys[0]) &&
            (!w->v11 || dg_graphml_keys(w->b, v11_keys, sizeof v11_keys / sizeof v11_keys[0]));
    raw(w, "  <graph id=\"dipgraph\" edgedefault=\"directed\">\n");
}

dg_status dg_export_graphml(const dg_xsel *sel, const dg_export_opts *o, dg_buf *out,
                            dg_error *err)
{
    if (o->graph && !strcmp(o->graph, "countries"))
        return dg_export_graphml_countries(sel, out, err);
    const dg_model *m = sel->m;
    gw w = {out, sel, true, 0, dg_model_uses_v11(m)};
    char at[16] = "";
    header(&w);
    if (m->title)
        data(&w, "g_title", m->title);
    if (sel->at)
        dg_date_text(sel->at, at);
    data(&w, "g_at", at[0] ? at : NULL);
    country_nodes(&w);
    org_nodes(&w);
    for (uint32_t i = 0; i < m->n_missions; i++)
        if (dg_xsel_mission(sel, &m->missions[i]))
            mission_node(&w, &m->missions[i]);
    relation_edges(&w);
    membership_edges(&w);
    for (uint32_t i = 0; i < m->n_missions; i++)
        if (dg_xsel_mission(sel, &m->missions[i]))
            mission_edges(&w, &m->missions[i]);
    raw(&w, "  </graph>\n</graphml>\n");
    if (!w.ok)
        return dg_error_set(err, DG_EOUTPUT, "out of memory writing GraphML");
    return DG_OK;
}
