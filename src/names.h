/* names.h — the country-name index inside libdipgraph (not installed):
 * the key names are compared by, iso-codes' gettext catalogs, and the
 * compiled-in alias list.  The public side is in dipgraph.h ("Country
 * names"); docs/names.md describes the whole. */
#ifndef DG_NAMES_H
#define DG_NAMES_H

#include "internal.h"

/* ---- Keys (names_key.c) ---- */

/* Longest key kept, in bytes with the NUL: longer names are no country's. */
#define DG_NAME_KEY_MAX 256

/* The key a name is looked up by: lower case; Latin letters without their
 * accents (ß, æ, œ, þ, ĳ as two letters); Cyrillic, Greek and Armenian in
 * lower case (ё as е); '.' and apostrophes dropped ("U.S." = "US",
 * "People's" = "Peoples"); any other punctuation or space one separator;
 * '&' the word "and"; the word "the" dropped and "st" read as "saint".
 * Writes out (size bytes) and returns true; false when the key is empty
 * or does not fit. */
bool dg_name_key(const char *name, char *out, size_t size);

/* ---- gettext catalogs of iso-codes (names_mo.c) ---- */

/* Which ISO 3166 part a catalog entry comes from. */
enum { DG_PART_CURRENT = 0, DG_PART_FORMER = 1 };

/* Call fn for every translated entry of a .mo file held in buf (len
 * bytes): msgid and msgstr point into buf.  The header entry, entries with
 * a context or plural forms, and untranslated ones are skipped.  Returns
 * false, having called fn for nothing, when buf is not a well-formed .mo
 * file (bad magic, unknown major revision, a table or string outside
 * buf, a string not NUL-terminated). */
typedef void (*dg_mo_fn)(const char *msgid, const char *msgstr, void *ctx);
bool dg_mo_parse(const char *buf, size_t len, dg_mo_fn fn, void *ctx);
/* The same for every entry, the header, contexts ("ctx\4msgid") and
 * plural forms (msgid "one\0many", msgstr the forms NUL-separated)
 * included: ilen and slen are the lengths of the whole strings.  The
 * program's own catalogs (tr.c) need all of them. */
typedef void (*dg_mo_raw_fn)(const char *msgid, uint32_t ilen, const char *msgstr,
                             uint32_t slen, void *ctx);
bool dg_mo_parse_raw(const char *buf, size_t len, dg_mo_raw_fn fn, void *ctx);
/* The whole of a file (malloc'd: the caller frees it) and its length, or
 * NULL when it is absent, unreadable or too big (16 MB) to be a catalog. */
char *dg_mo_read(const char *path, size_t *len);

/* The catalog folders a locale name (n bytes of s: "pt_BR.UTF-8",
 * "sr@latin", "ru") stands for, most specific first: "ll_CC@mod",
 * "ll_CC", "ll@mod", "ll" where they apply.  Returns how many were
 * written to tries; 0 when s means English (*english set: "C", "POSIX",
 * "C.UTF-8", any "en") or is not a locale name (*english clear). */
int dg_locale_folders(const char *s, size_t n, char tries[4][80], bool *english);

/* The catalogs of one language (iso_3166-1 and iso_3166-3), loaded once
 * and kept until dg_names_reset. */
typedef struct dg_catalog dg_catalog;

/* The catalog for a language tag ("ru", "pt-BR", "pt_BR", "ru_RU.UTF-8",
 * "sr@latin", or a LANGUAGE-style list "be:ru"): the first element of the
 * list that has one, trying "ll_CC@mod", "ll_CC", "ll@mod", then "ll".
 * NULL for English ("en", "C", "POSIX", "", NULL) or when none exists. */
const dg_catalog *dg_catalog_for(const char *lang);
/* Does lang mean English, or have a catalog?  NULL and "" mean English. */
bool dg_catalog_known(const char *lang);
/* The translation of msgid in part (DG_PART_*), or NULL. */
const char *dg_catalog_get(const dg_catalog *c, int part, const char *msgid);
/* Call fn for every entry of part of every language's catalog, languages
 * in byte order of their folder names (so that the index is the same
 * whatever order the file system lists them in). */
void dg_catalogs_each(int part, dg_mo_fn fn, void *ctx);
/* The folder of the catalogs: the one set, else the build's default. */
const char *dg_names_locale_dir(void);
/* Forget every catalog (names_mo.c). */
void dg_catalogs_reset(void);

/* ---- Generated from data/names/aliases.yaml (cmake/gen_names.cmake) ---- */

struct dg_alias_row {
    const char *name, *id;
};
extern const struct dg_alias_row dg_name_aliases[];
extern const unsigned dg_name_alias_count;
extern const char dg_names_locale_default[];

/* A translation of a country's name from iso-codes' catalogs for lang
 * (the style's name, else the ISO short name), or NULL when lang is
 * English or its catalogs have neither (names.c).  Owned as
 * dg_country_display_name's names are. */
const char *dg_country_translated_name(const char *id, dg_name_style style, const char *lang);

/* A country NAME typed where an id belongs ("Serbia", "UK", "South Korea",
 * "Сербия"): the id it names, and (shown, if not NULL) its English common
 * name; NULL when it names no country, or is an ISO code in the wrong
 * case ("by"), which is a typo of the code rather than a name. */
const char *dg_names_hint_id(const char *typed, const char **shown);
/* The hint for such a name, for "unknown country 'UK' (HINT)": "a name,
 * not an id: did you mean 'GB' (United Kingdom)?", or, when the caller
 * knows that the id names nothing it has (known false), that the data
 * set does not mention it.  False (buf untouched) when typed is no
 * country's name. */
bool dg_names_hint(const char *typed, bool known, char *buf, size_t size);

/* The checks of dg_names_add_alias, without adding (names.c). */
dg_status dg_names_alias_check(const char *name, const char *id, dg_error *err);

/* Free the index, the aliases added at run time and every catalog, and
 * allow dg_names_set_locale_dir again.  Every string the name functions
 * returned before is then invalid.  For tests and leak checkers. */
void dg_names_reset(void);

#endif
