/* export_csv_v11.c — format 1.1's CSV tables: heads (of mission), places
 * and history (the dated entries of relations, missions and memberships).
 * Each can be asked for by name whatever the data set (a version 1 data
 * set gives the header alone); `-o DIR/` writes them only for a data set
 * that uses 1.1 (dg_csv_table_applies), so a version 1 folder stays as it
 * was.  Rows come in the model's order, so the tables never depend on the
 * order of records in the input. */
#include "export_csv.h"

/* ---- heads ---- */

/* With --at, the head serving on that day (dg_mission_head_at) of each
 * mission kept; without, every head.  The mission's sender, city and host
 * come along so that the table reads on its own. */
void dg_csv_heads(dg_cw *w)
{
    static const char *const cols[] = {"mission", "of", "city", "in", "name", "title",
                                       DG_CSV_DATE_COLS("since"), DG_CSV_DATE_COLS("until"),
                                       "note", "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!mi->n_heads || !dg_xsel_mission(w->sel, mi))
            continue;
        const dg_head *on = w->sel->at ? dg_mission_head_at(m, mi, w->sel->at) : NULL;
        for (uint32_t k = 0; k < mi->n_heads; k++) {
            const dg_head *h = &mi->heads[k];
            if (w->sel->at && h != on)
                continue;
            dg_csv_field(w, mi->id), dg_csv_field(w, dg_ref_id(m, mi->of));
            dg_csv_text(w, mi->city), dg_csv_field(w, m->countries[mi->in].id);
            dg_csv_text(w, h->name), dg_csv_text(w, h->title);
            dg_csv_date(w, &h->period.start), dg_csv_date(w, &h->period.end);
            dg_csv_note_sources(w, h->note, &h->cite);
            dg_csv_end_row(w);
        }
    }
}

/* ---- places ---- */

static int lang_cmp(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Every language any place has a name in, sorted and each once: one
 * column each ("name_be", "name_ru"), which pandas and spreadsheets read
 * as they are, where a list of lang=name pairs would need parsing. */
static const char **place_langs(const dg_model *m, size_t *n)
{
    size_t cap = 0, k = 0;
    const char **v = NULL;
    *n = 0;
    for (uint32_t i = 0; i < m->n_places; i++)
        for (uint32_t j = 0; j < m->places[i].n_names; j++)
            *DG_PUSH(v, *n, cap) = m->places[i].names[j].lang;
    if (!*n)
        return v;
    qsort(v, *n, sizeof *v, lang_cmp);
    for (size_t i = 1; i < *n; i++)
        if (strcmp(v[i], v[k]))
            v[++k] = v[i];
    *n = k + 1;
    return v;
}

/* The name in exactly lang (no fallback from "pt-BR" to "pt": each
 * column holds what the data says for its tag), or NULL. */
static const char *name_in(const dg_place *p, const char *lang)
{
    for (uint32_t i = 0; i < p->n_names; i++)
        if (!strcmp(p->names[i].lang, lang))
            return p->names[i].name;
    return NULL;
}

static void places_header(dg_cw *w, const char **langs, size_t n)
{
    static const char *const cols[] = {"city", "country", "lat", "lon", "wikidata", NULL};
    static const char *const tail[] = {"note", "sources", NULL};
    for (size_t i = 0; cols[i]; i++)
        dg_csv_field(w, cols[i]);
    for (size_t i = 0; i < n; i++) {
        dg_buf col = {0};
        w->ok = w->ok && dg_buf_printf(&col, "name_%s", langs[i]);
        dg_csv_field(w, col.data);
        dg_buf_free(&col);
    }
    dg_csv_header(w, tail, NULL); /* ends the row */
}

/* A place has no date: every place, whatever --at (as in JSON). */
void dg_csv_places(dg_cw *w)
{
    const dg_model *m = w->sel->m;
    size_t n_langs;
    const char **langs = place_langs(m, &n_langs);
    places_header(w, langs, n_langs);
    char lat[40], lon[40];
    for (uint32_t i = 0; i < m->n_places; i++) {
        const dg_place *p = &m->places[i];
        dg_format_double(p->lat, lat, sizeof lat);
        dg_format_double(p->lon, lon, sizeof lon);
        dg_csv_text(w, p->name), dg_csv_field(w, m->countries[p->country].id);
        dg_csv_field(w, p->has_coords ? lat : NULL), dg_csv_field(w, p->has_coords ? lon : NULL);
        dg_csv_field(w, p->wikidata);
        for (size_t k = 0; k < n_langs; k++)
            dg_csv_text(w, name_in(p, langs[k]));
        dg_csv_note_sources(w, p->note, &p->cite);
        dg_csv_end_row(w);
    }
    free(langs);
}

/* ---- history ---- */

enum hist_kind { H_RELATION, H_MISSION, H_MEMBERSHIP };

/* The record an entry belongs to, in the table's key columns: a and b
 * (the parties of a relation; a mission's sender and host; a member and
 * its organization) and, for a mission, its id. */
typedef struct hist_rec {
    enum hist_kind kind;
    dg_ref a, b;
    const char *mission;
} hist_rec;

static const char *hist_status(enum hist_kind k, int s)
{
    if (s < 0)
        return NULL; /* the entry leaves the status as it was */
    if (k == H_RELATION)
        return dg_rel_status_name((dg_rel_status)s);
    return k == H_MISSION ? dg_mission_status_name((dg_mission_status)s)
                          : dg_member_status_name((dg_member_status)s);
}

static void hist_rows(dg_cw *w, const hist_rec *r, const dg_change *h, uint32_t n)
{
    static const char *const kinds[] = {"relation", "mission", "membership"};
    const dg_model *m = w->sel->m;
    for (uint32_t i = 0; i < n; i++) {
        dg_csv_field(w, kinds[r->kind]);
        dg_csv_field(w, dg_ref_id(m, r->a)), dg_csv_field(w, dg_ref_type_name(r->a));
        dg_csv_field(w, dg_ref_id(m, r->b)), dg_csv_field(w, dg_ref_type_name(r->b));
        dg_csv_field(w, r->mission), dg_csv_date(w, &h[i].date);
        dg_csv_field(w, hist_status(r->kind, h[i].status));
        dg_csv_field(w, r->kind == H_RELATION && h[i].level >= 0
                            ? dg_rel_level_name((dg_rel_level)h[i].level)
                            : NULL);
        dg_csv_note_sources(w, h[i].note, &h[i].cite);
        dg_csv_end_row(w);
    }
}

static void relation_history(dg_cw *w, const dg_relation *v, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        const dg_relation *r = &v[i];
        if (!r->n_history || !dg_xsel_relation(w->sel, r))
            continue;
        hist_rec rec = {H_RELATION, {DG_ACTOR_COUNTRY, r->a}, {r->b_kind, r->b}, NULL};
        hist_rows(w, &rec, r->history, r->n_history);
    }
}

/* Every entry (before and after --at alike) of every record the export
 * keeps: relations (pairs of countries, then with organizations), then
 * missions, then memberships, so that each row joins a row of those
 * tables. */
void dg_csv_history(dg_cw *w)
{
    static const char *const cols[] = {"record", "a", "a_type", "b", "b_type", "mission",
                                       DG_CSV_DATE_COLS("date"), "status", "level", "note",
                                       "sources", NULL};
    const dg_model *m = w->sel->m;
    dg_csv_header(w, cols, NULL);
    relation_history(w, m->relations, m->n_relations);
    relation_history(w, m->org_relations, m->n_org_relations);
    for (uint32_t i = 0; i < m->n_missions; i++) {
        const dg_mission *mi = &m->missions[i];
        if (!mi->n_history || !dg_xsel_mission(w->sel, mi))
            continue;
        hist_rec rec = {H_MISSION, mi->of, {DG_ACTOR_COUNTRY, mi->in}, mi->id};
        hist_rows(w, &rec, mi->history, mi->n_history);
    }
    for (uint32_t i = 0; i < m->n_orgs; i++)
        for (uint32_t k = 0; k < m->orgs[i].n_members; k++) {
            const dg_member *mem = &m->orgs[i].members[k];
            if (!mem->n_history || !dg_xsel_member(w->sel, &m->orgs[i], mem))
                continue;
            hist_rec rec = {H_MEMBERSHIP, mem->who, {DG_ACTOR_ORG, i}, NULL};
            hist_rows(w, &rec, mem->history, mem->n_history);
        }
}
