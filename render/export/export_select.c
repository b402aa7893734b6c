/* export_select.c — what every exporter shares: the selection of records
 * of the --at date (with the countries and organizations they refer to)
 * and their state on it, source ids, date text, the JSON writers' keys and the GraphML
 * writers' head.
 * The state comes from the model's "what held on a date" functions
 * (src/history.c) and nowhere else, so that exports answer as the views
 * and queries do.  The exporters call these; these call none. */
#include "export.h"

#include <stdio.h>

/* ---- selection ---- */

static void keep_ref(dg_xsel *s, dg_ref r)
{
    if (r.kind == DG_ACTOR_COUNTRY)
        s->country[r.index] = true;
    else
        s->org[r.index] = true;
}

/* Countries and organizations named by the kept records of the rest. */
static void keep_referenced(dg_xsel *s)
{
    const dg_model *m = s->m;
    for (uint32_t i = 0; i < m->n_orgs; i++)
        for (uint32_t k = 0; k < m->orgs[i].n_members; k++)
            if (dg_xsel_member(s, &m->orgs[i], &m->orgs[i].members[k])) {
                keep_ref(s, m->orgs[i].members[k].who);
                s->org[i] = true;
            }
    for (uint32_t i = 0; i < m->n_relations; i++)
        if (dg_xsel_relation(s, &m->relations[i]))
            s->country[m->relations[i].a] = s->country[m->relations[i].b] = true;
    for (uint32_t i = 0; i < m->n_org_relations; i++) /* format 1.1: country -- organization */
        if (dg_xsel_relation(s, &m->org_relations[i]))
            s->country[m->org_relations[i].a] = s->org[m->org_relations[i].b] = true;
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!dg_xsel_mission(s, mi))
            continue;
        keep_ref(s, mi->of);
        s->country[mi->in] = true;
        if (mi->to != DG_NONE)
            s->org[mi->to] = true;
        for (uint32_t k = 0; k < mi->n_accredited; k++)
            if (dg_xsel_accred(s, mi, &mi->accredited[k]))
                s->country[mi->accredited[k].to] = true;
    }
    for (uint32_t i = 0; i < m->n_events; i++)
        if (dg_xsel_event(s, &m->events[i]))
            for (uint32_t k = 0; k < m->events[i].n_actors; k++)
                keep_ref(s, m->events[i].actors[k]);
}

void dg_xsel_init(dg_xsel *s, const dg_model *m, const dg_date *at)
{
    memset(s, 0, sizeof *s);
    s->m = m;
    if (!at || !dg_date_set(at))
        return;
    s->at_date = *at;
    s->at = &s->at_date;
    s->country = dg_xcalloc(m->n_countries, sizeof *s->country);
    s->org = dg_xcalloc(m->n_orgs, sizeof *s->org);
    for (uint32_t i = 0; i < m->n_countries; i++)
        s->country[i] = dg_period_holds(&m->countries[i].period, s->at);
    for (uint32_t i = 0; i < m->n_orgs; i++)
        s->org[i] = dg_period_holds(&m->orgs[i].period, s->at);
    keep_referenced(s);
}

void dg_xsel_free(dg_xsel *s)
{
    free(s->country);
    free(s->org);
    memset(s, 0, sizeof *s);
}

bool dg_xsel_country(const dg_xsel *s, uint32_t i) { return !s->at || s->country[i]; }
bool dg_xsel_org(const dg_xsel *s, uint32_t i) { return !s->at || s->org[i]; }

bool dg_xsel_member(const dg_xsel *s, const dg_org *o, const dg_member *mem)
{
    /* Own period of the organization, not "kept": a membership of a
     * dissolved organization does not hold, whoever names it.  A
     * membership whose history says `left` on the date does not hold
     * either (dg_member_holds): it is no record of that day. */
    return !s->at || (dg_period_holds(&o->period, s->at) && dg_member_holds(s->m, mem, s->at));
}

bool dg_xsel_relation(const dg_xsel *s, const dg_relation *r)
{
    /* A relation is a record of every day its period covers, holding or
     * not: one severed (or suspended, or never had: `none`) on the date is
     * kept, and carries that state (dg_xsel_relation_state), as the views
     * draw it severed rather than leave it out. */
    return !s->at || dg_period_holds(&r->period, s->at);
}

bool dg_xsel_relation_state(const dg_xsel *s, const dg_relation *r, dg_rel_status *status,
                            dg_rel_level *level)
{
    return dg_relation_state_at(s->m, r, s->at, status, level);
}

bool dg_xsel_mission(const dg_xsel *s, const dg_mission *mi)
{
    /* Kept from opening to closing for good, operating or not: a suspended
     * mission is exported with its status (dg_xsel_mission_state), but
     * carries no accreditations (dg_accreditation_holds asks whether it
     * operates). */
    return !s->at || dg_period_holds(&mi->period, s->at);
}

bool dg_xsel_mission_state(const dg_xsel *s, const dg_mission *mi, dg_mission_status *status)
{
    *status = dg_mission_status_at(s->m, mi, s->at);
    return dg_mission_operating(s->m, mi, s->at);
}

dg_member_status dg_xsel_member_status(const dg_xsel *s, const dg_member *mem)
{
    return dg_member_status_at(s->m, mem, s->at);
}

uint32_t dg_xsel_held_as(const dg_xsel *s, const dg_held_as *as, uint32_t n_as, uint32_t x,
                         uint32_t y)
{
    if (!s->at || !n_as)
        return DG_NONE; /* the latest: the parties hold it themselves */
    uint32_t h = dg_held_by_at(as, n_as, x, s->at);
    if (h != x)
        return h;
    h = y == DG_NONE ? y : dg_held_by_at(as, n_as, y, s->at);
    return h == y ? DG_NONE : h;
}

bool dg_xsel_accred(const dg_xsel *s, const dg_mission *mi, const dg_accreditation *a)
{
    return !s->at || dg_accreditation_holds(mi, a, s->at);
}

bool dg_xsel_event(const dg_xsel *s, const dg_event *e)
{
    return !s->at || dg_period_holds(&e->period, s->at);
}

/* ---- small pieces the writers share ---- */

const char *dg_ref_type_name(dg_ref r)
{
    return r.kind == DG_ACTOR_COUNTRY ? "country" : "organization";
}

bool dg_buf_put_cite_ids(dg_buf *b, const dg_model *m, const dg_cite *c)
{
    bool ok = true;
    for (uint32_t i = 0; ok && i < c->n; i++) {
        const char *id = m->sources[c->idx[i]].id;
        ok = (!i || dg_buf_append(b, " ", 1)) && dg_buf_append(b, id, strlen(id));
    }
    return ok;
}

static char *put_digits(char *p, unsigned v, int n)
{
    for (int i = n - 1; i >= 0; i--, v /= 10)
        p[i] = (char)('0' + v % 10);
    return p + n;
}

size_t dg_date_text(const dg_date *d, char *buf)
{
    static const char qual[] = {'\0', '~', '?', '%'};
    if (!dg_date_set(d) || d->year < 0 || d->year > 9999) {
        dg_date_format(d, buf, 16); /* "" when unset */
        return strlen(buf);
    }
    char *p = put_digits(buf, (unsigned)d->year, 4);
    if (d->prec >= DG_PREC_MONTH)
        *p++ = '-', p = put_digits(p, d->month, 2);
    if (d->prec >= DG_PREC_DAY)
        *p++ = '-', p = put_digits(p, d->day, 2);
    if (qual[d->qual & 3])
        *p++ = qual[d->qual & 3];
    *p = '\0';
    return (size_t)(p - buf);
}

void dg_date_cols_make(const dg_date *d, dg_date_cols *c)
{
    c->edtf[0] = c->first[0] = c->last[0] = c->year[0] = '\0';
    if (!dg_date_set(d))
        return;
    dg_date_text(d, c->edtf);
    dg_date f = dg_date_from_days(dg_date_first(d)), l = dg_date_from_days(dg_date_last(d));
    dg_date y = {d->year, 0, 0, DG_PREC_YEAR, 0}; /* the year alone: a number */
    dg_date_text(&f, c->first);
    dg_date_text(&l, c->last);
    dg_date_text(&y, c->year);
}

/* ---- JSON pieces the two JSON writers share ---- */

void dg_json_k_str(dg_json *j, const char *key, const char *v)
{
    dg_json_key(j, key);
    dg_json_str(j, v);
}

/* Append s to the text at *p (no bounds: the caller sized the buffer). */
static void cat(char **p, const char *s, size_t n)
{
    memcpy(*p, s, n);
    *p += n;
}
#define CAT(p, lit) cat(p, lit, sizeof lit - 1)

/* A date with what it means, compact: {"edtf": "1993-03~", "precision":
 * "month", "approximate": true, "uncertain": false, "first": "1993-03-01",
 * "last": "1993-03-31"}.  Tens of thousands of these in a world-scale
 * export: built without printf. */
void dg_json_k_date(dg_json *j, const char *key, const dg_date *d)
{
    static const char *const prec[] = {"", "year", "month", "day"};
    dg_json_key(j, key);
    if (!dg_date_set(d)) {
        dg_json_null(j);
        return;
    }
    char text[192], *p = text, t[16];
    dg_date f = dg_date_from_days(dg_date_first(d)), l = dg_date_from_days(dg_date_last(d));
    CAT(&p, "{\"edtf\": \"");
    cat(&p, t, dg_date_text(d, t));
    CAT(&p, "\", \"precision\": \"");
    cat(&p, prec[d->prec & 3], strlen(prec[d->prec & 3]));
    CAT(&p, "\", \"approximate\": ");
    if (d->qual & DG_QUAL_APPROX)
        CAT(&p, "true");
    else
        CAT(&p, "false");
    CAT(&p, ", \"uncertain\": ");
    if (d->qual & DG_QUAL_UNCERTAIN)
        CAT(&p, "true");
    else
        CAT(&p, "false");
    CAT(&p, ", \"first\": \"");
    cat(&p, t, dg_date_text(&f, t));
    CAT(&p, "\", \"last\": \"");
    cat(&p, t, dg_date_text(&l, t));
    CAT(&p, "\"}");
    j->after_key = false; /* the value of the key just written */
    dg_json_raw(j, text, (size_t)(p - text));
}

/* "note" and "sources", which every record ends with. */
void dg_json_note_sources(dg_json *j, const dg_model *m, const char *note, const dg_cite *c)
{
    dg_json_k_str(j, "note", note);
    dg_json_key(j, "sources");
    dg_json_begin(j, '[', true);
    for (uint32_t i = 0; i < c->n; i++)
        dg_json_str(j, m->sources[c->idx[i]].id);
    dg_json_end(j);
}

/* ---- GraphML pieces the two GraphML writers share ---- */

bool dg_graphml_open(dg_buf *b)
{
    static const char head[] =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
        "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
        "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
        "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
    return dg_buf_append(b, head, sizeof head - 1);
}

bool dg_graphml_keys(dg_buf *b, const dg_gkey *k, size_t n)
{
    bool ok = true;
    for (size_t i = 0; ok && i < n; i++)
        ok = dg_buf_printf(b, "  <key id=\"%s\" for=\"%s\" attr.name=\"%s\" attr.type=\"%s\"/>\n",
                           k[i].id, k[i].domain, k[i].name, k[i].type);
    return ok;
}
