/* export_csv.c — `export -T csv --table TABLE`: one table of the model,
 * RFC 4180: a header row, CRLF after every record, a field quoted (quotes
 * doubled) when it holds a comma, a quote, CR or LF.  Lists (sources,
 * actors) are ids separated by single spaces: ids never contain one.
 *
 * CSV injection (OWASP): a spreadsheet runs a cell that begins with =, +,
 * -, @, a tab or a CR as a formula (=HYPERLINK(...), =cmd|...).  Cells of
 * free text (names, capitals, cities, labels, titles, notes, URLs) that
 * begin so get a leading single quote, which spreadsheets show as text,
 * unless csv_raw asks for the text as it is.  Ids, codes, kinds, dates and
 * numbers never begin so, and are written as they are. */
#include "export.h"

const char *const dg_csv_tables[] = {"countries", "organizations", "memberships", "relations",
                                     "missions", "accreditations", "events", NULL};

typedef struct cw {
    dg_buf *b;
    const dg_xsel *sel;
    bool ok, first; /* first: no field yet in this row */
    bool raw;       /* csv_raw: free text not neutralised */
} cw;

static void field(cw *w, const char *s)
{
    if (!w->ok)
        return;
    if (!w->first)
        w->ok = dg_buf_append(w->b, ",", 1);
    w->first = false;
    if (!s || !w->ok)
        return; /* absent: an empty field */
    if (!strpbrk(s, ",\"\r\n")) {
        w->ok = dg_buf_append(w->b, s, strlen(s));
        return;
    }
    w->ok = dg_buf_append(w->b, "\"", 1);
    for (const char *q; w->ok && (q = strchr(s, '"')); s = q + 1)
        w->ok = dg_buf_append(w->b, s, (size_t)(q - s + 1)) && dg_buf_append(w->b, "\"", 1);
    w->ok = w->ok && dg_buf_append(w->b, s, strlen(s)) && dg_buf_append(w->b, "\"", 1);
}

/* A cell of free text: see the top of the file. */
static void text_field(cw *w, const char *s)
{
    if (w->raw || !s || !s[0] || !strchr("=+-@\t\r", s[0])) {
        field(w, s);
        return;
    }
    dg_buf quoted = {0};
    if (!dg_buf_printf(&quoted, "'%s", s))
        w->ok = false;
    field(w, quoted.data);
    dg_buf_free(&quoted);
}

static void end_row(cw *w)
{
    if (w->ok)
        w->ok = dg_buf_append(w->b, "\r\n", 2);
    w->first = true;
}

static void header(cw *w, const char *const *names)
{
    for (size_t i = 0; names[i]; i++)
        field(w, names[i]);
    end_row(w);
}

/* A date is four columns: its EDTF text, the first and last day it
 * covers and its year (DATE_COLS names them), empty when unset. */
#define DATE_COLS(name) name, name "_first", name "_last", name "_year"

static void date_field(cw *w, const dg_date *d)
{
    dg_date_cols c;
    dg_date_cols_make(d, &c);
    field(w, c.edtf[0] ? c.edtf : NULL), field(w, c.first[0] ? c.first : NULL);
    field(w, c.last[0] ? c.last : NULL), field(w, c.year[0] ? c.year : NULL);
}

static void bool_field(cw *w, bool v) { field(w, v ? "true" : "false"); }

static void note_sources(cw *w, const char *note, const dg_cite *c)
{
    dg_buf ids = {0};
    text_field(w, note);
    if (!dg_buf_put_cite_ids(&ids, w->sel->m, c))
        w->ok = false;
    field(w, ids.data);
    dg_buf_free(&ids);
}

static void countries(cw *w)
{
    static const char *const cols[] = {"id", "name", "alpha3", "capital", "iso", "former",
                                       "defined", DATE_COLS("since"), DATE_COLS("until"),
                                       "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    header(w, cols);
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        if (!dg_xsel_country(w->sel, i))
            continue;
        field(w, c->id), text_field(w, c->name), field(w, c->alpha3), text_field(w, c->capital);
        bool_field(w, c->iso), bool_field(w, c->former), bool_field(w, c->defined);
        date_field(w, &c->period.start), date_field(w, &c->period.end);
        note_sources(w, c->note, &c->cite);
        end_row(w);
    }
}

static void organizations(cw *w)
{
    static const char *const cols[] = {"id", "name", "kind", DATE_COLS("founded"),
                                       DATE_COLS("dissolved"), "url", "members", "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    char n[16];
    header(w, cols);
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        if (!dg_xsel_org(w->sel, i))
            continue;
        uint32_t kept = 0;
        for (uint32_t k = 0; k < o->n_members; k++)
            kept += dg_xsel_member(w->sel, o, &o->members[k]);
        snprintf(n, sizeof n, "%u", kept);
        field(w, o->id), text_field(w, o->name);
        field(w, o->kind == DG_ORG_UNSPECIFIED ? NULL : dg_org_kind_name(o->kind));
        date_field(w, &o->period.start), date_field(w, &o->period.end);
        text_field(w, o->url), field(w, n);
        note_sources(w, o->note, &o->cite);
        end_row(w);
    }
}

static void memberships(cw *w)
{
    static const char *const cols[] = {"organization", "member", "member_type", "status",
                                       DATE_COLS("since"), DATE_COLS("until"), "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    header(w, cols);
    for (uint32_t i = 0; i < m->n_orgs; i++)
        for (uint32_t k = 0; k < m->orgs[i].n_members; k++) {
            const dg_member *mem = &m->orgs[i].members[k];
            if (!dg_xsel_member(w->sel, &m->orgs[i], mem))
                continue;
            field(w, m->orgs[i].id), field(w, dg_ref_id(m, mem->who));
            field(w, dg_ref_type_name(mem->who)), field(w, dg_member_status_name(mem->status));
            date_field(w, &mem->period.start), date_field(w, &mem->period.end);
            note_sources(w, mem->note, &mem->cite);
            end_row(w);
        }
}

static void relations(cw *w)
{
    static const char *const cols[] = {"a", "b", "status", DATE_COLS("recognized"),
                                       DATE_COLS("established"), DATE_COLS("severed"),
                                       "border_km", "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    char km[40];
    header(w, cols);
    for (uint32_t i = 0; i < m->n_relations; i++) {
        const dg_relation *r = &m->relations[i];
        if (!dg_xsel_relation(w->sel, r))
            continue;
        dg_format_double(r->border_km, km, sizeof km);
        field(w, m->countries[r->a].id), field(w, m->countries[r->b].id);
        field(w, dg_rel_status_name(r->status)), date_field(w, &r->recognized);
        date_field(w, &r->period.start), date_field(w, &r->period.end);
        field(w, r->has_border && km[0] ? km : NULL);
        note_sources(w, r->note, &r->cite);
        end_row(w);
    }
}

static void missions(cw *w)
{
    static const char *const cols[] = {"id", "of", "of_type", "kind", "label", "city", "in",
                                       "to", DATE_COLS("opened"), DATE_COLS("closed"), "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    header(w, cols);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!dg_xsel_mission(w->sel, mi))
            continue;
        field(w, mi->id), field(w, dg_ref_id(m, mi->of)), field(w, dg_ref_type_name(mi->of));
        field(w, dg_mission_kind_name(mi->kind)), text_field(w, mi->label);
        text_field(w, mi->city);
        field(w, m->countries[mi->in].id);
        field(w, mi->to == DG_NONE ? NULL : m->orgs[mi->to].id);
        date_field(w, &mi->period.start), date_field(w, &mi->period.end);
        note_sources(w, mi->note, &mi->cite);
        end_row(w);
    }
}

/* One row per accreditation, with the mission's sender, city and host so
 * that the table reads on its own. */
static void accreditations(cw *w)
{
    static const char *const cols[] = {"mission", "of", "kind", "city", "in", "to",
                                       DATE_COLS("since"), DATE_COLS("until"), "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    header(w, cols);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        for (uint32_t k = 0; k < mi->n_accredited; k++) {
            const dg_accreditation *a = &mi->accredited[k];
            if (!dg_xsel_accred(w->sel, mi, a))
                continue;
            field(w, mi->id), field(w, dg_ref_id(m, mi->of));
            field(w, dg_mission_kind_name(mi->kind)), text_field(w, mi->city);
            field(w, m->countries[mi->in].id), field(w, m->countries[a->to].id);
            date_field(w, &a->period.start), date_field(w, &a->period.end);
            note_sources(w, a->note, &a->cite);
            end_row(w);
        }
    }
}

static void events(cw *w)
{
    static const char *const cols[] = {DATE_COLS("date"), DATE_COLS("until"), "kind", "title",
                                       "actors", "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    header(w, cols);
    for (uint32_t i = 0; i < m->n_events; i++) {
        const dg_event *e = &m->events[i];
        if (!dg_xsel_event(w->sel, e))
            continue;
        dg_buf actors = {0};
        for (uint32_t k = 0; k < e->n_actors; k++)
            if (!dg_buf_printf(&actors, "%s%s", k ? " " : "", dg_ref_id(m, e->actors[k])))
                w->ok = false;
        date_field(w, &e->period.start), date_field(w, &e->period.end);
        field(w, dg_event_kind_name(e->kind)), text_field(w, e->title), field(w, actors.data);
        dg_buf_free(&actors);
        note_sources(w, e->note, &e->cite);
        end_row(w);
    }
}

typedef struct table {
    const char *name;
    void (*write)(cw *w);
} table;

/* In the order of dg_csv_tables. */
static const table tables[] = {
    {"countries", countries},     {"organizations", organizations},
    {"memberships", memberships}, {"relations", relations},
    {"missions", missions},       {"accreditations", accreditations},
    {"events", events},
};

dg_status dg_export_csv(const dg_xsel *sel, const dg_export_opts *o, dg_buf *out, dg_error *err)
{
    if (!o->table)
        return dg_error_set(err, DG_EUSAGE,
                            "table: csv writes one table: name it (countries, organizations, "
                            "memberships, relations, missions, accreditations or events)");
    for (size_t i = 0; i < sizeof tables / sizeof tables[0]; i++) {
        if (strcmp(tables[i].name, o->table) != 0)
            continue;
        cw w = {out, sel, true, true, o->csv_raw};
        tables[i].write(&w);
        if (!w.ok)
            return dg_error_set(err, DG_EOUTPUT, "out of memory writing CSV");
        return DG_OK;
    }
    const char *near = dg_closest(o->table, dg_csv_tables, 7);
    return dg_error_set(err, DG_EUSAGE, "unknown table '%s'%s%s%s", o->table,
                        near ? " (did you mean '" : "", near ? near : "", near ? "'?)" : "");
}
