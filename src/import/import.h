/* import.h — what the importers share inside libdipgraph (not installed).
 *
 * The importers turn other people's data (a Wikipedia article's wikitext,
 * Wikidata's table of missions) into a format-1.1 data set.  They work in
 * three layers, each calling only the ones below it:
 *
 *   wikitext.c (tables) -> notes.c (sentences) -> wtext.c, wdate.c (markup, dates)
 *   wikidata.c (rows) -> wdcity.c (cities) ; csv.c, json.c (readers)
 *   all of them -> dataset.c (the records), writer.c (YAML), aliases.c (names -> ids)
 *
 * Everything a data set holds lives in its arena and is released with it
 * (imp_ds_free).  No function here prints. */
#ifndef DG_IMPORT_H
#define DG_IMPORT_H

#include "internal.h"

/* ------------------------------------------------------------------ */
/* Text (text.c)                                                       */

/* A slice of someone else's bytes: not NUL-terminated, not owned. */
typedef struct imp_str {
    const char *p;
    size_t n;
} imp_str;

/* Append s[0..n) to out as clean UTF-8: invalid bytes become U+FFFD,
 * control characters (and U+2028/2029, U+FEFF, U+FFFE/FFFF) become spaces,
 * runs of white space one space, and leading and trailing space goes.
 * The result is text the loader accepts in any string. */
void imp_clean_utf8(dg_buf *out, const char *s, size_t n);
/* The key names are compared by (written to out, NUL-terminated, at most
 * cap bytes): ASCII lower case, Latin letters without their accents,
 * typographic quotes and dashes as ASCII, "st." as "saint", one space
 * between words, a leading "the " dropped. */
void imp_norm_name(const char *s, size_t n, char *out, size_t cap);
/* Append s[0..n) in ASCII: accented Latin letters without their accents,
 * other non-ASCII characters dropped. */
void imp_fold_ascii(dg_buf *out, const char *s, size_t n);
/* Does s hold a letter of a script other than Latin (Cyrillic, Greek,
 * Arabic, CJK, ...)? */
bool imp_other_script(const char *s);
/* Case-insensitive ASCII comparisons of a slice with a word. */
bool imp_eq_ci(const char *s, size_t n, const char *word);
bool imp_starts_ci(const char *s, size_t n, const char *prefix);
/* Trim ASCII white space from both ends of a slice. */
imp_str imp_trim(imp_str s);
/* First occurrence of needle (ASCII, case-insensitive) in s, or NULL. */
const char *imp_find_ci(const char *s, size_t n, const char *needle);

/* ------------------------------------------------------------------ */
/* Names to ids (aliases.c)                                              */

/* What a name stands for. */
typedef enum imp_kind {
    IMP_NONE = 0,
    IMP_COUNTRY, /* an ISO 3166 country, or an entity defined under countries: */
    IMP_ORG,     /* an organization (defined under organizations:) */
    IMP_REGION,  /* a part of a country that sends missions (Quebec): a
                    country of the data set, but a consular district when it
                    is a jurisdiction inside its own country */
} imp_kind;

/* An id the importers define themselves (no ISO 3166 code). */
typedef struct imp_entity {
    const char *id, *name;
    imp_kind kind;
    const char *parent;  /* IMP_REGION: the country it is part of */
    dg_org_kind org_kind; /* IMP_ORG */
    const char *note;     /* written beside the definition */
} imp_entity;

/* THE name -> id look-up of the importers: a country name as Wikipedia or
 * Wikidata writes it ("Russia", "Ivory Coast", "People's Republic of
 * China"), an ISO alpha-2/alpha-3 code, or the name of an entity of the
 * table in aliases.c ("Kosovo" -> XK).  Returns the canonical id (static
 * storage) or NULL.  Organizations are not countries: see imp_org_id. */
const char *imp_country_id(const char *name);
/* An organization's id from its name or abbreviation ("OSCE", "Council of
 * Europe", "European Union"), or NULL.  Static storage. */
const char *imp_org_id(const char *name);
/* The entity behind an id the importers define (XK, SMOM, CA-QC, EU, ...),
 * or NULL for ISO countries and unknown ids.  Static storage. */
const imp_entity *imp_entity_of(const char *id);
/* English short name of a country id for text ("Iran", "South Korea"),
 * never NULL (the id itself at worst).  Static storage. */
const char *imp_country_name(const char *id);
/* A demonym ("Swiss", "British", "Russian") -> country id, or NULL. */
const char *imp_demonym_id(const char *word);
/* The city where a country's embassies are (its capital, except where
 * embassies sit elsewhere: Tel Aviv, Abidjan, Yangon), or NULL. */
const char *imp_embassy_city(const char *id);
/* The country of a capital or embassy city of that table, or NULL. */
const char *imp_city_country(const char *city);
/* Is city in that table, as a city of `in` (or of no country stated:
 * Jerusalem)? */
bool imp_known_city(const char *city, const char *in);

/* User aliases (--aliases FILE): a YAML mapping NAME: ID, read with
 * libyaml.  They are consulted before the built-in names. */
typedef struct imp_aliases {
    dg_map map;      /* normalized name -> index into ids */
    char **keys;     /* owned normalized names (the map's keys) */
    char **ids;      /* owned ids */
    size_t n, cap;
} imp_aliases;
/* Parse text; false with a message in err (DG_EUSAGE) on a bad file. */
bool imp_aliases_parse(imp_aliases *a, const char *text, size_t len, dg_error *err);
void imp_aliases_free(imp_aliases *a);
/* The alias for a name, or NULL.  a may be NULL. */
const char *imp_aliases_get(const imp_aliases *a, const char *name);

/* ------------------------------------------------------------------ */
/* The data set being built (dataset.c) and its YAML (writer.c)        */

typedef struct imp_acc {
    const char *to;  /* country id */
    dg_date since;
    const char *note;
} imp_acc;

typedef struct imp_mission {
    const char *of, *in, *city, *to; /* to: organization, or NULL */
    dg_mission_kind kind;
    const char *label, *note, *wikidata;
    dg_date opened, closed;
    dg_date public_closed; /* closed to the public from (a 1.1 history entry) */
    imp_acc *acc;
    uint32_t n_acc, cap_acc;
    /* Wikidata rows: the mission's own position and its city's item. */
    bool has_coords;
    double lat, lon;
    const char *city_qid, *orig_city;
    uint32_t line;   /* line or row it came from */
    const char *id;  /* set by imp_ds_assign_ids */
    bool explicit_id; /* written as id: (the loader would derive another) */
} imp_mission;

typedef struct imp_rel {
    const char *a, *b; /* a is the article's country */
    dg_date established, recognized;
    bool has_border;
    double border_km;
    const char *note;
    uint32_t line;
} imp_rel;

typedef struct imp_place {
    const char *name, *country, *wikidata, *note;
    bool has_coords;
    double lat, lon;
} imp_place;

typedef struct imp_member {
    const char *org, *who;
} imp_member;

typedef struct imp_report_item {
    uint32_t line;
    const char *reason, *text;
} imp_report_item;

typedef struct imp_ds {
    dg_arena *arena;
    const char *title, *focus;
    const char *src_id, *src_title, *src_publisher, *src_url, *src_note;
    imp_rel *rels;
    size_t n_rels, cap_rels;
    imp_mission *missions;
    size_t n_missions, cap_missions;
    imp_member *members;
    size_t n_members, cap_members;
    const char **defs; /* ids of entities to define (countries: or organizations:) */
    size_t n_defs, cap_defs;
    imp_place *places;
    size_t n_places, cap_places;
    imp_report_item *report;
    size_t n_report, cap_report;
    const char *line_word; /* "line" or "row", for the report */
    const char *input_name; /* shown at the start of each report line */
    const imp_aliases *aliases;
    /* Names already looked up (a table names "Russia" thousands of times):
     * name -> index into cache_ids ("" when it names nothing). */
    dg_map name_cache;
    const char **cache_ids;
    size_t n_cache, cap_cache;
} imp_ds;

imp_ds *imp_ds_new(void);
void imp_ds_free(imp_ds *ds);
/* A clean copy (imp_clean_utf8) of s[0..n) in the arena; NULL when empty. */
const char *imp_ds_str(imp_ds *ds, const char *s, size_t n);
const char *imp_ds_strz(imp_ds *ds, const char *s);
/* printf into the arena, cleaned. */
const char *imp_ds_printf(imp_ds *ds, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Append a sentence to a note (*note may be NULL): joined with a space. */
void imp_note(imp_ds *ds, const char **note, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* A line for the report (text is copied and cleaned). */
void imp_report(imp_ds *ds, uint32_t line, const char *reason, const char *text, size_t n);

/* Name -> id through the user's aliases, then imp_country_id. */
const char *imp_ds_country(imp_ds *ds, const char *name);
const char *imp_ds_country_n(imp_ds *ds, const char *s, size_t n);
/* Define an entity that is no ISO country when a record uses it. */
void imp_ds_use(imp_ds *ds, const char *id);

/* The relation between a and b (created empty on first use). */
imp_rel *imp_ds_relation(imp_ds *ds, const char *a, const char *b);
/* A new mission; a later one with the same of/kind/city/in/label is the
 * same mission when merge is true (Wikipedia states missions repeatedly). */
imp_mission *imp_ds_mission(imp_ds *ds, const char *of, dg_mission_kind kind,
                            const char *city, const char *in, bool merge);
/* Accredit m to country `to` (once; a repeated one keeps the first). */
imp_acc *imp_ds_accredit(imp_ds *ds, imp_mission *m, const char *to);
void imp_ds_member(imp_ds *ds, const char *org, const char *who);
imp_place *imp_ds_place(imp_ds *ds, const char *name, const char *country);
/* Mission ids: the loader's slug of OF-KIND-CITY, which the writer then
 * leaves out; a slug two missions share becomes an explicit ASCII id
 * with the mission's Wikidata id (else its line) appended. */
void imp_ds_assign_ids(imp_ds *ds);
/* Dates of one mission that contradict each other: the later-read one
 * moves into a note, so that the record is one the format accepts. */
void imp_ds_settle(imp_ds *ds);
/* Sort the report by line (stably). */
void imp_ds_sort_report(imp_ds *ds);

/* The whole data set as format-1.1 YAML, deterministic: records sorted,
 * every string quoted when it must be.  False only when memory runs out. */
bool imp_write_yaml(imp_ds *ds, dg_buf *out);
/* The report: one "NAME:N: REASON: TEXT" line per item. */
bool imp_write_report(const imp_ds *ds, dg_buf *out);
/* One YAML scalar: plain when that reads back as the same text, else
 * double-quoted with escapes. */
bool imp_yaml_scalar(dg_buf *out, const char *s);

/* ------------------------------------------------------------------ */
/* Before and after an import (session.c)                              */

/* A new data set for an import: the user's aliases read into al (which
 * the caller frees after the data set), the source URL checked and
 * percent-encoded.  DG_EUSAGE with err set for a bad option. */
dg_status imp_session_begin(imp_ds **ds, imp_aliases *al, const dg_import_opts *o,
                            const char *input_name, dg_error *err);
/* Write the data set and the report, appended to yaml and report whole;
 * fill the record counts of counts.  When no row gave a record, only the
 * report, and DG_EDATA with err set. */
dg_status imp_session_end(imp_ds *ds, dg_buf *yaml, dg_buf *report, dg_import_counts *counts,
                          dg_error *err);

/* ------------------------------------------------------------------ */
/* Dates in text (wdate.c)                                             */

/* A date written at s ("1992", "1992-03-26", "1992-03", "January 9, 1992",
 * "9 January 1992", "March 1993", "Jan. 9, 1992") at the precision
 * written.  *used gets the bytes it took.  False when s starts no date. */
bool imp_date_at(const char *s, size_t n, dg_date *out, size_t *used);
/* Every date in s, in order, at most max; returns how many. */
size_t imp_dates_in(const char *s, size_t n, dg_date *out, size_t max);
/* A month name or abbreviation -> 1..12, or 0. */
int imp_month(const char *s, size_t n);
/* Canonical text of a date template's arguments ({{dts}}, {{Date table
 * sorting}}, {{start date}}): year|month|day in either order.  Writes
 * the date to *out; false when the arguments hold none. */
bool imp_date_args(const imp_str *args, size_t n, dg_date *out);

/* ------------------------------------------------------------------ */
/* Wikitext markup (wtext.c)                                           */

/* A template's name and arguments, slices of the source. */
#define IMP_TPL_MAX_ARGS 12
typedef struct imp_tpl {
    imp_str name;                     /* trimmed */
    imp_str args[IMP_TPL_MAX_ARGS];   /* positional, trimmed */
    size_t n_args;
} imp_tpl;
/* One step of a scan along the top level of wikitext: when s[*i] opens
 * "{{" or "[[", or closes one that is open, count it in *depth, move *i
 * onto its second character and return true. */
bool imp_wt_nest(const char *s, size_t n, size_t *i, int *depth);
/* Split the inside of {{...}} (without the braces) at the top-level '|'
 * characters; named arguments (a=b) are skipped. */
void imp_tpl_split(const char *s, size_t n, imp_tpl *t);
/* Is the template one of the flag family ({{flag}}, {{flagu}},
 * {{flagcountry}}, {{flagicon}}, ...)? */
bool imp_tpl_is_flag(const imp_tpl *t);
bool imp_tpl_is_date(const imp_tpl *t);

/* Plain text from wikitext: comments, <ref>s, templates that carry no
 * fact, files and external links are dropped; links become their text;
 * flag templates their country; date templates their date (canonical);
 * <br> a line break.  out gets the text, lines[k] the source line of
 * output line k (first_line counts the first).  Returns false only when
 * memory runs out. */
typedef struct imp_clean {
    dg_buf text;
    uint32_t *lines;
    size_t n_lines, cap_lines;
} imp_clean;
void imp_wt_clean(const char *s, size_t n, uint32_t first_line, imp_clean *out);
void imp_clean_free(imp_clean *c);
/* The same for a short fragment, as one line, into out. */
void imp_wt_text(const char *s, size_t n, dg_buf *out);

/* ------------------------------------------------------------------ */
/* Tables of values (csv.c, json.c)                                    */

/* Rows of named columns, as both readers give them: fields are slices of
 * the input, or of the arena where they had to be unescaped. */
typedef struct imp_rows {
    size_t n_cols, n_rows, cap_rows;
    imp_str *cols;    /* column names */
    imp_str *fields;  /* n_rows * n_cols; empty = not given */
    uint32_t *line;   /* each row's line (CSV) or number (JSON, from 1) */
} imp_rows;

/* A ';', ',' or tab separated table with a header row (the separator is
 * the header's most frequent one; fields may be "quoted" with ""
 * inside).  False with err set (DG_EDATA) when there is no header. */
bool imp_csv_read(const char *s, size_t n, dg_arena *a, imp_rows *out, dg_error *err);
/* A SPARQL JSON results document: head.vars are the columns,
 * results.bindings the rows (each variable's "value").  False with err
 * set (DG_EDATA) when it is not one. */
bool imp_json_read(const char *s, size_t n, dg_arena *a, imp_rows *out, dg_error *err);
void imp_rows_free(imp_rows *r);
/* The column named name (ASCII, case-insensitive), or -1. */
int imp_rows_col(const imp_rows *r, const char *name);
/* A row's field of column c; empty when c < 0. */
imp_str imp_rows_get(const imp_rows *r, size_t row, int c);

/* ------------------------------------------------------------------ */
/* Notes of a table row (notes.c)                                      */

typedef struct imp_row {
    imp_ds *ds;
    const char *focus, *other; /* the article's country and the row's */
    imp_rel *rel;
    dg_date notes_established; /* "established diplomatic relations in ..." */
} imp_row;
/* Read one line of a row's notes (already plain text). */
void imp_notes_line(imp_row *row, const char *text, size_t n, uint32_t line);

#endif
