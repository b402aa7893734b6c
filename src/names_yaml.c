/* names_yaml.c — more aliases for the name index from a YAML file: a
 * mapping of names to ids ({NAME: ID}), the format of the shipped
 * data/names/aliases.yaml and of `dipgraph import --aliases FILE`.
 *
 * The file is read whole and checked before anything is added, so that a
 * bad file leaves the index as it was. */
#include "names.h"

#include <errno.h>
#include <stdio.h>
#include <yaml.h>

#define ALIAS_FILE_MAX (16u << 20)

typedef struct pending {
    char *name, *id;
    size_t line;
} pending;

typedef struct alias_file {
    const char *path;
    yaml_parser_t parser;
    pending *v;
    size_t n, cap;
    dg_map keys; /* key -> index into v: a name given twice is an error */
    char **key_store;
} alias_file;

static void file_free(alias_file *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free(f->v[i].name);
        free(f->v[i].id);
        free(f->key_store[i]);
    }
    free(f->v);
    free(f->key_store);
    dg_map_free(&f->keys);
}

/* The next event; false (with err set) on a parse error. */
static bool next_event(alias_file *f, yaml_event_t *ev, dg_error *err)
{
    if (yaml_parser_parse(&f->parser, ev))
        return true;
    dg_error_set(err, DG_EDATA, "%s:%zu:%zu: %s", f->path, f->parser.problem_mark.line + 1,
                 f->parser.problem_mark.column + 1,
                 f->parser.problem ? f->parser.problem : "not YAML");
    return false;
}

static bool take_pair(alias_file *f, const yaml_event_t *k, const yaml_event_t *v, dg_error *err)
{
    const char *name = (const char *)k->data.scalar.value;
    const char *id = (const char *)v->data.scalar.value;
    size_t line = k->start_mark.line + 1;
    char key[DG_NAME_KEY_MAX];
    dg_error e;
    if (dg_names_alias_check(name, id, &e) != DG_OK || !dg_name_key(name, key, sizeof key)) {
        dg_error_set(err, DG_EDATA, "%s:%zu: %s", f->path, line, e.msg);
        return false;
    }
    uint32_t dup = dg_map_get(&f->keys, key);
    if (dup != DG_NONE) {
        dg_error_set(err, DG_EDATA, "%s:%zu: '%s' is given already on line %zu", f->path, line,
                     name, f->v[dup].line);
        return false;
    }
    pending *p = DG_PUSH(f->v, f->n, f->cap);
    *p = (pending){dg_xstrdup(name), dg_xstrdup(id), line};
    f->key_store = dg_xrealloc(f->key_store, f->cap * sizeof *f->key_store);
    f->key_store[f->n - 1] = dg_xstrdup(key);
    dg_map_put(&f->keys, f->key_store[f->n - 1], (uint32_t)(f->n - 1));
    return true;
}

/* The body of the mapping, after its start event, up to its end. */
static bool read_pairs(alias_file *f, dg_error *err)
{
    for (;;) {
        yaml_event_t k, v;
        if (!next_event(f, &k, err))
            return false;
        if (k.type == YAML_MAPPING_END_EVENT) {
            yaml_event_delete(&k);
            return true;
        }
        bool ok = k.type == YAML_SCALAR_EVENT && next_event(f, &v, err);
        if (ok) {
            ok = v.type == YAML_SCALAR_EVENT;
            if (ok)
                ok = take_pair(f, &k, &v, err);
            else
                dg_error_set(err, DG_EDATA, "%s:%zu: the id of '%s' must be a plain value",
                             f->path, v.start_mark.line + 1, (const char *)k.data.scalar.value);
            yaml_event_delete(&v);
        } else if (k.type != YAML_SCALAR_EVENT) {
            dg_error_set(err, DG_EDATA, "%s:%zu: a name must be a plain value", f->path,
                         k.start_mark.line + 1);
        }
        yaml_event_delete(&k);
        if (!ok)
            return false;
    }
}

/* The whole stream: nothing, or one document holding one mapping. */
static bool read_stream(alias_file *f, dg_error *err)
{
    bool in_doc = false, seen = false;
    for (;;) {
        yaml_event_t ev;
        if (!next_event(f, &ev, err))
            return false;
        yaml_event_type_t t = ev.type;
        size_t line = ev.start_mark.line + 1;
        bool empty = t == YAML_SCALAR_EVENT && ev.data.scalar.length == 0 && ev.data.scalar.plain_implicit;
        yaml_event_delete(&ev);
        if (t == YAML_STREAM_END_EVENT)
            return true;
        if (t == YAML_STREAM_START_EVENT || t == YAML_DOCUMENT_END_EVENT || (in_doc && empty && !seen))
            continue;
        if (t == YAML_DOCUMENT_START_EVENT && !seen) {
            in_doc = true;
            continue;
        }
        if (t == YAML_MAPPING_START_EVENT && in_doc && !seen) {
            seen = true;
            if (!read_pairs(f, err))
                return false;
            continue;
        }
        dg_error_set(err, DG_EDATA, "%s:%zu: expected one mapping of names to ids (NAME: ID)",
                     f->path, line);
        return false;
    }
}

/* The whole file, or NULL with err set. */
static char *read_file(const char *path, size_t *len, dg_error *err)
{
    FILE *in = path ? fopen(path, "rb") : NULL;
    if (!in) {
        dg_error_set(err, DG_EDATA, "%s: cannot read: %s", path ? path : "(null)",
                     path ? strerror(errno) : "no path");
        return NULL;
    }
    dg_buf b = {0};
    char chunk[1 << 14];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, in)) > 0 && b.len <= ALIAS_FILE_MAX)
        if (!dg_buf_append(&b, chunk, n))
            dg_oom(b.len + n);
    bool bad = ferror(in);
    fclose(in);
    if (bad || b.len > ALIAS_FILE_MAX) {
        dg_buf_free(&b);
        dg_error_set(err, DG_EDATA, "%s: %s", path, bad ? "read error" : "too big");
        return NULL;
    }
    *len = b.len;
    return b.data ? b.data : dg_xcalloc(1, 1);
}

dg_status dg_names_load_aliases_text(const char *name, const char *text, size_t len,
                                     dg_error *err)
{
    if (!text && len)
        return dg_error_set(err, DG_EUSAGE, "%s: no text", name ? name : "aliases");
    alias_file f = {.path = name ? name : "aliases"};
    if (!yaml_parser_initialize(&f.parser))
        dg_oom(sizeof f.parser);
    yaml_parser_set_input_string(&f.parser, (const unsigned char *)(text ? text : ""), len);
    bool ok = read_stream(&f, err);
    yaml_parser_delete(&f.parser);
    for (size_t i = 0; ok && i < f.n; i++)
        dg_names_add_alias(f.v[i].name, f.v[i].id, NULL); /* checked above: cannot fail */
    file_free(&f);
    return ok ? DG_OK : DG_EDATA;
}

dg_status dg_names_load_aliases(const char *path, dg_error *err)
{
    size_t len = 0;
    char *buf = read_file(path, &len, err);
    if (!buf)
        return DG_EDATA;
    dg_status st = dg_names_load_aliases_text(path, buf, len, err);
    free(buf);
    return st;
}
