/* intern.c — ids as syms: every distinct id string gets a number once, so
 * that resolving references compares numbers, not strings (model_priv.h,
 * raw_id).  Apart from model.c so that the loader, which interns, and the
 * model, which loads, do not call each other. */
#include "model_priv.h"

static size_t map8_find(const dg_map8 *t, uint64_t k)
{
    size_t j = (size_t)((k * 0x9E3779B97F4A7C15u) >> 40) & (t->cap - 1);
    while (t->slots[j].key && t->slots[j].key != k)
        j = (j + 1) & (t->cap - 1);
    return j;
}

static void map8_grow(dg_map8 *t)
{
    dg_map8 n = {0};
    n.cap = t->cap ? t->cap * 2 : 256;
    n.slots = dg_xcalloc(n.cap, sizeof *n.slots);
    n.len = t->len;
    for (size_t i = 0; i < t->cap; i++)
        if (t->slots[i].key)
            n.slots[map8_find(&n, t->slots[i].key)] = t->slots[i];
    free(t->slots);
    *t = n;
}

/* s (1 to 8 bytes) as one number, distinct for distinct strings; 0 if s
 * holds a NUL (such ids take the general way). */
static uint64_t pack8(const char *s, size_t len)
{
    uint64_t k = 0;
    for (size_t i = 0; i < len; i++) {
        if (!s[i])
            return 0;
        k |= (uint64_t)(unsigned char)s[i] << (8 * i);
    }
    return k;
}

/* A new sym for s (len bytes). */
static uint32_t new_sym(struct dg_model_priv *p, const char *s, size_t len)
{
    *DG_PUSH(p->sym_str, p->n_syms, p->cap_syms) = dg_arena_strndup(p->scratch, s, len);
    return (uint32_t)(p->n_syms - 1);
}

static uint32_t intern8(struct dg_model_priv *p, uint64_t k, const char *s, size_t len)
{
    dg_map8 *t = &p->syms8;
    if ((t->len + 1) * 2 > t->cap)
        map8_grow(t);
    struct map8_slot *slot = &t->slots[map8_find(t, k)];
    if (!slot->key) {
        slot->key = k;
        slot->sym = new_sym(p, s, len);
        t->len++;
    }
    return slot->sym;
}

static uint32_t intern_long(struct dg_model_priv *p, const char *s, size_t len)
{
    char small[72];
    const char *key = s;
    if (s[len] != '\0') { /* keys must be C strings for the map */
        char *k = len < sizeof small ? small : dg_arena_strndup(p->scratch, s, len);
        if (k == small) {
            memcpy(small, s, len);
            small[len] = '\0';
        }
        key = k;
    }
    size_t slot = p->syms.cap ? dg_map_slot_of(&p->syms, key) : 0;
    if (p->syms.cap && p->syms.keys[slot])
        return p->syms.vals[slot];
    uint32_t sym = new_sym(p, s, len);
    dg_map_put(&p->syms, p->sym_str[sym], sym);
    return sym;
}

uint32_t dg_intern(dg_model *m, const char *s, size_t len)
{
    struct dg_model_priv *p = m->priv;
    uint64_t packed = len >= 1 && len <= 8 ? pack8(s, len) : 0;
    return packed ? intern8(p, packed, s, len) : intern_long(p, s, len);
}

void dg_mark_place(dg_model *m, const raw_id *id)
{
    struct dg_model_priv *p = m->priv;
    if (id->sym >= p->cap_placed) {
        size_t old = p->cap_placed;
        dg_grow((void **)&p->placed, &p->cap_placed, (size_t)id->sym + 1, 1);
        memset(p->placed + old, 0, p->cap_placed - old);
    }
    if (!p->placed[id->sym]) { /* the first use, in load order */
        p->placed[id->sym] = 1;
        *DG_PUSH(p->places, p->n_places, p->cap_places) = *id;
    }
}

uint32_t dg_name_sym(dg_model *m, const char *s, size_t len)
{
    return new_sym(m->priv, s, len);
}
