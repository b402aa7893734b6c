/* dipgraph.h — the one public header of libdipgraph.
 *
 * Pipeline: YAML files --(dg_model_load_*)--> dg_model --(views)--> Agraph_t
 * --(libgvc)--> bytes in memory --(dg_write_output)--> a file, atomically.
 *
 * Ownership, once for the whole API:
 *  - A dg_model owns every record, string and diagnostic reachable from it;
 *    all of it stays valid until dg_model_free().  Callers never free what a
 *    model hands out, and must not write to it.
 *  - Functions that fill a dg_buf hand the caller its data: release it with
 *    dg_buf_free().
 *  - No function takes ownership of an argument.  Strings passed in are
 *    copied when they must outlive the call.
 *  - Errors are values: functions return a dg_status and, where a message is
 *    useful, fill a caller-provided dg_error.
 */
#ifndef DIPGRAPH_H
#define DIPGRAPH_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dipgraph_version.h" /* DG_VERSION, generated from the build */

#ifdef __cplusplus
extern "C" {
#endif

/* Everything declared here is exported from libdipgraph.so; the library
 * is built with hidden visibility, so nothing else is. */
#if defined(__GNUC__) && !defined(DG_NO_VISIBILITY)
#pragma GCC visibility push(default)
#endif

#define DG_FORMAT_MAJOR 1
#define DG_NONE UINT32_MAX /* "no index" wherever an index is uint32_t */

/* Status codes double as the CLI's exit codes (docs/cli.md, "Exit status"). */
typedef enum dg_status {
    DG_OK = 0,
    DG_EDATA = 1,   /* the data set has errors, or a query names unknown ids */
    DG_EUSAGE = 2,  /* bad options or arguments */
    DG_EOUTPUT = 3, /* rendering or output failure */
} dg_status;

/* A message about one field of an options struct starts with the field's
 * name and a colon ("focus: unknown country 'XX'"), so that a program can
 * say it in its own terms (the CLI shows "--focus: ..."). */
typedef struct dg_error {
    dg_status code;
    char msg[512];
} dg_error;

/* Fill err (if not NULL) with code and a printf-style message; returns code. */
dg_status dg_error_set(dg_error *err, dg_status code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* A growable byte buffer.  dg_buf_free releases data and zeroes the buffer. */
typedef struct dg_buf {
    char *data;
    size_t len, cap;
} dg_buf;
void dg_buf_free(dg_buf *b);
/* Append; false only when memory runs out. */
bool dg_buf_append(dg_buf *b, const void *data, size_t len);
bool dg_buf_printf(dg_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same with a va_list (ap is left as va_arg would leave it: use it once). */
bool dg_buf_vprintf(dg_buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));

/* ------------------------------------------------------------------ */
/* Hooks: how the library reaches its caller besides return values.
 * Both are process-wide settings; set them before the first call that
 * renders or loads, from one thread (the library is not thread-safe).  */

/* Warnings that are not about the data, such as Graphviz's ("a bitmap was
 * scaled down to fit").  msg is valid during the call only.  Without a
 * handler (the default) they are dropped: the library never prints. */
typedef void (*dg_message_fn)(int severity /* dg_severity */, const char *msg, void *user);
void dg_set_message_handler(dg_message_fn fn, void *user);

/* Called when memory runs out, with the size asked for.  It may report
 * and exit, or longjmp to the caller's recovery point (the model or graph
 * being built is then lost, not freed).  If it returns, or none is set,
 * the library calls abort().  NULL restores the default. */
typedef void (*dg_oom_fn)(size_t size);
void dg_set_oom_handler(dg_oom_fn fn);

/* The folder the bundled data set is installed in (PREFIX/share/dipgraph/
 * data), fixed when the library was built; static storage, never NULL in
 * a CMake build.  The files may be absent if the library was not
 * installed. */
const char *dg_data_dir(void);

/* ------------------------------------------------------------------ */
/* Positions                                                           */

/* 1-based line and column (column in characters, as libyaml counts them).
 * file points to a name owned by the model. */
typedef struct dg_pos {
    const char *file;
    uint32_t line, col;
} dg_pos;

/* ------------------------------------------------------------------ */
/* Dates: the EDTF subset of docs/format.md                          */

typedef enum dg_prec { DG_PREC_NONE = 0, DG_PREC_YEAR, DG_PREC_MONTH, DG_PREC_DAY } dg_prec;
enum { DG_QUAL_APPROX = 1, DG_QUAL_UNCERTAIN = 2 }; /* '~' 1, '?' 2, '%' 3 */

/* prec == DG_PREC_NONE means "no date". month/day are 0 where not given. */
typedef struct dg_date {
    int16_t year;
    uint8_t month, day;
    uint8_t prec; /* dg_prec */
    uint8_t qual; /* DG_QUAL_* bits */
} dg_date;

typedef enum dg_date_err {
    DG_DATE_OK = 0,
    DG_DATE_SYNTAX,  /* not YYYY, YYYY-MM or YYYY-MM-DD with an optional ~ ? % */
    DG_DATE_RANGE,   /* year outside 1000-2999 */
    DG_DATE_INVALID, /* no such day, e.g. 1992-02-30, or month 13 */
} dg_date_err;

/* Parse exactly len bytes of s. */
dg_date_err dg_date_parse(const char *s, size_t len, dg_date *out);
static inline bool dg_date_set(const dg_date *d) { return d->prec != DG_PREC_NONE; }
/* Days since 1970-01-01 of the first / last day the date covers
 * ("1992" covers 1992-01-01 .. 1992-12-31). Undefined for an unset date. */
int32_t dg_date_first(const dg_date *d);
int32_t dg_date_last(const dg_date *d);
/* The inverse: a full-precision date from a day number. */
dg_date dg_date_from_days(int32_t days);
/* Canonical text ("1992", "1993-03~", "1992-01-09%"); "" for an unset
 * date. Always NUL-terminates; needs at most 14 bytes. */
void dg_date_format(const dg_date *d, char *buf, size_t size);
/* -1, 0, 1 by (first day, precision, qualifiers); unset dates sort first. */
int dg_date_cmp(const dg_date *a, const dg_date *b);
/* Today's date in UTC (full precision); SOURCE_DATE_EPOCH overrides the
 * clock so that outputs with a "today" line are reproducible. */
dg_date dg_date_today(void);

/* A period: start and end are each optional (unset). */
typedef struct dg_period {
    dg_date start, end;
} dg_period;

/* Does the period hold on `at`?  With at == NULL or unset: holds iff it has
 * no end.  Otherwise: (no start or first(start) <= at) and (no end or
 * last(end) > at), where at means its first day. */
bool dg_period_holds(const dg_period *p, const dg_date *at);

/* ------------------------------------------------------------------ */
/* Vocabularies.  Each enum has a name function returning the spelling
 * used in the data format (static storage) and a lookup returning -1 for
 * an unknown word.                                                     */

typedef enum dg_org_kind {
    DG_ORG_UNSPECIFIED = 0,
    DG_ORG_INTERGOVERNMENTAL, DG_ORG_REGIONAL, DG_ORG_MILITARY, DG_ORG_ECONOMIC,
    DG_ORG_FINANCIAL, DG_ORG_FORUM, DG_ORG_OTHER,
    DG_ORG_KIND_COUNT
} dg_org_kind;

typedef enum dg_member_status {
    DG_MEMBER = 0, DG_MEMBER_OBSERVER, DG_MEMBER_CANDIDATE, DG_MEMBER_PARTNER,
    DG_MEMBER_ASSOCIATE, DG_MEMBER_SUSPENDED,
    DG_MEMBER_STATUS_COUNT
} dg_member_status;

typedef enum dg_rel_status {
    DG_REL_ACTIVE = 0, DG_REL_STRAINED, DG_REL_SUSPENDED, DG_REL_SEVERED,
    DG_REL_STATUS_COUNT
} dg_rel_status;

typedef enum dg_mission_kind {
    DG_MK_EMBASSY = 0, DG_MK_HIGH_COMMISSION, DG_MK_CONSULATE_GENERAL, DG_MK_CONSULATE,
    DG_MK_VICE_CONSULATE, DG_MK_HONORARY_CONSULATE, DG_MK_EMBASSY_OFFICE,
    DG_MK_PERMANENT_MISSION, DG_MK_DELEGATION, DG_MK_LIAISON_OFFICE,
    DG_MK_INTERESTS_SECTION, DG_MK_TRADE_OFFICE, DG_MK_OTHER,
    DG_MISSION_KIND_COUNT
} dg_mission_kind;

typedef enum dg_event_kind {
    DG_EV_AGREEMENT = 0, DG_EV_TREATY, DG_EV_VISIT, DG_EV_MEETING, DG_EV_RECOGNITION,
    DG_EV_EXPULSION, DG_EV_RECALL, DG_EV_SANCTION, DG_EV_CLOSURE, DG_EV_OPENING,
    DG_EV_WITHDRAWAL, DG_EV_ACCESSION, DG_EV_OTHER,
    DG_EVENT_KIND_COUNT
} dg_event_kind;

const char *dg_org_kind_name(dg_org_kind k);
const char *dg_member_status_name(dg_member_status s);
const char *dg_rel_status_name(dg_rel_status s);
const char *dg_mission_kind_name(dg_mission_kind k);
/* "embassies", "consulates-general", ... for counted labels. */
const char *dg_mission_kind_plural(dg_mission_kind k);
const char *dg_event_kind_name(dg_event_kind k);
int dg_org_kind_lookup(const char *word);
int dg_member_status_lookup(const char *word);
int dg_rel_status_lookup(const char *word);
int dg_mission_kind_lookup(const char *word);
int dg_event_kind_lookup(const char *word);

/* ------------------------------------------------------------------ */
/* The model.  Plain read-only structs; every array is sorted so that the
 * order of records in the input never shows in an output:
 *   sources, countries, orgs, missions by id; an org's members by
 *   (member id, start); relations by (a id, b id); a mission's
 *   accreditations by (country id, start); events by (date, kind, title).
 * Every string is NUL-terminated UTF-8 without control characters other
 * than \t and \n (the loader rejects the rest). NULL = field absent.     */

/* The sources a record cites: indices into dg_model.sources. */
typedef struct dg_cite {
    uint32_t n;
    const uint32_t *idx;
} dg_cite;

/* Format 1.1 record parts, defined in the "Format 1.1" section below. */
typedef struct dg_change dg_change;
typedef struct dg_head dg_head;
typedef struct dg_name dg_name;
typedef struct dg_held_as dg_held_as;

typedef enum dg_actor_kind { DG_ACTOR_COUNTRY = 0, DG_ACTOR_ORG = 1 } dg_actor_kind;
/* A reference to a country (index into countries) or organization. */
typedef struct dg_ref {
    uint32_t kind; /* dg_actor_kind */
    uint32_t index;
} dg_ref;

typedef struct dg_source {
    const char *id, *title, *url, *publisher, *note;
    dg_date accessed;
    dg_pos pos;
} dg_source;

/* Only countries the data set mentions (defines or refers to) are here. */
typedef struct dg_country {
    const char *id;     /* canonical: ISO alpha-2, or alpha-3 for a former
                           country whose alpha-2 is reused; else as defined */
    const char *name;   /* from the data set, else from ISO 3166 */
    const char *alpha3; /* NULL for a non-ISO country */
    const char *capital;
    dg_period period;   /* since/until */
    bool iso, former;   /* ISO 3166-1 / ISO 3166-3 */
    bool defined;       /* has an entry under countries: */
    const char *note;
    dg_cite cite;
    dg_pos pos;         /* the definition, else the first mention */
    /* Format 1.1 */
    uint32_t n_names;
    const dg_name *names;     /* by language tag */
    const char *wikidata;     /* "Q..." or NULL */
    uint32_t continues;       /* the state it continues in law, or DG_NONE */
    uint32_t continued_by;    /* the state that continues it, or DG_NONE */
    dg_date continued_on;     /* continues: when it took over (its since, else the
                                 predecessor's until); may be unset */
    uint32_t n_succeeds;
    const uint32_t *succeeds; /* country indices, as given */
} dg_country;

typedef struct dg_member {
    dg_ref who; /* a country or an organization */
    dg_member_status status;
    dg_period period;
    const char *note;
    dg_cite cite;
    dg_pos pos;
    /* Format 1.1 */
    uint32_t n_history;
    const dg_change *history; /* status: dg_member_status (DG_MEMBER_LEFT too) */
    uint32_t n_as;
    const dg_held_as *as;     /* taken over from predecessors (continuity) */
} dg_member;

typedef struct dg_org {
    const char *id, *name; /* name defaults to id */
    dg_org_kind kind;
    dg_period period; /* founded .. dissolved */
    const char *url;
    uint32_t n_members;
    const dg_member *members;
    const char *note;
    dg_cite cite;
    dg_pos pos;
    /* Format 1.1 */
    uint32_t n_names;
    const dg_name *names;
    const char *wikidata;
} dg_org;

typedef struct dg_relation {
    uint32_t a, b;       /* country indices, countries[a].id < countries[b].id */
    dg_date recognized;
    dg_period period;    /* established .. severed */
    dg_rel_status status;
    bool has_border;
    double border_km;
    const char *note;
    dg_cite cite;
    dg_pos pos;
    /* Format 1.1 */
    int level;                /* dg_rel_level from the start */
    uint32_t b_kind;          /* dg_actor_kind of b: DG_ACTOR_ORG only in
                                 dg_model.org_relations, where a is the country */
    uint32_t n_history;
    const dg_change *history; /* status: dg_rel_status; level: dg_rel_level */
    uint32_t n_as;
    const dg_held_as *as;
} dg_relation;

typedef struct dg_accreditation {
    uint32_t to;         /* country index */
    dg_period period;    /* unset ends mean "with the mission" */
    const char *note;
    dg_cite cite;
    dg_pos pos;
    /* Format 1.1 */
    uint32_t n_as;
    const dg_held_as *as; /* `to` taken over from a predecessor */
} dg_accreditation;

typedef struct dg_mission {
    const char *id;      /* given, or slug of OF-KIND-CITY (OF-KIND-IN without a city) */
    dg_ref of;           /* sending country or organization */
    dg_mission_kind kind;
    const char *label;   /* required for kind other; optional display text */
    const char *city;
    uint32_t in;         /* host country index */
    uint32_t to;         /* organization index, or DG_NONE */
    dg_period period;    /* opened .. closed */
    uint32_t n_accredited;
    const dg_accreditation *accredited;
    const char *note;
    dg_cite cite;
    dg_pos pos;
    /* Format 1.1 */
    int status;               /* dg_mission_status from the start */
    uint32_t n_history;
    const dg_change *history; /* status: dg_mission_status */
    uint32_t n_heads;
    const dg_head *heads;     /* by since */
    const char *wikidata;
    uint32_t place;           /* its city's entry in dg_model.places, or DG_NONE */
    uint32_t n_as;
    const dg_held_as *as;     /* `of` or `in` taken over from a predecessor */
} dg_mission;

typedef struct dg_event {
    dg_period period;    /* date .. until (start always set) */
    dg_event_kind kind;
    const char *title;
    uint32_t n_actors;
    const dg_ref *actors;
    const char *note;
    dg_cite cite;
    dg_pos pos;
} dg_event;

typedef struct dg_model {
    const char *title;   /* NULL when no file gives one */
    uint32_t focus;      /* country index, or DG_NONE */
    uint32_t n_sources, n_countries, n_orgs, n_relations, n_missions, n_events;
    const dg_source *sources;
    const dg_country *countries;
    const dg_org *orgs;
    const dg_relation *relations;
    const dg_mission *missions;
    const dg_event *events;
    uint32_t n_memberships, n_accreditations; /* totals over orgs / missions */
    struct dg_model_priv *priv;
    /* Format 1.1 */
    uint32_t n_places, n_org_relations;
    const struct dg_place *places;        /* by name */
    const dg_relation *org_relations;     /* a country and an organization,
                                             by (country, organization) */
} dg_model;

/* ------------------------------------------------------------------ */
/* Loading and validation                                              */

/* Limits against hostile input; dg_limits_default() gives the documented
 * defaults (docs/format.md). Zero in a field means "the default". */
typedef struct dg_limits {
    size_t max_input_bytes;  /* per file */
    size_t max_scalar_bytes;
    size_t max_depth;        /* nesting of collections */
    size_t max_alias_events; /* events replayed through aliases, per file */
    size_t max_diags;        /* diagnostics kept; the rest only counted */
} dg_limits;
dg_limits dg_limits_default(void);

typedef enum dg_severity { DG_SEV_ERROR = 0, DG_SEV_WARNING = 1 } dg_severity;
typedef struct dg_diag {
    dg_pos pos;
    dg_severity severity;
    const char *msg;
} dg_diag;

/* An empty model, ready for files.  NULL only when memory runs out.
 * limits may be NULL (defaults). */
dg_model *dg_model_new(const dg_limits *limits);
void dg_model_free(dg_model *m);

/* Add one file to the data set.  path "-" reads standard input (shown as
 * "<stdin>").  Problems become diagnostics; the return value is DG_OK, or
 * DG_EDATA when this file had an error (loading of other files may go on),
 * or DG_EUSAGE (nothing read) after dg_model_finish. */
dg_status dg_model_load_file(dg_model *m, const char *path);
/* The same for bytes in memory; name is what diagnostics show. */
dg_status dg_model_load_buffer(dg_model *m, const char *name, const char *data, size_t len);
/* After the last file: resolve references, validate across files, sort.
 * DG_OK when the data set has no error (warnings allowed).  Call once. */
dg_status dg_model_finish(dg_model *m);

/* Diagnostics, sorted by file (in load order), line, column, then message. */
size_t dg_model_diag_count(const dg_model *m);
const dg_diag *dg_model_diag(const dg_model *m, size_t i);
size_t dg_model_error_count(const dg_model *m);   /* including uncounted */
size_t dg_model_warning_count(const dg_model *m);
size_t dg_model_diags_dropped(const dg_model *m); /* beyond max_diags */
/* The diagnostics as text, appended to out (whatever out holds stays in
 * front): a "FILE:LINE:COL: error|warning: MSG" line each, at most max of
 * them (0 = every one kept), then a "dipgraph: too many errors: N more
 * messages not shown" line when some were left out.  Appends nothing when
 * there is nothing to say.  Returns false only when memory runs out; out
 * then holds what it held before.  The caller owns out's data (dg_buf_free).
 * The library never prints: a program writes this text where it wants. */
bool dg_model_diags_text(const dg_model *m, size_t max, dg_buf *out);

/* Look-ups by id (alpha-3 and former-country codes accepted for countries):
 * the index, or DG_NONE.  Countries are found only when the data set
 * mentions them.  A binary search of the array, which is sorted by id. */
uint32_t dg_country_find(const dg_model *m, const char *id);
uint32_t dg_org_find(const dg_model *m, const char *id);
uint32_t dg_mission_find(const dg_model *m, const char *id);
/* id and name of a country or organization reference */
const char *dg_ref_id(const dg_model *m, dg_ref r);
const char *dg_ref_name(const dg_model *m, dg_ref r);

/* ISO 3166 tables (built from Debian's iso-codes at build time).
 * Returns the English name, or NULL when code is no ISO 3166-1/-3 code;
 * *canonical gets the canonical id (see dg_country.id). */
const char *dg_iso_lookup(const char *code, const char **canonical, bool *former);

/* ------------------------------------------------------------------ */
/* Country names (docs/names.md): one index of the English names
 * iso-codes gives each country (ISO short, common and official, for ISO
 * 3166-1 and 3166-3), their translations from iso-codes' gettext catalogs,
 * and an alias list compiled into the library (data/names/aliases.yaml).
 * Every string these functions return is owned by the library and stays
 * valid for the rest of the process: never free or change it.  Built on
 * first use; like the rest of the library, not thread-safe.           */

/* Which English name to show (--names). */
typedef enum dg_name_style {
    DG_NAMES_COMMON = 0, /* common_name where iso-codes has one, else the ISO
                            short name: "South Korea", "Moldova", "Serbia" */
    DG_NAMES_ISO,        /* the ISO short name: "Korea, Republic of" */
    DG_NAMES_OFFICIAL,   /* official_name, else the short name: "Republic of Moldova" */
    DG_NAME_STYLE_COUNT
} dg_name_style;
/* "common", "iso", "official" (static storage; NULL outside the enum),
 * and back (-1 for an unknown word). */
const char *dg_name_style_name(dg_name_style s);
int dg_name_style_lookup(const char *word);

/* The id of the country a name means, or NULL when the index has no such
 * name or it means two countries ("Korea").  Case, accents, punctuation,
 * "the", "&"/"and" and "St"/"Saint" do not matter; names in any language
 * of iso-codes' catalogs are found ("Сербия" gives "RS").  The id is
 * canonical (an ISO alpha-2 code, a former country's code as dg_country.id
 * has it, or an alias list's id such as "XK").  *matched (if matched is not
 * NULL) gets the name as the index lists it ("Korea, Republic of" for
 * "republic of korea"), or NULL.  A hash look-up; the translations are read
 * the first time a name is not found among the English ones and aliases. */
const char *dg_country_id_for_name(const char *name, const char **matched);

/* The name to show for a country id (any code dg_iso_lookup takes, or an
 * id of the alias list), in a style, in a language: lang as "ru", "pt-BR",
 * "pt_BR", "ru_RU.UTF-8", "sr@latin" or a $LANGUAGE-style list "be:ru";
 * NULL, "", "C", "POSIX" and "en" mean English.  In another language the
 * chosen name's translation, else the translation of the ISO short name,
 * else the English name.  An id outside ISO 3166 has its alias list name
 * ("Kosovo") in every style and language.  NULL for an unknown id. */
const char *dg_country_display_name(const char *id, dg_name_style style, const char *lang);

/* Does lang mean English, or does iso-codes have a catalog for it?
 * (false: dg_country_display_name answers in English.) */
bool dg_names_lang_known(const char *lang);

/* Add an alias: name now means id (an ISO 3166 code, or an id of the form
 * format.md gives defined ids), ahead of every other name of the index; a
 * later alias of the same name replaces an earlier one.  An id outside ISO
 * 3166 gets its first alias as its display name.  DG_EUSAGE (nothing
 * added) for an empty name or an invalid id. */
dg_status dg_names_add_alias(const char *name, const char *id, dg_error *err);
/* The same for every entry of a YAML file holding one mapping {NAME: ID}
 * (data/names/aliases.yaml is one).  All or nothing: DG_EDATA, with the
 * file and line in err, when the file cannot be read, is not such a
 * mapping, gives a name twice or has an invalid entry. */
dg_status dg_names_load_aliases(const char *path, dg_error *err);
/* The same for YAML text in memory (len bytes; need not be NUL-terminated);
 * name is what messages show in place of a path. */
dg_status dg_names_load_aliases_text(const char *name, const char *text, size_t len,
                                     dg_error *err);

/* Where iso-codes' catalogs are (LOCALE_DIR/LL/LC_MESSAGES/iso_3166-1.mo);
 * the default is fixed at build time (DG_ISO_LOCALE_DIR, /usr/share/locale).
 * Call before any other names function: false (and nothing changed) once
 * a catalog has been looked for. */
bool dg_names_set_locale_dir(const char *dir);

/* The names a model shows (docs/names.md, "Names in the model"): every
 * dg_country.name and dg_org.name, and the cities figures and answers
 * show, in a style and a language, so that every output shows the same
 * names.  A country: in a language other than English the data set's
 * `names:` entry in it, else iso-codes' translation; then the data set's
 * `name:`; then the English name in the style; then its id.  An
 * organization or a city: its `names:` entry, else its name as written.
 * lang as dg_lang_resolve takes; NULL = English.  It is also the language
 * of the outputs' own words when their options give none.  Call it before
 * or after dg_model_finish (names then change at once; a name handed out
 * before stays valid until dg_model_free, and each call keeps a copy of
 * the names it sets).  Without a call: DG_NAMES_COMMON, English.
 * DG_EUSAGE (nothing changed) for a style outside the enum. */
dg_status dg_model_set_names(dg_model *m, dg_name_style style, const char *lang);

/* ---- Languages: which one, and dipgraph's own words in it ----
 * A lang is a locale name ("ru", "pt_BR", "pt-BR", "ru_RU.UTF-8",
 * "sr@latin") or a $LANGUAGE-style list of them ("be:ru").  The words the
 * outputs put in a figure or an answer come from the gettext catalogs the
 * project ships (po/, installed as LOCALE_DIR/LL/LC_MESSAGES/dipgraph.mo),
 * read by the library: it never calls setlocale.  Strings returned are
 * the library's, valid for the rest of the process. */

/* The element of lang that decides the language: the first that means
 * English ("C", "POSIX", "en..."), giving NULL, or that has translations,
 * of country names (iso-codes) or of dipgraph's own words; NULL (English)
 * too when none has any, and for NULL or "". */
const char *dg_lang_resolve(const char *lang);
/* Is lang a locale name or a list of them (for checking an option)? */
bool dg_lang_syntax_ok(const char *lang);
/* Does dipgraph have its own words in the language lang resolves to
 * (English counts)?  False: figures show translated names among English
 * words. */
bool dg_tr_lang_known(const char *lang);
/* The first folder to look for dipgraph.mo in (DIR/LL/LC_MESSAGES/),
 * before the installed one fixed at build time and the build tree's.
 * Call before anything is translated: false (nothing changed) after. */
bool dg_tr_set_locale_dir(const char *dir);

/* ------------------------------------------------------------------ */
/* Queries (docs/queries.md).  Results are arrays the caller frees with
 * free(); the records they point to belong to the model.  at may be NULL. */

typedef struct dg_rep_entry {
    const dg_mission *mission;
    bool resident;                   /* the mission sits in HOST */
    const dg_accreditation *accred;  /* the accreditation, when non-resident */
    /* Format 1.1 continuity: the predecessor the sender's side / the host's
     * side was taken over from (its first holder), or DG_NONE. */
    uint32_t sender_as, host_as;
} dg_rep_entry;
/* How is sender (country index) represented in host: resident missions
 * first, then non-resident, each by mission id.  *n gets the count. */
dg_rep_entry *dg_represent(const dg_model *m, uint32_t sender, uint32_t host,
                           const dg_date *at, size_t *n);

typedef struct dg_hub {
    const char *city;
    uint32_t in;          /* host country of the hub city */
    uint32_t n_countries;
    uint32_t *countries;  /* sending countries, by id; part of the same
                             allocation as the array: free() the array only */
} dg_hub;
/* Cities holding missions accredited to focus without residing there,
 * by number of countries (descending), then city. */
dg_hub *dg_hubs(const dg_model *m, uint32_t focus, const dg_date *at, size_t *n);

/* ---- Queries: organizations as senders, reciprocity, statistics ---- */

/* dg_represent for a sender that may be an organization (an EU delegation). */
dg_rep_entry *dg_represent_ref(const dg_model *m, dg_ref sender, uint32_t host,
                               const dg_date *at, size_t *n);
/* An accreditation holds on at when its own period and its mission's do. */
bool dg_accreditation_holds(const dg_mission *mi, const dg_accreditation *a, const dg_date *at);

typedef struct dg_country_pair {
    uint32_t a, b; /* country indices */
} dg_country_pair;

/* A city through which countries are represented non-residently. */
typedef struct dg_hub_count {
    const char *city;         /* NULL: missions without a city, by host */
    uint32_t in;              /* host country of the city */
    uint32_t accreditations;  /* distinct (sender, accredited country) pairs */
    uint32_t senders;         /* distinct sending countries */
    uint32_t countries;       /* distinct accredited countries */
} dg_hub_count;

typedef struct dg_stats {
    /* Records of the data set; with at, only those holding on that date
     * (events: begun and not ended). */
    uint32_t countries, organizations, memberships, relations, missions, accreditations,
        events, sources;
    /* Missions holding on at (no at: open ones), by kind. */
    uint32_t open_missions, missions_by_kind[DG_MISSION_KIND_COUNT];
    /* Resident embassies (or high commissions) of countries: pairs with one
     * each way (a < b), and pairs where only a has one in b. */
    size_t n_mutual, n_one_sided;
    dg_country_pair *mutual, *one_sided;
    /* Every hub city, by accreditations (descending), city, host. */
    size_t n_hubs;
    dg_hub_count *hubs;
    /* Relations holding on at (and not severed) where neither country is
     * represented in the other (dg_represent empty both ways); a < b. */
    size_t n_unrepresented;
    dg_country_pair *unrepresented;
} dg_stats;
/* Fill *out; release its arrays with dg_stats_free. */
void dg_stats_compute(const dg_model *m, const dg_date *at, dg_stats *out);
void dg_stats_free(dg_stats *s);

/* ---- Query answers: what `dipgraph represent|hubs|stats` print ---- */

/* Which question, and how to answer it.  Ids are country ids (alpha-2,
 * alpha-3, a former-country code or an id the data set defines). */
typedef struct dg_answer_opts {
    const char *sender;  /* represent: a country or organization id */
    const char *host;    /* represent: a country id */
    const char *a, *b;   /* relation: two countries, or a country and an organization */
    const char *focus;   /* hubs: a country id */
    dg_date at;          /* unset = what has no end date */
    bool json;           /* one JSON object (docs/queries.md) instead of text */
    const char *lang;    /* the language of the text's own words, as dg_lang_resolve
                            takes; NULL = the model's (dg_model_set_names) */
} dg_answer_opts;

/* Each answer is appended to out whole, or not at all: on failure out
 * holds what it held before.  The caller owns out's data (dg_buf_free).
 * The text is an aligned table with newlines and tabs of the data shown
 * as \n and \t; the JSON ends with a newline.  Returns DG_OK (an empty
 * answer too), DG_EDATA when an id names nothing known (err's message
 * then starts with the field: "host: unknown country 'XX'"), or
 * DG_EOUTPUT when memory runs out. */

/* How is o->sender represented in o->host (dg_represent_ref). */
dg_status dg_answer_represent(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                              dg_error *err);
/* The hub cities of non-resident representation in o->focus (dg_hubs). */
dg_status dg_answer_hubs(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                         dg_error *err);
/* The relation between o->a and o->b (dg_relation_query): its status,
 * level and whether it holds on o->at (the latest without), its dates,
 * the predecessor it was held as, and its history.  No relation recorded
 * is an answer (status null). */
dg_status dg_answer_relation(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                             dg_error *err);
/* The data set in numbers, reciprocity and hubs (dg_stats_compute); it
 * reads only o->at and o->json, and fails only for memory. */
dg_status dg_answer_stats(const dg_model *m, const dg_answer_opts *o, dg_buf *out,
                          dg_error *err);

/* ------------------------------------------------------------------ */
/* Format 1.1 (docs/format.md, "Version 1.1"): dated history, heads of
 * mission, places, names in other languages, wikidata ids, continuity of
 * states, relations with organizations.  Everything below is owned by
 * the model like the rest of it, unless a function says otherwise.      */

#define DG_FORMAT_MINOR 1 /* the newest minor version of format 1 read */

/* Words added to version 1's vocabularies.  The v1 counts above stay as
 * they were, so code written for version 1 sees no new value from a
 * version 1 file. */
enum {
    DG_REL_NONE = DG_REL_STATUS_COUNT,       /* never had relations: never holds */
    DG_REL_STATUS_COUNT_V11
};
enum {
    DG_MEMBER_LEFT = DG_MEMBER_STATUS_COUNT, /* history only: not a member from then */
    DG_MEMBER_STATUS_COUNT_V11
};

/* The level of a relation's representation. */
typedef enum dg_rel_level {
    DG_LEVEL_EMBASSY = 0, DG_LEVEL_LEGATION, DG_LEVEL_CHARGE, DG_LEVEL_INTERESTS, DG_LEVEL_NONE,
    DG_REL_LEVEL_COUNT
} dg_rel_level;

/* A mission's state; closing for good is its `closed:` date. */
typedef enum dg_mission_status {
    DG_MS_OPEN = 0, DG_MS_CLOSED_TO_PUBLIC, DG_MS_SUSPENDED, DG_MS_CLOSED,
    DG_MISSION_STATUS_COUNT
} dg_mission_status;

const char *dg_rel_level_name(dg_rel_level l);
const char *dg_mission_status_name(dg_mission_status s);
int dg_rel_level_lookup(const char *word);
int dg_mission_status_lookup(const char *word);

/* One dated entry of a record's `history`, oldest first.  status and
 * level are -1 where the entry leaves them as they were. */
struct dg_change {
    dg_date date;
    int status; /* the record kind's status enum */
    int level;  /* relations only: dg_rel_level */
    const char *note;
    dg_cite cite;
    dg_pos pos;
};

/* A head of mission. */
struct dg_head {
    const char *name;  /* always set */
    const char *title; /* free text ("ambassador", "chargé d'affaires") or NULL */
    dg_period period;  /* since .. until */
    const char *note;
    dg_cite cite;
    dg_pos pos;
};

/* A name in another language: lang is an ISO 639-1 code, optionally with
 * an ISO 3166 region ("pt-BR"). */
struct dg_name {
    const char *lang, *name;
};

/* A record taken over through continuity was held by `as` until `until`
 * (the day `by`, its continuator, took it over).  A chain gives one entry
 * per link, oldest first: as[0].as is the original holder. */
struct dg_held_as {
    uint32_t as, by; /* country indices */
    dg_date until;   /* may be unset when neither date is known */
};

/* A city with what is known of it (`places:`). */
typedef struct dg_place {
    const char *name;      /* as in dg_mission.city */
    uint32_t country;      /* country index */
    bool has_coords;
    double lat, lon;       /* decimal degrees, when has_coords */
    uint32_t n_names;
    const dg_name *names;
    const char *wikidata;
    const char *note;
    dg_cite cite;
    dg_pos pos;
} dg_place;

/* ---- What held on a date: the one way to ask ----
 * at == NULL (or unset) means "now": the latest state, and periods hold
 * when they have no end (as dg_period_holds).  An entry of a history
 * applies from the first day of its date on. */

/* The entry of h (n entries, in date order) in force on at: the last one
 * dated on or before at (the last one when at is NULL); NULL before the
 * first. */
const dg_change *dg_change_at(const dg_change *h, uint32_t n, const dg_date *at);

/* A relation's status and level on at (either pointer may be NULL), and
 * whether it HOLDS: started, not ended, and its status is neither
 * severed nor none. */
bool dg_relation_state_at(const dg_model *m, const dg_relation *r, const dg_date *at,
                          dg_rel_status *status, dg_rel_level *level);
bool dg_relation_holds(const dg_model *m, const dg_relation *r, const dg_date *at);

/* A mission's status on at, and whether it is OPERATING: opened, not
 * closed for good, and open or closed to the public.  Only an operating
 * mission is resident and carries its accreditations. */
dg_mission_status dg_mission_status_at(const dg_model *m, const dg_mission *mi,
                                       const dg_date *at);
bool dg_mission_operating(const dg_model *m, const dg_mission *mi, const dg_date *at);

/* A membership's status on at, and whether it holds: started, not ended,
 * and its status is not DG_MEMBER_LEFT. */
dg_member_status dg_member_status_at(const dg_model *m, const dg_member *mem, const dg_date *at);
bool dg_member_holds(const dg_model *m, const dg_member *mem, const dg_date *at);

/* The head of a mission on at (with at NULL: the one without an end), or
 * NULL. */
const dg_head *dg_mission_head_at(const dg_model *m, const dg_mission *mi, const dg_date *at);

/* Continuity: which country held a record on at, given the country that
 * holds it now (current) and the record's as-list.  With at NULL, or a
 * record never taken over, that is current. */
uint32_t dg_held_by_at(const dg_held_as *as, uint32_t n_as, uint32_t current, const dg_date *at);
/* The predecessor a record was taken over from, seen from current (the
 * first holder of its chain), or DG_NONE when current always held it. */
uint32_t dg_held_first_as(const dg_held_as *as, uint32_t n_as, uint32_t current);
/* The predecessor to name for a record on at ("as Serbia and Montenegro"):
 * the country that held it then when that is not current, else the first
 * holder of its chain (dg_held_first_as); DG_NONE for a record never taken
 * over.  Answers, exports and figures all name it by this rule. */
uint32_t dg_held_as_on(const dg_held_as *as, uint32_t n_as, uint32_t current, const dg_date *at);

/* ---- Look-ups ---- */

/* Does the data set use anything format 1.1 added (a history, a head, a
 * place, names, ...)?  Outputs carry their 1.1 fields only then, so that
 * a version 1 data set's outputs stay exactly as they were. */
bool dg_model_uses_v11(const dg_model *m);

/* The place of a city name, or DG_NONE (binary search by name). */
uint32_t dg_place_find(const dg_model *m, const char *city);
/* The name in lang ("ru"; "pt-BR" falls back to "pt"), or NULL. */
const char *dg_name_for(const dg_name *names, uint32_t n, const char *lang);
/* Is tag an ISO 639-1 code (lower case), optionally "-" and an ISO 3166-1
 * alpha-2 region ("pt-BR")?  The codes come from iso-codes at build time. */
bool dg_lang_valid(const char *tag);

/* ---- The relations query (`dipgraph relation`) ---- */

/* The relation between x and y (two countries, or a country and an
 * organization, in either order): the one whose parties are x and y now,
 * else the one they held on at through continuity; NULL when none is
 * recorded.  Points into the model. */
const dg_relation *dg_relation_find(const dg_model *m, dg_ref x, dg_ref y, const dg_date *at);

typedef struct dg_relation_answer {
    const dg_relation *rel;   /* NULL: no relation recorded */
    bool holds;               /* on at (false without a relation) */
    dg_rel_status status;     /* on at; meaningless without a relation */
    dg_rel_level level;
    uint32_t as;              /* the predecessor a party held it as on at
                                 (continuity, dg_held_as_on), or DG_NONE */
    uint32_t as_other;        /* when both parties were taken over (RU and RS
                                 hold the relation of SU and YU): the other
                                 party's predecessor, else DG_NONE */
} dg_relation_answer;
/* Fill *out for the relation between x and y on at (NULL: the latest). */
void dg_relation_query(const dg_model *m, dg_ref x, dg_ref y, const dg_date *at,
                       dg_relation_answer *out);

/* ------------------------------------------------------------------ */
/* Output: views, timeline, exports.  Each returns bytes in out.        */

typedef struct dg_attr {
    char kind; /* 'G', 'N' or 'E' */
    const char *name, *value;
} dg_attr;

/* Bitmaps are drawn at DG_DPI_DEFAULT unless asked otherwise: sharp enough
 * for print, and the same for views and timelines. */
enum { DG_DPI_DEFAULT = 144, DG_DPI_MIN = 36, DG_DPI_MAX = 1200 };

typedef struct dg_render_opts {
    const char *view;    /* relations | missions | accreditation | memberships; NULL = default */
    const char *focus;   /* country id; NULL = the data set's focus (if any) */
    dg_date at;          /* unset = no --at */
    const char *engine;  /* NULL = the view's default for the graph's size */
    const char *format;  /* Graphviz -T format; NULL = "dot" */
    const char *title;   /* NULL = the data set's title */
    bool no_legend;
    int depth;           /* memberships view: 1 (default) or 2 */
    const char *detail;  /* missions view: NULL or "cities" */
    size_t n_attrs;
    const dg_attr *attrs;
    int dpi;             /* bitmaps (png, jpg, ...): dots per inch, DG_DPI_MIN..DG_DPI_MAX;
                            0 = DG_DPI_DEFAULT, the timeline's too */
    bool layout_own;     /* with at: lay out only what holds on at; by default the
                            view is laid out on the union of every date, so that
                            figures of several dates keep every node in place */
    dg_date diff_from, diff_to; /* both set: draw what changed between them
                            (added, removed, changed); at is then ignored */
    const char *lang;    /* the language of the figure's own words (legend, captions),
                            as dg_lang_resolve takes; NULL = the model's
                            (dg_model_set_names, which also sets the names) */
} dg_render_opts;

dg_status dg_render(const dg_model *m, const dg_render_opts *o, dg_buf *out, dg_error *err);

/* The guard on attributes from untrusted text (-G/-N/-E, Markdown blocks):
 * DG_EUSAGE, naming the attribute, for one that Graphviz would turn into a
 * link, write into SVG unescaped or use to read files (URL, href, target,
 * id, class, stylesheet, imagepath, image, shapefile, fontpath, the
 * label/head/tail/edge URL and href), for one outside the allow-list of
 * layout and style attributes, for a fontname other than letters, digits,
 * spaces and - _ . , (Graphviz writes it unescaped), and for a value that
 * is a URL of another scheme than http(s).  dg_render checks its attrs. */
dg_status dg_gv_check_attrs(const dg_attr *attrs, size_t n, dg_error *err);
/* Is name on that allow-list (docs/cli.md, "Security")? */
bool dg_gv_attr_allowed(const char *name);

typedef struct dg_timeline_opts {
    const char *focus;   /* NULL = the data set's focus */
    const char *rows;    /* comma-separated: relations,missions,memberships,events; NULL = default */
    dg_date from, to;    /* unset = the data's span, rounded to whole years */
    const char *format;  /* NULL = "svg" */
    const char *title;
    int dpi;             /* as in dg_render_opts */
    const char *lang;    /* as in dg_render_opts: headings, legend, axis words, "today" */
} dg_timeline_opts;

dg_status dg_timeline(const dg_model *m, const dg_timeline_opts *o, dg_buf *out, dg_error *err);

typedef struct dg_export_opts {
    const char *format;  /* json | graphml | csv */
    const char *table;   /* csv: countries | organizations | memberships | relations |
                            missions | accreditations | events, or format 1.1's
                            heads | places | history */
    dg_date at;          /* unset = everything */
    bool csv_raw;        /* csv: free text as it is, even where a spreadsheet
                            would run it as a formula (see export_csv.c) */
    const char *graph;   /* graphml: "model" (NULL: every record a node) or
                            "countries" (the country -> country projection) */
} dg_export_opts;

dg_status dg_export(const dg_model *m, const dg_export_opts *o, dg_buf *out, dg_error *err);
/* Names of the csv tables, NULL-terminated: version 1's seven, then
 * format 1.1's heads, places and history. */
extern const char *const dg_csv_tables[];
/* Is table one that "every table" (`export -o DIR/`) writes for m: version
 * 1's always, format 1.1's only when m uses 1.1 (dg_model_uses_v11), so
 * that a version 1 data set gives the same files as before.  Any table can
 * still be asked for by name. */
bool dg_csv_table_applies(const dg_model *m, const char *table);
/* Names of the export formats (-T), NULL-terminated. */
extern const char *const dg_export_formats[];
/* What two data sets agree on and where they differ (docs/queries.md,
 * "Comparing two data sets").  Records are matched by what they are (a
 * relation's parties, a mission's sender, kind, city and host, ...), not
 * by id.  Appends the whole report (text, or one JSON object) to out, or
 * nothing; DG_EOUTPUT only when memory runs out.  Reads both models only. */
typedef struct dg_compare_opts {
    dg_date at;          /* unset: every record; else those holding on at */
    bool json;
} dg_compare_opts;
dg_status dg_compare(const dg_model *old_set, const dg_model *new_set, const dg_compare_opts *o,
                     dg_buf *out, dg_error *err);

/* Names of the GraphML graphs (dg_export_opts.graph), NULL-terminated. */
extern const char *const dg_export_graphs[];

/* ------------------------------------------------------------------ */
/* Importers (docs/import.md): other people's data as a format-1.1 data
 * set, and a report of what could not be read.                        */

typedef struct dg_import_opts {
    const char *country;    /* wikipedia: the article's country, an id or an English
                               name; NULL = from title, else the article's lead */
    const char *title;      /* wikipedia: the article's title ("Foreign relations of
                               Belarus"), also the data set's; wikidata: the data set's
                               title.  NULL = a title of the importer's */
    const char *source_url; /* the source's http(s) URL (percent-encoded as needed); NULL = none */
    const char *input_name; /* what report lines start with; NULL = "article" / "table" */
    const char *aliases;    /* YAML text of NAME: ID pairs, read before the built-in
                               names; NULL = none */
    size_t aliases_len;
} dg_import_opts;

typedef struct dg_import_counts {
    size_t rows;          /* table rows (wikipedia) or data rows (wikidata) read */
    size_t converted;     /* rows that gave a record */
    size_t rows_reported; /* rows that gave none: each has a report line saying why */
    size_t reported;      /* report lines in all (rows, sentences, names) */
    size_t relations, missions, accreditations, places; /* records written */
} dg_import_counts;

/* Both importers append the data set (YAML) to yaml and the report to
 * report, whole or not at all; the caller owns both (dg_buf_free).  The
 * report has one "NAME:LINE: REASON: TEXT" line per thing not (wholly)
 * read; such a thing also goes into its record's note.  counts may be
 * NULL.  They return DG_OK when a data set was written (with report lines
 * or not), DG_EDATA when the input held nothing to read (err says why; the
 * report then says why each row gave no record, and no data set is
 * written), DG_EUSAGE for a bad option (err names it: "country: ..."). */

/* The wikitext of a "Foreign relations of X" article: a relation per row
 * of its relations-by-country tables, and the missions and non-resident
 * accreditations their notes state. */
dg_status dg_import_wikipedia(const char *text, size_t len, const dg_import_opts *o,
                              dg_buf *yaml, dg_buf *report, dg_import_counts *counts,
                              dg_error *err);
/* Wikidata's diplomatic missions: the database-of-embassies CSV (columns
 * by header name, ';' or ',' separated, '|' joining values) or a SPARQL
 * JSON results document with the same variable names; a mission per row. */
dg_status dg_import_wikidata(const char *text, size_t len, const dg_import_opts *o,
                             dg_buf *yaml, dg_buf *report, dg_import_counts *counts,
                             dg_error *err);

/* ------------------------------------------------------------------ */
/* Figures in Markdown (docs/docs-pipeline.md): the fenced code blocks of
 * a document whose info string is `dipgraph`, each holding one command
 * line and, after a line `---`, optional YAML data.                   */

typedef struct dg_md_block {
    size_t start, end;      /* the block's bytes in the text: from its opening fence's
                               line to the end of its closing fence's line ending */
    uint32_t line;          /* the opening fence's line (1-based) */
    uint32_t cmd_line;      /* the command line's line */
    const char *command;    /* that line without its indentation and trailing blanks */
    uint32_t argc;
    const char *const *argv; /* its words, quotes and escapes removed; NULL-terminated */
    const char *data;       /* the lines after `---`, each ending in "\n", or NULL when
                               the block has no `---`; not NUL-terminated: data_len */
    size_t data_len;
    uint32_t data_line;     /* the line of the data's first line; 0 without data */
    uint32_t indent;        /* the opening fence's indentation, 0 to 3 spaces */
    const char *eol;        /* the closing fence's line ending: "\n", "\r\n", "\r",
                               or "" when it ends the text */
    uint64_t hash;          /* of the command and the data (not of where the block
                               stands): the same block gives the same number, on
                               every machine and from run to run */
} dg_md_block;

/* Every pointer in it is owned by the document, freed with dg_md_free. */
typedef struct dg_md_doc {
    size_t n_blocks;
    const dg_md_block *blocks; /* in the order of the text */
    struct dg_md_priv *priv;
} dg_md_doc;

/* Find the dipgraph blocks of len bytes of Markdown, by CommonMark's rules
 * for fenced code blocks: a fence of at least three backticks or tildes,
 * indented by at most three spaces, closed by a fence of the same
 * character at least as long; a backtick fence's info string holds no
 * backtick.  Blocks in a container (a block quote, a list item indented
 * by four spaces or more) are not seen.  A block whose info string's only
 * word is `dipgraph` is ours; the others, and what they hold, are not.
 * Words are split as a POSIX shell splits them, with nothing expanded:
 * blanks separate, '...' and "..." quote, a backslash escapes (inside
 * "..." only before $ ` " \), and a word starting with # begins a comment.
 * DG_OK with *doc (the caller frees it), or DG_EUSAGE with *doc NULL,
 * *line the line of the first bad block's fault and err saying what it is:
 * a dipgraph block not closed, with no command line, with a second one, or
 * with more words after `dipgraph` in its info string; a quote not closed;
 * a control character in a command line. */
dg_status dg_md_parse(const char *text, size_t len, dg_md_doc **doc, uint32_t *line,
                      dg_error *err);
void dg_md_free(dg_md_doc *doc);

/* ------------------------------------------------------------------ */
/* Writing outputs                                                     */

/* Write data to path whole or not at all: a temporary file in the same
 * directory (".dg-XXXXXX", whatever the length of path's name), fsync'd,
 * then renamed over path; on any failure path is left as it was.
 * path "-" writes to stdout (checked with fflush/ferror).  A path that
 * leads to a descriptor (/dev/stdout, /dev/stderr, /dev/fd/N,
 * /proc/self/fd/N, or a symlink to one), a character device or a FIFO is
 * written directly, never replaced.  Refuses (with DG_EUSAGE) when path
 * names the same file (device and inode) as one of the n_inputs paths;
 * an input "-" is standard input, protected when it is a regular file. */
dg_status dg_write_output(const char *path, const void *data, size_t len,
                          const char *const *inputs, size_t n_inputs, dg_error *err);

/* Several outputs written all or none (export -o DIR/): stage each one
 * (written and synced to its temporary file, refused as dg_write_output
 * refuses; only regular files or new names), then commit (every one
 * renamed over its target, with SIGINT, SIGTERM and SIGHUP held back until
 * done), or abort (every temporary file removed).  After a failed stage,
 * abort: the targets are then all as they were.  A failed commit (a rename
 * failing, which the staging makes all but impossible) removes the
 * temporary files not yet renamed.  dg_outset_free aborts what is still
 * staged.  At most 64 files are staged at once, in all sets together. */
typedef struct dg_outset dg_outset;
dg_outset *dg_outset_new(const char *const *inputs, size_t n_inputs);
dg_status dg_output_stage(dg_outset *s, const char *path, const void *data, size_t len,
                          dg_error *err);
dg_status dg_output_commit(dg_outset *s, dg_error *err);
void dg_output_abort(dg_outset *s);
void dg_outset_free(dg_outset *s);

/* For a signal handler: remove every temporary file being written, so that
 * SIGINT, SIGTERM or SIGHUP during a write leaves nothing behind.  It is
 * async-signal-safe: it only reads lock-free atomics and calls unlink()
 * (errno is preserved).  A program installs a handler for those signals
 * that calls it, restores the default action and re-raises the signal.
 * Temporary paths are relative to the working directory of the write:
 * do not chdir() between a write and the signal. */
void dg_output_cleanup_on_signal(void);

#if defined(__GNUC__) && !defined(DG_NO_VISIBILITY)
#pragma GCC visibility pop
#endif

#ifdef __cplusplus
}
#endif
#endif
