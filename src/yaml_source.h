/* yaml_source.h — libyaml's event stream made safe for the loader:
 * aliases replayed within a budget, nesting bounded, scalar length bounded,
 * and every error turned into a diagnostic at a line and column. */
#ifndef DG_YAML_SOURCE_H
#define DG_YAML_SOURCE_H

#include "model_priv.h"

#include <yaml.h>

typedef enum tok_type {
    T_SCALAR, T_SEQ, T_SEQ_END, T_MAP, T_MAP_END, T_DOC, T_DOC_END, T_END,
    T_FATAL /* the stream stopped on an error already reported */
} tok_type;

typedef struct tok {
    tok_type type;
    bool plain;       /* a plain (unquoted) scalar: ~, null and '' mean null */
    bool escaped;     /* double-quoted: escapes may have made control characters */
    uint32_t line, col;
    const char *val;  /* scalars: valid until the next ys_next() */
    size_t len;
} tok;

typedef struct ys ys; /* one file's event source */

ys *ys_new(dg_model *m, const char *file, const char *data, size_t len);
void ys_free(ys *s);
/* The next token into *t; T_FATAL (forever after) once an error stopped
 * the stream. */
void ys_next(ys *s, tok *t);
dg_pos ys_pos(const ys *s, const tok *t);
/* Skip the rest of a node whose first token was t. */
void ys_skip(ys *s, const tok *t);
/* Slots of the anchor table examined so far, by anchors and aliases alike:
 * a few per anchor and per alias, however many anchors the file has
 * (tests/unit/test_reliability.c holds it to that). */
size_t ys_alias_probes(const ys *s);

#endif
