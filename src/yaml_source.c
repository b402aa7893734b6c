/* yaml_source.c — see yaml_source.h.
 *
 * Aliases: libyaml only reports them as events.  We record the tokens of
 * every anchored node as they are delivered and replay them for each alias,
 * counting every replayed token against max_alias_events so that nested
 * aliases ("billion laughs") stop with an error instead of exploding. */
#include "yaml_source.h"

#include <stddef.h>
#include <time.h>

typedef tok rec_tok; /* a recorded token: its value copied to the scratch arena */

typedef struct anchor {
    const char *name;
    size_t start, end; /* range in the record buffer */
} anchor;

typedef struct recording {
    const char *name;
    size_t start, depth;
    bool scalar;
} recording;

typedef struct replay {
    size_t next, end;
    uint32_t line, col; /* of the alias */
} replay;

struct ys {
    dg_model *m;
    const char *file;
    const unsigned char *data;
    size_t len;
    yaml_parser_t parser;
    yaml_event_t ev;
    bool have_ev, fatal;
    size_t depth, replayed;
    size_t max_depth, max_scalar; /* from the model's limits */

    rec_tok *rec; size_t n_rec, cap_rec;
    anchor *anchors; size_t n_anchors, cap_anchors;
    /* Anchors by name (see anchor_slot): index + 1 into anchors, 0 empty. */
    uint32_t *slots; size_t cap_slots, n_names;
    uint64_t seed;
    size_t probes; /* slots examined: ys_alias_probes */
    recording *recs; size_t n_recs, cap_recs;
    replay *plays; size_t n_plays, cap_plays;
};

ys *ys_new(dg_model *m, const char *file, const char *data, size_t len)
{
    ys *s = dg_xcalloc(1, sizeof *s);
    s->m = m;
    s->file = file;
    s->data = (const unsigned char *)data;
    s->len = len;
    if (!yaml_parser_initialize(&s->parser)) {
        free(s);
        return NULL;
    }
    yaml_parser_set_input_string(&s->parser, s->data, len);
    s->max_depth = m->priv->lim.max_depth;
    s->max_scalar = m->priv->lim.max_scalar_bytes;
    /* Unpredictable to whoever writes the file, so that anchor names
     * cannot be chosen to collide; outputs never depend on it. */
    struct timespec ts = {0, 0};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    s->seed = ((uint64_t)ts.tv_nsec << 32) ^ (uint64_t)ts.tv_sec ^ (uint64_t)(uintptr_t)s;
    return s;
}

void ys_free(ys *s)
{
    if (!s)
        return;
    if (s->have_ev)
        yaml_event_delete(&s->ev);
    yaml_parser_delete(&s->parser);
    free(s->rec);
    free(s->anchors);
    free(s->slots);
    free(s->recs);
    free(s->plays);
    free(s);
}

dg_pos ys_pos(const ys *s, const tok *t)
{
    dg_pos p = {s->file, t->line, t->col};
    return p;
}

static void fatal(ys *s, tok *t)
{
    s->fatal = true;
    *t = (tok){.type = T_FATAL};
}

/* libyaml's reader errors carry only a byte offset: count lines (\n, \r\n
 * or \r) and characters (UTF-8 lead bytes) up to it. */
static dg_pos offset_pos(const ys *s, size_t off)
{
    dg_pos p = {s->file, 1, 1};
    if (off > s->len)
        off = s->len;
    for (size_t i = 0; i < off; i++) {
        unsigned char c = s->data[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= s->len || s->data[i + 1] != '\n'))) {
            p.line++;
            p.col = 1;
        } else if ((c & 0xC0) != 0x80 && c != '\r') {
            p.col++;
        }
    }
    return p;
}

static void parser_error(ys *s)
{
    yaml_parser_t *y = &s->parser;
    const char *problem = y->problem ? y->problem : "cannot parse the input";
    if (y->error == YAML_READER_ERROR) {
        /* Show the byte where the problem starts: libyaml's problem_value is
         * a byte for bad UTF-8 but a code point for a bad character. */
        dg_pos p = offset_pos(s, y->problem_offset);
        if (y->problem_offset < s->len)
            dg_err(s->m, p, "invalid input: %s (byte 0x%02X)", problem,
                   (unsigned)s->data[y->problem_offset]);
        else
            dg_err(s->m, p, "invalid input: %s", problem);
    } else if (y->error == YAML_MEMORY_ERROR) {
        dg_err(s->m, offset_pos(s, 0), "out of memory while parsing");
    } else {
        dg_pos p = {s->file, (uint32_t)y->problem_mark.line + 1, (uint32_t)y->problem_mark.column + 1};
        if (y->context)
            dg_err(s->m, p, "YAML syntax: %s %s", y->context, problem);
        else
            dg_err(s->m, p, "YAML syntax: %s", problem);
    }
}

/* Reject control characters (all but tab and newline): C0 ones would make
 * SVG and GraphML invalid XML, and C1 ones (U+0080-U+009F: CSI, NEL, ...)
 * drive terminals and are discouraged in XML.  Also U+FFFE/U+FFFF.
 * libyaml's reader already refuses them in the input itself (but NEL,
 * which it reads as a line break), so only the escapes of double-quoted
 * scalars can make them: only those are scanned.  The error is reported
 * once and the value goes on with '?' in their place, so that the rest of
 * the file is still checked. */
static size_t bad_char(const unsigned char *v, size_t i, size_t len, unsigned *code)
{
    unsigned c = v[i];
    if ((c < 0x20 && c != '\t' && c != '\n') || c == 0x7F) {
        *code = c;
        return 1;
    }
    if (c == 0xC2 && i + 1 < len && v[i + 1] >= 0x80 && v[i + 1] <= 0x9F) {
        *code = v[i + 1];
        return 2;
    }
    if (c == 0xEF && i + 2 < len && v[i + 1] == 0xBF && (v[i + 2] == 0xBE || v[i + 2] == 0xBF)) {
        *code = v[i + 2] == 0xBE ? 0xFFFEu : 0xFFFFu;
        return 3;
    }
    return 0;
}

static void scalar_clean(ys *s, tok *t)
{
    const unsigned char *v = (const unsigned char *)t->val;
    char *copy = NULL;
    unsigned code;
    for (size_t i = 0; i < t->len; i++) {
        if (v[i] >= 0x20 && v[i] != 0x7F && v[i] != 0xC2 && v[i] != 0xEF) /* the usual byte */
            continue;
        size_t n = bad_char(v, i, t->len, &code);
        if (!n)
            continue;
        if (!copy) {
            dg_err(s->m, ys_pos(s, t), "control character U+%04X in a string is not allowed",
                   code);
            copy = dg_arena_strndup(s->m->priv->scratch, t->val, t->len);
        }
        memset(copy + i, '?', n);
        i += n - 1;
    }
    if (copy)
        t->val = copy;
}

/* A token's line and column in one store: tok_pos reads them as one 8-byte
 * load, and a load spanning two separate stores stalls the CPU (it showed
 * up as the hottest instruction of the record parser). */
static inline void set_at(tok *t, const yaml_mark_t *m)
{
    struct {
        uint32_t line, col;
    } at = {(uint32_t)m->line + 1, (uint32_t)m->column + 1};
    _Static_assert(offsetof(tok, col) == offsetof(tok, line) + 4, "line and col adjacent");
    memcpy(&t->line, &at, sizeof at);
}

/* The next event from libyaml into s->ev. */
static bool pull_event(ys *s)
{
    if (s->have_ev) {
        yaml_event_delete(&s->ev);
        s->have_ev = false;
    }
    if (!yaml_parser_parse(&s->parser, &s->ev))
        return false;
    s->have_ev = true;
    return true;
}

/* s->ev as a token; returns its anchor (or an alias's name).  An alias
 * becomes T_FATAL here: the caller replays. */
static const char *event_tok(ys *s, tok *t)
{
    const yaml_event_t *e = &s->ev;
    const char *anchor_name = NULL;
    set_at(t, &e->start_mark);
    t->plain = t->escaped = false;
    t->val = NULL;
    t->len = 0;
    switch (e->type) {
    case YAML_SCALAR_EVENT:
        t->type = T_SCALAR;
        t->val = (const char *)e->data.scalar.value;
        t->len = e->data.scalar.length;
        t->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        t->escaped = e->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
        anchor_name = (const char *)e->data.scalar.anchor;
        break;
    case YAML_SEQUENCE_START_EVENT:
        t->type = T_SEQ;
        anchor_name = (const char *)e->data.sequence_start.anchor;
        break;
    case YAML_MAPPING_START_EVENT:
        t->type = T_MAP;
        anchor_name = (const char *)e->data.mapping_start.anchor;
        break;
    case YAML_SEQUENCE_END_EVENT: t->type = T_SEQ_END; break;
    case YAML_MAPPING_END_EVENT: t->type = T_MAP_END; break;
    case YAML_DOCUMENT_START_EVENT: t->type = T_DOC; break;
    case YAML_DOCUMENT_END_EVENT: t->type = T_DOC_END; break;
    case YAML_STREAM_END_EVENT: t->type = T_END; break;
    case YAML_ALIAS_EVENT:
        t->type = T_FATAL;
        anchor_name = (const char *)e->data.alias.anchor;
        break;
    default: /* STREAM_START, NO_EVENT */
        t->type = T_DOC_END;
        t->line = 0;
        break;
    }
    return anchor_name;
}

/* ---- anchors by name ----
 * An open-addressing table (linear probing, at most half full) of indices
 * into s->anchors: an alias costs the same however many anchors came
 * before it.  A later anchor of a name replaces the earlier one, as YAML
 * wants.  The hash is FNV-1a from a per-file seed, finished with a 64-bit
 * mixer, so that names crafted to collide cannot make probing long. */

static uint64_t anchor_hash(const ys *s, const char *name)
{
    uint64_t h = s->seed ^ 0xcbf29ce484222325ULL;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 0x100000001b3ULL;
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return h;
}

/* The slot holding name, or the empty slot where it would go. */
static size_t anchor_slot(ys *s, const char *name)
{
    size_t mask = s->cap_slots - 1, j = (size_t)anchor_hash(s, name) & mask;
    for (;; j = (j + 1) & mask) {
        s->probes++;
        uint32_t v = s->slots[j];
        if (!v || strcmp(s->anchors[v - 1].name, name) == 0)
            return j;
    }
}

static void anchor_grow(ys *s)
{
    uint32_t *old = s->slots;
    size_t old_cap = s->cap_slots;
    s->cap_slots = old_cap ? old_cap * 2 : 64;
    s->slots = dg_xcalloc(s->cap_slots, sizeof *s->slots);
    for (size_t i = 0; i < old_cap; i++)
        if (old[i])
            s->slots[anchor_slot(s, s->anchors[old[i] - 1].name)] = old[i];
    free(old);
}

/* anchors[n_anchors - 1], just added, becomes the one its name means. */
static void anchor_index(ys *s)
{
    if ((s->n_names + 1) * 2 > s->cap_slots)
        anchor_grow(s);
    size_t j = anchor_slot(s, s->anchors[s->n_anchors - 1].name);
    s->n_names += !s->slots[j];
    s->slots[j] = (uint32_t)s->n_anchors;
}

size_t ys_alias_probes(const ys *s)
{
    return s->probes;
}

static bool start_replay(ys *s, const tok *at, const char *name)
{
    uint32_t v = s->cap_slots ? s->slots[anchor_slot(s, name)] : 0;
    if (!v) {
        dg_err(s->m, ys_pos(s, at), "unknown alias '*%s'", name);
        return false;
    }
    const anchor *a = &s->anchors[v - 1];
    replay *r = DG_PUSH(s->plays, s->n_plays, s->cap_plays);
    r->next = a->start;
    r->end = a->end;
    r->line = at->line;
    r->col = at->col;
    return true;
}

static void record(ys *s, const tok *t)
{
    rec_tok *r = DG_PUSH(s->rec, s->n_rec, s->cap_rec);
    *r = *t;
    /* Replayed values already live in the scratch arena. */
    r->val = t->val ? dg_arena_strndup(s->m->priv->scratch, t->val, t->len) : NULL;
}

/* The next token before depth/recording bookkeeping. */
static bool raw_next(ys *s, tok *t, const char **anchor_name)
{
    for (;;) {
        *anchor_name = NULL;
        while (s->n_plays && s->plays[s->n_plays - 1].next == s->plays[s->n_plays - 1].end)
            s->n_plays--;
        if (s->n_plays) {
            replay *r = &s->plays[s->n_plays - 1];
            const rec_tok *x = &s->rec[r->next++];
            if (++s->replayed > s->m->priv->lim.max_alias_events) {
                /* At the alias in the document that set this off. */
                tok at = {.line = s->plays[0].line, .col = s->plays[0].col};
                dg_err(s->m, ys_pos(s, &at),
                       "aliases expand to more than %zu events (limit against alias bombs)",
                       s->m->priv->lim.max_alias_events);
                return false;
            }
            *t = *x;
            return true;
        }
        if (!pull_event(s)) {
            parser_error(s);
            return false;
        }
        *anchor_name = event_tok(s, t);
        if (s->ev.type != YAML_ALIAS_EVENT)
            return true;
        if (!start_replay(s, t, *anchor_name))
            return false;
    }
}

static void track(ys *s, const tok *t, const char *anchor_name)
{
    if (anchor_name && (t->type == T_SCALAR || t->type == T_SEQ || t->type == T_MAP)) {
        recording *r = DG_PUSH(s->recs, s->n_recs, s->cap_recs);
        r->name = dg_arena_strdup(s->m->priv->scratch, anchor_name);
        r->start = s->n_rec;
        r->depth = s->depth;
        r->scalar = t->type == T_SCALAR;
    }
    if (s->n_recs)
        record(s, t);
    /* Close every recording whose node just ended. */
    while (s->n_recs) {
        recording *r = &s->recs[s->n_recs - 1];
        bool ended = r->scalar || ((t->type == T_SEQ_END || t->type == T_MAP_END) &&
                                   s->depth == r->depth);
        if (!ended)
            break;
        anchor *a = DG_PUSH(s->anchors, s->n_anchors, s->cap_anchors);
        a->name = r->name;
        a->start = r->start;
        a->end = s->n_rec;
        anchor_index(s);
        s->n_recs--;
    }
}

/* Limits, control characters and anchors, for every token. */
static void checks(ys *s, tok *t, const char *anchor_name)
{
    if (t->type == T_SEQ || t->type == T_MAP) {
        if (++s->depth > s->max_depth) {
            /* Stop here: libyaml slows down quadratically on deep nesting. */
            dg_err(s->m, ys_pos(s, t), "nesting deeper than %zu levels", s->max_depth);
            fatal(s, t);
            return;
        }
    } else if (t->type == T_SCALAR) {
        if (t->len > s->max_scalar) {
            dg_err(s->m, ys_pos(s, t), "string of %zu bytes is longer than the limit of %zu",
                   t->len, s->max_scalar);
            fatal(s, t);
            return;
        }
        if (t->escaped)
            scalar_clean(s, t);
    }
    if (anchor_name || s->n_recs)
        track(s, t, anchor_name);
    if (t->type == T_SEQ_END || t->type == T_MAP_END)
        s->depth--;
}

/* The next token, replays and recordings included. */
static void next_general(ys *s, tok *t)
{
    const char *anchor_name;
    if (s->fatal || !raw_next(s, t, &anchor_name)) {
        fatal(s, t);
        return;
    }
    checks(s, t, anchor_name);
}

/* An event just pulled that ys_next leaves to the general way. */
static void after_event(ys *s, tok *t)
{
    const char *anchor_name = event_tok(s, t);
    if (s->ev.type != YAML_ALIAS_EVENT) {
        checks(s, t, anchor_name);
    } else if (start_replay(s, t, anchor_name)) {
        next_general(s, t);
    } else {
        fatal(s, t);
    }
}

/* The common case is kept lean, as it runs once per event: an event
 * straight from libyaml, unanchored, while nothing is replayed or
 * recorded.  Anything else goes the general way, with the same result. */
void ys_next(ys *s, tok *t)
{
    if (s->n_plays || s->n_recs || s->fatal) {
        next_general(s, t);
        return;
    }
    if (!pull_event(s)) {
        parser_error(s);
        fatal(s, t);
        return;
    }
    const yaml_event_t *e = &s->ev;
    set_at(t, &e->start_mark);
    t->plain = t->escaped = false;
    switch (e->type) {
    case YAML_SCALAR_EVENT:
        if (e->data.scalar.anchor || e->data.scalar.length > s->max_scalar ||
            e->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE)
            break;
        t->type = T_SCALAR;
        t->val = (const char *)e->data.scalar.value;
        t->len = e->data.scalar.length;
        t->plain = e->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        return;
    case YAML_MAPPING_START_EVENT:
    case YAML_SEQUENCE_START_EVENT:
        if (s->depth + 1 > s->max_depth ||
            (e->type == YAML_MAPPING_START_EVENT ? e->data.mapping_start.anchor
                                                  : e->data.sequence_start.anchor))
            break;
        s->depth++;
        t->type = e->type == YAML_MAPPING_START_EVENT ? T_MAP : T_SEQ;
        t->val = NULL;
        t->len = 0;
        return;
    case YAML_MAPPING_END_EVENT:
    case YAML_SEQUENCE_END_EVENT:
        s->depth--;
        t->type = e->type == YAML_MAPPING_END_EVENT ? T_MAP_END : T_SEQ_END;
        t->val = NULL;
        t->len = 0;
        return;
    default:
        break;
    }
    after_event(s, t);
}

void ys_skip(ys *s, const tok *t)
{
    if (t->type != T_SEQ && t->type != T_MAP)
        return;
    size_t level = 1;
    while (level) {
        tok x;
        ys_next(s, &x);
        if (x.type == T_FATAL || x.type == T_END)
            return;
        if (x.type == T_SEQ || x.type == T_MAP)
            level++;
        else if (x.type == T_SEQ_END || x.type == T_MAP_END)
            level--;
    }
}
