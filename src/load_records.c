/* load_records.c — relations, missions (with accreditations) and events. */
#include "load_fields.h"

#include <math.h>
#include <stddef.h>

#define OFF(type, member) offsetof(type, member)

static void require(loader *L, const seen *sn, const field *fields, const char *key,
                    const char *what, bool *ok)
{
    int i = field_index(fields, key);
    if (sn->has[i])
        return;
    dg_err(L->m, sn->at, "%s needs '%s'", what, key);
    *ok = false;
}

/* ---- relations ---- */

static void relation_between(loader *L, void *rec, tok *v)
{
    raw_relation *r = rec;
    uint32_t n;
    r->between_pos = tok_pos(L, v);
    raw_id *ids = id_list(L, v, "a country id", &n);
    if (n != 2) {
        dg_err(L->m, r->between_pos, "'between' must name two countries, not %u", n);
        return;
    }
    if (strcmp(ids[0].s, ids[1].s) == 0) {
        dg_err(L->m, ids[1].pos, "a relation is between two different countries, not '%s' and itself",
               ids[0].s);
        return;
    }
    r->a = ids[0];
    r->b = ids[1];
}

static const field relation_fields[] = {
    {"between", F_CUSTOM, 0, NULL, NULL, relation_between},
    {"recognized", F_DATE, OFF(raw_relation, r.recognized)},
    {"established", F_DATE, OFF(raw_relation, r.period.start)},
    {"severed", F_DATE, OFF(raw_relation, r.period.end)},
    {"since", F_DATE, OFF(raw_relation, r.period.start)},
    {"until", F_DATE, OFF(raw_relation, r.period.end)},
    {"status", F_VOCAB, OFF(raw_relation, r.status), dg_rel_status_names, "relation status"},
    {"border_km", F_KM, OFF(raw_relation, r.border_km)},
    {"note", F_TEXT, OFF(raw_relation, r.note)},
    {"source", F_SOURCE, OFF(raw_relation, cite)},
    {"sources", F_SOURCES, OFF(raw_relation, cite)},
    {0}};

/* Records are parsed in place at the end of their list (no copy of a
 * large struct per record) and taken off again when unusable. */
void relation_item(loader *L, tok *t)
{
    struct dg_model_priv *p = L->p;
    raw_relation *r = DG_PUSH(p->relations, p->n_relations, p->cap_relations);
    memset(r, 0, sizeof *r);
    r->r.border_km = NAN;
    r->r.pos = tok_pos(L, t);
    seen sn;
    parse_record(L, t, relation_fields, r, &sn);
    p->n_relations--; /* back on below when usable */
    if (t->type != T_MAP)
        return;
    bool ok = true;
    require(L, &sn, relation_fields, "between", "a relation", &ok);
    int sev = field_index(relation_fields, "severed"), until = field_index(relation_fields, "until");
    check_period(L, &r->r.period, seen_pos(&sn, sn.has[sev] ? sev : until),
                 "the relation");
    r->r.has_border = !isnan(r->r.border_km);
    if (r->a.s) /* else reported: no usable pair */
        p->n_relations++;
}

/* ---- missions ---- */

static const field accred_fields[] = {
    {"to", F_ID, OFF(raw_accred, to)},
    {"since", F_DATE, OFF(raw_accred, a.period.start)},
    {"until", F_DATE, OFF(raw_accred, a.period.end)},
    {"note", F_TEXT, OFF(raw_accred, a.note)},
    {"source", F_SOURCE, OFF(raw_accred, cite)},
    {"sources", F_SOURCES, OFF(raw_accred, cite)},
    {0}};

typedef struct accred_list {
    raw_accred *v;
    size_t n, cap;
} accred_list;

static void accred_entry(loader *L, tok *x, accred_list *al)
{
    raw_accred a = {0};
    a.a.pos = tok_pos(L, x);
    if (x->type == T_SCALAR) {
        if (tok_is_null(x))
            return;
        a.to = keep_id(L, x);
    } else {
        seen sn;
        parse_record(L, x, accred_fields, &a, &sn);
        if (x->type != T_MAP)
            return;
        bool ok = true;
        require(L, &sn, accred_fields, "to", "an accreditation", &ok);
        check_period(L, &a.a.period, seen_pos(&sn, field_index(accred_fields, "until")),
                     "the accreditation");
        if (!ok || !a.to.s) /* no usable 'to' (e.g. not a single value): reported */
            return;
    }
    *DG_PUSH(al->v, al->n, al->cap) = a;
}

static void mission_accredited(loader *L, void *rec, tok *v)
{
    raw_mission *m = rec;
    accred_list al = {0};
    if (v->type == T_SEQ) {
        for (;;) {
            tok x;
            ys_next(L->src, &x);
            if (x.type == T_SEQ_END || x.type == T_FATAL)
                break;
            accred_entry(L, &x, &al);
        }
    } else if (v->type == T_SCALAR) {
        accred_entry(L, v, &al);
    } else {
        dg_err(L->m, tok_pos(L, v), "'accredited' must be a list of countries, not a mapping");
        ys_skip(L->src, v);
    }
    /* In the model's arena: resolve_build.c turns it into the final array in place. */
    m->acc = dg_arena_memdup(L->p->arena, al.v, al.n * sizeof *al.v);
    m->n_acc = (uint32_t)al.n;
    free(al.v);
}

static const field mission_fields[] = {
    {"id", F_NAME, OFF(raw_mission, id)},
    {"of", F_ID, OFF(raw_mission, of)},
    {"kind", F_VOCAB, OFF(raw_mission, m.kind), dg_mission_kind_names, "mission kind"},
    {"label", F_TEXT, OFF(raw_mission, m.label)},
    {"city", F_TEXT, OFF(raw_mission, m.city)},
    {"in", F_ID, OFF(raw_mission, in)},
    {"to", F_ID, OFF(raw_mission, to)},
    {"opened", F_DATE, OFF(raw_mission, m.period.start)},
    {"closed", F_DATE, OFF(raw_mission, m.period.end)},
    {"since", F_DATE, OFF(raw_mission, m.period.start)},
    {"until", F_DATE, OFF(raw_mission, m.period.end)},
    {"accredited", F_CUSTOM, 0, NULL, NULL, mission_accredited},
    {"note", F_TEXT, OFF(raw_mission, m.note)},
    {"source", F_SOURCE, OFF(raw_mission, cite)},
    {"sources", F_SOURCES, OFF(raw_mission, cite)},
    {0}};

void mission_item(loader *L, tok *t)
{
    struct dg_model_priv *p = L->p;
    raw_mission *r = DG_PUSH(p->missions, p->n_missions, p->cap_missions);
    memset(r, 0, sizeof *r);
    r->m.pos = tok_pos(L, t);
    seen sn;
    parse_record(L, t, mission_fields, r, &sn);
    p->n_missions--;
    if (t->type != T_MAP)
        return;
    bool ok = true;
    require(L, &sn, mission_fields, "of", "a mission", &ok);
    require(L, &sn, mission_fields, "kind", "a mission", &ok);
    require(L, &sn, mission_fields, "in", "a mission", &ok);
    if (r->m.kind == DG_MK_OTHER && sn.has[field_index(mission_fields, "kind")] && !r->m.label) {
        dg_err(L->m, seen_pos(&sn, field_index(mission_fields, "kind")),
               "a mission of kind 'other' needs a 'label' saying what it is");
    }
    if (r->id.s && !dg_id_valid(r->id.s))
        dg_err(L->m, r->id.pos,
               "'%.64s' is not a valid mission id (a letter, then letters, digits, '_', '.' or "
               "'-'; at most 64 bytes)", r->id.s);
    int cl = field_index(mission_fields, "closed"), un = field_index(mission_fields, "until");
    check_period(L, &r->m.period, seen_pos(&sn, sn.has[cl] ? cl : un), "the mission");
    if (ok && r->of.s && r->in.s)
        p->n_missions++;
}

/* ---- events ---- */

static void event_actors(loader *L, void *rec, tok *v)
{
    raw_event *e = rec;
    e->actors_pos = tok_pos(L, v);
    e->actors = id_list(L, v, "an actor id", &e->n_actors);
}

static const field event_fields[] = {
    {"date", F_DATE, OFF(raw_event, e.period.start)},
    {"until", F_DATE, OFF(raw_event, e.period.end)},
    {"kind", F_VOCAB, OFF(raw_event, e.kind), dg_event_kind_names, "event kind"},
    {"title", F_TEXT, OFF(raw_event, e.title)},
    {"actors", F_CUSTOM, 0, NULL, NULL, event_actors},
    {"note", F_TEXT, OFF(raw_event, e.note)},
    {"source", F_SOURCE, OFF(raw_event, cite)},
    {"sources", F_SOURCES, OFF(raw_event, cite)},
    {0}};

void event_item(loader *L, tok *t)
{
    struct dg_model_priv *p = L->p;
    raw_event *r = DG_PUSH(p->events, p->n_events, p->cap_events);
    memset(r, 0, sizeof *r);
    r->e.pos = tok_pos(L, t);
    seen sn;
    parse_record(L, t, event_fields, r, &sn);
    p->n_events--;
    if (t->type != T_MAP)
        return;
    bool ok = true;
    require(L, &sn, event_fields, "date", "an event", &ok);
    require(L, &sn, event_fields, "kind", "an event", &ok);
    require(L, &sn, event_fields, "title", "an event", &ok);
    require(L, &sn, event_fields, "actors", "an event", &ok);
    if (sn.has[field_index(event_fields, "actors")] && r->n_actors == 0) {
        dg_err(L->m, r->actors_pos, "an event needs at least one actor");
        ok = false;
    }
    check_period(L, &r->e.period, seen_pos(&sn, field_index(event_fields, "until")), "the event");
    if (ok && dg_date_set(&r->e.period.start))
        p->n_events++;
}
