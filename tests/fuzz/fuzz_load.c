/* fuzz_load.c — libFuzzer target: any bytes through the loader, and every
 * model without errors through every output, with small outputs.
 *
 * Build (clang; the runtime is Debian's libclang-rt-14-dev):
 *   CC=clang cmake -S . -B build-fuzz -DDG_FUZZ=ON -DDG_TESTS=ON
 *   cmake --build build-fuzz --target fuzz_load
 *   LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0 \
 *   build-fuzz/tests/fuzz_load -dict=tests/fuzz/dipgraph.dict -max_len=4096 \
 *       CORPUS_DIR tests/fuzz/corpus tests/fixtures/valid tests/fixtures/invalid
 * LeakSanitizer needs tests/lsan.supp: Graphviz's plugins and the font
 * stack keep memory for the life of the process, and without the
 * suppressions the first input that reaches a renderer "leaks".
 * (DG_FUZZ instruments the whole library for coverage, not only this file;
 * .ci/setup.sh's fuzz_one runs every target this way.)
 * Small limits keep each run fast and let the fuzzer reach them. */
#include "dipgraph.h"

#include <stdlib.h>

static void drive_outputs(const dg_model *m)
{
    static const char *const views[] = {"relations", "missions", "accreditation", "memberships",
                                        NULL};
    dg_error err;
    for (int i = 0; i <= 4; i++) {
        dg_render_opts o = {.view = views[i], .format = "dot"};
        dg_buf out = {0};
        dg_render(m, &o, &out, &err);
        dg_buf_free(&out);
    }
    dg_render_opts cities = {.view = "missions", .format = "dot", .detail = "cities", .depth = 2};
    dg_buf out = {0};
    dg_render(m, &cities, &out, &err);
    dg_buf_free(&out);

    static const char *const tl_formats[] = {"dot", "svg"};
    for (int i = 0; i < 2; i++) {
        dg_timeline_opts t = {.format = tl_formats[i]};
        dg_timeline(m, &t, &out, &err);
        dg_buf_free(&out);
    }

    static const char *const formats[] = {"json", "graphml"};
    for (int i = 0; i < 2; i++) {
        dg_export_opts e = {.format = formats[i]};
        dg_export(m, &e, &out, &err);
        dg_buf_free(&out);
    }
    for (int i = 0; dg_csv_tables[i]; i++) {
        dg_export_opts e = {.format = "csv", .table = dg_csv_tables[i]};
        dg_export(m, &e, &out, &err);
        dg_buf_free(&out);
    }
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    dg_limits lim = {.max_input_bytes = 1 << 16, .max_scalar_bytes = 4096,
                     .max_alias_events = 20000, .max_diags = 200};
    dg_model *m = dg_model_new(&lim);
    if (!m)
        return 0;
    dg_model_load_buffer(m, "fuzz.yaml", (const char *)data, size);
    if (dg_model_finish(m) == DG_OK)
        drive_outputs(m);
    /* Diagnostics must make text whatever the input. */
    dg_buf diags = {0};
    dg_model_diags_text(m, 100, &diags);
    dg_buf_free(&diags);
    dg_model_free(m);
    return 0;
}
