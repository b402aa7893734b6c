/* tool_query_hubs.c — `dipgraph hubs FOCUS`: the cities from which
 * countries are represented in FOCUS without residing there. */
#include "tool_query.h"

static void put_json(tq_text *o, const dg_model *m, const tq_args *a, const tq_country *f,
                     const dg_hub *h, size_t n)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    dg_json_key(&j, "focus");
    dg_json_str(&j, f->id);
    dg_json_key(&j, "hubs");
    dg_json_begin(&j, '[', false);
    for (size_t i = 0; i < n; i++) {
        dg_json_begin(&j, '{', true);
        dg_json_key(&j, "city");
        dg_json_str(&j, h[i].city); /* null: missions without a city */
        dg_json_key(&j, "in");
        dg_json_str(&j, m->countries[h[i].in].id);
        dg_json_key(&j, "countries");
        dg_json_begin(&j, '[', true);
        for (uint32_t k = 0; k < h[i].n_countries; k++)
            dg_json_str(&j, m->countries[h[i].countries[k]].id);
        dg_json_end(&j);
        dg_json_end(&j);
    }
    dg_json_end(&j);
    tq_json_at(&j, &a->at); /* after the fields cli-v1 specifies */
    dg_json_end(&j);
    o->ok = dg_json_finish(&j);
}

static void put_text(tq_text *o, const dg_model *m, const tq_args *a, const tq_country *f,
                     const dg_hub *h, size_t n)
{
    char at[32];
    tq_at_phrase(&a->at, at, sizeof at);
    tq_printf(o, "Hubs of non-resident representation in ");
    tq_put_name(o, f->name, f->id);
    if (!n) {
        tq_printf(o, "%s: none\n", at);
        return;
    }
    tq_printf(o, "%s: %zu %s\n", at, n, n == 1 ? "city" : "cities");
    tq_table t;
    tq_table_init(&t, 4);
    tq_cell(&t, "CITY"), tq_cell(&t, "IN"), tq_cell(&t, "N"), tq_cell(&t, "COUNTRIES");
    for (size_t i = 0; i < n; i++) {
        dg_buf ids = {0};
        for (uint32_t k = 0; k < h[i].n_countries; k++)
            dg_buf_printf(&ids, "%s%s", k ? " " : "", m->countries[h[i].countries[k]].id);
        tq_cell(&t, h[i].city ? h[i].city : "(no city)");
        tq_cell(&t, m->countries[h[i].in].id);
        tq_cellf(&t, "%u", h[i].n_countries);
        tq_cell(&t, ids.data);
        dg_buf_free(&ids);
    }
    tq_table_print(&t, o, "  ");
    tq_table_free(&t);
}

static int answer(const dg_model *m, const tq_args *a)
{
    tq_country f;
    if (!tq_find_country(a->cmd, m, a->ids[0], &f, NULL))
        return 1;
    size_t n = 0;
    dg_hub *h = f.index == DG_NONE ? NULL : dg_hubs(m, f.index, &a->at, &n);
    tq_text o = {{0}, true};
    if (a->json)
        put_json(&o, m, a, &f, h, n);
    else
        put_text(&o, m, a, &f, h, n);
    free(h);
    return tq_output(a->cmd, &o);
}

static int run(int argc, char **argv)
{
    return tq_run(argc, argv, 1, &tool_hubs_cmd, answer);
}

const tool_cmd tool_hubs_cmd = {
    "hubs", run, "cities from which countries are represented in FOCUS",
    "usage: dipgraph hubs [--at DATE] [--json] FOCUS [FILE...]\n\n"
    "Ranks the cities holding missions accredited to FOCUS without residing\n"
    "there (non-resident accreditation), with the countries whose missions\n"
    "those are: by number of countries (most first), then city.  Missions\n"
    "without a city are grouped by their host country (city null in JSON).\n\n"
    "  --at DATE   what held on that day (YYYY, YYYY-MM or YYYY-MM-DD);\n"
    "              without it, what has no end date\n"
    "  --json      one JSON object: {\"focus\", \"hubs\": [{\"city\", \"in\",\n"
    "              \"countries\": [...]}], \"at\"}\n\n"
    "Exit status: 0 answered, 1 errors in the data or an unknown id, 2 bad\n"
    "usage, 3 output failure.\n"};
