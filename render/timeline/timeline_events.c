/* timeline_events.c — event lanes: one per kind of event (in the order of
 * the format's vocabulary), each holding its events in date order; the
 * layout stacks, labels and, where crowded, aggregates them. */
#include "timeline.h"

/* TRANSLATORS: the lanes of a timeline's events, one per kind. */
static const char *const lane_names[DG_EVENT_KIND_COUNT] = {
    N_("Agreements"), N_("Treaties"), N_("Visits"), N_("Meetings"), N_("Recognitions"),
    N_("Expulsions"), N_("Recalls"), N_("Sanctions"), N_("Closures"), N_("Openings"),
    N_("Withdrawals"), N_("Accessions"), N_("Other events")};

static int event_style(dg_event_kind k)
{
    switch (k) {
    case DG_EV_AGREEMENT: case DG_EV_TREATY: case DG_EV_VISIT: case DG_EV_MEETING:
    case DG_EV_RECOGNITION: case DG_EV_OPENING: case DG_EV_ACCESSION:
        return TL_S_EV_COOPERATION;
    case DG_EV_EXPULSION: case DG_EV_RECALL: case DG_EV_SANCTION: case DG_EV_CLOSURE:
    case DG_EV_WITHDRAWAL:
        return TL_S_EV_CONFLICT;
    default:
        return TL_S_EV_OTHER;
    }
}

/* Is country x the focus, or a state the focus continues (format 1.1
 * continuity: Yugoslavia's events are Serbia's history too)?  The chain
 * is walked at most once round, whatever the data. */
static bool focus_or_predecessor(const tl_ctx *c, uint32_t x)
{
    uint32_t f = c->focus;
    for (uint32_t n = 0; f != DG_NONE && n < c->m->n_countries; n++) {
        if (f == x)
            return true;
        f = c->m->countries[f].continues;
    }
    return false;
}

static bool involves(const tl_ctx *c, const dg_event *ev)
{
    if (c->focus == DG_NONE)
        return true;
    for (uint32_t k = 0; k < ev->n_actors; k++)
        if (ev->actors[k].kind == DG_ACTOR_COUNTRY && focus_or_predecessor(c, ev->actors[k].index))
            return true;
    return false;
}

static void event_tip(tl_ctx *c, const dg_event *ev)
{
    char a[16], b[16];
    dg_date_format(&ev->period.start, a, sizeof a);
    dg_date_format(&ev->period.end, b, sizeof b);
    const char *L = c->p->lang;
    tl_tip_add(&c->t, "%s%s%s \xC2\xB7 %s\n%s", a, b[0] ? " \xE2\x80\x93 " : "", b,
               dg_trc(L, "event kind", dg_event_kind_name(ev->kind)), ev->title);
    for (uint32_t k = 0; k < ev->n_actors; k++)
        tl_tip_add(&c->t, "%s%s%s", k ? ", " : "\n", k ? "" : dg_tr(L, "actors: "),
                   dg_ref_name(c->m, ev->actors[k]));
    tl_tip_text(&c->t, dg_tr(L, "note: "), ev->note, 600);
    tl_tip_cite(&c->t, c->m, &ev->cite, c->cited);
}

static void event_span(tl_ctx *c, const dg_event *ev)
{
    tl_plan *p = c->p;
    tl_span *s = tl_add_span(p, TL_SP_EVENT, event_style(ev->kind));
    const dg_date *end = dg_date_set(&ev->period.end) ? &ev->period.end : &ev->period.start;
    s->d0 = dg_date_first(&ev->period.start);
    s->d1 = dg_date_last(end) + 1;
    if (ev->period.start.qual)
        s->flags |= TL_F_START_FUZZY;
    if (dg_date_set(&ev->period.end) ? ev->period.end.qual : ev->period.start.qual)
        s->flags |= TL_F_END_FUZZY;
    tl_note_day(p, s->d0, s->d1 - 1);
    s->label = ev->title;
    event_tip(c, ev);
    s->tip = tl_tip_done(p, &c->t);
}

void tl_group_events(tl_ctx *c)
{
    const dg_model *m = c->m;
    /* TRANSLATORS: a timeline's heading; %s is the focus country. */
    tl_heading(c, dg_tr(c->p->lang, "Events involving %s"), dg_tr(c->p->lang, "Events"));
    size_t count[DG_EVENT_KIND_COUNT] = {0}, total = 0;
    for (uint32_t i = 0; i < m->n_events; i++)
        if (involves(c, &m->events[i]))
            count[m->events[i].kind]++, total++;
    if (!total) {
        tl_add_row(c->p, TL_R_NOTE, dg_tr(c->p->lang, "No events recorded."), NULL);
        return;
    }
    /* One pass per kind keeps each lane's spans together and in the
     * model's (date) order; kinds are few. */
    for (int k = 0; k < DG_EVENT_KIND_COUNT; k++) {
        if (!count[k])
            continue;
        tl_add_row(c->p, TL_R_LANE, dg_tr(c->p->lang, lane_names[k]), NULL);
        for (uint32_t i = 0; i < m->n_events; i++)
            if (m->events[i].kind == (dg_event_kind)k && involves(c, &m->events[i]))
                event_span(c, &m->events[i]);
    }
}
