/* internal.h — helpers shared inside libdipgraph (not installed). */
#ifndef DG_INTERNAL_H
#define DG_INTERNAL_H

#include "dipgraph.h"

#include <stdlib.h>
#include <string.h>

/* Out of memory is the one failure we do not turn into a value: every
 * allocation failure ends in dg_oom (hooks.c), which calls the handler of
 * dg_set_oom_handler and then aborts.  These wrappers never return NULL. */
_Noreturn void dg_oom(size_t size);
void *dg_xmalloc(size_t n);
void *dg_xcalloc(size_t n, size_t size);
void *dg_xrealloc(void *p, size_t n);
char *dg_xstrdup(const char *s);

/* A message for the handler of dg_set_message_handler (hooks.c); dropped
 * when none is set.  Truncated to 511 bytes. */
void dg_message(dg_severity sev, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* Sort n elements of size bytes at base, stably, by cmp(a, b, ctx)
 * (sort.c).  Nothing is allocated that outlives the call. */
void dg_sort_r(void *base, size_t n, size_t size,
               int (*cmp)(const void *, const void *, void *), void *ctx);

/* Grow array *p (of *cap elements of size sz) to hold at least need. */
void dg_grow(void **p, size_t *cap, size_t need, size_t sz);
#define DG_PUSH(arr, n, cap) \
    (dg_grow((void **)&(arr), &(cap), (n) + 1, sizeof *(arr)), &(arr)[(n)++])

/* A bump allocator: everything a model owns lives in one, freed at once. */
typedef struct dg_arena dg_arena;
dg_arena *dg_arena_new(void);
void dg_arena_free(dg_arena *a);
void *dg_arena_alloc(dg_arena *a, size_t n); /* 8-byte aligned, zeroed */
void *dg_arena_take(dg_arena *a, size_t n);  /* the same, not zeroed: the caller fills it */
char *dg_arena_strndup(dg_arena *a, const char *s, size_t n);
/* The id the loader derives for a mission without one, "OF-KIND-WHERE" in
 * lower case (resolve_build.c); the importers write the same, so that an
 * id they leave out is the one the loader will make. */
const char *dg_mission_slug(dg_arena *a, const char *of, const char *kind, const char *where);
char *dg_arena_strdup(dg_arena *a, const char *s);
void *dg_arena_memdup(dg_arena *a, const void *p, size_t n);

/* A string -> uint32 map with open addressing; keys are not copied and
 * must outlive the map. */
typedef struct dg_map {
    const char **keys;
    uint32_t *vals;
    uint32_t *hashes; /* compared before the keys: fewer cache misses */
    size_t cap, len;
} dg_map;
void dg_map_free(dg_map *m);
/* Returns the existing value, or inserts val and returns DG_NONE. */
uint32_t dg_map_put(dg_map *m, const char *key, uint32_t val);
uint32_t dg_map_get(const dg_map *m, const char *key);
/* The slot index where key is (or would go): m->keys[slot] is the stored key. */
size_t dg_map_slot_of(const dg_map *m, const char *key);
uint64_t dg_hash(const char *s);

/* Levenshtein distance, capped: returns a value > cap as soon as it knows. */
size_t dg_edit_distance(const char *a, const char *b, size_t cap);
/* The closest of n words to w, or NULL when none is close enough. */
const char *dg_closest(const char *w, const char *const *words, size_t n);

/* Did-you-mean over many words (defined ids) at a bounded cost per query:
 * words bucketed by length, at most DG_NEAR_MAX_COMPARE of them compared
 * (util.c).  The words are not copied and must outlive the index. */
#define DG_NEAR_MAX_LEN 64
#define DG_NEAR_MAX_COMPARE 512
typedef struct dg_near {
    const char **words;                /* by length, the order given within one */
    size_t n, start[DG_NEAR_MAX_LEN + 2]; /* length L: words[start[L] .. start[L+1]) */
    size_t work;                       /* edit distances computed, for tests */
} dg_near;
void dg_near_init(dg_near *x, const char *const *words, size_t n);
void dg_near_free(dg_near *x);
/* The word within cap edits of w (the nearest; ties to the nearer length,
 * then the order given), or NULL. */
const char *dg_near_find(dg_near *x, const char *w, size_t cap);

/* Vocabulary tables (vocab.c), for did-you-mean. */
extern const char *const dg_org_kind_names[];
extern const char *const dg_member_status_names[];
extern const char *const dg_rel_status_names[];
extern const char *const dg_mission_kind_names[];
extern const char *const dg_event_kind_names[];

/* ISO table helpers (iso.c) beyond the public dg_iso_lookup. */
const char *dg_iso_alpha3(const char *code);
size_t dg_iso_count(void);
const char *dg_iso_row_name(size_t i, const char **canonical);

/* Escaping helpers for writers (escape.c).  Each appends to b. */
bool dg_buf_put_json_string(dg_buf *b, const char *s);
bool dg_buf_put_xml_text(dg_buf *b, const char *s);

/* A small JSON writer (render/export_json.c) for the exports and the
 * query answers: RFC 8259 output, keys in the order written.  Containers
 * begun "compact" are written on one line; others one member per line,
 * indented by two spaces.  Any failure sticks in ok. */
#define DG_JSON_MAX_DEPTH 32
typedef struct dg_json {
    dg_buf *out;
    bool ok;
    int depth, compact_from; /* compact_from: depth of the outermost compact container, or 0 */
    bool after_key;
    bool has_items[DG_JSON_MAX_DEPTH + 1];
    char closer[DG_JSON_MAX_DEPTH + 1]; /* '}' or ']' of each open container */
} dg_json;
void dg_json_init(dg_json *j, dg_buf *out);
void dg_json_key(dg_json *j, const char *key);  /* the next value's key, in an object */
void dg_json_begin(dg_json *j, char bracket, bool compact); /* '{' or '[' */
void dg_json_end(dg_json *j);
void dg_json_str(dg_json *j, const char *s);    /* NULL writes null */
void dg_json_int(dg_json *j, long long v);
void dg_json_num(dg_json *j, double v);         /* shortest round-trip form; null if not finite */
void dg_json_bool(dg_json *j, bool v);
void dg_json_null(dg_json *j);
void dg_json_date(dg_json *j, const dg_date *d); /* canonical text, or null when unset */
/* Raw text that is one valid JSON value, written as is. */
void dg_json_raw(dg_json *j, const char *text, size_t n);
/* The shortest text of v that reads back as v ("" when not finite). */
void dg_format_double(double v, char *buf, size_t size);
/* Ends the document with a newline; false on any failure or open container. */
bool dg_json_finish(dg_json *j);

#endif
