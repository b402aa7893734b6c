/* tool_query_stats.c — `dipgraph stats`: the data set in numbers, and
 * what they say about representation: missions by kind, reciprocity of
 * resident embassies, the top hub cities, and the partners with relations
 * but no representation either way. */
#include "tool_query.h"

enum { TOP_HUBS = 10, TEXT_PAIRS = 20 };

static const char *cid(const dg_model *m, uint32_t i) { return m->countries[i].id; }

static void json_pairs(dg_json *j, const dg_model *m, const char *key,
                       const dg_country_pair *p, size_t n)
{
    dg_json_key(j, key);
    dg_json_begin(j, '[', false);
    for (size_t i = 0; i < n; i++) {
        dg_json_begin(j, '[', true);
        dg_json_str(j, cid(m, p[i].a));
        dg_json_str(j, cid(m, p[i].b));
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void json_counts(dg_json *j, const dg_stats *s)
{
    const char *names[] = {"countries", "organizations", "relations", "missions",
                           "accreditations", "events", "memberships", "sources"};
    const uint32_t v[] = {s->countries, s->organizations, s->relations, s->missions,
                          s->accreditations, s->events, s->memberships, s->sources};
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++) {
        dg_json_key(j, names[i]);
        dg_json_int(j, v[i]);
    }
}

static void json_hubs(dg_json *j, const dg_model *m, const dg_stats *s)
{
    dg_json_key(j, "top_hubs");
    dg_json_begin(j, '[', false);
    for (size_t i = 0; i < s->n_hubs && i < TOP_HUBS; i++) {
        const dg_hub_count *h = &s->hubs[i];
        dg_json_begin(j, '{', true);
        dg_json_key(j, "city"), dg_json_str(j, h->city);
        dg_json_key(j, "in"), dg_json_str(j, cid(m, h->in));
        dg_json_key(j, "accreditations"), dg_json_int(j, h->accreditations);
        dg_json_key(j, "senders"), dg_json_int(j, h->senders);
        dg_json_key(j, "countries"), dg_json_int(j, h->countries);
        dg_json_end(j);
    }
    dg_json_end(j);
}

static void put_json(tq_text *o, const dg_model *m, const tq_args *a, const dg_stats *s)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    json_counts(&j, s);
    tq_json_at(&j, &a->at);
    dg_json_key(&j, "open_missions");
    dg_json_int(&j, s->open_missions);
    dg_json_key(&j, "missions_by_kind");
    dg_json_begin(&j, '{', false);
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++) {
        dg_json_key(&j, dg_mission_kind_name((dg_mission_kind)k));
        dg_json_int(&j, s->missions_by_kind[k]);
    }
    dg_json_end(&j);
    dg_json_key(&j, "reciprocity");
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "mutual"), dg_json_int(&j, (long long)s->n_mutual);
    dg_json_key(&j, "one_sided"), dg_json_int(&j, (long long)s->n_one_sided);
    json_pairs(&j, m, "mutual_pairs", s->mutual, s->n_mutual);
    json_pairs(&j, m, "one_sided_pairs", s->one_sided, s->n_one_sided);
    dg_json_end(&j);
    json_hubs(&j, m, s);
    json_pairs(&j, m, "no_representation", s->unrepresented, s->n_unrepresented);
    dg_json_end(&j);
    o->ok = dg_json_finish(&j);
}

/* At most TEXT_PAIRS pairs as a table, then how many more. */
static void text_pairs(tq_text *o, const dg_model *m, const char *h1, const char *h2,
                       const dg_country_pair *p, size_t n)
{
    tq_table t;
    tq_table_init(&t, 2);
    tq_cell(&t, h1), tq_cell(&t, h2);
    for (size_t i = 0; i < n && i < TEXT_PAIRS; i++)
        tq_cell(&t, cid(m, p[i].a)), tq_cell(&t, cid(m, p[i].b));
    if (n)
        tq_table_print(&t, o, "    ");
    tq_table_free(&t);
    if (n > TEXT_PAIRS)
        tq_printf(o, "    ... and %zu more (--json lists them all)\n", n - TEXT_PAIRS);
}

static void text_counts(tq_text *o, const dg_stats *s)
{
    tq_table t;
    tq_table_init(&t, 2);
    tq_cell(&t, "countries"), tq_cellf(&t, "%u", s->countries);
    tq_cell(&t, "organizations"), tq_cellf(&t, "%u", s->organizations);
    tq_cell(&t, "memberships"), tq_cellf(&t, "%u", s->memberships);
    tq_cell(&t, "relations"), tq_cellf(&t, "%u", s->relations);
    tq_cell(&t, "missions"), tq_cellf(&t, "%u", s->missions);
    tq_cell(&t, "accreditations"), tq_cellf(&t, "%u", s->accreditations);
    tq_cell(&t, "events"), tq_cellf(&t, "%u", s->events);
    tq_cell(&t, "sources"), tq_cellf(&t, "%u", s->sources);
    tq_table_print(&t, o, "  ");
    tq_table_free(&t);
}

static void text_kinds(tq_text *o, const dg_stats *s, const char *when)
{
    tq_table t;
    tq_table_init(&t, 2);
    tq_printf(o, "\nMissions by kind (%u %s):\n", s->open_missions, when);
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        if (s->missions_by_kind[k])
            tq_cell(&t, dg_mission_kind_name((dg_mission_kind)k)),
                tq_cellf(&t, "%u", s->missions_by_kind[k]);
    tq_table_print(&t, o, "  ");
    tq_table_free(&t);
}

static void text_hubs(tq_text *o, const dg_model *m, const dg_stats *s)
{
    tq_printf(o, "\nTop hubs of non-resident accreditation (%zu %s):\n", s->n_hubs,
                  s->n_hubs == 1 ? "city" : "cities");
    if (!s->n_hubs)
        return;
    tq_table t;
    tq_table_init(&t, 5);
    tq_cell(&t, "CITY"), tq_cell(&t, "IN"), tq_cell(&t, "ACCREDITATIONS");
    tq_cell(&t, "SENDERS"), tq_cell(&t, "COUNTRIES");
    for (size_t i = 0; i < s->n_hubs && i < TOP_HUBS; i++) {
        const dg_hub_count *h = &s->hubs[i];
        tq_cell(&t, h->city ? h->city : "(no city)"), tq_cell(&t, cid(m, h->in));
        tq_cellf(&t, "%u", h->accreditations), tq_cellf(&t, "%u", h->senders);
        tq_cellf(&t, "%u", h->countries);
    }
    tq_table_print(&t, o, "  ");
    tq_table_free(&t);
}

static void put_text(tq_text *o, const dg_model *m, const tq_args *a, const dg_stats *s)
{
    char at[32];
    tq_at_phrase(&a->at, at, sizeof at);
    tq_printf(o, "%s%s:\n", m->title ? m->title : "The data set", at[0] ? at : "");
    text_counts(o, s);
    text_kinds(o, s, at[0] ? at + 1 : "open"); /* "on DATE" */
    tq_printf(o, "\nResident embassies: %zu pair%s with one each way, %zu with one way only\n",
                  s->n_mutual, s->n_mutual == 1 ? "" : "s", s->n_one_sided);
    text_pairs(o, m, "FROM", "IN", s->one_sided, s->n_one_sided);
    text_hubs(o, m, s);
    tq_printf(o, "\nRelations without representation either way: %zu\n", s->n_unrepresented);
    text_pairs(o, m, "COUNTRY", "COUNTRY", s->unrepresented, s->n_unrepresented);
}

static int answer(const dg_model *m, const tq_args *a)
{
    dg_stats s;
    tq_text o = {{0}, true};
    dg_stats_compute(m, &a->at, &s);
    if (a->json)
        put_json(&o, m, a, &s);
    else
        put_text(&o, m, a, &s);
    dg_stats_free(&s);
    return tq_output(a->cmd, &o);
}

static int run(int argc, char **argv)
{
    return tq_run(argc, argv, 0, &tool_stats_cmd, answer);
}

const tool_cmd tool_stats_cmd = {
    "stats", run, "the data set in numbers, reciprocity and hubs",
    "usage: dipgraph stats [--at DATE] [--json] [FILE...]\n\n"
    "Counts the records of the data set (with --at, those holding on that\n"
    "day), then: the missions open (or holding on --at) by kind; reciprocity\n"
    "of resident embassies (pairs with one each way, and with one way only);\n"
    "the top hub cities of non-resident accreditation; and the relations\n"
    "whose countries have no representation in each other either way.\n\n"
    "  --at DATE   what held on that day (YYYY, YYYY-MM or YYYY-MM-DD)\n"
    "  --json      one JSON object; see docs/queries.md for its fields\n\n"
    "Exit status: 0 answered, 1 errors in the data, 2 bad usage, 3 output\n"
    "failure.\n"};
