/* fuzz_wikidata_csv.c — libFuzzer target: any bytes through `import
 * wikidata` (a CSV table, or SPARQL JSON results when the input starts
 * with '{'), and what it writes must load with no error and no warning.
 *
 * Build and run as fuzz_load.c says (CI's fuzz_one runs every target):
 *   build-fuzz/tests/fuzz_wikidata_csv -dict=tests/fuzz/wikidata_csv.dict \
 *       -max_len=65536 CORPUS_DIR tests/fuzz/corpus-wikidata_csv
 * The first byte says whether the user's aliases are given too. */
#include "dipgraph.h"
#include "import_check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    static const char aliases[] = "Nordic countries: NORDIC\nAtlantis: XA\nRussia: RU\n";
    dg_import_opts o = {0};
    if (size && (data[0] & 1)) {
        o.aliases = aliases;
        o.aliases_len = strlen(aliases);
    }
    dg_buf yaml = {0}, report = {0};
    dg_import_counts c;
    dg_error err;
    const char *text = size ? (const char *)data + 1 : "";
    dg_status st = dg_import_wikidata(text, size ? size - 1 : 0, &o, &yaml, &report, &c, &err);
    check_import(st, &yaml, &report, &c);
    return 0;
}
