/* tool_query_represent.c — `dipgraph represent SENDER HOST`: how SENDER
 * is represented in HOST, as an aligned table or one JSON object. */
#include "tool_query.h"

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

static void put_json(tq_text *o, const dg_model *m, const tq_args *a, const tq_country *s,
                     const tq_country *h, const dg_rep_entry *v, size_t n)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "sender");
    dg_json_str(&j, s->id);
    dg_json_key(&j, "host");
    dg_json_str(&j, h->id);
    tq_json_at(&j, &a->at);
    dg_json_key(&j, "resident");
    dg_json_bool(&j, any_resident(v, n));
    dg_json_key(&j, "missions");
    dg_json_begin(&j, '[', false);
    for (size_t i = 0; i < n; i++) {
        const dg_mission *mi = v[i].mission;
        const dg_date *since, *until;
        entry_period(&v[i], &since, &until);
        dg_json_begin(&j, '{', true);
        dg_json_key(&j, "id"), dg_json_str(&j, mi->id);
        dg_json_key(&j, "kind"), dg_json_str(&j, dg_mission_kind_name(mi->kind));
        dg_json_key(&j, "city"), dg_json_str(&j, mi->city);
        dg_json_key(&j, "in"), dg_json_str(&j, m->countries[mi->in].id);
        dg_json_key(&j, "resident"), dg_json_bool(&j, v[i].resident);
        dg_json_key(&j, "since"), dg_json_date(&j, since);
        dg_json_key(&j, "until"), dg_json_date(&j, until);
        dg_json_end(&j);
    }
    dg_json_end(&j);
    dg_json_end(&j);
    o->ok = dg_json_finish(&j);
}

static void put_text(tq_text *o, const dg_model *m, const tq_args *a, const tq_country *s,
                     const tq_country *h, const dg_rep_entry *v, size_t n)
{
    char at[32];
    tq_at_phrase(&a->at, at, sizeof at);
    tq_put_name(o, s->name, s->id);
    tq_printf(o, " in ");
    tq_put_name(o, h->name, h->id);
    if (!n) {
        tq_printf(o, "%s: no representation\n", at);
        return;
    }
    tq_printf(o, "%s: %s, %zu mission%s\n", at, any_resident(v, n) ? "resident" : "non-resident",
                  n, n == 1 ? "" : "s");
    tq_table t;
    tq_table_init(&t, 7);
    static const char *const head[] = {"ID", "KIND", "CITY", "IN", "RESIDENT", "SINCE", "UNTIL"};
    for (size_t i = 0; i < 7; i++)
        tq_cell(&t, head[i]);
    for (size_t i = 0; i < n; i++) {
        const dg_mission *mi = v[i].mission;
        const dg_date *since, *until;
        char d1[16], d2[16];
        entry_period(&v[i], &since, &until);
        dg_date_format(since, d1, sizeof d1);
        dg_date_format(until, d2, sizeof d2);
        tq_cell(&t, mi->id);
        tq_cell(&t, mi->label ? mi->label : dg_mission_kind_name(mi->kind));
        tq_cell(&t, mi->city ? mi->city : "-");
        tq_cell(&t, m->countries[mi->in].id);
        tq_cell(&t, v[i].resident ? "yes" : "no");
        tq_cell(&t, d1);
        tq_cell(&t, d2);
    }
    tq_table_print(&t, o, "  ");
    tq_table_free(&t);
}

static int answer(const dg_model *m, const tq_args *a)
{
    tq_country s, h;
    uint32_t org;
    if (!tq_find_country(a->cmd, m, a->ids[0], &s, &org) ||
        !tq_find_country(a->cmd, m, a->ids[1], &h, NULL))
        return 1;
    dg_ref sender = org != DG_NONE ? (dg_ref){DG_ACTOR_ORG, org} : (dg_ref){DG_ACTOR_COUNTRY, s.index};
    size_t n = 0;
    /* A country the data set never mentions has no missions at all. */
    dg_rep_entry *v = (sender.index == DG_NONE || h.index == DG_NONE)
                          ? NULL
                          : dg_represent_ref(m, sender, h.index, &a->at, &n);
    tq_text o = {{0}, true};
    if (a->json)
        put_json(&o, m, a, &s, &h, v, n);
    else
        put_text(&o, m, a, &s, &h, v, n);
    free(v);
    return tq_output(a->cmd, &o);
}

static int run(int argc, char **argv)
{
    return tq_run(argc, argv, 2, &tool_represent_cmd, answer);
}

const tool_cmd tool_represent_cmd = {
    "represent", run, "how a country is represented in another",
    "usage: dipgraph represent [--at DATE] [--json] SENDER HOST [FILE...]\n\n"
    "Answers \"how is SENDER represented in HOST\": SENDER's missions resident in\n"
    "HOST, then its missions elsewhere accredited to HOST, each by id.  SENDER\n"
    "is a country (ISO alpha-2 or alpha-3 code, or an id the data set defines)\n"
    "or an organization; HOST is a country.  Missions to an organization count\n"
    "only through their accreditations.\n\n"
    "  --at DATE   what held on that day (YYYY, YYYY-MM or YYYY-MM-DD);\n"
    "              without it, what has no end date\n"
    "  --json      one JSON object: {\"sender\", \"host\", \"at\", \"resident\",\n"
    "              \"missions\": [{\"id\", \"kind\", \"city\", \"in\", \"resident\",\n"
    "              \"since\", \"until\"}]}\n\n"
    "Exit status: 0 answered (also with no representation), 1 errors in the\n"
    "data or an unknown id, 2 bad usage, 3 output failure.\n"};
