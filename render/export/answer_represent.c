/* answer_represent.c — dg_answer_represent: how SENDER is represented in
 * HOST, as an aligned table or one JSON object (docs/queries.md). */
#include "answer.h"

/* The dates an entry holds between: the accreditation's own, where set,
 * else its mission's ("with the mission"). */
static void entry_period(const dg_rep_entry *e, const dg_date **since, const dg_date **until)
{
    const dg_period *mp = &e->mission->period, *ap = e->accred ? &e->accred->period : NULL;
    *since = ap && dg_date_set(&ap->start) ? &ap->start : &mp->start;
    *until = ap && dg_date_set(&ap->end) ? &ap->end : &mp->end;
}

static bool any_resident(const dg_rep_entry *v, size_t n)
{
    return n && v[0].resident; /* resident entries come first */
}

typedef struct rep {
    const dg_model *m;
    const dg_answer_opts *o;
    const char *lang;     /* of the text's words */
    dg_ans_subject s, h;
    const dg_rep_entry *v;
    size_t n;
} rep;

static void json_mission(dg_json *j, const dg_model *m, const dg_rep_entry *e)
{
    const dg_mission *mi = e->mission;
    const dg_date *since, *until;
    entry_period(e, &since, &until);
    dg_json_begin(j, '{', true);
    dg_json_key(j, "id"), dg_json_str(j, mi->id);
    dg_json_key(j, "kind"), dg_json_str(j, dg_mission_kind_name(mi->kind));
    dg_json_key(j, "city"), dg_json_str(j, mi->city);
    dg_json_key(j, "in"), dg_json_str(j, m->countries[mi->in].id);
    dg_json_key(j, "resident"), dg_json_bool(j, e->resident);
    dg_json_key(j, "since"), dg_json_date(j, since);
    dg_json_key(j, "until"), dg_json_date(j, until);
    /* Continuity (format 1.1): only on taken-over records, so that the
     * answers about a version 1 data set stay as they were. */
    if (e->sender_as != DG_NONE)
        dg_json_key(j, "as"), dg_json_str(j, m->countries[e->sender_as].id);
    if (e->host_as != DG_NONE)
        dg_json_key(j, "host_as"), dg_json_str(j, m->countries[e->host_as].id);
    dg_json_end(j);
}

/* After the table, a line for each taken-over mission: whom its sender
 * (or its host) was then, "as Yugoslavia (YU)". */
static void text_as(dg_ans_text *o, const rep *r)
{
    for (size_t i = 0; i < r->n; i++) {
        const dg_rep_entry *e = &r->v[i];
        if (e->sender_as == DG_NONE && e->host_as == DG_NONE)
            continue;
        dg_ans_printf(o, "  ");
        dg_ans_put(o, e->mission->id);
        for (int side = 0; side < 2; side++) {
            uint32_t as = side ? e->host_as : e->sender_as;
            if (as == DG_NONE)
                continue;
            /* TRANSLATORS: "us-embassy-belgrade: as Yugoslavia (YU)": whom the
             * mission's sender (or host) was then, before a succession. */
            dg_ans_printf(o, ": %s ", side ? dg_tr(r->lang, "host as") : dg_tr(r->lang, "as"));
            dg_ans_put_name(o, r->m->countries[as].name, r->m->countries[as].id);
        }
        dg_ans_printf(o, "\n");
    }
}

static void text_rows(dg_ans_text *o, const rep *r)
{
    /* TRANSLATORS: column headings of `dipgraph represent`, in capitals. */
    static const char *const head[] = {N_("ID"), N_("KIND"), N_("CITY"), N_("IN"),
                                       N_("RESIDENT"), N_("SINCE"), N_("UNTIL")};
    dg_ans_table t;
    dg_ans_table_init(&t, 7);
    for (size_t i = 0; i < 7; i++)
        dg_ans_cell(&t, dg_tr(r->lang, head[i]));
    for (size_t i = 0; i < r->n; i++) {
        const dg_mission *mi = r->v[i].mission;
        const dg_date *since, *until;
        char d1[16], d2[16];
        entry_period(&r->v[i], &since, &until);
        dg_date_format(since, d1, sizeof d1);
        dg_date_format(until, d2, sizeof d2);
        dg_ans_cell(&t, mi->id);
        dg_ans_cell(&t, dg_ans_kind(r->lang, mi));
        dg_ans_cell(&t, mi->city ? dg_city_name(r->m, mi->city) : "-");
        dg_ans_cell(&t, r->m->countries[mi->in].id);
        dg_ans_cell(&t, r->v[i].resident ? dg_tr(r->lang, "yes") : dg_tr(r->lang, "no"));
        dg_ans_cell(&t, d1);
        dg_ans_cell(&t, d2);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

/* Is x the mission's side `current` now, or the holder of it on at? */
static bool stands_for(const dg_mission *mi, uint32_t current, uint32_t x, const dg_date *at)
{
    return current == x || dg_held_by_at(mi->as, mi->n_as, current, at) == x;
}

/* With no representation on a date, the sender's missions in the host that
 * existed then but did not operate (format 1.1 history), from index *i on:
 * the next one, or NULL.  Without them a reader cannot tell a closed
 * embassy from none at all. */
static const dg_mission *next_closed(const rep *r, uint32_t *i)
{
    const dg_date *at = &r->o->at;
    if (r->n || !dg_date_set(at) || r->s.org != DG_NONE || r->s.index == DG_NONE ||
        r->h.index == DG_NONE)
        return NULL;
    for (; *i < r->m->n_missions; ++*i) {
        const dg_mission *mi = &r->m->missions[*i];
        if (mi->of.kind == DG_ACTOR_COUNTRY && mi->to == DG_NONE &&
            stands_for(mi, mi->of.index, r->s.index, at) && stands_for(mi, mi->in, r->h.index, at) &&
            dg_period_holds(&mi->period, at) && !dg_mission_operating(r->m, mi, at))
            return &r->m->missions[(*i)++];
    }
    return NULL;
}

/* The status of a closed mission on the date, and the date of the history
 * entry that set it ("" when none did). */
static const char *closed_status(const rep *r, const dg_mission *mi, char *d, size_t n)
{
    const dg_change *c = dg_change_at(mi->history, mi->n_history, &r->o->at);
    d[0] = 0;
    if (c)
        dg_date_format(&c->date, d, n);
    return dg_mission_status_name(dg_mission_status_at(r->m, mi, &r->o->at));
}

/* "  us-belgrade: closed on that date, from 1999-03-23" */
static void text_closed(dg_ans_text *o, const rep *r)
{
    uint32_t i = 0;
    for (const dg_mission *mi; (mi = next_closed(r, &i));) {
        char d[16];
        const char *st = closed_status(r, mi, d, sizeof d);
        dg_ans_printf(o, "  ");
        /* TRANSLATORS: "us-belgrade: closed on that date, from 1999-03-23";
         * the second %s is a mission status word. */
        dg_ans_printf(o, dg_tr(r->lang, "%s: %s on that date, from %s"), mi->id,
                      dg_trc(r->lang, "mission status", st), d[0] ? d : "?");
        dg_ans_printf(o, "\n");
    }
}

/* "not_operating": [{"id": ..., "status": ..., "since": ...}], only when
 * there is one, so that other answers stay as they were. */
static void json_closed(dg_json *j, const rep *r)
{
    uint32_t i = 0;
    bool any = false;
    for (const dg_mission *mi; (mi = next_closed(r, &i));) {
        char d[16];
        const char *st = closed_status(r, mi, d, sizeof d);
        if (!any)
            dg_json_key(j, "not_operating"), dg_json_begin(j, '[', false);
        any = true;
        dg_json_begin(j, '{', true);
        dg_json_key(j, "id"), dg_json_str(j, mi->id);
        dg_json_key(j, "status"), dg_json_str(j, st);
        dg_json_key(j, "since"), dg_json_str(j, d[0] ? d : NULL);
        dg_json_end(j);
    }
    if (any)
        dg_json_end(j);
}

static void put_json(dg_ans_text *o, const rep *r)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "sender");
    dg_json_str(&j, r->s.id);
    dg_json_key(&j, "host");
    dg_json_str(&j, r->h.id);
    dg_ans_json_at(&j, &r->o->at);
    dg_json_key(&j, "resident");
    dg_json_bool(&j, any_resident(r->v, r->n));
    dg_json_key(&j, "missions");
    dg_json_begin(&j, '[', false);
    for (size_t i = 0; i < r->n; i++)
        json_mission(&j, r->m, &r->v[i]);
    dg_json_end(&j);
    json_closed(&j, r);
    dg_json_end(&j);
    o->ok = dg_json_finish(&j) && o->ok;
}

static void put_text(dg_ans_text *o, const rep *r)
{
    char at[64];
    const char *L = r->lang;
    dg_ans_at_phrase(L, &r->o->at, at, sizeof at);
    dg_ans_text s = {{0}, true}, h = {{0}, true};
    dg_ans_put_name(&s, r->s.name, r->s.id);
    dg_ans_put_name(&h, r->h.name, r->h.id);
    o->ok = o->ok && s.ok && h.ok;
    /* TRANSLATORS: "Netherlands (NL) in Belarus (BY)": how the first is
     * represented in the second. */
    dg_ans_printf(o, dg_tr(L, "%s in %s"), s.b.data ? s.b.data : "", h.b.data ? h.b.data : "");
    dg_buf_free(&s.b);
    dg_buf_free(&h.b);
    if (!r->n) {
        dg_ans_printf(o, "%s: %s\n", at, dg_tr(L, "no representation"));
        text_closed(o, r);
        return;
    }
    dg_ans_printf(o, "%s: %s, ", at,
                  any_resident(r->v, r->n) ? dg_tr(L, "resident") : dg_tr(L, "non-resident"));
    dg_ans_printf(o, dg_trn(L, "%zu mission", "%zu missions", r->n), r->n);
    dg_ans_printf(o, "\n");
    text_rows(o, r);
    text_as(o, r);
}

dg_status dg_answer_represent(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                              dg_error *err)
{
    rep r = {m, o, dg_out_lang(m, o->lang)};
    dg_status st = dg_ans_subject_find(m, "sender", o->sender ? o->sender : "", true, &r.s, err);
    if (st == DG_OK)
        st = dg_ans_subject_find(m, "host", o->host ? o->host : "", false, &r.h, err);
    if (st != DG_OK)
        return st;
    dg_ref sender = r.s.org != DG_NONE ? (dg_ref){DG_ACTOR_ORG, r.s.org}
                                       : (dg_ref){DG_ACTOR_COUNTRY, r.s.index};
    /* A country the data set never mentions has no missions at all. */
    dg_rep_entry *v = (sender.index == DG_NONE || r.h.index == DG_NONE)
                          ? NULL
                          : dg_represent_ref(m, sender, r.h.index, &o->at, &r.n);
    r.v = v;
    dg_ans_text t = {{0}, true};
    if (o->json)
        put_json(&t, &r);
    else
        put_text(&t, &r);
    free(v);
    return dg_ans_finish(&t, out, err);
}
