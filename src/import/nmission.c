/* nmission.c — the sentences that state missions:
 *
 *   X has an embassy in C [and a KIND in C2, ...] [since DATE]
 *   X is represented in H through its embassy in C (COUNTRY) [and an
 *     honorary consulate in C2]           -> accredited to H
 *   the Swiss ambassador in Poland has been accredited in Minsk since 1992
 *   Belarus embassy in Jakarta is accredited to Malaysia
 *   X opened its embassy in C on DATE / the British embassy in C was opened
 *
 * Where a city's country is not written, it is the country the importer
 * knows the city to be in (its table of capitals), else the other party
 * of the row.  Where only a country is written, its capital is assumed and
 * the mission's note says so.  Nothing else is guessed: what a sentence
 * does not say in one of these shapes is left to the report. */
#include "notes.h"

#define MAX_MADE 16

static const char *const has_verbs[] = {"has", "have", "maintains", "maintain", "operates",
                                        "operate", "runs", "run", "keeps", NULL};
static const char *const be_words[] = {"is", "are", "was", "were", NULL};

/* ---- making missions ---- */

static void set_date(sent *s, imp_mission *m, dg_date *field, const dg_date *d, const char *what)
{
    if (!dg_date_set(d))
        return;
    if (!dg_date_set(field)) {
        *field = *d;
    } else if (dg_date_cmp(field, d) != 0) {
        char a[16];
        dg_date_format(d, a, sizeof a);
        imp_note(s->row->ds, &m->note, "The article also gives %s %s (line %u).", what, a, s->line);
    }
}

/* The mission of `of` of kind k at place p.  The host is the country
 * written with the city, else the one the city is known to be in, else
 * dflt.  NULL (with s->why) when that leaves no host. */
static imp_mission *add_mission(sent *s, const char *of, const ph_kind *k, const ph_place *p,
                                const char *dflt)
{
    imp_ds *ds = s->row->ds;
    const char *host = p->country, *city = p->city;
    if (p->country_only)
        city = imp_embassy_city(host);
    else if (!host && city)
        host = imp_city_country(city);
    if (!host)
        host = dflt;
    if (!host) {
        s->why = "the country of the city is not stated";
        return NULL;
    }
    if (strcmp(host, of) == 0) {
        s->why = "a mission in its own country";
        return NULL;
    }
    imp_mission *m = imp_ds_mission(ds, of, k->kind, city, host, !k->label);
    if (!m->line)
        m->line = s->line;
    if (k->label && !m->label)
        m->label = k->label;
    if (p->country_only && city)
        imp_note(ds, &m->note, "The article names %s only; its capital %s is assumed (line %u).",
                 imp_country_name(host), city, s->line);
    else if (!city)
        imp_note(ds, &m->note, "The article names no city (line %u).", s->line);
    s->last = m;
    s->made++;
    return m;
}

static void accredit(sent *s, imp_mission *m, const char *to, const dg_date *since)
{
    if (!m || !to || strcmp(m->in, to) == 0 || strcmp(m->of, to) == 0)
        return;
    imp_acc *a = imp_ds_accredit(s->row->ds, m, to);
    if (since && dg_date_set(since) && !dg_date_set(&a->since))
        a->since = *since;
    s->made++;
}

/* The rest of a sentence after what was read: a mission word there means
 * it was read only in part. */
static void rest(sent *s, size_t j)
{
    /* "... and the embassy has been closed to the public since DATE" */
    size_t c = tk_find(s, j, "closed");
    dg_date d;
    size_t k;
    if (s->last && c + 3 < s->b && tk_is(&s->t[c + 1], "to") && tk_is(&s->t[c + 3], "public")) {
        size_t since = tk_find(s, c, "since");
        if (since < s->b && tk_date(s, since + 1, &d, &k))
            set_date(s, s->last, &s->last->public_closed, &d, "closed to the public from");
    }
    if (!s->why && tk_mission_word(s, j, s->b))
        s->why = "read in part: the rest of the sentence was not understood";
}

/* A trailing or leading "since DATE": the opening of what was made. */
static dg_date since_at(sent *s, size_t j, size_t *next)
{
    dg_date d = {0};
    *next = j;
    if (j < s->b && tk_is(&s->t[j], "since") && tk_date(s, j + 1, &d, next))
        return d;
    if (s->lead_since)
        d = s->lead;
    return d;
}

/* ---- "X is represented in H through its embassy in C" ---- */

/* The country of a place named as a target ("in Minsk", "to Malaysia"). */
static const char *target_country(const sent *s, size_t i, size_t *next)
{
    ph_place p;
    if (!ph_place_at(s, i, &p, next))
        return NULL;
    return p.country ? p.country : p.city ? imp_city_country(p.city) : NULL;
}

/* "and (through) an honorary consulate in C2", resident in H. */
static size_t more_missions(sent *s, const char *of, const char *host, size_t j,
                            const dg_date *since)
{
    static const char *const seps[] = {",", "and", "through", "via", "by", "also", "as", "well", NULL};
    for (;;) {
        size_t k = j;
        while (tk_in(s, k, seps))
            k++;
        ph_kind kind;
        ph_place p;
        if (k == j || !ph_kind_at(s, k, &kind, &k) || !tk_in(s, k, (const char *const[]){"in", "at", NULL}) ||
            !ph_place_at(s, k + 1, &p, &k))
            return j;
        imp_mission *m = add_mission(s, of, &kind, &p, host);
        accredit(s, m, host, since);
        j = k;
    }
}

bool nm_represented(sent *s)
{
    static const char *const verbs[] = {"represented", "accredited", NULL};
    static const char *const how[] = {"through", "by", "via", "from", "with", NULL};
    size_t v = s->a, be, j;
    while (v < s->b && !tk_in(s, v, verbs))
        v++;
    be = v > s->a && tk_is(&s->t[v - 1], "also") ? v - 1 : v;
    if (v >= s->b || be <= s->a || !tk_in(s, be - 1, be_words))
        return false;
    const char *of = ph_country(s, s->a, &j);
    if (!of || j != be - 1)
        return false;
    j = v + 1;
    const char *host = NULL;
    if (tk_in(s, j, (const char *const[]){"in", "to", NULL}))
        host = target_country(s, j + 1, &j);
    if (!host)
        host = ph_counterpart(s, of);
    ph_kind k;
    ph_place p;
    if (!tk_in(s, j, how) || !ph_kind_at(s, j + 1, &k, &j) ||
        !tk_in(s, j, (const char *const[]){"in", "at", NULL}) || !ph_place_at(s, j + 1, &p, &j)) {
        s->why = "how the country is represented was not understood";
        return true;
    }
    dg_date since = since_at(s, s->b, &(size_t){0});
    imp_mission *m = add_mission(s, of, &k, &p, NULL);
    accredit(s, m, host, &since);
    if (m)
        j = more_missions(s, of, host, j, &since);
    rest(s, j);
    return true;
}

/* ---- "the Swiss ambassador in Poland has been accredited in Minsk" ---- */

bool nm_accredited_mission(sent *s)
{
    size_t v = tk_find(s, s->a, "accredited"), i = s->a, j;
    if (v >= s->b)
        return false;
    if (tk_is(&s->t[i], "the"))
        i++;
    const char *of = ph_sender_adj(s, i, &i);
    ph_kind k;
    ph_place p;
    if (!of || !ph_kind_at(s, i, &k, &i) ||
        !tk_in(s, i, (const char *const[]){"in", "to", "at", NULL}) || !ph_place_at(s, i + 1, &p, &i) ||
        i >= v)
        return false;
    const char *to = NULL;
    j = v + 1;
    if (tk_in(s, j, (const char *const[]){"to", "in", "at", NULL}))
        to = target_country(s, j + 1, &j);
    if (!to) {
        s->why = "the country it is accredited to was not understood";
        return true;
    }
    dg_date since = s->lead_since ? s->lead : (dg_date){0};
    size_t k2;
    dg_date d;
    if (tk_is(&s->t[j < s->b ? j : s->a], "since") && j < s->b && tk_date(s, j + 1, &d, &k2)) {
        since = d;
        j = k2;
    }
    imp_mission *m = add_mission(s, of, &k, &p, NULL);
    accredit(s, m, to, &since);
    rest(s, j);
    return true;
}

/* ---- "X opened its embassy in C on DATE" ---- */

/* "on DATE", "in DATE" after a phrase, else the lead's date. */
static dg_date date_after(sent *s, size_t j, size_t *next)
{
    dg_date d = {0};
    *next = j;
    if (tk_in(s, j, (const char *const[]){"on", "in", NULL}) && tk_date(s, j + 1, &d, next))
        return d;
    if (dg_date_set(&s->lead))
        d = s->lead;
    return d;
}

bool nm_opened(sent *s)
{
    static const char *const verbs[] = {"opened", "closed", "reopened", "re-opened", NULL};
    size_t v = s->a, i = s->a, j;
    while (v < s->b && !tk_in(s, v, verbs))
        v++;
    if (v >= s->b || v == s->a || tk_is(&s->t[v + 1 < s->b ? v + 1 : v], "to"))
        return false;
    const char *of;
    ph_kind k;
    ph_place p;
    bool passive = tk_in(s, v - 1, be_words);
    if (passive) { /* "the British embassy in Minsk was opened" */
        if (tk_is(&s->t[i], "the"))
            i++;
        if (!(of = ph_sender_adj(s, i, &i)) || !ph_kind_at(s, i, &k, &i) || !tk_is(&s->t[i], "in") ||
            !ph_place_at(s, i + 1, &p, &i) || i != v - 1)
            return false;
        j = v + 1;
    } else {
        if (!(of = ph_country(s, s->a, &i)) || i != v)
            return false;
        if (!ph_kind_at(s, v + 1, &k, &j) || !tk_is(&s->t[j < s->b ? j : v], "in") ||
            !ph_place_at(s, j + 1, &p, &j)) {
            s->why = "the mission opened or closed was not understood";
            return true;
        }
    }
    dg_date d = date_after(s, j, &j);
    imp_mission *m = add_mission(s, of, &k, &p, ph_counterpart(s, of));
    if (m)
        set_date(s, m, tk_is(&s->t[v], "closed") ? &m->closed : &m->opened, &d,
                 tk_is(&s->t[v], "closed") ? "closing" : "opening");
    rest(s, j);
    return true;
}

/* ---- "X has an embassy in C and an honorary consulate in C2" ---- */

/* The missions a list made, by index: the array they live in may move
 * while the list is read. */
typedef struct made {
    size_t m[MAX_MADE];
    size_t n;
} made;

static void add_all(sent *s, const char *of, const ph_kind *kinds, size_t nk, const ph_place *p,
                    size_t np, made *out)
{
    for (size_t i = 0; i < nk; i++)
        for (size_t j = 0; j < np; j++) {
            imp_mission *m = add_mission(s, of, &kinds[i], &p[j], ph_counterpart(s, of));
            if (m && out->n < MAX_MADE)
                out->m[out->n++] = (size_t)(m - s->row->ds->missions);
        }
}

/* Where a kind's places are: "in C, C2 and C3", "(in C and C2)". */
static size_t kind_places(const sent *s, size_t j, ph_place *p, size_t max, size_t *next)
{
    *next = j;
    if (tk_in(s, j, (const char *const[]){"in", "at", NULL}))
        return ph_places(s, j + 1, p, max, next);
    if (tk_is(&s->t[j < s->b ? j : s->a], "(") && tk_in(s, j + 1, (const char *const[]){"in", "at", NULL})) {
        size_t n = ph_places(s, j + 2, p, max, next);
        if (n && tk_is(&s->t[*next < s->b ? *next : s->a], ")") && *next < s->b)
            (*next)++;
        return n;
    }
    return 0;
}

/* The list of missions after the verb; kinds without places share the
 * places of the kind after them ("an embassy and a consulate in C"). */
static size_t mission_list(sent *s, const char *of, size_t j, made *out)
{
    ph_kind pending[8];
    size_t np = 0;
    for (;;) {
        ph_kind k;
        ph_place p[8];
        size_t k_end, n;
        if (!ph_kind_at(s, j, &k, &k_end))
            break;
        if (np < 8)
            pending[np++] = k;
        n = kind_places(s, k_end, p, 8, &j);
        if (n) {
            add_all(s, of, pending, np, p, n, out);
            np = 0;
        }
        size_t k2 = j;
        if (tk_is(&s->t[k2 < s->b ? k2 : s->a], ",") && k2 < s->b)
            k2++;
        if (tk_in(s, k2, (const char *const[]){"and", "plus", NULL}))
            k2++;
        else if (k2 + 2 < s->b && tk_is(&s->t[k2], "as") && tk_is(&s->t[k2 + 1], "well"))
            k2 += 3;
        ph_kind peek;
        size_t pe;
        if (k2 == j || !ph_kind_at(s, k2, &peek, &pe))
            break;
        j = k2;
    }
    if (np) { /* "X has an embassy." : the other party, no city */
        ph_place none = {0};
        add_all(s, of, pending, np, &none, 1, out);
    }
    return j;
}

/* "Both countries have embassies in each other's capitals". */
static bool both_have(sent *s, size_t j)
{
    ph_kind k;
    if (!ph_kind_at(s, j, &k, &j) || k.kind != DG_MK_EMBASSY)
        return false;
    const char *ids[2] = {s->row->focus, s->row->other};
    for (int i = 0; i < 2; i++) {
        ph_place p = {.country = ids[1 - i], .country_only = true};
        add_mission(s, ids[i], &k, &p, NULL);
    }
    if (j < s->b && !tk_is(&s->t[j], ".") && !tk_is(&s->t[j], "in"))
        s->why = "read in part: the rest of the sentence was not understood";
    return true;
}

static bool both_subject(const sent *s, size_t v)
{
    return v >= s->a + 2 && (tk_is(&s->t[s->a], "both") || tk_is(&s->t[s->a + 1], "two")) &&
           tk_in(s, v - 1, (const char *const[]){"countries", "nations", "states", NULL});
}

bool nm_has(sent *s)
{
    size_t v = s->a, j;
    while (v < s->b && !tk_in(s, v, has_verbs))
        v++;
    if (v >= s->b || v == s->a)
        return false;
    size_t subj_end = tk_is(&s->t[v - 1], "also") ? v - 1 : v;
    j = v + 1;
    while (tk_in(s, j, (const char *const[]){"had", "also", "got", NULL}))
        j++;
    if (tk_in(s, j, (const char *const[]){"not", "no", "never", NULL})) {
        s->why = "a negative statement is not read";
        return tk_mission_word(s, j, s->b);
    }
    if (both_subject(s, subj_end)) {
        if (!tk_mission_word(s, v, s->b))
            return false;
        if (!both_have(s, j))
            s->why = "not understood";
        return true;
    }
    size_t e;
    const char *of = ph_country(s, s->a, &e);
    if (!of || e != subj_end)
        return false;
    made out = {0};
    j = mission_list(s, of, j, &out);
    if (out.n == 0 && !s->why) {
        if (!tk_mission_word(s, v, s->b))
            return false;
        s->why = "the kind of mission or its place was not understood";
    }
    dg_date since = since_at(s, j, &j);
    for (size_t i = 0; i < out.n; i++) {
        imp_mission *m = &s->row->ds->missions[out.m[i]];
        set_date(s, m, &m->opened, &since, "opening");
    }
    rest(s, j);
    return true;
}
