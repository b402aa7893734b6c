/* names_model.c — the names a model shows: done once, in the model, so
 * that every figure, answer and export shows the same names without a
 * word about styles or languages of its own.
 *
 * A country's name (docs/names.md, "Names in the model"):
 *   in a language other than English, the data set's `names:` entry in
 *   it, else iso-codes' translation (of the style's name, else of the ISO
 *   short name);
 *   then the data set's `name:`;
 *   then the name index's English name in the style (common_name where
 *   iso-codes has one), or an alias list's name for an id outside ISO;
 *   then the id.
 * An organization's: its `names:` entry in the language, else its `name:`
 * (else its id).  A city's: its place's `names:` entry, else the city as
 * written (dg_city_name; the city itself stays the key records use).
 *
 * The data set's own names are kept aside the first time (at
 * dg_model_finish), so that the style and language can change later. */
#include "model_priv.h"
#include "names.h"
#include "names_model.h"

struct dg_names_state {
    dg_name_style style;
    const char *lang;            /* as given, in the arena; NULL: English */
    const char *pick;            /* the element of lang it comes out in
                                    (dg_lang_resolve), or NULL: English */
    char tag[24];                /* the language as `names:` keys it: "ru", "pt-BR";
                                    "" for English */
    bool kept;                   /* the data set's names are in given_* */
    const char **given_country;  /* per country: its `name:`, or NULL */
    const char **given_org;      /* per organization: its name (its id when none) */
};

static struct dg_names_state *state_of(dg_model *m)
{
    struct dg_model_priv *p = m->priv;
    if (!p->names)
        p->names = dg_arena_alloc(p->arena, sizeof *p->names); /* zero: common, English */
    return p->names;
}

/* The `names:` key of a locale name: "pt_BR.UTF-8" -> "pt-BR", "sr@latin"
 * -> "sr", "ru" -> "ru". */
static void names_key_of(const char *pick, char *tag, size_t size)
{
    size_t n = 0;
    while (n + 1 < size && pick[n] >= 'a' && pick[n] <= 'z' && n < 3)
        tag[n] = pick[n], n++;
    tag[n] = '\0';
    const char *r = pick + n;
    bool region = (*r == '_' || *r == '-') && r[1] >= 'A' && r[1] <= 'Z' && r[2] >= 'A' &&
                  r[2] <= 'Z' && (r[3] == '\0' || r[3] == '.' || r[3] == '@');
    if (region && n + 4 <= size - 1)
        snprintf(tag + n, size - n, "-%c%c", r[1], r[2]);
}

/* A name the data set gave: the resolver falls back to the ISO table's
 * own string (dg_iso_lookup's, compared as a pointer) or to the id; any
 * other string is the data set's, even one spelled like the ISO name. */
static void keep_given(dg_model *m, struct dg_names_state *s)
{
    struct dg_model_priv *p = m->priv;
    s->given_country = dg_arena_alloc(p->arena, (m->n_countries + 1) * sizeof *s->given_country);
    s->given_org = dg_arena_alloc(p->arena, (m->n_orgs + 1) * sizeof *s->given_org);
    for (uint32_t i = 0; i < m->n_countries; i++) {
        const dg_country *c = &m->countries[i];
        const char *iso = dg_iso_lookup(c->id, NULL, NULL);
        s->given_country[i] = c->name && c->name != iso && c->name != c->id ? c->name : NULL;
    }
    for (uint32_t i = 0; i < m->n_orgs; i++)
        s->given_org[i] = m->orgs[i].name;
    s->kept = true;
}

static const char *country_name(dg_model *m, const struct dg_names_state *s, uint32_t i)
{
    const dg_country *c = &m->countries[i];
    const char *t = NULL;
    if (s->tag[0]) {
        t = dg_name_for(c->names, c->n_names, s->tag);
        t = t ? t : dg_country_translated_name(c->id, s->style, s->pick);
    }
    if (!t)
        t = s->given_country[i];
    if (!t)
        t = dg_country_display_name(c->id, s->style, NULL);
    /* Translations live in the name index, which dg_names_reset may free:
     * the model keeps its own copy. */
    return t ? dg_arena_strdup(m->priv->arena, t) : c->id;
}

void dg_names_apply(dg_model *m)
{
    struct dg_names_state *s = state_of(m);
    if (!s->kept)
        keep_given(m, s);
    s->pick = dg_lang_resolve(s->lang);
    s->tag[0] = '\0';
    if (s->pick)
        names_key_of(s->pick, s->tag, sizeof s->tag);
    /* The arrays are the model's own, handed out read-only. */
    dg_country *cs = (dg_country *)m->countries;
    dg_org *os = (dg_org *)m->orgs;
    for (uint32_t i = 0; i < m->n_countries; i++)
        cs[i].name = country_name(m, s, i);
    for (uint32_t i = 0; i < m->n_orgs; i++) {
        const char *t = s->tag[0] ? dg_name_for(os[i].names, os[i].n_names, s->tag) : NULL;
        os[i].name = t ? t : s->given_org[i];
    }
}

dg_status dg_model_set_names(dg_model *m, dg_name_style style, const char *lang)
{
    if (!m || (unsigned)style >= DG_NAME_STYLE_COUNT)
        return DG_EUSAGE;
    struct dg_names_state *s = state_of(m);
    s->style = style;
    s->lang = lang && *lang ? dg_arena_strdup(m->priv->arena, lang) : NULL;
    if (m->priv->finished)
        dg_names_apply(m);
    return DG_OK;
}

const char *dg_model_lang(const dg_model *m)
{
    return m && m->priv->names ? m->priv->names->lang : NULL;
}

dg_name_style dg_model_name_style(const dg_model *m)
{
    return m && m->priv->names ? m->priv->names->style : DG_NAMES_COMMON;
}

const char *dg_out_lang(const dg_model *m, const char *opts_lang)
{
    return opts_lang ? opts_lang : dg_model_lang(m);
}

const char *dg_city_name(const dg_model *m, const char *city)
{
    const struct dg_names_state *s = m->priv->names;
    if (!city || !s || !s->tag[0])
        return city;
    /* places is sorted by name (a binary search of our own: history.c's
     * dg_place_find is model code that must not be called from here). */
    uint32_t lo = 0, hi = m->n_places;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        int c = strcmp(m->places[mid].name, city);
        if (c == 0) {
            const dg_place *pl = &m->places[mid];
            const char *t = dg_name_for(pl->names, pl->n_names, s->tag);
            return t ? t : city;
        }
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return city;
}
