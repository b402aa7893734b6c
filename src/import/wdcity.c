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

static int cmp_mission(const void *a, const void *b, void *ctx)
{
    const imp_mission *x = *(imp_mission *const *)a, *y = *(imp_mission *const *)b;
    (void)ctx;
    int c = strcmp(x->in, y->in);
    return c ? c : strcmp(x->city, y->city);
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
static city make_city(imp_mission **v, size_t i, size_t j, double *lat, double *lon)
{
    city c = {v[i]->city, v[i]->in, j - i, 0, false, 0, 0, imp_known_city(v[i]->city, v[i]->in)};
    size_t k = 0;
    for (size_t x = i; x < j; x++) {
        c.embassies += v[x]->kind == DG_MK_EMBASSY || v[x]->kind == DG_MK_HIGH_COMMISSION;
        if (v[x]->has_coords) {
            lat[k] = v[x]->lat;
            lon[k++] = v[x]->lon;
        }
    }
    if (k) {
        c.has = true;
        c.lat = median(lat, k);
        c.lon = median(lon, k);
    }
    return c;
}

/* The cities of the missions that have one, by host and name. */
static cities gather(imp_ds *ds)
{
    imp_mission **v = dg_xmalloc((ds->n_missions + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < ds->n_missions; i++)
        if (ds->missions[i].city)
            v[n++] = &ds->missions[i];
    dg_sort_r(v, n, sizeof *v, cmp_mission, NULL);
    double *lat = dg_xmalloc((n + 1) * sizeof *lat), *lon = dg_xmalloc((n + 1) * sizeof *lon);
    cities cs = {dg_xmalloc((n + 1) * sizeof(city)), 0};
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && cmp_mission(&v[i], &v[j], NULL) == 0)
            j++;
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

/* Rule 3: one host per city name; the others' missions qualified. */
static void shared_names(imp_ds *ds)
{
    cities cs = gather(ds);
    dg_sort_r(cs.v, cs.n, sizeof *cs.v, cmp_name, NULL);
    for (size_t i = 1; i < cs.n; i++) {
        if (strcmp(cs.v[i].name, cs.v[i - 1].name) != 0)
            continue;
        const char *keeper = cs.v[i - 1].in;
        for (size_t k = i; k > 0 && strcmp(cs.v[k - 1].name, cs.v[i].name) == 0; k--)
            keeper = cs.v[k - 1].in; /* the first of the run holds the most */
        const char *name = cs.v[i].name, *in = cs.v[i].in;
        const char *q = imp_ds_printf(ds, "%s (%s)", name, imp_country_name(in));
        for (size_t m = 0; m < ds->n_missions; m++) {
            imp_mission *x = &ds->missions[m];
            if (x->city && strcmp(x->city, name) == 0 && strcmp(x->in, in) == 0) {
                imp_note(ds, &x->note, "A city named %s is also one of %s's: qualified.", name,
                         imp_country_name(keeper));
                x->city = q;
            }
        }
    }
    free(cs.v);
}

/* The Wikidata id most missions of a city give for it, among those whose
 * own city it was (not one it was merged into); ties to the smaller. */
static const char *vote(imp_mission **v, size_t i, size_t j)
{
    const char *best = NULL;
    size_t best_n = 0;
    for (size_t a = i; a < j; a++) {
        const char *q = v[a]->city_qid;
        if (!q || !v[a]->orig_city || strcmp(v[a]->orig_city, v[a]->city) != 0)
            continue;
        size_t n = 0;
        for (size_t b = i; b < j; b++)
            n += v[b]->city_qid && v[b]->orig_city && strcmp(v[b]->orig_city, v[b]->city) == 0 &&
                 strcmp(v[b]->city_qid, q) == 0;
        if (n > best_n || (n == best_n && strcmp(q, best) < 0)) {
            best = q;
            best_n = n;
        }
    }
    return best;
}

/* Rule 4: a place for each city. */
static void places(imp_ds *ds)
{
    imp_mission **v = dg_xmalloc((ds->n_missions + 1) * sizeof *v);
    size_t n = 0;
    for (size_t i = 0; i < ds->n_missions; i++)
        if (ds->missions[i].city)
            v[n++] = &ds->missions[i];
    dg_sort_r(v, n, sizeof *v, cmp_mission, NULL);
    double *lat = dg_xmalloc((n + 1) * sizeof *lat), *lon = dg_xmalloc((n + 1) * sizeof *lon);
    for (size_t i = 0; i < n;) {
        size_t j = i + 1;
        while (j < n && cmp_mission(&v[i], &v[j], NULL) == 0)
            j++;
        city c = make_city(v, i, j, lat, lon);
        imp_place *p = imp_ds_place(ds, c.name, c.in);
        p->has_coords = c.has;
        p->lat = c.lat;
        p->lon = c.lon;
        p->wikidata = vote(v, i, j);
        i = j;
    }
    free(v);
    free(lat);
    free(lon);
}

void wd_cities(imp_ds *ds)
{
    to_cities(ds);
    no_city(ds);
    shared_names(ds);
    places(ds);
}
