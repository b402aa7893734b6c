/* tr.c — dipgraph's own words in other languages, from the catalogs the
 * project ships (po/, compiled at build time to dipgraph.mo), and which
 * language a --lang value or the environment's list comes out in.
 *
 * Why not gettext(3): it answers in the locale of the process, which a
 * library must not set (setlocale and textdomain are process-wide and the
 * program's), and the library must give every figure in the language it
 * is asked for, whatever the locale, and the same bytes each time.  The
 * .mo reader is names_mo.c's, which reads iso-codes' catalogs.
 *
 * Where the catalogs are: the folder a program sets
 * (dg_tr_set_locale_dir: the command line sets the one beside it, in a
 * build tree or an installed one), then the installed folder fixed at
 * build time (DG_TR_LOCALE_DIR, PREFIX/share/locale), then the build
 * tree's (DG_TR_BUILD_LOCALE_DIR), so that tests and a library used from
 * its build tree find them.  For each language the first folder that has
 * its dipgraph.mo wins. */
#include "names.h"
#include "tr.h"

#include <stdio.h>

#ifndef DG_TR_LOCALE_DIR
#define DG_TR_LOCALE_DIR "/usr/local/share/locale"
#endif
#ifndef DG_TR_BUILD_LOCALE_DIR
#define DG_TR_BUILD_LOCALE_DIR ""
#endif

#define TR_DOMAIN "dipgraph.mo"

typedef struct tr_cat {
    char *folder;          /* "ru", "pt_BR": the folder under a locale dir */
    char *data;            /* the whole .mo; keys and translations point into it */
    dg_map msg;            /* msgid ("ctx\4msgid" with a context; a plural
                              entry's singular) -> index into str/slen */
    const char **str;      /* translation: plural forms NUL-separated */
    uint32_t *slen;
    size_t n, cap;
    char *plural;          /* the Plural-Forms expression, or NULL */
    unsigned long nplurals;
} tr_cat;

/* A lang value asked for, with what it resolved to. */
typedef struct tr_tag {
    char *tag;
    char *pick;            /* the element that decides; NULL: English */
    const tr_cat *cat;     /* dipgraph's catalog for pick, or NULL */
} tr_tag;

static struct {
    char *dir;             /* set by dg_tr_set_locale_dir */
    tr_cat **cats;         /* every folder looked for, found or not */
    size_t n_cats, cap_cats;
    tr_tag *tags;
    size_t n_tags, cap_tags;
    bool used;
} tr;

bool dg_tr_set_locale_dir(const char *dir)
{
    if (tr.used || !dir)
        return false;
    free(tr.dir);
    tr.dir = dg_xstrdup(dir);
    return true;
}

/* ---- one catalog ---- */

/* "Plural-Forms: nplurals=3; plural=EXPR;" of the header entry. */
static void read_header(tr_cat *c, const char *hdr, uint32_t len)
{
    const char *pf = strstr(hdr, "Plural-Forms:");
    if (!pf || (size_t)(pf - hdr) >= len)
        return;
    const char *np = strstr(pf, "nplurals="), *ex = strstr(pf, "plural=");
    const char *eol = strchr(pf, '\n');
    if (!eol)
        eol = hdr + len;
    if (!np || !ex || np > eol || ex > eol)
        return;
    c->nplurals = strtoul(np + 9, NULL, 10);
    c->plural = dg_xmalloc((size_t)(eol - ex) - 6);
    memcpy(c->plural, ex + 7, (size_t)(eol - ex) - 7);
    c->plural[eol - ex - 7] = '\0';
}

/* ---- printf directives ----
 * Words with numbers or names in them are printf formats ("%zu cities"),
 * and a translation is used as the format: one whose directives are not
 * the msgid's (a wrong type, a missing or an extra one) would read the
 * wrong arguments.  msgfmt --check catches that at build time; a catalog
 * is still a file, so such a translation is dropped when it is read. */

#define MAX_DIRECTIVES 16

typedef struct directives {
    char spec[MAX_DIRECTIVES][16]; /* "2:zu": the argument's position, its conversion */
    int n;
    bool bad;
} directives;

static int spec_cmp(const void *a, const void *b) { return strcmp(a, b); }

/* The directives of s, each as its position and its conversion, sorted
 * (a translation may reorder arguments with %2$s). */
static void directives_of(const char *s, directives *d)
{
    d->n = 0;
    d->bad = false;
    for (int next = 1; (s = strchr(s, '%')) != NULL;) {
        if (s[1] == '%') {
            s += 2;
            continue;
        }
        s++;
        int pos = next++;
        size_t k = strspn(s, "0123456789");
        if (k && s[k] == '$')
            pos = atoi(s), s += k + 1;
        size_t len = strspn(s, "-+ #0123456789.*hljztL");
        if (!s[len] || d->n == MAX_DIRECTIVES || len + 1 > 10) {
            d->bad = true;
            return;
        }
        snprintf(d->spec[d->n++], sizeof d->spec[0], "%d:%.*s", pos, (int)len + 1, s);
        s += len + 1;
    }
    qsort(d->spec, (size_t)d->n, sizeof d->spec[0], spec_cmp);
}

static bool same_directives(const char *msgid, const char *str)
{
    directives a, b;
    directives_of(msgid, &a);
    directives_of(str, &b);
    if (a.bad || b.bad || a.n != b.n)
        return false;
    for (int i = 0; i < a.n; i++)
        if (strcmp(a.spec[i], b.spec[i]))
            return false;
    return true;
}

/* Every form of a translation (plural forms: against the plural msgid,
 * which has the number the forms show). */
static bool forms_ok(const char *id, uint32_t ilen, const char *str, uint32_t slen)
{
    size_t one = strlen(id);
    const char *many = one < ilen ? id + one + 1 : id;
    for (const char *f = str; f < str + slen; f += strlen(f) + 1)
        if (!same_directives(f == str && many == id ? id : many, f))
            return false;
    return true;
}

static void cat_add(const char *id, uint32_t ilen, const char *str, uint32_t slen, void *ctx)
{
    tr_cat *c = ctx;
    if (ilen == 0) {
        read_header(c, str, slen);
        return;
    }
    if (str[0] == '\0' || dg_map_get(&c->msg, id) != DG_NONE)
        return; /* untranslated, or a msgid seen before: the first one wins */
    const char *eot = memchr(id, '\4', strlen(id)); /* the msgid after a context */
    if (!forms_ok(eot ? eot + 1 : id, eot ? ilen - (uint32_t)(eot + 1 - id) : ilen, str, slen))
        return;
    dg_grow((void **)&c->str, &c->cap, c->n + 1, sizeof *c->str);
    c->slen = dg_xrealloc(c->slen, c->cap * sizeof *c->slen);
    c->str[c->n] = str;
    c->slen[c->n] = slen;
    dg_map_put(&c->msg, id, (uint32_t)c->n++); /* id ends at its first NUL */
}

static bool cat_load(tr_cat *c, const char *dir)
{
    if (!dir || !*dir)
        return false;
    size_t size = strlen(dir) + strlen(c->folder) + sizeof TR_DOMAIN + 16, len = 0;
    char *path = dg_xmalloc(size);
    snprintf(path, size, "%s/%s/LC_MESSAGES/%s", dir, c->folder, TR_DOMAIN);
    c->data = dg_mo_read(path, &len);
    free(path);
    if (c->data && !dg_mo_parse_raw(c->data, len, cat_add, c)) {
        free(c->data); /* not a catalog: as if absent */
        c->data = NULL;
    }
    return c->data != NULL;
}

/* The catalog of a folder ("ru"), loaded on first use; NULL if absent. */
static const tr_cat *cat_of_folder(const char *folder)
{
    tr.used = true;
    for (size_t i = 0; i < tr.n_cats; i++)
        if (strcmp(tr.cats[i]->folder, folder) == 0)
            return tr.cats[i]->data ? tr.cats[i] : NULL;
    tr_cat *c = dg_xcalloc(1, sizeof *c);
    c->folder = dg_xstrdup(folder);
    const char *dirs[] = {tr.dir, DG_TR_LOCALE_DIR, DG_TR_BUILD_LOCALE_DIR};
    for (size_t i = 0; i < sizeof dirs / sizeof dirs[0] && !c->data; i++)
        cat_load(c, dirs[i]);
    *DG_PUSH(tr.cats, tr.n_cats, tr.cap_cats) = c;
    return c->data ? c : NULL;
}

/* dipgraph's catalog for one locale name (n bytes of s), or NULL. */
static const tr_cat *cat_of_name(const char *s, size_t n)
{
    char tries[4][80];
    bool english;
    int k = dg_locale_folders(s, n, tries, &english);
    for (int i = 0; i < k; i++) {
        const tr_cat *c = cat_of_folder(tries[i]);
        if (c)
            return c;
    }
    return NULL;
}

/* ---- which language ---- */

/* Does one element of a list have translations of either kind? */
static bool element_known(const char *s, size_t n, const tr_cat **cat)
{
    char one[128];
    if (n >= sizeof one)
        return false;
    memcpy(one, s, n);
    one[n] = '\0';
    *cat = cat_of_name(s, n);
    return *cat || dg_catalog_for(one);
}

/* The first element of tag that means English (NULL) or has translations. */
static tr_tag resolve(const char *tag)
{
    tr_tag t = {dg_xstrdup(tag), NULL, NULL};
    for (const char *s = tag; *s;) {
        size_t n = strcspn(s, ":");
        char tries[4][80];
        bool english = false;
        if (n && dg_locale_folders(s, n, tries, &english) && element_known(s, n, &t.cat)) {
            t.pick = dg_xmalloc(n + 1);
            memcpy(t.pick, s, n);
            t.pick[n] = '\0';
            return t;
        }
        if (english)
            return t;
        s += n;
        s += *s == ':';
    }
    return t;
}

static const tr_tag *tag_of(const char *lang)
{
    if (!lang || !*lang)
        return NULL;
    for (size_t i = 0; i < tr.n_tags; i++)
        if (strcmp(tr.tags[i].tag, lang) == 0)
            return &tr.tags[i];
    tr_tag t = resolve(lang);
    tr_tag *e = DG_PUSH(tr.tags, tr.n_tags, tr.cap_tags);
    *e = t;
    return e;
}

const char *dg_lang_resolve(const char *lang)
{
    const tr_tag *t = tag_of(lang);
    return t ? t->pick : NULL;
}

bool dg_tr_lang_known(const char *lang)
{
    const tr_tag *t = tag_of(lang);
    return !t || !t->pick || t->cat;
}

bool dg_lang_syntax_ok(const char *lang)
{
    if (!lang || !*lang)
        return false;
    for (const char *s = lang; *s;) {
        size_t n = strcspn(s, ":");
        char tries[4][80];
        bool english = false;
        if (n == 0 || (!dg_locale_folders(s, n, tries, &english) && !english))
            return false;
        s += n;
        s += *s == ':';
    }
    return true;
}

/* ---- looking words up ---- */

static const tr_cat *cat_for(const char *lang)
{
    const tr_tag *t = tag_of(lang);
    return t ? t->cat : NULL;
}

static const char *lookup(const tr_cat *c, const char *key, uint32_t *slen)
{
    uint32_t i = c ? dg_map_get(&c->msg, key) : DG_NONE;
    if (i == DG_NONE)
        return NULL;
    *slen = c->slen[i];
    return c->str[i];
}

const char *dg_tr(const char *lang, const char *msgid)
{
    uint32_t slen;
    const char *t = lookup(cat_for(lang), msgid, &slen);
    return t ? t : msgid;
}

const char *dg_trc(const char *lang, const char *context, const char *msgid)
{
    const tr_cat *c = cat_for(lang);
    char key[512];
    uint32_t slen;
    if (!c || snprintf(key, sizeof key, "%s\4%s", context, msgid) >= (int)sizeof key)
        return msgid;
    const char *t = lookup(c, key, &slen);
    return t ? t : msgid;
}

const char *dg_trn(const char *lang, const char *one, const char *many, unsigned long n)
{
    const tr_cat *c = cat_for(lang);
    uint32_t slen;
    const char *forms = lookup(c, one, &slen);
    unsigned long k;
    if (!forms || !dg_plural_eval(c->plural, n, &k) || k >= c->nplurals)
        return n == 1 ? one : many;
    /* The k-th of the NUL-separated forms, if the entry has that many. */
    const char *f = forms, *end = forms + slen;
    for (unsigned long i = 0; i < k && f < end; i++)
        f += strlen(f) + 1;
    return f < end && *f ? f : n == 1 ? one : many;
}

void dg_tr_reset(void)
{
    for (size_t i = 0; i < tr.n_cats; i++) {
        tr_cat *c = tr.cats[i];
        free(c->folder);
        free(c->data);
        free(c->str);
        free(c->slen);
        free(c->plural);
        dg_map_free(&c->msg);
        free(c);
    }
    for (size_t i = 0; i < tr.n_tags; i++) {
        free(tr.tags[i].tag);
        free(tr.tags[i].pick);
    }
    free(tr.cats);
    free(tr.tags);
    free(tr.dir);
    memset(&tr, 0, sizeof tr);
}
