/* export_json.c — `export -T json`: the whole normalized model as one
 * document, every key present in every record (null when absent), in the
 * order docs/queries.md lists. */
#include "export.h"
#include "export_json_v11.h"

/* ---- the model as JSON (dg_json_k_str, dg_json_k_date and
 * dg_json_note_sources: export_select.c) ---- */

static void sources(dg_json *j, const dg_model *m)
{
    dg_json_key(j, "sources");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_sources; i++) {
        const dg_source *s = &m->sources[i];
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "id", s->id);
        dg_json_k_str(j, "title", s->title);
        dg_json_k_str(j, "url", s->url);
        dg_json_k_str(j, "publisher", s->publisher);
        dg_json_k_date(j, "accessed", &s->accessed);
        dg_json_k_str(j, "note", s->note);
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void countries(dg_json *j, const dg_xsel *sel)
{
    const dg_model *m = sel->m;
    dg_json_key(j, "countries");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        if (!dg_xsel_country(sel, i))
            continue;
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "id", c->id);
        dg_json_k_str(j, "name", c->name);
        dg_json_k_str(j, "alpha3", c->alpha3);
        dg_json_k_str(j, "capital", c->capital);
        dg_json_key(j, "iso");
        dg_json_bool(j, c->iso);
        dg_json_key(j, "former");
        dg_json_bool(j, c->former);
        dg_json_key(j, "defined");
        dg_json_bool(j, c->defined);
        dg_json_k_date(j, "since", &c->period.start);
        dg_json_k_date(j, "until", &c->period.end);
        dg_json_note_sources(j, m, c->note, &c->cite);
        if (dg_model_uses_v11(m)) /* format 1.1's fields: export_json_v11.c */
            dg_json_v11_country(j, m, c);
        dg_json_end(j);
    }
    dg_json_end(j);
}

/* ---- "state": a format 1.1 record as it stood on --at (the latest
 * without), asked of the model as CSV and GraphML ask it, so that the
 * three exports agree; the record's own fields stay as written. ---- */

static void state_member(dg_json *j, const dg_xsel *sel, const dg_member *mem)
{
    dg_json_key(j, "state");
    dg_json_begin(j, '{', true);
    dg_json_k_str(j, "status", dg_member_status_name(dg_xsel_member_status(sel, mem)));
    dg_json_end(j);
}

static void state_relation(dg_json *j, const dg_xsel *sel, const dg_relation *r)
{
    dg_rel_status st;
    dg_rel_level lv;
    bool holds = dg_xsel_relation_state(sel, r, &st, &lv);
    dg_json_key(j, "state");
    dg_json_begin(j, '{', true);
    dg_json_k_str(j, "status", dg_rel_status_name(st));
    dg_json_k_str(j, "level", dg_rel_level_name(lv));
    dg_json_key(j, "holds"), dg_json_bool(j, holds);
    dg_json_end(j);
}

static void state_mission(dg_json *j, const dg_xsel *sel, const dg_mission *mi)
{
    dg_mission_status st;
    bool operating = dg_xsel_mission_state(sel, mi, &st);
    dg_json_key(j, "state");
    dg_json_begin(j, '{', true);
    dg_json_k_str(j, "status", dg_mission_status_name(st));
    dg_json_key(j, "operating"), dg_json_bool(j, operating);
    dg_json_end(j);
}

static void members(dg_json *j, const dg_xsel *sel, const dg_org *o)
{
    dg_json_key(j, "members");
    dg_json_begin(j, '[', false);
    for (uint32_t k = 0; k < o->n_members; k++) {
        const dg_member *mem = &o->members[k];
        if (!dg_xsel_member(sel, o, mem))
            continue;
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "member", dg_ref_id(sel->m, mem->who));
        dg_json_k_str(j, "member_type", dg_ref_type_name(mem->who));
        dg_json_k_str(j, "status", dg_member_status_name(mem->status));
        dg_json_k_date(j, "since", &mem->period.start);
        dg_json_k_date(j, "until", &mem->period.end);
        dg_json_note_sources(j, sel->m, mem->note, &mem->cite);
        if (dg_model_uses_v11(sel->m)) {
            dg_json_v11_member(j, sel->m, mem);
            state_member(j, sel, mem);
        }
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void organizations(dg_json *j, const dg_xsel *sel)
{
    const dg_model *m = sel->m;
    dg_json_key(j, "organizations");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const dg_org *o = &m->orgs[i];
        if (!dg_xsel_org(sel, i))
            continue;
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "id", o->id);
        dg_json_k_str(j, "name", o->name);
        dg_json_k_str(j, "kind",
                      o->kind == DG_ORG_UNSPECIFIED ? NULL : dg_org_kind_name(o->kind));
        dg_json_k_date(j, "founded", &o->period.start);
        dg_json_k_date(j, "dissolved", &o->period.end);
        dg_json_k_str(j, "url", o->url);
        dg_json_note_sources(j, m, o->note, &o->cite);
        members(j, sel, o);
        if (dg_model_uses_v11(m))
            dg_json_v11_org(j, o);
        dg_json_end(j);
    }
    dg_json_end(j);
}

/* One relation; b is an organization in m->org_relations (format 1.1). */
static void relation(dg_json *j, const dg_xsel *sel, const dg_relation *r)
{
    const dg_model *m = sel->m;
    dg_json_begin(j, '{', false);
    dg_json_key(j, "between");
    dg_json_begin(j, '[', true);
    dg_json_str(j, m->countries[r->a].id);
    dg_json_str(j, r->b_kind == DG_ACTOR_ORG ? m->orgs[r->b].id : m->countries[r->b].id);
    dg_json_end(j);
    dg_json_k_str(j, "status", dg_rel_status_name(r->status));
    dg_json_k_date(j, "recognized", &r->recognized);
    dg_json_k_date(j, "established", &r->period.start);
    dg_json_k_date(j, "severed", &r->period.end);
    dg_json_key(j, "border_km");
    if (r->has_border)
        dg_json_num(j, r->border_km);
    else
        dg_json_null(j);
    dg_json_note_sources(j, m, r->note, &r->cite);
    if (dg_model_uses_v11(m)) {
        dg_json_v11_relation(j, m, r);
        state_relation(j, sel, r);
    }
    dg_json_end(j);
}

static void relations(dg_json *j, const dg_xsel *sel)
{
    const dg_model *m = sel->m;
    dg_json_key(j, "relations");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_relations; i++)
        if (dg_xsel_relation(sel, &m->relations[i]))
            relation(j, sel, &m->relations[i]);
    /* With an organization (format 1.1); export_select.c keeps both ends. */
    for (uint32_t i = 0; i < m->n_org_relations; i++)
        if (dg_xsel_relation(sel, &m->org_relations[i]))
            relation(j, sel, &m->org_relations[i]);
    dg_json_end(j);
}


static void accredited(dg_json *j, const dg_xsel *sel, const dg_mission *mi)
{
    dg_json_key(j, "accredited");
    dg_json_begin(j, '[', false);
    for (uint32_t k = 0; k < mi->n_accredited; k++) {
        const dg_accreditation *a = &mi->accredited[k];
        if (!dg_xsel_accred(sel, mi, a))
            continue;
        dg_json_begin(j, '{', false);
        dg_json_k_str(j, "to", sel->m->countries[a->to].id);
        dg_json_k_date(j, "since", &a->period.start);
        dg_json_k_date(j, "until", &a->period.end);
        dg_json_note_sources(j, sel->m, a->note, &a->cite);
        if (dg_model_uses_v11(sel->m))
            dg_json_v11_accred(j, sel->m, a);
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void mission(dg_json *j, const dg_xsel *sel, const dg_mission *mi)
{
    const dg_model *m = sel->m;
    dg_json_begin(j, '{', false);
    dg_json_k_str(j, "id", mi->id);
    dg_json_k_str(j, "of", dg_ref_id(m, mi->of));
    dg_json_k_str(j, "of_type", dg_ref_type_name(mi->of));
    dg_json_k_str(j, "kind", dg_mission_kind_name(mi->kind));
    dg_json_k_str(j, "label", mi->label);
    dg_json_k_str(j, "city", mi->city);
    dg_json_k_str(j, "in", m->countries[mi->in].id);
    dg_json_k_str(j, "to", mi->to == DG_NONE ? NULL : m->orgs[mi->to].id);
    dg_json_k_date(j, "opened", &mi->period.start);
    dg_json_k_date(j, "closed", &mi->period.end);
    dg_json_note_sources(j, m, mi->note, &mi->cite);
    accredited(j, sel, mi);
    if (dg_model_uses_v11(m)) {
        dg_json_v11_mission(j, m, mi);
        state_mission(j, sel, mi);
    }
    dg_json_end(j);
}

static void missions(dg_json *j, const dg_xsel *sel)
{
    dg_json_key(j, "missions");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < sel->m->n_missions; i++)
        if (dg_xsel_mission(sel, &sel->m->missions[i]))
            mission(j, sel, &sel->m->missions[i]);
    dg_json_end(j);
}

static void events(dg_json *j, const dg_xsel *sel)
{
    const dg_model *m = sel->m;
    dg_json_key(j, "events");
    dg_json_begin(j, '[', false);
    for (uint32_t i = 0; i < m->n_events; i++) {
        const dg_event *e = &m->events[i];
        if (!dg_xsel_event(sel, e))
            continue;
        dg_json_begin(j, '{', false);
        dg_json_k_date(j, "date", &e->period.start);
        dg_json_k_date(j, "until", &e->period.end);
        dg_json_k_str(j, "kind", dg_event_kind_name(e->kind));
        dg_json_k_str(j, "title", e->title);
        dg_json_key(j, "actors");
        dg_json_begin(j, '[', true);
        for (uint32_t k = 0; k < e->n_actors; k++) {
            dg_json_begin(j, '{', true);
            dg_json_k_str(j, "id", dg_ref_id(m, e->actors[k]));
            dg_json_k_str(j, "type", dg_ref_type_name(e->actors[k]));
            dg_json_end(j);
        }
        dg_json_end(j);
        dg_json_note_sources(j, m, e->note, &e->cite);
        dg_json_end(j);
    }
    dg_json_end(j);
}

dg_status dg_export_json(const dg_xsel *sel, const dg_export_opts *o, dg_buf *out, dg_error *err)
{
    const dg_model *m = sel->m;
    dg_json jw, *j = &jw;
    (void)o;
    dg_json_init(j, out);
    dg_json_begin(j, '{', false);
    dg_json_key(j, "dipgraph");
    if (dg_model_uses_v11(m)) /* 1.1's keys are in the records below */
        dg_json_num(j, DG_FORMAT_MAJOR + DG_FORMAT_MINOR / 10.0);
    else
        dg_json_int(j, DG_FORMAT_MAJOR);
    dg_json_k_str(j, "title", m->title);
    dg_json_k_str(j, "focus", m->focus == DG_NONE ? NULL : m->countries[m->focus].id);
    dg_json_key(j, "at");
    if (sel->at)
        dg_json_date(j, sel->at);
    else
        dg_json_null(j);
    sources(j, m);
    countries(j, sel);
    organizations(j, sel);
    relations(j, sel);
    missions(j, sel);
    events(j, sel);
    if (dg_model_uses_v11(m))
        dg_json_v11_places(j, m);
    dg_json_end(j);
    if (!dg_json_finish(j))
        return dg_error_set(err, DG_EOUTPUT, "out of memory writing JSON");
    return DG_OK;
}
