/* names.c — the country-name index: a name ("South Korea", "UK",
 * "Сербия") to the country's id, and an id to the name to show.
 *
 * Every name goes in under its key (dg_name_key) with a tier; when two
 * names share a key, the lower tier wins, and two different countries in
 * the same tier make the key ambiguous (it then finds nothing: "Korea").
 * The tiers, most trusted first:
 *   aliases added at run time; the shipped alias list;
 *   iso-codes' English names (name, common_name, official_name), current
 *   countries before former ones; forms derived from them ("Korea,
 *   Republic of" -> "Republic of Korea", "Korea"); the translations of
 *   those names in every language iso-codes has; forms derived from them.
 * The English tiers are built on first use; the translations (266
 * catalogs) only when a name is not found in them, since most look-ups
 * are of English names.  Either way a key resolves to the same country,
 * because a later tier never overrides an earlier one. */
#include "names.h"
#include "iso_table.h"
#include "tr.h"

enum {
    TIER_USER = 0,
    TIER_ALIAS = 1,
    TIER_ISO = 2,        /* +1 for a former country, in each of the four below */
    TIER_ISO_DERIVED = 4,
    TIER_TR = 6,
    TIER_TR_DERIVED = 8,
};

typedef struct entry {
    const char *id;   /* NULL: the key names two countries in its tier */
    const char *name; /* the name as listed: ISO name, alias or translation */
    int tier;
} entry;

/* A non-ISO id from an alias (XK), with its display name. */
typedef struct extra_id {
    const char *id, *name;
} extra_id;

static struct {
    bool ready, translated;
    dg_arena *arena;   /* keys, and ids and names added at run time */
    dg_map keys;       /* key -> index into e */
    entry *e;
    size_t n, cap;
    dg_map english;    /* an English name exactly as iso-codes spells it -> row */
    const char **former_common; /* per ISO row: a former country's first name in the
                                   shipped alias list ("Soviet Union"), or NULL */
    extra_id *extra;
    size_t n_extra, cap_extra;
} ix;

static void index_put(const char *name, const char *listed, const char *id, int tier)
{
    char key[DG_NAME_KEY_MAX];
    if (!dg_name_key(name, key, sizeof key))
        return;
    uint32_t i = dg_map_get(&ix.keys, key);
    if (i == DG_NONE) {
        entry *e = DG_PUSH(ix.e, ix.n, ix.cap);
        *e = (entry){id, listed, tier};
        dg_map_put(&ix.keys, dg_arena_strdup(ix.arena, key), (uint32_t)(ix.n - 1));
        return;
    }
    entry *e = &ix.e[i];
    bool same = e->id && strcmp(e->id, id) == 0;
    if (tier < e->tier || (tier == TIER_USER && !same))
        *e = (entry){id, listed, tier}; /* a run-time alias replaces an earlier one */
    else if (tier == e->tier && !same)
        e->id = NULL;
}

/* The forms a listed name is also written in: "A, B" as "B A" and "A"
 * ("Korea, Republic of": "Republic of Korea", "Korea"); "A (B)" as "A"
 * and "B" ("Holy See (Vatican City State)"). */
static void index_put_derived(const char *name, const char *id, int tier)
{
    char form[2 * DG_NAME_KEY_MAX];
    size_t len = strlen(name);
    const char *comma = strchr(name, ',');
    if (len >= DG_NAME_KEY_MAX)
        return;
    if (comma) {
        size_t a = (size_t)(comma - name);
        snprintf(form, sizeof form, "%s %.*s", comma + 1, (int)a, name);
        index_put(form, name, id, tier);
        snprintf(form, sizeof form, "%.*s", (int)a, name);
        index_put(form, name, id, tier);
    }
    const char *open = strchr(name, '(');
    if (open && len > 0 && name[len - 1] == ')') {
        snprintf(form, sizeof form, "%.*s", (int)(open - name), name);
        index_put(form, name, id, tier);
        snprintf(form, sizeof form, "%.*s", (int)(len - 1 - (size_t)(open - name) - 1), open + 1);
        index_put(form, name, id, tier);
    }
}

static void put_row(uint32_t row)
{
    const struct dg_iso_row *r = &dg_iso_rows[row];
    const char *id = dg_iso_row_id(row);
    const char *names[3] = {r->name, r->common_name, r->official_name};
    for (int k = 0; k < 3; k++) {
        if (!names[k])
            continue;
        index_put(names[k], names[k], id, TIER_ISO + r->former);
        index_put_derived(names[k], id, TIER_ISO_DERIVED + r->former);
        dg_map_put(&ix.english, names[k], row); /* current rows come first and win */
    }
}

static const extra_id *extra_find(const char *id)
{
    for (size_t i = 0; i < ix.n_extra; i++)
        if (strcmp(ix.extra[i].id, id) == 0)
            return &ix.extra[i];
    return NULL;
}

static const char *extra_name(const char *id)
{
    const extra_id *x = extra_find(id);
    return x ? x->name : NULL;
}

/* An alias's id as the index keeps it: the canonical id of an ISO code,
 * else the id itself, whose display name is the first name given for it.
 * With copy, id is copied into the index's arena (name must live there). */
static const char *alias_id(const char *id, const char *name, bool copy)
{
    uint32_t row = dg_iso_row_find(id);
    if (row != DG_NONE)
        return dg_iso_row_id(row);
    const extra_id *x = extra_find(id);
    if (x)
        return x->id;
    const char *kept = copy ? dg_arena_strdup(ix.arena, id) : id;
    *DG_PUSH(ix.extra, ix.n_extra, ix.cap_extra) = (extra_id){kept, name};
    return kept;
}

static void names_init(void)
{
    if (ix.ready)
        return;
    ix.ready = true;
    ix.arena = dg_arena_new();
    ix.former_common = dg_xcalloc(dg_iso_nrows, sizeof *ix.former_common);
    for (unsigned i = 0; i < dg_name_alias_count; i++) {
        const struct dg_alias_row *a = &dg_name_aliases[i];
        index_put(a->name, a->name, alias_id(a->id, a->name, false), TIER_ALIAS);
        uint32_t row = dg_iso_row_find(a->id);
        if (row != DG_NONE && dg_iso_rows[row].former && !ix.former_common[row])
            ix.former_common[row] = a->name;
    }
    for (int former = 0; former < 2; former++)
        for (uint32_t row = 0; row < dg_iso_nrows; row++)
            if (dg_iso_rows[row].former == former)
                put_row(row);
}

static void put_translation(const char *msgid, const char *msgstr, void *ctx)
{
    (void)ctx;
    uint32_t row = dg_map_get(&ix.english, msgid);
    if (row == DG_NONE)
        return; /* not a name the table has (another iso-codes version) */
    const char *id = dg_iso_row_id(row);
    index_put(msgstr, msgstr, id, TIER_TR + dg_iso_rows[row].former);
    index_put_derived(msgstr, id, TIER_TR_DERIVED + dg_iso_rows[row].former);
}

static void names_translate(void)
{
    if (ix.translated)
        return;
    ix.translated = true;
    dg_catalogs_each(DG_PART_CURRENT, put_translation, NULL);
    dg_catalogs_each(DG_PART_FORMER, put_translation, NULL);
}

const char *dg_country_id_for_name(const char *name, const char **matched)
{
    char key[DG_NAME_KEY_MAX];
    if (matched)
        *matched = NULL;
    if (!dg_name_key(name, key, sizeof key))
        return NULL;
    names_init();
    uint32_t i = dg_map_get(&ix.keys, key);
    if (i == DG_NONE && !ix.translated) {
        names_translate();
        i = dg_map_get(&ix.keys, key);
    }
    if (i == DG_NONE || !ix.e[i].id)
        return NULL;
    if (matched)
        *matched = ix.e[i].name;
    return ix.e[i].id;
}

/* ---- showing a country's name ---- */

static const char *const style_names[DG_NAME_STYLE_COUNT] = {"common", "iso", "official"};

const char *dg_name_style_name(dg_name_style s)
{
    return (unsigned)s < DG_NAME_STYLE_COUNT ? style_names[s] : NULL;
}

int dg_name_style_lookup(const char *word)
{
    for (int i = 0; word && i < DG_NAME_STYLE_COUNT; i++)
        if (strcmp(word, style_names[i]) == 0)
            return i;
    return -1;
}

/* iso-codes gives a former country only its ISO name ("USSR, Union of
 * Soviet Socialist Republics"); its common name is then the first name the
 * shipped alias list gives it ("Soviet Union"), where there is one. */
static const char *english_name(uint32_t row, dg_name_style style)
{
    const struct dg_iso_row *r = &dg_iso_rows[row];
    if (style == DG_NAMES_ISO)
        return r->name;
    if (style == DG_NAMES_OFFICIAL)
        return r->official_name ? r->official_name : r->name;
    if (r->common_name)
        return r->common_name;
    names_init();
    return ix.former_common[row] ? ix.former_common[row] : r->name;
}

const char *dg_country_translated_name(const char *id, dg_name_style style, const char *lang)
{
    uint32_t row = id ? dg_iso_row_find(id) : DG_NONE;
    const dg_catalog *c = dg_catalog_for(lang);
    if (row == DG_NONE || !c)
        return NULL;
    const struct dg_iso_row *r = &dg_iso_rows[row];
    const char *en = english_name(row, style);
    /* dipgraph's own catalog first: it has the common names iso-codes'
     * catalogs lack ("Türkiye", "Syria" in Russian; tr_words.c). */
    const char *own = dg_trc(lang, "country", en);
    if (own != en)
        return own;
    /* The chosen name's translation, else the ISO name's (a Russian reader
     * is better served by the Russian short name than by the English
     * common one). */
    int part = r->former ? DG_PART_FORMER : DG_PART_CURRENT;
    const char *t = dg_catalog_get(c, part, en);
    return t || en == r->name ? t : dg_catalog_get(c, part, r->name);
}

const char *dg_country_display_name(const char *id, dg_name_style style, const char *lang)
{
    if (!id)
        return NULL;
    uint32_t row = dg_iso_row_find(id);
    if (row == DG_NONE) {
        names_init();
        return extra_name(id);
    }
    const char *t = dg_country_translated_name(id, style, lang);
    return t ? t : english_name(row, style);
}

bool dg_names_lang_known(const char *lang) { return dg_catalog_known(lang); }

/* ---- a name where an id belongs ---- */

/* Is s an ISO code but for its case ("by", "Nld")?  That is a typo of the
 * code, which the callers' own case check names, not a country's name. */
static bool code_in_wrong_case(const char *s)
{
    char up[8];
    size_t n = strlen(s);
    if (n < 2 || n > 3)
        return false;
    for (size_t i = 0; i <= n; i++)
        up[i] = (char)(s[i] >= 'a' && s[i] <= 'z' ? s[i] - 32 : s[i]);
    return strcmp(up, s) != 0 && dg_iso_row_find(up) != DG_NONE;
}

const char *dg_names_hint_id(const char *typed, const char **shown)
{
    if (!typed || code_in_wrong_case(typed))
        return NULL;
    const char *id = dg_country_id_for_name(typed, NULL);
    if (id && shown)
        *shown = dg_country_display_name(id, DG_NAMES_COMMON, NULL);
    return id;
}

bool dg_names_hint(const char *typed, bool known, char *buf, size_t size)
{
    const char *shown = NULL, *id = dg_names_hint_id(typed, &shown);
    if (!id)
        return false;
    if (known)
        snprintf(buf, size, "a name, not an id: did you mean '%s' (%s)?", id, shown ? shown : id);
    else
        snprintf(buf, size, "a name, not an id: %s is '%s', which the data set does not mention",
                 shown ? shown : typed, id);
    return true;
}

/* ---- aliases added at run time ---- */

static bool defined_id(const char *id)
{
    size_t n = strlen(id);
    if (n == 0 || n > 64 || !((id[0] | 0x20) >= 'a' && (id[0] | 0x20) <= 'z'))
        return false;
    return strspn(id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-") == n;
}

dg_status dg_names_alias_check(const char *name, const char *id, dg_error *err)
{
    char key[DG_NAME_KEY_MAX];
    if (!name || !dg_name_key(name, key, sizeof key))
        return dg_error_set(err, DG_EUSAGE, "alias '%s': not a name", name ? name : "");
    if (!id || (dg_iso_row_find(id) == DG_NONE && !defined_id(id)))
        return dg_error_set(err, DG_EUSAGE, "alias '%s': '%s' is neither an ISO 3166 code nor an id",
                            name, id ? id : "");
    return DG_OK;
}

dg_status dg_names_add_alias(const char *name, const char *id, dg_error *err)
{
    dg_status st = dg_names_alias_check(name, id, err);
    if (st != DG_OK)
        return st;
    names_init();
    const char *listed = dg_arena_strdup(ix.arena, name);
    index_put(listed, listed, alias_id(id, listed, true), TIER_USER);
    return DG_OK;
}

void dg_names_reset(void)
{
    if (ix.arena)
        dg_arena_free(ix.arena);
    dg_map_free(&ix.keys);
    dg_map_free(&ix.english);
    free(ix.e);
    free(ix.extra);
    free(ix.former_common);
    memset(&ix, 0, sizeof ix);
    dg_catalogs_reset();
}
