/* sort.c — a stable merge sort that passes a context to its comparator.
 *
 * qsort has no context argument, and comparators that need the model
 * (names, ids) once read it from a file-level global: not re-entrant,
 * and a trap for a caller with two models.  qsort_r exists, but with two
 * incompatible signatures (glibc, BSD); this is ours. */
#include "internal.h"

typedef struct sorter {
    size_t size;
    int (*cmp)(const void *, const void *, void *);
    void *ctx;
    char *tmp;
} sorter;

/* Insertion sort for short runs: fewer moves than merging them. */
static void insertion(const sorter *s, char *base, size_t n)
{
    for (size_t i = 1; i < n; i++) {
        size_t j = i;
        memcpy(s->tmp, base + i * s->size, s->size);
        while (j > 0 && s->cmp(base + (j - 1) * s->size, s->tmp, s->ctx) > 0) {
            memcpy(base + j * s->size, base + (j - 1) * s->size, s->size);
            j--;
        }
        memcpy(base + j * s->size, s->tmp, s->size);
    }
}

static void merge_sort(const sorter *s, char *base, size_t n)
{
    if (n <= 8) {
        insertion(s, base, n);
        return;
    }
    size_t half = n / 2, sz = s->size;
    merge_sort(s, base, half);
    merge_sort(s, base + half * sz, n - half);
    if (s->cmp(base + (half - 1) * sz, base + half * sz, s->ctx) <= 0)
        return; /* already in order */
    memcpy(s->tmp, base, half * sz);
    char *a = s->tmp, *a_end = s->tmp + half * sz;
    char *b = base + half * sz, *b_end = base + n * sz, *out = base;
    while (a < a_end && b < b_end) {
        bool take_b = s->cmp(b, a, s->ctx) < 0; /* ties keep a first: stable */
        memcpy(out, take_b ? b : a, sz);
        if (take_b)
            b += sz;
        else
            a += sz;
        out += sz;
    }
    memcpy(out, a, (size_t)(a_end - a)); /* what is left of b is in place */
}

void dg_sort_r(void *base, size_t n, size_t size,
               int (*cmp)(const void *, const void *, void *), void *ctx)
{
    if (n < 2)
        return;
    sorter s = {size, cmp, ctx, dg_xmalloc((n / 2 + 1) * size)};
    merge_sort(&s, base, n);
    free(s.tmp);
}
