/* load_records.c — relations, missions (with accreditations) and events. */
#include "load_fields.h"
#include "load_v11.h"

#include <math.h>
#include <stddef.h>

#define OFF(type, member) offsetof(type, member)

static void require(loader *L, const seen *sn, const field *fields, int i, const char *what,
                    bool *ok)
{
    if (seen_has(sn, i))
        return;
    dg_err(L->m, sn->at, "%s needs '%s'", what, fields[i].key);
    *ok = false;
}

/* ---- relations ---- */

static void relation_between(loader *L, void *rec, tok *v)
{
    raw_relation *r = rec;
    id_vec iv;
    r->between_line = v->line;
    r->between_col = v->col;
    size_t n = collect_ids(L, v, "a country id", true, &iv);
    const raw_id *ids = iv.v;
    if (n != 2)
        dg_err(L->m, tok_pos(L, v), "'between' must name two countries, not %zu", n);
    else if (ids[0].sym == ids[1].sym) /* interned: the same string */
        dg_err(L->m, rid_pos(L->p, ids[1]),
               "a relation is between two different countries, not '%s' and itself",
               rid_str(L->p, ids[0]));
    else
        r->a = ids[0], r->b = ids[1];
    id_vec_free(&iv);
}

enum { RF_BETWEEN, RF_RECOGNIZED, RF_ESTABLISHED, RF_SEVERED, RF_SINCE, RF_UNTIL, RF_STATUS,
    RF_BORDER_KM, RF_NOTE, RF_SOURCE, RF_SOURCES, RF_LEVEL, RF_HISTORY, RF_COUNT };
static const field relation_fields[RF_COUNT + 1] = {
    [RF_BETWEEN] = {"between", F_CUSTOM, 0, NULL, NULL, relation_between},
    [RF_RECOGNIZED] = {"recognized", F_DATE, OFF(raw_relation, r.recognized)},
    [RF_ESTABLISHED] = {"established", F_DATE, OFF(raw_relation, r.period.start)},
    [RF_SEVERED] = {"severed", F_DATE, OFF(raw_relation, r.period.end)},
    [RF_SINCE] = {"since", F_DATE, OFF(raw_relation, r.period.start)},
    [RF_UNTIL] = {"until", F_DATE, OFF(raw_relation, r.period.end)},
    [RF_STATUS] = {"status", F_VOCAB, OFF(raw_relation, r.status), dg_rel_status_names,
                   "relation status"},
    [RF_BORDER_KM] = {"border_km", F_KM, OFF(raw_relation, r.border_km)},
    [RF_NOTE] = {"note", F_TEXT, OFF(raw_relation, r.note)},
    [RF_SOURCE] = {"source", F_SOURCE, OFF(raw_relation, cite)},
    [RF_SOURCES] = {"sources", F_SOURCES, OFF(raw_relation, cite)},
    /* format 1.1 */
    [RF_LEVEL] = {"level", F_VOCAB, OFF(raw_relation, r.level), dg_rel_level_names,
                  "relation level"},
    [RF_HISTORY] = {"history", F_CUSTOM, 0, NULL, NULL, relation_history},
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
    require(L, &sn, relation_fields, RF_BETWEEN, "a relation", &ok);
    int sev = RF_SEVERED, until = RF_UNTIL;
    check_period(L, &r->r.period, seen_pos(&sn, seen_has(&sn, sev) ? sev : until),
                 "the relation");
    if (r->n_hist)
        check_history(L, r->hist, r->n_hist, &r->r.period, "relation");
    if (seen_has(&sn, RF_LEVEL) || r->r.status == (dg_rel_status)DG_REL_NONE)
        p->uses_v11 = true;
    r->r.has_border = !isnan(r->r.border_km);
    if (r->a.sym) /* else reported: no usable pair */
        p->n_relations++;
}

/* ---- missions ---- */

enum { AF_TO, AF_SINCE, AF_UNTIL, AF_NOTE, AF_SOURCE, AF_SOURCES, AF_COUNT };
static const field accred_fields[AF_COUNT + 1] = {
    [AF_TO] = {"to", F_PLACE, OFF(raw_accred, to)},
    [AF_SINCE] = {"since", F_DATE, OFF(raw_accred, a.period.start)},
    [AF_UNTIL] = {"until", F_DATE, OFF(raw_accred, a.period.end)},
    [AF_NOTE] = {"note", F_TEXT, OFF(raw_accred, a.note)},
    [AF_SOURCE] = {"source", F_SOURCE, OFF(raw_accred, cite)},
    [AF_SOURCES] = {"sources", F_SOURCES, OFF(raw_accred, cite)},
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
        keep_place(L, x, &a.to);
    } else {
        seen sn;
        parse_record(L, x, accred_fields, &a, &sn);
        if (x->type != T_MAP)
            return;
        bool ok = true;
        require(L, &sn, accred_fields, AF_TO, "an accreditation", &ok);
        check_period(L, &a.a.period, seen_pos(&sn, AF_UNTIL),
                     "the accreditation");
        if (!ok || !a.to.sym) /* no usable 'to' (e.g. not a single value): reported */
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

enum { MF_ID, MF_OF, MF_KIND, MF_LABEL, MF_CITY, MF_IN, MF_TO, MF_OPENED, MF_CLOSED, MF_SINCE,
    MF_UNTIL, MF_ACCREDITED, MF_NOTE, MF_SOURCE, MF_SOURCES, MF_STATUS, MF_HISTORY, MF_HEADS,
    MF_WIKIDATA, MF_COUNT };
static const field mission_fields[MF_COUNT + 1] = {
    [MF_ID] = {"id", F_NAME, OFF(raw_mission, id)},
    [MF_OF] = {"of", F_PLACE, OFF(raw_mission, of)},
    [MF_KIND] = {"kind", F_VOCAB, OFF(raw_mission, m.kind), dg_mission_kind_names, "mission kind"},
    [MF_LABEL] = {"label", F_TEXT, OFF(raw_mission, m.label)},
    [MF_CITY] = {"city", F_TEXT, OFF(raw_mission, m.city)},
    [MF_IN] = {"in", F_PLACE, OFF(raw_mission, in)},
    [MF_TO] = {"to", F_ID, OFF(raw_mission, to)},
    [MF_OPENED] = {"opened", F_DATE, OFF(raw_mission, m.period.start)},
    [MF_CLOSED] = {"closed", F_DATE, OFF(raw_mission, m.period.end)},
    [MF_SINCE] = {"since", F_DATE, OFF(raw_mission, m.period.start)},
    [MF_UNTIL] = {"until", F_DATE, OFF(raw_mission, m.period.end)},
    [MF_ACCREDITED] = {"accredited", F_CUSTOM, 0, NULL, NULL, mission_accredited},
    [MF_NOTE] = {"note", F_TEXT, OFF(raw_mission, m.note)},
    [MF_SOURCE] = {"source", F_SOURCE, OFF(raw_mission, cite)},
    [MF_SOURCES] = {"sources", F_SOURCES, OFF(raw_mission, cite)},
    /* format 1.1 */
    [MF_STATUS] = {"status", F_VOCAB, OFF(raw_mission, m.status), dg_mission_status_names,
                   "mission status"},
    [MF_HISTORY] = {"history", F_CUSTOM, 0, NULL, NULL, mission_history},
    [MF_HEADS] = {"heads", F_CUSTOM, 0, NULL, NULL, mission_heads},
    [MF_WIKIDATA] = {"wikidata", F_CUSTOM, 0, NULL, NULL, mission_wikidata},
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
    require(L, &sn, mission_fields, MF_OF, "a mission", &ok);
    require(L, &sn, mission_fields, MF_KIND, "a mission", &ok);
    require(L, &sn, mission_fields, MF_IN, "a mission", &ok);
    if (r->m.kind == DG_MK_OTHER && seen_has(&sn, MF_KIND) && !r->m.label) {
        dg_err(L->m, seen_pos(&sn, MF_KIND),
               "a mission of kind 'other' needs a 'label' saying what it is");
    }
    const char *id = rid_str(p, r->id);
    if (id && !dg_id_valid(id))
        dg_err(L->m, rid_pos(p, r->id),
               "'%.64s' is not a valid mission id (a letter, then letters, digits, '_', '.' or "
               "'-'; at most 64 bytes)", id);
    int cl = MF_CLOSED, un = MF_UNTIL;
    check_period(L, &r->m.period, seen_pos(&sn, seen_has(&sn, cl) ? cl : un), "the mission");
    if (r->n_hist)
        check_history(L, r->hist, r->n_hist, &r->m.period, "mission");
    if (seen_has(&sn, MF_STATUS))
        p->uses_v11 = true;
    if (ok && r->of.sym && r->in.sym)
        p->n_missions++;
}

/* ---- events ---- */

static void event_actors(loader *L, void *rec, tok *v)
{
    raw_event *e = rec;
    e->actors = id_list(L, v, "an actor id", true, &e->n_actors);
}

enum { EF_DATE, EF_UNTIL, EF_KIND, EF_TITLE, EF_ACTORS, EF_NOTE, EF_SOURCE, EF_SOURCES, EF_COUNT };
static const field event_fields[EF_COUNT + 1] = {
    [EF_DATE] = {"date", F_DATE, OFF(raw_event, e.period.start)},
    [EF_UNTIL] = {"until", F_DATE, OFF(raw_event, e.period.end)},
    [EF_KIND] = {"kind", F_VOCAB, OFF(raw_event, e.kind), dg_event_kind_names, "event kind"},
    [EF_TITLE] = {"title", F_TEXT, OFF(raw_event, e.title)},
    [EF_ACTORS] = {"actors", F_CUSTOM, 0, NULL, NULL, event_actors},
    [EF_NOTE] = {"note", F_TEXT, OFF(raw_event, e.note)},
    [EF_SOURCE] = {"source", F_SOURCE, OFF(raw_event, cite)},
    [EF_SOURCES] = {"sources", F_SOURCES, OFF(raw_event, cite)},
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
    require(L, &sn, event_fields, EF_DATE, "an event", &ok);
    require(L, &sn, event_fields, EF_KIND, "an event", &ok);
    require(L, &sn, event_fields, EF_TITLE, "an event", &ok);
    require(L, &sn, event_fields, EF_ACTORS, "an event", &ok);
    if (seen_has(&sn, EF_ACTORS) && r->n_actors == 0) {
        dg_err(L->m, seen_pos(&sn, EF_ACTORS), "an event needs at least one actor");
        ok = false;
    }
    check_period(L, &r->e.period, seen_pos(&sn, EF_UNTIL), "the event");
    if (ok && dg_date_set(&r->e.period.start))
        p->n_events++;
}
