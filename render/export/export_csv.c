/* export_csv.c — `export -T csv --table TABLE`: one table of the model,
 * written through export_csv_write.c (RFC 4180, the guard against CSV
 * injection).  Version 1's seven tables are here, format 1.1's three
 * (heads, places, history) in export_csv_v11.c.
 *
 * A record's state (a relation's status, a mission's, a membership's) is
 * the one on --at, else the latest (export_select.c); a record without
 * history, every version 1 record, has its own.  The columns format 1.1
 * adds to a table come last, and only when the data set uses 1.1, so
 * that a version 1 data set's tables stay exactly as they were. */
#include "export_csv.h"

const char *const dg_csv_tables[] = {"countries", "organizations", "memberships", "relations",
                                     "missions", "accreditations", "events", "heads",
                                     "places", "history", NULL};
/* The first DG_CSV_V1 of them are version 1's: -o DIR/ writes the rest
 * only for a data set that uses format 1.1 (dg_csv_table_applies). */
enum { DG_CSV_V1 = 7 };

static void countries(dg_cw *w)
{
    static const char *const cols[] = {"id", "name", "alpha3", "capital", "iso", "former",
                                       "defined", DG_CSV_DATE_COLS("since"),
                                       DG_CSV_DATE_COLS("until"), "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        if (!dg_xsel_country(w->sel, i))
            continue;
        dg_csv_field(w, c->id), dg_csv_text(w, c->name);
        dg_csv_field(w, c->alpha3), dg_csv_text(w, c->capital);
        dg_csv_bool(w, c->iso), dg_csv_bool(w, c->former), dg_csv_bool(w, c->defined);
        dg_csv_date(w, &c->period.start), dg_csv_date(w, &c->period.end);
        dg_csv_note_sources(w, c->note, &c->cite);
        dg_csv_end_row(w);
    }
}

static void organizations(dg_cw *w)
{
    static const char *const cols[] = {"id", "name", "kind", DG_CSV_DATE_COLS("founded"),
                                       DG_CSV_DATE_COLS("dissolved"), "url", "members", "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    char n[16];
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        if (!dg_xsel_org(w->sel, i))
            continue;
        uint32_t kept = 0;
        for (uint32_t k = 0; k < o->n_members; k++)
            kept += dg_xsel_member(w->sel, o, &o->members[k]);
        snprintf(n, sizeof n, "%u", kept);
        dg_csv_field(w, o->id), dg_csv_text(w, o->name);
        dg_csv_field(w, o->kind == DG_ORG_UNSPECIFIED ? NULL : dg_org_kind_name(o->kind));
        dg_csv_date(w, &o->period.start), dg_csv_date(w, &o->period.end);
        dg_csv_text(w, o->url), dg_csv_field(w, n);
        dg_csv_note_sources(w, o->note, &o->cite);
        dg_csv_end_row(w);
    }
}

/* status: on --at, else the latest (a membership that has left says
 * `left`; with --at it is not exported at all). */
static void memberships(dg_cw *w)
{
    static const char *const cols[] = {"organization", "member", "member_type", "status",
                                       DG_CSV_DATE_COLS("since"), DG_CSV_DATE_COLS("until"),
                                       "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_orgs; i++)
        for (uint32_t k = 0; k < m->orgs[i].n_members; k++) {
            const dg_member *mem = &m->orgs[i].members[k];
            if (!dg_xsel_member(w->sel, &m->orgs[i], mem))
                continue;
            dg_csv_field(w, m->orgs[i].id), dg_csv_field(w, dg_ref_id(m, mem->who));
            dg_csv_field(w, dg_ref_type_name(mem->who));
            dg_csv_field(w, dg_member_status_name(dg_xsel_member_status(w->sel, mem)));
            dg_csv_date(w, &mem->period.start), dg_csv_date(w, &mem->period.end);
            dg_csv_note_sources(w, mem->note, &mem->cite);
            dg_csv_end_row(w);
        }
}

/* One row; b is an organization in m->org_relations (format 1.1).  The
 * status (and with 1.1 the level, whether it holds and the predecessor a
 * party held it as) are those of the date: a relation severed on --at is
 * a row that says so. */
static void relation_row(dg_cw *w, const dg_relation *r, bool v11)
{
    const dg_model *m = w->sel->m;
    bool to_org = r->b_kind == DG_ACTOR_ORG;
    dg_rel_status st;
    dg_rel_level lv;
    bool holds = dg_xsel_relation_state(w->sel, r, &st, &lv);
    char km[40];
    dg_format_double(r->border_km, km, sizeof km);
    dg_csv_field(w, m->countries[r->a].id);
    dg_csv_field(w, to_org ? m->orgs[r->b].id : m->countries[r->b].id);
    dg_csv_field(w, dg_rel_status_name(st)), dg_csv_date(w, &r->recognized);
    dg_csv_date(w, &r->period.start), dg_csv_date(w, &r->period.end);
    dg_csv_field(w, r->has_border && km[0] ? km : NULL);
    dg_csv_note_sources(w, r->note, &r->cite);
    if (v11) {
        uint32_t as = dg_xsel_held_as(w->sel, r->as, r->n_as, r->a, to_org ? DG_NONE : r->b);
        dg_csv_field(w, to_org ? "organization" : "country");
        dg_csv_field(w, dg_rel_level_name(lv)), dg_csv_bool(w, holds);
        dg_csv_field(w, as == DG_NONE ? NULL : m->countries[as].id);
    }
    dg_csv_end_row(w);
}

static void relations(dg_cw *w)
{
    static const char *const cols[] = {"a", "b", "status", DG_CSV_DATE_COLS("recognized"),
                                       DG_CSV_DATE_COLS("established"),
                                       DG_CSV_DATE_COLS("severed"), "border_km", "note",
                                       "sources", NULL};
    static const char *const v11_cols[] = {"b_type", "level", "holds", "as", NULL};
    const dg_model *m = w->sel->m;
    bool v11 = dg_model_uses_v11(m);
    dg_csv_header(w, cols, v11 ? v11_cols : NULL);
    for (uint32_t i = 0; i < m->n_relations; i++)
        if (dg_xsel_relation(w->sel, &m->relations[i]))
            relation_row(w, &m->relations[i], v11);
    /* With an organization: after the pairs of countries, as in JSON. */
    for (uint32_t i = 0; i < m->n_org_relations; i++)
        if (dg_xsel_relation(w->sel, &m->org_relations[i]))
            relation_row(w, &m->org_relations[i], v11);
}

/* With 1.1: the status on --at (else the latest), whether it operates
 * then (a suspended mission is a row, without accreditations), its
 * Wikidata id, and the predecessor its sender or host was then (as). */
static void missions(dg_cw *w)
{
    static const char *const cols[] = {"id", "of", "of_type", "kind", "label", "city", "in",
                                       "to", DG_CSV_DATE_COLS("opened"),
                                       DG_CSV_DATE_COLS("closed"), "note", "sources", NULL};
    static const char *const v11_cols[] = {"status", "operating", "wikidata", "as", NULL};
    const dg_model *m = w->sel->m;
    bool v11 = dg_model_uses_v11(m);
    dg_csv_header(w, cols, v11 ? v11_cols : NULL);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!dg_xsel_mission(w->sel, mi))
            continue;
        dg_csv_field(w, mi->id), dg_csv_field(w, dg_ref_id(m, mi->of));
        dg_csv_field(w, dg_ref_type_name(mi->of));
        dg_csv_field(w, dg_mission_kind_name(mi->kind)), dg_csv_text(w, mi->label);
        dg_csv_text(w, mi->city);
        dg_csv_field(w, m->countries[mi->in].id);
        dg_csv_field(w, mi->to == DG_NONE ? NULL : m->orgs[mi->to].id);
        dg_csv_date(w, &mi->period.start), dg_csv_date(w, &mi->period.end);
        dg_csv_note_sources(w, mi->note, &mi->cite);
        if (v11) {
            dg_mission_status st;
            bool operating = dg_xsel_mission_state(w->sel, mi, &st);
            uint32_t of = mi->of.kind == DG_ACTOR_COUNTRY ? mi->of.index : DG_NONE;
            uint32_t as = dg_xsel_held_as(w->sel, mi->as, mi->n_as, mi->in, of);
            dg_csv_field(w, dg_mission_status_name(st)), dg_csv_bool(w, operating);
            dg_csv_field(w, mi->wikidata);
            dg_csv_field(w, as == DG_NONE ? NULL : m->countries[as].id);
        }
        dg_csv_end_row(w);
    }
}

static void accreditations(dg_cw *w)
{
    static const char *const cols[] = {"mission", "of", "kind", "city", "in", "to",
                                       DG_CSV_DATE_COLS("since"), DG_CSV_DATE_COLS("until"),
                                       "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            if (!dg_xsel_accred(w->sel, mi, a))
                continue;
            dg_csv_field(w, mi->id), dg_csv_field(w, dg_ref_id(m, mi->of));
            dg_csv_field(w, dg_mission_kind_name(mi->kind)), dg_csv_text(w, mi->city);
            dg_csv_field(w, m->countries[mi->in].id), dg_csv_field(w, m->countries[a->to].id);
            dg_csv_date(w, &a->period.start), dg_csv_date(w, &a->period.end);
            dg_csv_note_sources(w, a->note, &a->cite);
            dg_csv_end_row(w);
        }
    }
}

static void events(dg_cw *w)
{
    static const char *const cols[] = {DG_CSV_DATE_COLS("date"), DG_CSV_DATE_COLS("until"),
                                       "kind", "title", "actors", "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_events; i++) {
        const dg_event *e = &m->events[i];
        if (!dg_xsel_event(w->sel, e))
            continue;
        dg_buf actors = {0};
        for (uint32_t k = 0; k < e->n_actors; k++)
            if (!dg_buf_printf(&actors, "%s%s", k ? " " : "", dg_ref_id(m, e->actors[k])))
                w->ok = false;
        dg_csv_date(w, &e->period.start), dg_csv_date(w, &e->period.end);
        dg_csv_field(w, dg_event_kind_name(e->kind)), dg_csv_text(w, e->title);
        dg_csv_field(w, actors.data);
        dg_buf_free(&actors);
        dg_csv_note_sources(w, e->note, &e->cite);
        dg_csv_end_row(w);
    }
}

typedef struct table {
    const char *name;
    void (*write)(dg_cw *w);
} table;

/* In the order of dg_csv_tables. */
static const table tables[] = {
    {"countries", countries},     {"organizations", organizations},
    {"memberships", memberships}, {"relations", relations},
    {"missions", missions},       {"accreditations", accreditations},
    {"events", events},           {"heads", dg_csv_heads},
    {"places", dg_csv_places},    {"history", dg_csv_history},
};

dg_status dg_export_csv(const dg_xsel *sel, const dg_export_opts *o, dg_buf *out, dg_error *err)
{
    if (!o->table)
        return dg_error_set(err, DG_EUSAGE,
                            "table: csv writes one table: name it (countries, organizations, "
                            "memberships, relations, missions, accreditations, events, heads, "
                            "places or history)");
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        if (strcmp(tables[i].name, o->table) != 0)
            continue;
        dg_cw w = {out, sel, true, true, o->csv_raw};
        tables[i].write(&w);
        if (!w.ok)
            return dg_error_set(err, DG_EOUTPUT, "out of memory writing CSV");
        return DG_OK;
    }
    const char *near = dg_closest(o->table, dg_csv_tables, sizeof tables / sizeof tables[0]);
    return dg_error_set(err, DG_EUSAGE, "unknown table '%s'%s%s%s", o->table,
                        near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}

bool dg_csv_table_applies(const dg_model *m, const char *name)
{
    for (size_t i = 0; dg_csv_tables[i]; i++)
        if (!strcmp(dg_csv_tables[i], name))
            return i < DG_CSV_V1 || dg_model_uses_v11(m);
    return false;
}
