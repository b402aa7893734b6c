/* answer_stats.c — dg_answer_stats: the data set in numbers, and what they
 * say about representation: missions by kind, reciprocity of resident
 * embassies, the top hub cities, and the partners with relations but no
 * representation either way (docs/queries.md). */
#include "answer.h"

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

static void json_kinds(dg_json *j, const dg_stats *s)
{
    dg_json_key(j, "open_missions");
    dg_json_int(j, s->open_missions);
    dg_json_key(j, "missions_by_kind");
    dg_json_begin(j, '{', false);
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++) {
        dg_json_key(j, dg_mission_kind_name((dg_mission_kind)k));
        dg_json_int(j, s->missions_by_kind[k]);
    }
    dg_json_end(j);
}

static void put_json(dg_ans_text *o, const dg_model *m, const dg_answer_opts *a,
                     const dg_stats *s)
{
    dg_json j;
    dg_json_init(&j, &o->b);
    dg_json_begin(&j, '{', false);
    json_counts(&j, s);
    dg_ans_json_at(&j, &a->at);
    json_kinds(&j, s);
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
    o->ok = dg_json_finish(&j) && o->ok;
}

/* At most TEXT_PAIRS pairs as a table, then how many more. */
static void text_pairs(dg_ans_text *o, const dg_model *m, const char *h1, const char *h2,
                       const dg_country_pair *p, size_t n)
{
    dg_ans_table t;
    dg_ans_table_init(&t, 2);
    dg_ans_cell(&t, h1), dg_ans_cell(&t, h2);
    for (size_t i = 0; i < n && i < TEXT_PAIRS; i++)
        dg_ans_cell(&t, cid(m, p[i].a)), dg_ans_cell(&t, cid(m, p[i].b));
    if (n)
        dg_ans_table_print(&t, o, "    ");
    dg_ans_table_free(&t);
    if (n > TEXT_PAIRS)
        dg_ans_printf(o, "    ... and %zu more (the JSON answer lists them all)\n",
                      n - TEXT_PAIRS);
}

static void text_counts(dg_ans_text *o, const dg_stats *s)
{
    const char *names[] = {"countries", "organizations", "memberships", "relations",
                           "missions", "accreditations", "events", "sources"};
    const uint32_t v[] = {s->countries, s->organizations, s->memberships, s->relations,
                          s->missions, s->accreditations, s->events, s->sources};
    dg_ans_table t;
    dg_ans_table_init(&t, 2);
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        dg_ans_cell(&t, names[i]), dg_ans_cellf(&t, "%u", v[i]);
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void text_kinds(dg_ans_text *o, const dg_stats *s, const char *when)
{
    dg_ans_table t;
    dg_ans_table_init(&t, 2);
    dg_ans_printf(o, "\nMissions by kind (%u %s):\n", s->open_missions, when);
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++)
        if (s->missions_by_kind[k])
            dg_ans_cell(&t, dg_mission_kind_name((dg_mission_kind)k)),
                dg_ans_cellf(&t, "%u", s->missions_by_kind[k]);
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void text_hubs(dg_ans_text *o, const dg_model *m, const dg_stats *s)
{
    dg_ans_printf(o, "\nTop hubs of non-resident accreditation (%zu %s):\n", s->n_hubs,
                  s->n_hubs == 1 ? "city" : "cities");
    if (!s->n_hubs)
        return;
    dg_ans_table t;
    dg_ans_table_init(&t, 5);
    dg_ans_cell(&t, "CITY"), dg_ans_cell(&t, "IN"), dg_ans_cell(&t, "ACCREDITATIONS");
    dg_ans_cell(&t, "SENDERS"), dg_ans_cell(&t, "COUNTRIES");
    for (size_t i = 0; i < s->n_hubs && i < TOP_HUBS; i++) {
        const dg_hub_count *h = &s->hubs[i];
        dg_ans_cell(&t, h->city ? h->city : "(no city)"), dg_ans_cell(&t, cid(m, h->in));
        dg_ans_cellf(&t, "%u", h->accreditations), dg_ans_cellf(&t, "%u", h->senders);
        dg_ans_cellf(&t, "%u", h->countries);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void put_text(dg_ans_text *o, const dg_model *m, const dg_answer_opts *a,
                     const dg_stats *s)
{
    char at[32];
    dg_ans_at_phrase(&a->at, at, sizeof at);
    dg_ans_put(o, m->title ? m->title : "The data set");
    dg_ans_printf(o, "%s:\n", at[0] ? at : "");
    text_counts(o, s);
    text_kinds(o, s, at[0] ? at + 1 : "open"); /* "on DATE" */
    dg_ans_printf(o, "\nResident embassies: %zu pair%s with one each way, %zu with one way only\n",
                  s->n_mutual, s->n_mutual == 1 ? "" : "s", s->n_one_sided);
    text_pairs(o, m, "FROM", "IN", s->one_sided, s->n_one_sided);
    text_hubs(o, m, s);
    /* "no mission recorded", not "no representation": the data may simply
     * not record the missions of a pair (the seed has none for Russia). */
    dg_ans_printf(o, "\nRelations with no mission recorded either way: %zu\n",
                  s->n_unrepresented);
    text_pairs(o, m, "COUNTRY", "COUNTRY", s->unrepresented, s->n_unrepresented);
}

dg_status dg_answer_stats(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                          dg_error *err)
{
    dg_stats s;
    dg_ans_text t = {{0}, true};
    dg_stats_compute(m, &o->at, &s);
    if (o->json)
        put_json(&t, m, o, &s);
    else
        put_text(&t, m, o, &s);
    dg_stats_free(&s);
    return dg_ans_finish(&t, out, err);
}
