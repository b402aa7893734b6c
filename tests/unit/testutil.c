/* testutil.c — see testutil.h. */
#include "testutil.h"
#include "names.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

bool tu_have_iso_catalogs(const char *test)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/ru/LC_MESSAGES/iso_3166-1.mo", dg_names_locale_dir());
    if (access(path, R_OK) == 0)
        return true;
    fprintf(stderr, "SKIP %s: iso-codes' catalogs are not installed (%s missing)\n", test, path);
    return false;
}

dg_model *tu_load_str(const char *yaml)
{
    dg_model *m = dg_model_new(NULL);
    dg_model_load_buffer(m, "t.yaml", yaml, strlen(yaml));
    dg_model_finish(m);
    return m;
}

const char *tu_path(const char *rel)
{
    static char bufs[4][4096];
    static int k;
    char *b = bufs[k++ & 3];
    if (rel[0] == '/')
        snprintf(b, 4096, "%s", rel);
    else
        snprintf(b, 4096, "%s/%s", DG_TEST_DIR, rel);
    return b;
}

dg_model *tu_load_files(const char *const *paths, size_t n)
{
    dg_model *m = dg_model_new(NULL);
    for (size_t i = 0; i < n; i++)
        dg_model_load_file(m, tu_path(paths[i]));
    dg_model_finish(m);
    return m;
}

const char *tu_first_diag(const dg_model *m)
{
    static char buf[2048];
    const dg_diag *d = dg_model_diag(m, 0);
    if (!d)
        return "";
    snprintf(buf, sizeof buf, "%s:%u:%u: %s: %s", d->pos.file ? d->pos.file : "", d->pos.line,
             d->pos.col, d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg);
    return buf;
}

char *tu_read(const char *path, size_t *len)
{
    FILE *f = fopen(tu_path(path), "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0, got;
    char *b = malloc(cap + 1);
    while ((got = fread(b + n, 1, cap - n, f)) > 0)
        if ((n += got) == cap)
            b = realloc(b, (cap *= 2) + 1);
    fclose(f);
    b[n] = '\0';
    if (len)
        *len = n;
    return b;
}
