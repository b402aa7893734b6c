/* export_select.c — what every exporter shares: the selection of records
 * that hold on --at (with the countries and organizations they refer to),
 * source ids and date text.  The exporters call these; these call none. */
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
     * dissolved organization does not hold, whoever names it. */
    return !s->at || (dg_period_holds(&o->period, s->at) && dg_period_holds(&mem->period, s->at));
}

bool dg_xsel_relation(const dg_xsel *s, const dg_relation *r)
{
    return !s->at || dg_period_holds(&r->period, s->at);
}

bool dg_xsel_mission(const dg_xsel *s, const dg_mission *mi)
{
    return !s->at || dg_period_holds(&mi->period, s->at);
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
