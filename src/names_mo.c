/* names_mo.c — iso-codes' translations of country names, read straight
 * from its gettext catalogs (LOCALE_DIR/LL/LC_MESSAGES/iso_3166-1.mo and
 * iso_3166-3.mo).
 *
 * Why not gettext(3): it answers for the process's locale, which a
 * library must not change (setlocale is process-wide and not ours to
 * call), and it cannot list a catalog's entries, which the name index
 * needs to know "Сербия" is Serbia.  The .mo format is small and stable
 * (GNU gettext manual, "The Format of GNU MO Files"): a magic number that
 * also gives the byte order, a revision, the number of strings N, and the
 * offsets of two tables of N (length, offset) pairs, for the original
 * strings and for their translations. */
#include "names.h"

#include <dirent.h>
#include <stdio.h>

#define MO_MAGIC 0x950412deu
#define MO_MAX_BYTES (16u << 20) /* iso_3166-1.mo is 30 kB: anything this big is not one */

typedef struct mo_part {
    char *data;        /* the whole file; msgid and msgstr point into it */
    dg_map msg;        /* msgid -> index into ids / strs */
    const char **ids, **strs;
    size_t n, cap;
} mo_part;

struct dg_catalog {
    char *folder;      /* "pt_BR": the folder under the locale dir */
    bool present;      /* at least one of the two files was read */
    mo_part part[2];   /* DG_PART_CURRENT: iso_3166-1, DG_PART_FORMER: iso_3166-3 */
};

/* Language tags asked for, with the catalog each resolved to. */
typedef struct tag_entry {
    char *tag;
    const dg_catalog *cat; /* NULL: English, or no catalog */
    bool english;          /* the tag means English */
} tag_entry;

static struct {
    char *dir;             /* set by dg_names_set_locale_dir, else NULL */
    dg_catalog **cats;     /* every folder tried, present or not */
    size_t n_cats, cap_cats;
    tag_entry *tags;
    size_t n_tags, cap_tags;
    bool used;             /* a catalog was looked for: the folder is fixed */
} mo;

const char *dg_names_locale_dir(void) { return mo.dir ? mo.dir : dg_names_locale_default; }

bool dg_names_set_locale_dir(const char *dir)
{
    if (mo.used || !dir)
        return false;
    free(mo.dir);
    mo.dir = dg_xstrdup(dir);
    return true;
}

/* ---- the file format ---- */

static uint32_t mo_word(const unsigned char *p, bool swap)
{
    uint32_t v = (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
    return swap ? (v >> 24 | (v >> 8 & 0xFF00u) | (v << 8 & 0xFF0000u) | v << 24) : v;
}

/* The string of descriptor i of the table at tab: NULL when it lies
 * outside the file or is not NUL-terminated.  *len gets its length. */
static const char *mo_string(const char *buf, size_t len, uint32_t tab, uint32_t i, bool swap,
                             uint32_t *slen)
{
    const unsigned char *d = (const unsigned char *)buf + tab + (size_t)i * 8;
    uint32_t n = mo_word(d, swap), off = mo_word(d + 4, swap);
    if ((uint64_t)off + n >= len || buf[(size_t)off + n] != '\0')
        return NULL;
    *slen = n;
    return buf + off;
}

bool dg_mo_parse_raw(const char *buf, size_t len, dg_mo_raw_fn fn, void *ctx)
{
    const unsigned char *h = (const unsigned char *)buf;
    if (!buf || len < 20)
        return false;
    bool swap = mo_word(h, false) != MO_MAGIC;
    if (swap && mo_word(h, true) != MO_MAGIC)
        return false;
    uint32_t rev = mo_word(h + 4, swap), n = mo_word(h + 8, swap);
    uint32_t otab = mo_word(h + 12, swap), ttab = mo_word(h + 16, swap);
    /* Major revisions 0 and 1 share these tables; a later one may not. */
    if (rev >> 16 > 1 || (uint64_t)otab + (uint64_t)n * 8 > len ||
        (uint64_t)ttab + (uint64_t)n * 8 > len)
        return false;
    for (uint32_t pass = 0; pass < 2; pass++) /* check every string, then call fn */
        for (uint32_t i = 0; i < n; i++) {
            uint32_t ilen, slen;
            const char *id = mo_string(buf, len, otab, i, swap, &ilen);
            const char *str = mo_string(buf, len, ttab, i, swap, &slen);
            if (!id || !str)
                return false;
            if (pass == 1)
                fn(id, ilen, str, slen, ctx);
        }
    return true;
}

/* dg_mo_parse's filter over every entry. */
typedef struct plain_filter {
    dg_mo_fn fn;
    void *ctx;
} plain_filter;

static void plain_only(const char *id, uint32_t ilen, const char *str, uint32_t slen, void *ctx)
{
    const plain_filter *f = ctx;
    (void)slen;
    /* The header (""), entries with a context ("ctx\4id") or plural forms
     * (an inner NUL), and untranslated ones. */
    if (ilen == 0 || memchr(id, '\4', ilen) || strlen(id) != ilen || str[0] == '\0')
        return;
    f->fn(id, str, f->ctx);
}

bool dg_mo_parse(const char *buf, size_t len, dg_mo_fn fn, void *ctx)
{
    plain_filter f = {fn, ctx};
    return dg_mo_parse_raw(buf, len, plain_only, &f);
}

/* ---- loading ---- */

char *dg_mo_read(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 15, n = 0;
    char *buf = dg_xmalloc(cap);
    for (;;) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap || cap >= MO_MAX_BYTES)
            break;
        cap *= 2;
        buf = dg_xrealloc(buf, cap);
    }
    bool bad = ferror(f) || n >= MO_MAX_BYTES;
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static void part_add(const char *msgid, const char *msgstr, void *ctx)
{
    mo_part *p = ctx;
    if (dg_map_get(&p->msg, msgid) != DG_NONE)
        return; /* the first translation of a msgid wins */
    dg_grow((void **)&p->ids, &p->cap, p->n + 1, sizeof *p->ids);
    p->strs = dg_xrealloc(p->strs, p->cap * sizeof *p->strs);
    p->ids[p->n] = msgid;
    p->strs[p->n] = msgstr;
    dg_map_put(&p->msg, msgid, (uint32_t)p->n++);
}

static void part_load(mo_part *p, const char *folder, const char *file)
{
    const char *dir = dg_names_locale_dir();
    size_t size = strlen(dir) + strlen(folder) + strlen(file) + 32, len = 0;
    char *path = dg_xmalloc(size);
    snprintf(path, size, "%s/%s/LC_MESSAGES/%s", dir, folder, file);
    p->data = dg_mo_read(path, &len);
    free(path);
    if (p->data && !dg_mo_parse(p->data, len, part_add, p)) {
        free(p->data); /* not a catalog: as if absent */
        p->data = NULL;
    }
}

/* The catalog of a locale folder, loaded on first use. */
static dg_catalog *catalog_of_folder(const char *folder)
{
    mo.used = true;
    for (size_t i = 0; i < mo.n_cats; i++)
        if (strcmp(mo.cats[i]->folder, folder) == 0)
            return mo.cats[i];
    dg_catalog *c = dg_xcalloc(1, sizeof *c);
    c->folder = dg_xstrdup(folder);
    part_load(&c->part[DG_PART_CURRENT], folder, "iso_3166-1.mo");
    part_load(&c->part[DG_PART_FORMER], folder, "iso_3166-3.mo");
    c->present = c->part[0].data || c->part[1].data;
    *DG_PUSH(mo.cats, mo.n_cats, mo.cap_cats) = c;
    return c;
}

const char *dg_catalog_get(const dg_catalog *c, int part, const char *msgid)
{
    if (!c || !msgid || (part != DG_PART_CURRENT && part != DG_PART_FORMER))
        return NULL;
    const mo_part *p = &c->part[part];
    uint32_t i = dg_map_get(&p->msg, msgid);
    return i == DG_NONE ? NULL : p->strs[i];
}

/* ---- language tags ---- */

/* The parts of one locale name "ll[_-]CC[.codeset][@mod]", normalized:
 * language lower case, a region upper case ("BR"), a script title case
 * ("Hant").  False when it is not one. */
typedef struct tag_parts {
    char lang[16], region[16], mod[32];
} tag_parts;

static bool is_alpha(char c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }

static bool tag_split(const char *s, size_t n, tag_parts *t)
{
    memset(t, 0, sizeof *t);
    size_t i = 0, k = 0;
    for (; i < n && k < 3 && is_alpha(s[i]); i++)
        t->lang[k++] = (char)(s[i] | 0x20);
    if (k < 2 || (i < n && is_alpha(s[i])))
        return false;
    if (i < n && (s[i] == '_' || s[i] == '-')) {
        for (i++, k = 0; i < n && s[i] != '.' && s[i] != '@'; i++) {
            if (k + 1 >= sizeof t->region || !(is_alpha(s[i]) || (s[i] >= '0' && s[i] <= '9')))
                return false;
            t->region[k++] = s[i];
        }
        /* A script ("Hant") is title case, a region ("BR", "419") upper. */
        for (size_t j = 0; j < k; j++)
            t->region[j] = (char)(is_alpha(t->region[j])
                                      ? (k == 4 && j > 0 ? t->region[j] | 0x20 : t->region[j] & ~0x20)
                                      : t->region[j]);
        if (k == 0)
            return false;
    }
    if (i < n && s[i] != '.' && s[i] != '@')
        return false;
    while (i < n && s[i] != '@')
        i++; /* the codeset: catalogs are UTF-8 whatever it says */
    if (i < n) {
        if (n - i - 1 == 0 || n - i - 1 >= sizeof t->mod)
            return false;
        memcpy(t->mod, s + i + 1, n - i - 1);
        for (const char *c = t->mod; *c; c++)
            if (!is_alpha(*c))
                return false;
    }
    return true;
}

int dg_locale_folders(const char *s, size_t n, char tries[4][80], bool *english)
{
    tag_parts t;
    *english = (n == 1 && s[0] == 'C') || (n == 5 && memcmp(s, "POSIX", 5) == 0) ||
               (n >= 2 && memcmp(s, "C.", 2) == 0);
    if (*english || !tag_split(s, n, &t))
        return 0;
    if (strcmp(t.lang, "en") == 0) {
        *english = true; /* iso-codes' own names, and dipgraph's words, are English */
        return 0;
    }
    int k = 0;
    if (t.region[0] && t.mod[0])
        snprintf(tries[k++], sizeof tries[0], "%s_%s@%s", t.lang, t.region, t.mod);
    if (t.region[0])
        snprintf(tries[k++], sizeof tries[0], "%s_%s", t.lang, t.region);
    if (t.mod[0])
        snprintf(tries[k++], sizeof tries[0], "%s@%s", t.lang, t.mod);
    snprintf(tries[k++], sizeof tries[0], "%s", t.lang);
    return k;
}

/* The catalog of one locale name: "ll_CC@mod", "ll_CC", "ll@mod", "ll",
 * the first present.  *english is set when the name means English. */
static const dg_catalog *catalog_of_name(const char *s, size_t n, bool *english)
{
    char tries[4][80];
    int k = dg_locale_folders(s, n, tries, english);
    for (int i = 0; i < k; i++) {
        const dg_catalog *c = catalog_of_folder(tries[i]);
        if (c->present)
            return c;
    }
    return NULL;
}

/* Resolve a tag (a ':'-separated list, as in $LANGUAGE) afresh: the
 * first element that means English or has a catalog decides. */
static const dg_catalog *catalog_resolve(const char *tag, bool *english)
{
    *english = false;
    for (const char *s = tag; *s;) {
        size_t n = strcspn(s, ":");
        const dg_catalog *c = n ? catalog_of_name(s, n, english) : NULL;
        if (c || *english)
            return c;
        s += n;
        s += *s == ':';
    }
    return NULL;
}

/* The cached resolution of lang. */
static const tag_entry *tag_of(const char *lang)
{
    for (size_t i = 0; i < mo.n_tags; i++)
        if (strcmp(mo.tags[i].tag, lang) == 0)
            return &mo.tags[i];
    bool english;
    const dg_catalog *c = catalog_resolve(lang, &english);
    tag_entry *e = DG_PUSH(mo.tags, mo.n_tags, mo.cap_tags);
    *e = (tag_entry){dg_xstrdup(lang), c, english};
    return e;
}

const dg_catalog *dg_catalog_for(const char *lang)
{
    return lang && *lang ? tag_of(lang)->cat : NULL;
}

bool dg_catalog_known(const char *lang)
{
    if (!lang || !*lang)
        return true;
    const tag_entry *e = tag_of(lang);
    return e->cat || e->english;
}

/* ---- every language ---- */

static int folder_cmp(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

void dg_catalogs_each(int part, dg_mo_fn fn, void *ctx)
{
    DIR *d = opendir(dg_names_locale_dir());
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    for (struct dirent *e; (e = readdir(d));)
        if (e->d_name[0] != '.')
            *DG_PUSH(names, n, cap) = dg_xstrdup(e->d_name);
    closedir(d);
    /* Folder order would make a name two languages share depend on the
     * file system; byte order does not. */
    qsort(names, n, sizeof *names, folder_cmp);
    for (size_t i = 0; i < n; i++) {
        const dg_catalog *c = catalog_of_folder(names[i]);
        const mo_part *p = &c->part[part == DG_PART_FORMER];
        for (size_t j = 0; j < p->n; j++)
            fn(p->ids[j], p->strs[j], ctx);
        free(names[i]);
    }
    free(names);
}

void dg_catalogs_reset(void)
{
    for (size_t i = 0; i < mo.n_cats; i++) {
        dg_catalog *c = mo.cats[i];
        for (int k = 0; k < 2; k++) {
            free(c->part[k].data);
            free(c->part[k].ids);
            free(c->part[k].strs);
            dg_map_free(&c->part[k].msg);
        }
        free(c->folder);
        free(c);
    }
    for (size_t i = 0; i < mo.n_tags; i++)
        free(mo.tags[i].tag);
    free(mo.cats);
    free(mo.tags);
    free(mo.dir);
    memset(&mo, 0, sizeof mo);
}
