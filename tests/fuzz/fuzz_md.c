/* fuzz_md.c — libFuzzer target: any bytes through dg_md_parse, the
 * Markdown block parser of `dipgraph md`, which reads documents that may
 * be anyone's.  Besides crashes and hangs, a finding is a broken promise
 * of dipgraph.h: blocks out of order or overlapping, a block that does
 * not start a line, a line ending that is not the text's, argv not
 * NULL-terminated, a control character in a command line, data without
 * its line, or a second parse that names a block differently.
 *
 * Build and run as fuzz_load.c says (CI's fuzz_one runs every target):
 *   build-fuzz/tests/fuzz_md -dict=tests/fuzz/md.dict -max_len=65536 \
 *       CORPUS_DIR tests/fuzz/corpus-md */
#include "dipgraph.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MUST(cond)                                                                    \
    do {                                                                              \
        if (!(cond)) {                                                                \
            fprintf(stderr, "fuzz_md: broken: %s (line %d)\n", #cond, __LINE__);    \
            abort();                                                                  \
        }                                                                             \
    } while (0)

static void check_words(const dg_md_block *b)
{
    size_t n = strlen(b->command);
    for (const char *p = b->command; *p; p++)
        MUST((unsigned char)*p >= 0x20 || *p == '\t');
    for (uint32_t i = 0; i < b->argc; i++)
        MUST(b->argv[i] && strlen(b->argv[i]) <= n);
    MUST(b->argv[b->argc] == NULL);
}

static void check_block(const char *text, size_t len, const dg_md_block *b, size_t after)
{
    MUST(b->start >= after && b->start < b->end && b->end <= len);
    MUST(b->start == 0 || text[b->start - 1] == '\n' || text[b->start - 1] == '\r');
    MUST(b->line >= 1 && b->cmd_line > b->line && b->indent <= 3);
    size_t e = strlen(b->eol);
    MUST(!strcmp(b->eol, "") || !strcmp(b->eol, "\n") || !strcmp(b->eol, "\r\n") ||
         !strcmp(b->eol, "\r"));
    MUST(e <= b->end - b->start && !memcmp(text + b->end - e, b->eol, e));
    MUST(e > 0 || b->end == len);
    MUST((b->data != NULL) == (b->data_line != 0));
    MUST(!b->data || b->data_line > b->cmd_line);
    MUST(!b->data || b->data_len == 0 || b->data[b->data_len - 1] == '\n');
    check_words(b);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    const char *text = (const char *)data;
    dg_md_doc *doc = NULL, *again = NULL;
    uint32_t line = 0;
    dg_error err = {0};
    dg_status st = dg_md_parse(text, size, &doc, &line, &err);
    if (st != DG_OK) {
        MUST(st == DG_EUSAGE && !doc && line >= 1 && err.msg[0]);
        return 0;
    }
    MUST(doc && line == 0);
    size_t after = 0;
    for (size_t i = 0; i < doc->n_blocks; i++) {
        check_block(text, size, &doc->blocks[i], after);
        after = doc->blocks[i].end;
    }
    MUST(dg_md_parse(text, size, &again, NULL, NULL) == DG_OK);
    MUST(again->n_blocks == doc->n_blocks);
    for (size_t i = 0; i < doc->n_blocks; i++)
        MUST(again->blocks[i].hash == doc->blocks[i].hash);
    dg_md_free(again);
    dg_md_free(doc);
    return 0;
}
