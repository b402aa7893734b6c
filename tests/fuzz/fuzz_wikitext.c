/* fuzz_wikitext.c — libFuzzer target: any bytes through `import
 * wikipedia`, and what it writes must load with no error and no warning
 * (a crash, a hang or a data set the loader refuses is a finding).
 *
 * Build and run as fuzz_load.c says (CI's fuzz_one runs every target):
 *   build-fuzz/tests/fuzz_wikitext -dict=tests/fuzz/wikitext.dict -max_len=65536 \
 *       CORPUS_DIR tests/fuzz/corpus-wikitext
 * The first byte picks the options, so that the country given, the title
 * and the lead's "Foreign relations of X" are all reached. */
#include "dipgraph.h"
#include "import_check.h"

#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char *const countries[] = {"BY", NULL, "Poland", NULL};
    static const char *const titles[] = {NULL, "Foreign relations of Belarus", NULL, NULL};
    int pick = size ? data[0] & 3 : 0;
    dg_import_opts o = {.country = countries[pick], .title = titles[pick]};
    dg_buf yaml = {0}, report = {0};
    dg_import_counts c;
    dg_error err;
    const char *text = size ? (const char *)data + 1 : "";
    dg_status st = dg_import_wikipedia(text, size ? size - 1 : 0, &o, &yaml, &report, &c, &err);
    check_import(st, &yaml, &report, &c);
    return 0;
}
