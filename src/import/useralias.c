/* useralias.c — the user's own names for the importers (--aliases FILE):
 * one YAML mapping of NAME: ID, consulted before the built-in names. */
#include "import.h"

#include <yaml.h>

static void add(imp_aliases *a, const char *name, const char *id)
{
    char key[256];
    imp_norm_name(name, strlen(name), key, sizeof key);
    if (!key[0])
        return;
    size_t i = a->n;
    dg_grow((void **)&a->keys, &a->cap, a->n + 1, sizeof *a->keys);
    a->ids = dg_xrealloc(a->ids, a->cap * sizeof *a->ids);
    a->keys[i] = dg_xstrdup(key);
    a->ids[i] = dg_xstrdup(id);
    a->n++;
    /* A name given twice: the later one wins, as in a YAML mapping read
     * by most tools. */
    if (dg_map_get(&a->map, a->keys[i]) != DG_NONE)
        a->map.vals[dg_map_slot_of(&a->map, a->keys[i])] = (uint32_t)i;
    else
        dg_map_put(&a->map, a->keys[i], (uint32_t)i);
}

/* Read the events of one flat mapping; false with err set otherwise. */
static bool read_pairs(imp_aliases *a, yaml_parser_t *p, dg_error *err)
{
    char *key = NULL;
    bool ok = true, in_map = false;
    for (;;) {
        yaml_event_t ev;
        if (!yaml_parser_parse(p, &ev)) {
            dg_error_set(err, DG_EUSAGE, "aliases: line %zu: %s", p->problem_mark.line + 1,
                         p->problem ? p->problem : "not YAML");
            ok = false;
            break;
        }
        yaml_event_type_t t = ev.type;
        if (t == YAML_MAPPING_START_EVENT && !in_map) {
            in_map = true;
        } else if (t == YAML_SCALAR_EVENT && in_map) {
            const char *v = (const char *)ev.data.scalar.value;
            if (!key) {
                key = dg_xstrdup(v);
            } else {
                add(a, key, v);
                free(key);
                key = NULL;
            }
        } else if (t == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&ev);
            break;
        } else if (t != YAML_STREAM_START_EVENT && t != YAML_DOCUMENT_START_EVENT &&
                   t != YAML_DOCUMENT_END_EVENT && !(t == YAML_MAPPING_END_EVENT && in_map)) {
            dg_error_set(err, DG_EUSAGE, "aliases: line %zu: expected NAME: ID pairs",
                         ev.start_mark.line + 1);
            ok = false;
        }
        if (t == YAML_MAPPING_END_EVENT)
            in_map = false;
        yaml_event_delete(&ev);
        if (!ok)
            break;
    }
    free(key);
    return ok;
}

bool imp_aliases_parse(imp_aliases *a, const char *text, size_t len, dg_error *err)
{
    yaml_parser_t p;
    if (!yaml_parser_initialize(&p))
        dg_oom(sizeof p);
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    bool ok = read_pairs(a, &p, err);
    yaml_parser_delete(&p);
    return ok;
}

void imp_aliases_free(imp_aliases *a)
{
    for (size_t i = 0; i < a->n; i++) {
        free(a->keys[i]);
        free(a->ids[i]);
    }
    free(a->keys);
    free(a->ids);
    dg_map_free(&a->map);
    memset(a, 0, sizeof *a);
}

const char *imp_aliases_get(const imp_aliases *a, const char *name)
{
    if (!a || !a->n)
        return NULL;
    char key[256];
    imp_norm_name(name, strlen(name), key, sizeof key);
    uint32_t v = dg_map_get(&a->map, key);
    return v == DG_NONE ? NULL : a->ids[v];
}
