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
static void text_pairs(dg_ans_text *o, const dg_model *m, const char *L, const char *h1,
                       const char *h2, const dg_country_pair *p, size_t n)
{
    dg_ans_table t;
    dg_ans_table_init(&t, 2);
    dg_ans_cell(&t, dg_tr(L, h1)), dg_ans_cell(&t, dg_tr(L, h2));
    for (size_t i = 0; i < n && i < TEXT_PAIRS; i++)
        dg_ans_cell(&t, cid(m, p[i].a)), dg_ans_cell(&t, cid(m, p[i].b));
    if (n)
        dg_ans_table_print(&t, o, "    ");
    dg_ans_table_free(&t);
    if (n > TEXT_PAIRS) {
        dg_ans_printf(o, "    ");
        dg_ans_printf(o, dg_tr(L, "... and %zu more (the JSON answer lists them all)"),
                      n - TEXT_PAIRS);
        dg_ans_printf(o, "\n");
    }
}

static void text_counts(dg_ans_text *o, const char *L, const dg_stats *s)
{
    /* TRANSLATORS: the counts of `dipgraph stats`, one a line: "countries  57". */
    const char *names[] = {N_("countries"), N_("organizations"), N_("memberships"),
                           N_("relations"), N_("missions"), N_("accreditations"),
                           N_("events"), N_("sources")};
    const uint32_t v[] = {s->countries, s->organizations, s->memberships, s->relations,
                          s->missions, s->accreditations, s->events, s->sources};
    dg_ans_table t;
    dg_ans_table_init(&t, 2);
    for (size_t i = 0; i < sizeof v / sizeof v[0]; i++)
        dg_ans_cell(&t, dg_tr(L, names[i])), dg_ans_cellf(&t, "%u", v[i]);
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void text_kinds(dg_ans_text *o, const char *L, const dg_stats *s, const dg_date *at)
{
    dg_ans_table t;
    char day[16];
    dg_date_format(at, day, sizeof day);
    dg_ans_table_init(&t, 2);
    dg_ans_printf(o, "\n");
    if (day[0])
        dg_ans_printf(o, dg_tr(L, "Missions by kind (%u on %s):"), s->open_missions, day);
    else
        dg_ans_printf(o, dg_tr(L, "Missions by kind (%u open):"), s->open_missions);
    dg_ans_printf(o, "\n");
    for (int k = 0; k < DG_MISSION_KIND_COUNT; k++) {
        dg_mission mi = {.kind = (dg_mission_kind)k};
        if (s->missions_by_kind[k])
            dg_ans_cell(&t, dg_ans_kind(L, &mi)), dg_ans_cellf(&t, "%u", s->missions_by_kind[k]);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void text_hubs(dg_ans_text *o, const dg_model *m, const char *L, const dg_stats *s)
{
    dg_ans_printf(o, "\n");
    dg_ans_printf(o, dg_trn(L, "Top hubs of non-resident accreditation (%zu city):",
                           "Top hubs of non-resident accreditation (%zu cities):", s->n_hubs),
                  s->n_hubs);
    dg_ans_printf(o, "\n");
    if (!s->n_hubs)
        return;
    dg_ans_table t;
    dg_ans_table_init(&t, 5);
    /* TRANSLATORS: column headings of the hubs of `dipgraph stats`. */
    dg_ans_cell(&t, dg_tr(L, "CITY")), dg_ans_cell(&t, dg_tr(L, "IN"));
    dg_ans_cell(&t, dg_tr(L, "ACCREDITATIONS"));
    dg_ans_cell(&t, dg_tr(L, "SENDERS")), dg_ans_cell(&t, dg_tr(L, "COUNTRIES"));
    for (size_t i = 0; i < s->n_hubs && i < TOP_HUBS; i++) {
        const dg_hub_count *h = &s->hubs[i];
        dg_ans_cell(&t, h->city ? dg_city_name(m, h->city) : dg_tr(L, "(no city)"));
        dg_ans_cell(&t, cid(m, h->in));
        dg_ans_cellf(&t, "%u", h->accreditations), dg_ans_cellf(&t, "%u", h->senders);
        dg_ans_cellf(&t, "%u", h->countries);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void put_text(dg_ans_text *o, const dg_model *m, const dg_answer_opts *a,
                     const dg_stats *s)
{
    char at[64];
    const char *L = dg_out_lang(m, a->lang);
    dg_ans_at_phrase(L, &a->at, at, sizeof at);
    dg_ans_put(o, m->title ? m->title : dg_tr(L, "The data set"));
    dg_ans_printf(o, "%s:\n", at[0] ? at : "");
    text_counts(o, L, s);
    text_kinds(o, L, s, &a->at);
    dg_ans_printf(o, "\n");
    dg_ans_printf(o,
                  dg_trn(L, "Resident embassies: %zu pair with one each way, %zu with one way only",
                         "Resident embassies: %zu pairs with one each way, %zu with one way only",
                         s->n_mutual),
                  s->n_mutual, s->n_one_sided);
    dg_ans_printf(o, "\n");
    /* TRANSLATORS: column headings: the country whose embassy it is, and where. */
    text_pairs(o, m, L, N_("FROM"), N_("IN"), s->one_sided, s->n_one_sided);
    text_hubs(o, m, L, s);
    /* "no mission recorded", not "no representation": the data may simply
     * not record the missions of a pair (the seed has none for Russia). */
    dg_ans_printf(o, "\n");
    dg_ans_printf(o, dg_tr(L, "Relations with no mission recorded either way: %zu"),
                  s->n_unrepresented);
    dg_ans_printf(o, "\n");
    text_pairs(o, m, L, N_("COUNTRY"), N_("COUNTRY"), s->unrepresented, s->n_unrepresented);
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
