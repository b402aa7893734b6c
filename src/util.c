/* util.c — memory, buffers, errors, maps and edit distance. */
#include "internal.h"

#include <stdarg.h>

static void oom(size_t n)
{
    dg_oom(n);
}

void *dg_xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

void *dg_xcalloc(size_t n, size_t size)
{
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p)
        oom(n * size);
    return p;
}

void *dg_xrealloc(void *p, size_t n)
{
    p = realloc(p, n ? n : 1);
    if (!p)
        oom(n);
    return p;
}

char *dg_xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(dg_xmalloc(n), s, n);
}

void dg_grow(void **p, size_t *cap, size_t need, size_t sz)
{
    if (need <= *cap)
        return;
    size_t c = *cap ? *cap : 8;
    while (c < need)
        c *= 2;
    *p = dg_xrealloc(*p, c * sz);
    *cap = c;
}

dg_status dg_error_set(dg_error *err, dg_status code, const char *fmt, ...)
{
    if (err) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->msg, sizeof err->msg, fmt, ap);
        va_end(ap);
    }
    return code;
}

void dg_buf_free(dg_buf *b)
{
    free(b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

bool dg_buf_append(dg_buf *b, const void *data, size_t len)
{
    if (b->len + len + 1 > b->cap) {
        size_t c = b->cap ? b->cap : 256;
        while (c < b->len + len + 1)
            c *= 2;
        char *p = realloc(b->data, c);
        if (!p)
            return false;
        b->data = p;
        b->cap = c;
    }
    if (len)
        memcpy(b->data + b->len, data, len);
    b->len += len;
    b->data[b->len] = '\0'; /* always a C string too */
    return true;
}

bool dg_buf_vprintf(dg_buf *b, const char *fmt, va_list ap)
{
    /* Most pieces fit a small buffer; only longer ones are formatted twice. */
    char small[256];
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    bool ok = n >= 0;
    if (ok && (size_t)n < sizeof small) {
        ok = dg_buf_append(b, small, (size_t)n);
    } else if (ok) {
        char *big = malloc((size_t)n + 1);
        ok = big && vsnprintf(big, (size_t)n + 1, fmt, again) == n &&
             dg_buf_append(b, big, (size_t)n);
        free(big);
    }
    va_end(again);
    return ok;
}

bool dg_buf_printf(dg_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    bool ok = dg_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return ok;
}

/* ---- arena ---- */

struct chunk {
    struct chunk *next;
    size_t used, size;
    max_align_t data[];
};

struct dg_arena {
    struct chunk *head;
};

dg_arena *dg_arena_new(void)
{
    return dg_xcalloc(1, sizeof(dg_arena));
}

void dg_arena_free(dg_arena *a)
{
    if (!a)
        return;
    for (struct chunk *c = a->head, *next; c; c = next) {
        next = c->next;
        free(c);
    }
    free(a);
}


void *dg_arena_alloc(dg_arena *a, size_t n)
{
    void *p = dg_arena_take(a, n);
    memset(p, 0, n);
    return p;
}

void *dg_arena_take(dg_arena *a, size_t n)
{
    n = (n + 7) & ~(size_t)7;
    struct chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > 32768 ? n : 65536 - sizeof(struct chunk);
        c = dg_xmalloc(sizeof(struct chunk) + size);
        c->size = size;
        c->used = 0;
        /* A big block goes behind the current chunk so its free space
         * is not wasted. */
        if (n > 32768 && a->head) {
            c->next = a->head->next;
            a->head->next = c;
        } else {
            c->next = a->head;
            a->head = c;
        }
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    return p;
}

char *dg_arena_strndup(dg_arena *a, const char *s, size_t n)
{
    char *p = dg_arena_take(a, n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *dg_arena_strdup(dg_arena *a, const char *s)
{
    return s ? dg_arena_strndup(a, s, strlen(s)) : NULL;
}

void *dg_arena_memdup(dg_arena *a, const void *p, size_t n)
{
    void *q = dg_arena_take(a, n);
    if (n)
        memcpy(q, p, n);
    return q;
}

/* ---- map ---- */

uint64_t dg_hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL; /* FNV-1a */
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void map_rehash(dg_map *m)
{
    size_t ncap = m->cap ? m->cap * 2 : 64;
    const char **keys = dg_xcalloc(ncap, sizeof *keys);
    uint32_t *vals = dg_xmalloc(ncap * sizeof *vals);
    uint32_t *hashes = dg_xmalloc(ncap * sizeof *hashes);
    for (size_t i = 0; i < m->cap; i++) {
        if (!m->keys[i])
            continue;
        size_t j = m->hashes[i] & (ncap - 1);
        while (keys[j])
            j = (j + 1) & (ncap - 1);
        keys[j] = m->keys[i];
        vals[j] = m->vals[i];
        hashes[j] = m->hashes[i];
    }
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    m->keys = keys;
    m->vals = vals;
    m->hashes = hashes;
    m->cap = ncap;
}

/* The slot of key, or the empty slot where it would go. */
static size_t map_slot(const dg_map *m, const char *key, uint32_t h)
{
    size_t j = h & (m->cap - 1);
    while (m->keys[j] && (m->hashes[j] != h || strcmp(m->keys[j], key) != 0))
        j = (j + 1) & (m->cap - 1);
    return j;
}

uint32_t dg_map_put(dg_map *m, const char *key, uint32_t val)
{
    if ((m->len + 1) * 2 > m->cap)
        map_rehash(m);
    uint32_t h = (uint32_t)dg_hash(key);
    size_t j = map_slot(m, key, h);
    if (m->keys[j])
        return m->vals[j];
    m->keys[j] = key;
    m->vals[j] = val;
    m->hashes[j] = h;
    m->len++;
    return DG_NONE;
}

size_t dg_map_slot_of(const dg_map *m, const char *key)
{
    return map_slot(m, key, (uint32_t)dg_hash(key));
}

uint32_t dg_map_get(const dg_map *m, const char *key)
{
    if (!m->cap)
        return DG_NONE;
    size_t j = map_slot(m, key, (uint32_t)dg_hash(key));
    return m->keys[j] ? m->vals[j] : DG_NONE;
}

void dg_map_free(dg_map *m)
{
    free(m->keys);
    free(m->vals);
    free(m->hashes);
    memset(m, 0, sizeof *m);
}

/* ---- did you mean ---- */

size_t dg_edit_distance(const char *a, const char *b, size_t cap)
{
    size_t la = strlen(a), lb = strlen(b), big = cap + 1;
    if (la > 64 || lb > 64 || (la > lb ? la - lb : lb - la) > cap)
        return big;
    /* Only cells within cap of the diagonal can stay within cap, so only
     * that band is computed: O(len * cap), not O(len^2).  Cells beyond the
     * band's right edge keep the "too far" value they start with. */
    size_t row[65];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j <= cap ? j : big;
    for (size_t i = 1; i <= la; i++) {
        size_t lo = i > cap ? i - cap : 1, hi = i + cap < lb ? i + cap : lb;
        size_t diag = row[lo - 1];
        row[lo - 1] = lo == 1 && i <= cap ? i : big; /* column 0, or left of the band */
        size_t best = row[lo - 1];
        for (size_t j = lo; j <= hi; j++) {
            size_t up = row[j];
            size_t sub = diag + (a[i - 1] != b[j - 1]);
            size_t v = up < row[j - 1] ? up + 1 : row[j - 1] + 1;
            row[j] = sub < v ? sub : v;
            if (row[j] > big)
                row[j] = big;
            diag = up;
            if (row[j] < best)
                best = row[j];
        }
        if (best > cap)
            return big;
    }
    return row[lb];
}

const char *dg_closest(const char *w, const char *const *words, size_t n)
{
    /* Close enough: 1 edit for short words, 2 from 4 letters (a swapped
     * pair costs 2), 3 from 9. */
    size_t len = strlen(w), cap = len < 4 ? 1 : len < 9 ? 2 : 3;
    const char *best = NULL;
    size_t bestd = cap + 1;
    for (size_t i = 0; i < n; i++) {
        size_t d = dg_edit_distance(w, words[i], cap);
        if (d < bestd) { /* first of equals wins: callers pass sorted words */
            bestd = d;
            best = words[i];
        }
    }
    return best;
}

/* ---- did you mean, over many words ----
 * Words are bucketed by length: only words within cap of the length of w
 * can be within cap edits, so only those buckets are looked at, nearest
 * length first.  Within them at most DG_NEAR_MAX_COMPARE words are
 * compared, so that a query costs the same however many words there are. */

void dg_near_init(dg_near *x, const char *const *words, size_t n)
{
    memset(x, 0, sizeof *x);
    size_t count[DG_NEAR_MAX_LEN + 2] = {0};
    for (size_t i = 0; i < n; i++) {
        size_t len = strlen(words[i]);
        if (len <= DG_NEAR_MAX_LEN) /* longer ones are never within reach */
            count[len + 1]++;
    }
    for (size_t len = 0; len <= DG_NEAR_MAX_LEN; len++)
        x->start[len + 1] = x->start[len] + count[len + 1];
    x->n = x->start[DG_NEAR_MAX_LEN + 1];
    x->words = dg_xmalloc((x->n ? x->n : 1) * sizeof *x->words);
    size_t fill[DG_NEAR_MAX_LEN + 1];
    memcpy(fill, x->start, sizeof fill);
    for (size_t i = 0; i < n; i++) { /* stable: the given order within a length */
        size_t len = strlen(words[i]);
        if (len <= DG_NEAR_MAX_LEN)
            x->words[fill[len]++] = words[i];
    }
}

void dg_near_free(dg_near *x)
{
    free(x->words);
    memset(x, 0, sizeof *x);
}

const char *dg_near_find(dg_near *x, const char *w, size_t cap)
{
    size_t len = strlen(w), budget = DG_NEAR_MAX_COMPARE, bestd = cap + 1;
    const char *best = NULL;
    if (len > DG_NEAR_MAX_LEN)
        return NULL;
    /* Lengths len, len-1, len+1, len-2, ...: the likelier ones first. */
    for (size_t k = 0; k <= 2 * cap && budget; k++) {
        size_t off = (k + 1) / 2;
        if (k % 2 ? off > len : len + off > DG_NEAR_MAX_LEN)
            continue;
        size_t l = k % 2 ? len - off : len + off;
        for (size_t i = x->start[l]; i < x->start[l + 1] && budget; i++, budget--) {
            size_t d = dg_edit_distance(w, x->words[i], bestd < cap ? bestd : cap);
            x->work++;
            if (d < bestd) { /* ties: the nearer length, then the order given */
                bestd = d;
                best = x->words[i];
            }
        }
    }
    return best;
}
