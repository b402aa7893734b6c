/* answer_hubs.c — dg_answer_hubs: the cities from which countries are
 * represented in FOCUS without residing there (docs/queries.md). */
#include "answer.h"

/* Continuity (format 1.1): the predecessor country k held its mission in
 * hub h as (Serbia's embassy in Vienna, held as Yugoslavia's), or
 * DG_NONE.  dg_represent already works it out for each mission. */
static uint32_t hub_as(const dg_model *m, uint32_t focus, const dg_hub *h, uint32_t k,
                       const dg_date *at)
{
    size_t n = 0;
    dg_rep_entry *v = dg_represent(m, k, focus, at, &n);
    uint32_t as = DG_NONE;
    for (size_t i = 0; i < n && as == DG_NONE; i++) {
        const dg_mission *mi = v[i].mission;
        bool same_city = h->city ? mi->city && !strcmp(mi->city, h->city) : !mi->city;
        if (!v[i].resident && mi->in == h->in && same_city)
            as = v[i].sender_as;
    }
    free(v);
    return as;
}

/* "as": {"RS": "YU"} for the countries of h that held their mission as a
 * predecessor; nothing when none did, so version 1 answers stay as they were. */
static void json_hub_as(dg_json *j, const dg_model *m, uint32_t focus, const dg_hub *h,
                        const dg_date *at)
{
    bool any = false;
    for (uint32_t k = 0; k < h->n_countries; k++) {
        uint32_t as = hub_as(m, focus, h, h->countries[k], at);
        if (as == DG_NONE)
            continue;
        if (!any)
            dg_json_key(j, "as"), dg_json_begin(j, '{', true);
        any = true;
        dg_json_key(j, m->countries[h->countries[k]].id);
        dg_json_str(j, m->countries[as].id);
    }
    if (any)
        dg_json_end(j);
}

/* After the table: "  Vienna: RS as Yugoslavia (YU)" for each such
 * country. */
static void text_hub_as(dg_ans_text *o, const dg_model *m, uint32_t focus, const dg_hub *h,
                        size_t n, const dg_date *at, const char *lang)
{
    for (size_t i = 0; i < n; i++)
        for (uint32_t k = 0; k < h[i].n_countries; k++) {
            uint32_t as = hub_as(m, focus, &h[i], h[i].countries[k], at);
            if (as == DG_NONE)
                continue;
            dg_ans_printf(o, "  ");
            dg_ans_put(o, h[i].city ? dg_city_name(m, h[i].city) : m->countries[h[i].in].id);
            dg_ans_printf(o, ": %s %s ", m->countries[h[i].countries[k]].id, dg_tr(lang, "as"));
            dg_ans_put_name(o, m->countries[as].name, m->countries[as].id);
            dg_ans_printf(o, "\n");
        }
}

static void put_json(dg_ans_text *o, const dg_model *m, const dg_answer_opts *a,
                     const dg_ans_subject *f, const dg_hub *h, size_t n)
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
        json_hub_as(&j, m, f->index, &h[i], &a->at);
        dg_json_end(&j);
    }
    dg_json_end(&j);
    dg_ans_json_at(&j, &a->at); /* last: after the fields the first answers had */
    dg_json_end(&j);
    o->ok = dg_json_finish(&j) && o->ok;
}

static void text_rows(dg_ans_text *o, const dg_model *m, const char *L, const dg_hub *h,
                      size_t n)
{
    dg_ans_table t;
    dg_ans_table_init(&t, 4);
    /* TRANSLATORS: column headings of `dipgraph hubs`; N is the number of countries. */
    dg_ans_cell(&t, dg_tr(L, "CITY")), dg_ans_cell(&t, dg_tr(L, "IN"));
    dg_ans_cell(&t, dg_tr(L, "N")), dg_ans_cell(&t, dg_tr(L, "COUNTRIES"));
    for (size_t i = 0; i < n; i++) {
        dg_buf ids = {0};
        for (uint32_t k = 0; k < h[i].n_countries; k++)
            dg_buf_printf(&ids, "%s%s", k ? " " : "", m->countries[h[i].countries[k]].id);
        dg_ans_cell(&t, h[i].city ? dg_city_name(m, h[i].city) : dg_tr(L, "(no city)"));
        dg_ans_cell(&t, m->countries[h[i].in].id);
        dg_ans_cellf(&t, "%u", h[i].n_countries);
        dg_ans_cell(&t, ids.data);
        dg_buf_free(&ids);
    }
    dg_ans_table_print(&t, o, "  ");
    dg_ans_table_free(&t);
}

static void put_text(dg_ans_text *o, const dg_model *m, const dg_answer_opts *a,
                     const dg_ans_subject *f, const dg_hub *h, size_t n)
{
    /* "as of DATE": hubs are a state that held on that day, not something
     * that happened on it (represent and stats keep "on DATE"). */
    char at[64] = "", d[16];
    const char *L = dg_out_lang(m, a->lang);
    dg_date_format(&a->at, d, sizeof d);
    if (d[0]) {
        at[0] = ' ';
        /* TRANSLATORS: after "Hubs of ... in Belarus (BY)": the day the hubs held on. */
        snprintf(at + 1, sizeof at - 1, dg_tr(L, "as of %s"), d);
    }
    dg_ans_text f_name = {{0}, true};
    dg_ans_put_name(&f_name, f->name, f->id);
    o->ok = o->ok && f_name.ok;
    /* TRANSLATORS: the heading of `dipgraph hubs`; %s is the country. */
    dg_ans_printf(o, dg_tr(L, "Hubs of non-resident representation in %s"),
                  f_name.b.data ? f_name.b.data : "");
    dg_buf_free(&f_name.b);
    if (!n) {
        dg_ans_printf(o, "%s: %s\n", at, dg_tr(L, "none"));
        return;
    }
    dg_ans_printf(o, "%s: ", at);
    dg_ans_printf(o, dg_trn(L, "%zu city", "%zu cities", n), n);
    dg_ans_printf(o, "\n");
    text_rows(o, m, L, h, n);
}

dg_status dg_answer_hubs(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                         dg_error *err)
{
    dg_ans_subject f;
    dg_status st = dg_ans_subject_find(m, "focus", o->focus ? o->focus : "", false, &f, err);
    if (st != DG_OK)
        return st;
    size_t n = 0;
    dg_hub *h = f.index == DG_NONE ? NULL : dg_hubs(m, f.index, &o->at, &n);
    dg_ans_text t = {{0}, true};
    if (o->json)
        put_json(&t, m, o, &f, h, n);
    else
        put_text(&t, m, o, &f, h, n);
    if (!o->json)
        text_hub_as(&t, m, f.index, h, n, &o->at, dg_out_lang(m, o->lang));
    free(h);
    return dg_ans_finish(&t, out, err);
}
