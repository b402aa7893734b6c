/* wdcity.c — the cities of Wikidata's missions, and their places.
 *
 * Wikidata puts a mission in the smallest unit it knows: "Basmanny
 * District" (Moscow), "Śródmieście" (Warsaw), "Ixelles - Elsene"
 * (Brussels).  The rules, in order:
 *  1. A mission within WD_CITY_KM of a city of the same host that holds
 *     more missions takes that city's name (the one with most missions
 *     among those in reach); the original goes into its note.  A city the
 *     importer knows (its table of capitals and consular cities, e.g.
 *     Sofia, Lima, Manila) keeps its name, and counts as holding more
 *     than any unit near it: "Sofia Capital Municipality" is Sofia, not
 *     the other way round.  A city's position is the median of its
 *     missions' coordinates; a mission without coordinates is where its
 *     city is.
 *  2. A mission without a city takes the city with most missions within
 *     WD_CITY_KM of it, or, without coordinates, the host's city with
 *     most embassies (its capital, in practice); noted either way.
 *  3. A city name used in two hosts ("Brest") stays with the host that
 *     has more missions there; the others are qualified: "Brest (France)".
 *  4. Each city becomes a place: its host, its median position, and the
 *     Wikidata id its missions give most often. */
#include "wikidata.h"

#include <math.h>
#include <stdlib.h>

typedef struct city {
    const char *name, *in;
    size_t count, embassies;
    bool has;
    double lat, lon;
    bool known; /* in the importer's table of cities */
} city;

typedef struct cities {
    city *v;
    size_t n;
} cities;

double wd_km(double lat1, double lon1, double lat2, double lon2)
{
    const double r = 6371.0, rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = sin(dlat / 2) * sin(dlat / 2) +
               cos(lat1 * rad) * cos(lat2 * rad) * sin(dlon / 2) * sin(dlon / 2);
    return 2 * r * asin(sqrt(a < 1 ? a : 1));
}

/* Missions grouped by (host, city): each gets the ranks of its two names
 * in the sorted list of every name, so that the big sort compares
 * integers; the order is the names' order, whatever the input's. */
typedef struct keyed {
    uint64_t key;
    imp_mission *m;
} keyed;

static int cmp_keyed(const void *a, const void *b)
{
    const keyed *x = a, *y = b;
    if (x->key != y->key)
        return x->key < y->key ? -1 : 1;
    return x->m < y->m ? -1 : x->m > y->m; /* one array: its order */
}

static int cmp_cstr(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The rank of each distinct name (a map from the name to its rank). */
static void rank_names(imp_ds *ds, dg_map *rank)
{
    const char **names = NULL;
    size_t n = 0, cap = 0;
    dg_map seen = {0};
    for (size_t i = 0; i < ds->n_missions; i++) {
        const imp_mission *m = &ds->missions[i];
        const char *two[2] = {m->in, m->city};
        for (int k = 0; k < 2 && m->city; k++)
            if (dg_map_put(&seen, two[k], 0) == DG_NONE)
                *DG_PUSH(names, n, cap) = two[k];
    }
    if (n)
        qsort(names, n, sizeof *names, cmp_cstr);
    for (size_t i = 0; i < n; i++)
        dg_map_put(rank, names[i], (uint32_t)i);
    dg_map_free(&seen);
    free(names);
}

/* The missions that have a city, by host and city: *n of them. */
static keyed *grouped(imp_ds *ds, size_t *n)
{
    dg_map rank = {0};
    rank_names(ds, &rank);
    keyed *v = dg_xmalloc((ds->n_missions + 1) * sizeof *v);
    *n = 0;
    for (size_t i = 0; i < ds->n_missions; i++) {
        imp_mission *m = &ds->missions[i];
        if (m->city)
            v[(*n)++] = (keyed){(uint64_t)dg_map_get(&rank, m->in) << 32 | dg_map_get(&rank, m->city), m};
    }
    if (*n)
        qsort(v, *n, sizeof *v, cmp_keyed);
    dg_map_free(&rank);
    return v;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
    qsort(v, n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One city from missions v[i, j), which share host and name. */
static city make_city(const keyed *v, size_t i, size_t j, double *lat, double *lon)
{
    const imp_mission *f = v[i].m;
    city c = {f->city, f->in, j - i, 0, false, 0, 0, imp_known_city(f->city, f->in)};
    size_t k = 0;
    for (size_t x = i; x < j; x++) {
        const imp_mission *m = v[x].m;
        c.embassies += m->kind == DG_MK_EMBASSY || m->kind == DG_MK_HIGH_COMMISSION;
        if (m->has_coords) {
            lat[k] = m->lat;
            lon[k++] = m->lon;
        }
    }
    if (k) {
        c.has = true;
        c.lat = median(lat, k);
        c.lon = median(lon, k);
    }
    return c;
}

/* Where each group of v ends (v[i].key repeated). */
static size_t group_end(const keyed *v, size_t n, size_t i)
{
    size_t j = i + 1;
    while (j < n && v[j].key == v[i].key)
        j++;
    return j;
}

/* The cities of the missions that have one, by host and name. */
static cities gather(imp_ds *ds)
{
    size_t n;
    keyed *v = grouped(ds, &n);
    double *lat = dg_xmalloc((n + 1) * sizeof *lat), *lon = dg_xmalloc((n + 1) * sizeof *lon);
    cities cs = {dg_xmalloc((n + 1) * sizeof(city)), 0};
    for (size_t i = 0; i < n;) {
        size_t j = group_end(v, n, i);
        cs.v[cs.n++] = make_city(v, i, j, lat, lon);
        i = j;
    }
    free(v);
    free(lat);
    free(lon);
    return cs;
}

/* The host's cities: cs.v[*lo, *hi). */
static void host_range(const cities *cs, const char *in, size_t *lo, size_t *hi)
{
    size_t a = 0, b = cs->n;
    while (a < b) {
        size_t m = (a + b) / 2;
        if (strcmp(cs->v[m].in, in) < 0)
            a = m + 1;
        else
            b = m;
    }
    *lo = a;
    while (b < cs->n && strcmp(cs->v[b].in, in) == 0)
        b++;
    *hi = b < a ? a : b;
}

static const city *find(const cities *cs, const char *in, const char *name)
{
    size_t lo, hi;
    host_range(cs, in, &lo, &hi);
    for (size_t i = lo; i < hi; i++)
        if (strcmp(cs->v[i].name, name) == 0)
            return &cs->v[i];
    return NULL;
}

/* Is c a better target than best (at distances d, best_d)?  Known
 * cities first, then more missions, then the nearer. */
static bool better(const city *c, double d, const city *best, double best_d)
{
    if (!best || c->known != best->known)
        return !best || c->known;
    return c->count > best->count || (c->count == best->count && d < best_d);
}

/* The city of the host within reach of (lat, lon) that holds more
 * missions than `more` (or is a known city), the best by `better`. */
static const city *reach(const cities *cs, const char *in, double lat, double lon, size_t more,
                         const city *self)
{
    size_t lo, hi;
    host_range(cs, in, &lo, &hi);
    const city *best = NULL;
    double best_d = 0;
    for (size_t i = lo; i < hi; i++) {
        const city *c = &cs->v[i];
        if (c == self || !c->has || (c->count <= more && !c->known))
            continue;
        double d = wd_km(lat, lon, c->lat, c->lon);
        if (d <= WD_CITY_KM && better(c, d, best, best_d)) {
            best = c;
            best_d = d;
        }
    }
    return best;
}

/* Rule 1: the smallest unit becomes the city that holds more missions. */
static void to_cities(imp_ds *ds)
{
    cities cs = gather(ds);
    for (size_t i = 0; i < ds->n_missions; i++) {
        imp_mission *m = &ds->missions[i];
        const city *own = m->city ? find(&cs, m->in, m->city) : NULL;
        if (!own || own->known || (!m->has_coords && !own->has))
            continue;
        double lat = m->has_coords ? m->lat : own->lat, lon = m->has_coords ? m->lon : own->lon;
        const city *c = reach(&cs, m->in, lat, lon, own->count, own);
        if (!c)
            continue;
        imp_note(ds, &m->note, "Wikidata places it in %s, within %.0f km of %s, which holds more "
                               "missions: recorded in %s.", m->city, WD_CITY_KM, c->name, c->name);
        m->city = c->name;
    }
    free(cs.v);
}

/* The host's city with most embassies (then missions, then name). */
static const city *main_city(const cities *cs, const char *in)
{
    size_t lo, hi;
    host_range(cs, in, &lo, &hi);
    const city *best = NULL;
    for (size_t i = lo; i < hi; i++) {
        const city *c = &cs->v[i];
        if (!best || c->embassies > best->embassies ||
            (c->embassies == best->embassies && c->count > best->count))
            best = c;
    }
    return best;
}

/* Rule 2: a city for the missions without one. */
static void no_city(imp_ds *ds)
{
    cities cs = gather(ds);
    for (size_t i = 0; i < ds->n_missions; i++) {
        imp_mission *m = &ds->missions[i];
        if (m->city)
            continue;
        const city *c = m->has_coords ? reach(&cs, m->in, m->lat, m->lon, 0, NULL) : main_city(&cs, m->in);
        if (c && m->has_coords)
            imp_note(ds, &m->note, "Wikidata gives no city; it lies within %.0f km of %s.",
                     WD_CITY_KM, c->name);
        else if (c)
            imp_note(ds, &m->note, "Wikidata gives no city; %s, the city of %s with most "
                                   "embassies, is assumed.", c->name, imp_country_name(m->in));
        else
            imp_note(ds, &m->note, "Wikidata gives no city%s.",
                     m->has_coords ? ", and no city with missions lies near it" : "");
        if (c)
            m->city = c->name;
    }
    free(cs.v);
}

static int cmp_name(const void *a, const void *b, void *ctx)
{
    const city *x = a, *y = b;
    (void)ctx;
    int c = strcmp(x->name, y->name);
    if (c)
        return c;
    return x->count != y->count ? (x->count > y->count ? -1 : 1) : strcmp(x->in, y->in);
}

/* "HOST\x1fCITY", the key of a city of a host. */
static const char *host_city(imp_ds *ds, const char *in, const char *name)
{
    return imp_ds_printf(ds, "%s\x1f%s", in, name);
}

/* Rule 3: one host per city name; the others' missions qualified. */
static void shared_names(imp_ds *ds)
{
    cities cs = gather(ds);
    dg_sort_r(cs.v, cs.n, sizeof *cs.v, cmp_name, NULL);
    dg_map qualify = {0}; /* HOST\x1fCITY -> index of its new name */
    const char **names = NULL, **notes = NULL;
    size_t n = 0, cap = 0, cap2 = 0, k = 0;
    for (size_t i = 1; i < cs.n; i++) {
        if (strcmp(cs.v[i].name, cs.v[i - 1].name) != 0)
            continue;
        size_t first = i - 1;
        while (first > 0 && strcmp(cs.v[first - 1].name, cs.v[i].name) == 0)
            first--; /* the first of the run holds the most missions */
        *DG_PUSH(names, n, cap) = imp_ds_printf(ds, "%s (%s)", cs.v[i].name, imp_country_name(cs.v[i].in));
        *DG_PUSH(notes, k, cap2) = imp_ds_printf(ds, "A city named %s is also one of %s's: qualified.",
                                                 cs.v[i].name, imp_country_name(cs.v[first].in));
        dg_map_put(&qualify, host_city(ds, cs.v[i].in, cs.v[i].name), (uint32_t)(n - 1));
    }
    dg_map shared = {0}; /* the names concerned, to skip the others cheaply */
    for (size_t i = 1; i < cs.n; i++)
        if (strcmp(cs.v[i].name, cs.v[i - 1].name) == 0)
            dg_map_put(&shared, cs.v[i].name, 0);
    for (size_t m = 0; n && m < ds->n_missions; m++) {
        imp_mission *x = &ds->missions[m];
        uint32_t q = x->city && dg_map_get(&shared, x->city) != DG_NONE
                         ? dg_map_get(&qualify, host_city(ds, x->in, x->city))
                         : DG_NONE;
        if (q != DG_NONE) {
            imp_note(ds, &x->note, "%s", notes[q]);
            x->city = names[q];
        }
    }
    dg_map_free(&qualify);
    dg_map_free(&shared);
    free(names);
    free(notes);
    free(cs.v);
}

/* The Wikidata id most missions of a city give for it, among those whose
 * own city it was (not one it was merged into); ties to the smaller. */
static const char *vote(const keyed *v, size_t i, size_t j, const char **buf)
{
    size_t n = 0;
    for (size_t a = i; a < j; a++) {
        const imp_mission *m = v[a].m;
        if (m->city_qid && m->orig_city && strcmp(m->orig_city, m->city) == 0)
            buf[n++] = m->city_qid;
    }
    if (n)
        qsort(buf, n, sizeof *buf, cmp_cstr);
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t a = 0; a < n;) {
        size_t b = a + 1;
        while (b < n && strcmp(buf[b], buf[a]) == 0)
            b++;
        if (b - a > best_n) {
            best = buf[a];
            best_n = b - a;
        }
        a = b;
    }
    return best;
}

/* Rule 4: a place for each city. */
static void places(imp_ds *ds)
{
    size_t n;
    keyed *v = grouped(ds, &n);
    double *lat = dg_xmalloc((n + 1) * sizeof *lat), *lon = dg_xmalloc((n + 1) * sizeof *lon);
    const char **buf = dg_xmalloc((n + 1) * sizeof *buf);
    for (size_t i = 0; i < n;) {
        size_t j = group_end(v, n, i);
        city c = make_city(v, i, j, lat, lon);
        imp_place *p = imp_ds_place(ds, c.name, c.in);
        p->has_coords = c.has;
        p->lat = c.lat;
        p->lon = c.lon;
        p->wikidata = vote(v, i, j, buf);
        i = j;
    }
    free(v);
    free(lat);
    free(lon);
    free(buf);
}

void wd_cities(imp_ds *ds)
{
    to_cities(ds);
    no_city(ds);
    shared_names(ds);
    places(ds);
}
