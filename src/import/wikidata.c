/* wikidata.c — `import wikidata`: Wikidata's diplomatic missions (the
 * database-of-embassies CSV, or SPARQL JSON results with the same
 * variables) to a data set, a mission per row.
 *
 *  - operator -> `of`: a country, an entity the importers define (the
 *    Order of Malta, Quebec, ...) or an organization (the EU);
 *  - country -> `in`; when Wikidata gives the sender itself as the host,
 *    the host is the one the city has in the other rows (noted);
 *  - type -> kind (and label), creation -> opened (a value on January 1st
 *    is a year: that is how the table stores a year alone);
 *  - jurisdictions: the host itself is nothing; a country is a
 *    non-resident accreditation; a region of the host (a name that is no
 *    country, or an entity that is part of the host) is a consular
 *    district, noted; an organization is the mission's `to`;
 *  - city, coordinates, QIDs: wdcity.c.
 * A row that gives no mission is reported with the reason. */
#include "import.h"
#include "wikidata.h"

#include <math.h>
#include <stdlib.h>

typedef struct kind_map {
    const char *type;
    dg_mission_kind kind;
    const char *label;
} kind_map;

static const kind_map exact[] = {
    {"embassy", DG_MK_EMBASSY, NULL},
    {"consulate general", DG_MK_CONSULATE_GENERAL, NULL},
    {"high commission", DG_MK_HIGH_COMMISSION, NULL},
    {"honorary consulate", DG_MK_HONORARY_CONSULATE, NULL},
    {"consulate", DG_MK_CONSULATE, NULL},
    {"vice consulate", DG_MK_VICE_CONSULATE, NULL},
    {"apostolic nunciature", DG_MK_EMBASSY, "apostolic nunciature"},
    {"apostolic delegation", DG_MK_DELEGATION, "apostolic delegation"},
    {"de facto embassy", DG_MK_OTHER, "de facto embassy"},
    {"de facto consulate", DG_MK_OTHER, "de facto consulate"},
    {"liaison office", DG_MK_LIAISON_OFFICE, NULL},
    {"interests section", DG_MK_INTERESTS_SECTION, NULL},
    {"trade office", DG_MK_TRADE_OFFICE, NULL},
    {"permanent mission", DG_MK_PERMANENT_MISSION, NULL},
    {"delegation", DG_MK_DELEGATION, NULL},
    {"assistant high commission", DG_MK_CONSULATE, "assistant high commission"},
    {"deputy high commission", DG_MK_CONSULATE_GENERAL, "deputy high commission"},
    {"consular office", DG_MK_CONSULATE, "consular office"},
    {"consular agency", DG_MK_CONSULATE, "consular agency"},
};

/* Types labelled by an item of their own ("British High Commission",
 * "Consulate General of Sweden"): by the words they contain. */
static const kind_map words[] = {
    {"high commission", DG_MK_HIGH_COMMISSION, NULL},
    {"consulate general", DG_MK_CONSULATE_GENERAL, NULL},
    {"consulate-general", DG_MK_CONSULATE_GENERAL, NULL},
    {"honorary consul", DG_MK_HONORARY_CONSULATE, NULL},
    {"consulate", DG_MK_CONSULATE, NULL},
    {"embassy", DG_MK_EMBASSY, NULL},
    {"nunciature", DG_MK_EMBASSY, "apostolic nunciature"},
};

/* The kind of a type; unknown types are `other` with the type as label. */
static dg_mission_kind kind_of(imp_ds *ds, imp_str type, const char **label)
{
    *label = NULL;
    for (size_t i = 0; i < sizeof exact / sizeof *exact; i++)
        if (imp_eq_ci(type.p, type.n, exact[i].type)) {
            *label = exact[i].label;
            return exact[i].kind;
        }
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (imp_find_ci(type.p, type.n, words[i].type)) {
            *label = words[i].label;
            return words[i].kind;
        }
    *label = type.n ? imp_ds_str(ds, type.p, type.n) : NULL;
    if (!*label) /* a kind `other` needs one */
        *label = "diplomatic mission of no stated type";
    return DG_MK_OTHER;
}

/* "1993-01-01T00:00:00Z" -> 1993; "1995-08-12T..." -> 1995-08-12. */
static bool creation(imp_str c, dg_date *out)
{
    size_t i = c.n && (c.p[0] == '+') ? 1 : 0;
    if (c.n < i + 10)
        return false;
    const char *p = c.p + i;
    bool year_only = memcmp(p + 4, "-01-01", 6) == 0;
    return dg_date_parse(p, year_only ? 4 : 10, out) == DG_DATE_OK;
}

/* "http://www.wikidata.org/entity/Q42" -> "Q42" (NULL when it is none). */
const char *wd_qid(imp_ds *ds, imp_str s)
{
    size_t k = s.n;
    while (k > 0 && s.p[k - 1] != '/')
        k--;
    imp_str q = {s.p + k, s.n - k};
    if (q.n < 2 || q.n > 13 || q.p[0] != 'Q' || q.p[1] == '0') /* as the loader reads them */
        return NULL;
    for (size_t i = 1; i < q.n; i++)
        if (q.p[i] < '0' || q.p[i] > '9')
            return NULL;
    return dg_arena_strndup(ds->arena, q.p, q.n);
}

static bool coord(imp_str s, double lo, double hi, double *out)
{
    char buf[48];
    if (!s.n || s.n >= sizeof buf)
        return false;
    memcpy(buf, s.p, s.n);
    buf[s.n] = '\0';
    char *end;
    *out = strtod(buf, &end);
    return *end == '\0' && isfinite(*out) && *out >= lo && *out <= hi;
}

/* ---- rows ---- */

typedef struct cols {
    int op, country, country_q, city, city_q, lat, lon, type, creation, qid, jur, jur_q;
} cols;

typedef struct wd {
    imp_ds *ds;
    const imp_rows *rows;
    cols c;
    dg_import_counts *counts;
    dg_map by_qid;       /* QID -> mission index, to merge rows of one item */
    size_t *deferred;    /* rows whose host is their sender */
    size_t n_deferred, cap_deferred;
} wd;

static imp_str get(const wd *w, size_t r, int c)
{
    return imp_rows_get(w->rows, r, c);
}

static void report_row(wd *w, size_t r, const char *why, imp_str what)
{
    imp_report(w->ds, w->rows->line[r], why, what.p, what.n);
    w->counts->rows_reported++;
}

static const char *org_named(imp_str name)
{
    char buf[200];
    if (!name.n || name.n >= sizeof buf)
        return NULL;
    memcpy(buf, name.p, name.n);
    buf[name.n] = '\0';
    return imp_org_id(buf);
}

/* A sender: a country or entity, else an organization. */
static const char *sender_of(wd *w, imp_str name)
{
    const char *id = imp_ds_country_n(w->ds, name.p, name.n);
    return id ? id : org_named(name);
}

static void add_district(dg_buf *d, imp_str name)
{
    if (d->len && !dg_buf_append(d, ", ", 2))
        dg_oom(d->len);
    if (!dg_buf_append(d, name.p, name.n))
        dg_oom(d->len);
}

/* One jurisdiction of m (whose host has the Wikidata id host_q). */
static void jurisdiction(wd *w, imp_mission *m, imp_str name, const char *q, const char *host_q,
                         dg_buf *districts)
{
    const char *id = imp_ds_country_n(w->ds, name.p, name.n), *org;
    const imp_entity *e = id ? imp_entity_of(id) : NULL;
    if ((q && host_q && strcmp(q, host_q) == 0) || (id && strcmp(id, m->in) == 0))
        return;
    if (!id && (org = org_named(name)) != NULL && !m->to) {
        m->to = org;
        imp_ds_use(w->ds, org);
    } else if (!id || (e && e->kind == IMP_REGION && e->parent && strcmp(e->parent, m->in) == 0)) {
        add_district(districts, name);
    } else if (strcmp(id, m->of) == 0) {
        imp_note(w->ds, &m->note, "Wikidata lists the sender itself as a jurisdiction.");
    } else {
        imp_ds_accredit(w->ds, m, id);
    }
}

static void jurisdictions(wd *w, imp_mission *m, size_t r)
{
    imp_str names = get(w, r, w->c.jur), qids = get(w, r, w->c.jur_q);
    const char *host_q = wd_qid(w->ds, get(w, r, w->c.country_q));
    dg_buf districts = {0};
    size_t i = 0, j = 0;
    while (i < names.n) {
        size_t e = i, f = j;
        while (e < names.n && names.p[e] != '|')
            e++;
        while (f < qids.n && qids.p[f] != '|')
            f++;
        imp_str name = imp_trim((imp_str){names.p + i, e - i});
        imp_str q = j < qids.n ? (imp_str){qids.p + j, f - j} : (imp_str){"", 0};
        if (name.n)
            jurisdiction(w, m, name, wd_qid(w->ds, q), host_q, &districts);
        i = e + 1;
        j = f + 1;
    }
    if (districts.len)
        imp_note(w->ds, &m->note, "Consular district (a jurisdiction that is no country): %.*s.",
                 (int)districts.len, districts.data);
    dg_buf_free(&districts);
}

/* The row's mission, with `in` given (host_note says why when it is not
 * the row's own). */
static void make(wd *w, size_t r, const char *of, const char *in, const char *host_note)
{
    imp_ds *ds = w->ds;
    const char *label, *qid = wd_qid(ds, get(w, r, w->c.qid));
    dg_mission_kind kind = kind_of(ds, get(w, r, w->c.type), &label);
    imp_str city = get(w, r, w->c.city);
    const char *city_s = city.n ? imp_ds_str(ds, city.p, city.n) : NULL;
    uint32_t k = qid ? dg_map_get(&w->by_qid, qid) : DG_NONE;
    imp_mission *m = k != DG_NONE ? &ds->missions[k] : NULL;
    if (m && strcmp(m->of, of) == 0 && strcmp(m->in, in) == 0) {
        /* One item in several rows (a query that returns one row per city
         * or type): one mission, what differs noted. */
        bool same_city = m->orig_city ? city_s && strcmp(m->orig_city, city_s) == 0 : !city_s;
        imp_note(ds, &m->note, "Wikidata's table gives this item again (row %u%s%s%s%s).",
                 w->rows->line[r], same_city ? "" : ", in ", same_city ? "" : city_s ? city_s : "no city",
                 m->kind == kind ? "" : ", as ", m->kind == kind ? "" : dg_mission_kind_name(kind));
    } else {
        m = imp_ds_mission(ds, of, kind, city_s, in, false);
        m->label = label;
        m->wikidata = qid;
        m->line = w->rows->line[r];
        m->orig_city = m->city;
        m->city_qid = wd_qid(ds, get(w, r, w->c.city_q));
        m->has_coords = coord(get(w, r, w->c.lat), -90, 90, &m->lat) &&
                        coord(get(w, r, w->c.lon), -180, 180, &m->lon);
        imp_str c = get(w, r, w->c.creation);
        if (c.n && !creation(c, &m->opened))
            imp_note(ds, &m->note, "Wikidata's creation date '%.*s' is none the format holds.",
                     (int)(c.n > 40 ? 40 : c.n), c.p);
        if (host_note)
            imp_note(ds, &m->note, "%s", host_note);
        if (qid && k == DG_NONE)
            dg_map_put(&w->by_qid, qid, (uint32_t)(ds->n_missions - 1));
    }
    jurisdictions(w, m, r);
    w->counts->converted++;
}

static void convert(wd *w, size_t r)
{
    imp_str op = get(w, r, w->c.op), host = get(w, r, w->c.country);
    const char *of = sender_of(w, op);
    const char *in = imp_ds_country_n(w->ds, host.p, host.n);
    const imp_entity *e = in ? imp_entity_of(in) : NULL;
    if (!op.n)
        return report_row(w, r, "the row names no operator (sender)", get(w, r, w->c.qid));
    if (!of)
        return report_row(w, r, "sender not known", op);
    if (!host.n)
        return report_row(w, r, "the row names no country (host)", get(w, r, w->c.qid));
    if (!in || (e && e->kind != IMP_COUNTRY && e->kind != IMP_REGION))
        return report_row(w, r, "host country not known", host);
    if (strcmp(of, in) == 0) { /* settled once every row is read */
        *DG_PUSH(w->deferred, w->n_deferred, w->cap_deferred) = r;
        return;
    }
    make(w, r, of, in, NULL);
}

/* The host other missions in a city have (the most of them; not the
 * sender), or NULL; the index chains the missions of each city name. */
typedef struct city_index {
    dg_map first; /* city -> its first mission */
    uint32_t *next;
} city_index;

static void index_cities(const imp_ds *ds, city_index *x)
{
    x->next = dg_xmalloc((ds->n_missions + 1) * sizeof *x->next);
    for (size_t i = ds->n_missions; i-- > 0;) {
        const imp_mission *m = &ds->missions[i];
        if (!m->city)
            continue;
        uint32_t head = dg_map_get(&x->first, m->city);
        x->next[i] = head;
        if (head == DG_NONE)
            dg_map_put(&x->first, m->city, (uint32_t)i);
        else
            x->first.vals[dg_map_slot_of(&x->first, m->city)] = (uint32_t)i;
    }
}

static const char *host_of_city(const wd *w, const city_index *x, const char *city,
                                const char *not)
{
    const char *best = NULL;
    size_t best_n = 0;
    for (uint32_t i = dg_map_get(&x->first, city); i != DG_NONE; i = x->next[i]) {
        const char *in = w->ds->missions[i].in;
        if (strcmp(in, not) == 0 || (best && strcmp(in, best) == 0))
            continue;
        size_t k = 0;
        for (uint32_t j = i; j != DG_NONE; j = x->next[j])
            k += strcmp(w->ds->missions[j].in, in) == 0;
        if (k > best_n || (k == best_n && strcmp(in, best) < 0)) {
            best = in;
            best_n = k;
        }
    }
    return best;
}

/* Rows whose host is their own sender (Wikidata's "country" of the
 * mission's building set to the sender): the host of their city. */
static void deferred(wd *w)
{
    city_index x = {{0}, NULL};
    if (w->n_deferred)
        index_cities(w->ds, &x);
    for (size_t i = 0; i < w->n_deferred; i++) {
        size_t r = w->deferred[i];
        imp_str op = get(w, r, w->c.op), city = get(w, r, w->c.city);
        const char *of = sender_of(w, op);
        const char *c = city.n ? imp_ds_str(w->ds, city.p, city.n) : NULL;
        const char *host = c ? host_of_city(w, &x, c, of) : NULL;
        if (!host) {
            report_row(w, r, "the host is the sender itself, and no other row places its city",
                       city.n ? city : op);
            continue;
        }
        make(w, r, of, host,
             imp_ds_printf(w->ds, "Wikidata gives %s itself as the host; %s is the host other "
                                  "missions in %s have.", imp_country_name(of),
                           imp_country_name(host), c));
    }
    dg_map_free(&x.first);
    free(x.next);
}

/* ---- the importer ---- */

static bool columns(wd *w, dg_error *err)
{
    const imp_rows *t = w->rows;
    w->c = (cols){imp_rows_col(t, "operator"), imp_rows_col(t, "country"),
                  imp_rows_col(t, "countryQID"), imp_rows_col(t, "city"), imp_rows_col(t, "cityQID"),
                  imp_rows_col(t, "latitude"), imp_rows_col(t, "longitude"), imp_rows_col(t, "type"),
                  imp_rows_col(t, "creation"), imp_rows_col(t, "QID"), imp_rows_col(t, "jurisdictions"),
                  imp_rows_col(t, "jurisdictionQIDs")};
    if (w->c.op < 0 || w->c.country < 0) {
        dg_error_set(err, DG_EDATA, "no column '%s' (the columns are named by the header)",
                     w->c.op < 0 ? "operator" : "country");
        return false;
    }
    return true;
}

static void describe(imp_ds *ds, const dg_import_opts *o)
{
    ds->title = o && o->title ? imp_ds_strz(ds, o->title) : "Diplomatic missions recorded in Wikidata";
    ds->src_id = "wikidata";
    ds->src_title = "Diplomatic missions recorded in Wikidata";
    ds->src_publisher = "Wikidata";
    ds->src_note = "Imported by dipgraph import wikidata. Wikidata's data is in the public domain (CC0).";
    ds->line_word = "row";
}

static bool read_rows(const char *text, size_t len, imp_ds *ds, imp_rows *rows, dg_error *err)
{
    size_t i = 0;
    while (i < len && (text[i] == ' ' || text[i] == '\n' || text[i] == '\r' || text[i] == '\t'))
        i++;
    if (i < len && text[i] == '{')
        return imp_json_read(text, len, ds->arena, rows, err);
    return imp_csv_read(text, len, ds->arena, rows, err);
}

dg_status dg_import_wikidata(const char *text, size_t len, const dg_import_opts *o, dg_buf *yaml,
                             dg_buf *report, dg_import_counts *counts, dg_error *err)
{
    dg_import_counts local = {0};
    imp_aliases al = {0};
    imp_rows rows = {0};
    imp_ds *ds;
    dg_status st = imp_session_begin(&ds, &al, o, "table", err);
    if (st == DG_OK) {
        describe(ds, o);
        wd w = {.ds = ds, .rows = &rows, .counts = &local};
        if (!read_rows(text ? text : "", text ? len : 0, ds, &rows, err) || !columns(&w, err))
            st = DG_EDATA;
        else if (rows.n_rows == 0)
            st = dg_error_set(err, DG_EDATA, "the table has no rows");
        if (st == DG_OK) {
            local.rows = rows.n_rows;
            for (size_t r = 0; r < rows.n_rows; r++)
                convert(&w, r);
            deferred(&w);
            wd_cities(ds);
            st = imp_session_end(ds, yaml, report, &local, err);
        }
        dg_map_free(&w.by_qid);
        free(w.deferred);
    }
    if (counts)
        *counts = local;
    imp_rows_free(&rows);
    imp_ds_free(ds);
    imp_aliases_free(&al);
    return st;
}
