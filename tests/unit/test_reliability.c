/* test_reliability.c — what an attacker broke (issue 12), held at the
 * library: bounded work for aliases and did-you-mean (counted, not timed),
 * outputs that protect standard input, write through descriptors, stage
 * sets all or nothing, fit long names and clean up on signals; CSV cells
 * that cannot run as formulas; Graphviz attributes that cannot inject. */
#define _XOPEN_SOURCE 700 /* mkdtemp, setenv */
#include "testutil.h"
#include "model_priv.h"
#include "resolve.h"
#include "yaml_source.h"

#include <check.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- helpers ---- */

static char *tmpdir(void)
{
    static char dir[64];
    snprintf(dir, sizeof dir, "/tmp/dg-rel-XXXXXX");
    ck_assert_ptr_nonnull(mkdtemp(dir));
    return dir;
}

static void put_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "w");
    ck_assert_ptr_nonnull(f);
    fputs(text, f);
    ck_assert_int_eq(fclose(f), 0);
}

static char *get_file(const char *path)
{
    static char buf[4096];
    FILE *f = fopen(path, "r");
    if (!f)
        return NULL;
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    buf[n] = '\0';
    fclose(f);
    return buf;
}

/* Entries of dir other than . and .., and how many start with ".dg-". */
static int entries(const char *dir, int *temps)
{
    DIR *d = opendir(dir);
    ck_assert_ptr_nonnull(d);
    int n = 0;
    *temps = 0;
    for (struct dirent *e; (e = readdir(d));) {
        if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
            continue;
        n++;
        *temps += !strncmp(e->d_name, ".dg-", 4);
    }
    closedir(d);
    return n;
}

static void no_temps(const char *dir)
{
    int temps;
    entries(dir, &temps);
    ck_assert_msg(temps == 0, "%d temporary file(s) left in %s", temps, dir);
}

/* Is "FILE:LINE:COL: SEVERITY: MSG" one of m's diagnostics? */
static bool has_diag(const dg_model *m, const char *want)
{
    char buf[1200];
    for (size_t i = 0; i < dg_model_diag_count(m); i++) {
        const dg_diag *d = dg_model_diag(m, i);
        snprintf(buf, sizeof buf, "%s:%u:%u: %s: %s", d->pos.file, d->pos.line, d->pos.col,
                 d->severity == DG_SEV_ERROR ? "error" : "warning", d->msg);
        if (!strcmp(buf, want))
            return true;
    }
    return false;
}

/* ---- 2: aliases cost the same however many anchors there are ---- */

/* n anchored scalars, then n aliases of the earliest ones: what a
 * backwards scan of the anchors makes cost n * n / 2 comparisons. */
static dg_buf anchors_and_aliases(size_t n)
{
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "anchors:\n"));
    for (size_t i = 0; i < n; i++)
        ck_assert(dg_buf_printf(&b, "  - &a%zu v%zu\n", i, i));
    ck_assert(dg_buf_printf(&b, "aliases:\n"));
    for (size_t i = 0; i < n; i++)
        ck_assert(dg_buf_printf(&b, "  - *a%zu\n", i % 100));
    return b;
}

START_TEST(alias_lookup_independent_of_anchors)
{
    size_t n = 50000;
    dg_buf b = anchors_and_aliases(n);
    dg_model *m = dg_model_new(NULL);
    ys *s = ys_new(m, "a.yaml", b.data, b.len);
    ck_assert_ptr_nonnull(s);
    size_t scalars = 0, v42 = 0;
    for (tok t;;) {
        ys_next(s, &t);
        if (t.type == T_END || t.type == T_FATAL)
            break;
        if (t.type == T_SCALAR) {
            scalars++;
            v42 += t.len == 3 && !memcmp(t.val, "v42", 3);
        }
    }
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    ck_assert_uint_eq(scalars, 2 + 2 * n);
    ck_assert_uint_eq(v42, 1 + n / 100); /* the anchor and its aliases */
    /* A hash table: a few probes per anchor and per alias, where a scan
     * would make 1.25 billion comparisons. */
    size_t probes = ys_alias_probes(s);
    ck_assert_msg(probes <= 8 * 2 * n, "%zu probes for %zu anchors and aliases", probes, 2 * n);
    ys_free(s);
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(alias_semantics_kept)
{
    /* The latest anchor of a name wins; an unknown alias is an error. */
    dg_model *m = tu_load_str("sources:\n  s: {title: &t one}\n  u: {title: &t two, note: *t}\n"
                              "countries:\n  XK: {name: *t, note: *nope}\n");
    ck_assert(has_diag(m, "t.yaml:5:24: error: unknown alias '*nope'"));
    dg_model_free(m);
    m = tu_load_str("sources:\n  s: {title: &t one}\n  u: {title: &t two}\n"
                    "countries:\n  XK: {name: *t, source: s}\nrelations:\n"
                    "  - {between: [XK, BY], source: u}\n");
    ck_assert_uint_eq(dg_model_diag_count(m), 0);
    ck_assert_str_eq(m->countries[dg_country_find(m, "XK")].name, "two");
    dg_model_free(m);
}
END_TEST

/* ---- 3: did-you-mean is bounded ---- */

START_TEST(suggestions_bounded)
{
    /* 40,000 defined ids and 40,000 unknown ones, each one edit from a
     * defined one: 1.6 billion comparisons without bounds. */
    size_t n = 40000;
    dg_buf b = {0};
    ck_assert(dg_buf_printf(&b, "countries:\n"));
    for (size_t i = 0; i < n; i++)
        ck_assert(dg_buf_printf(&b, "  Q%07zu: {name: N%zu}\n", i, i));
    ck_assert(dg_buf_printf(&b, "relations:\n"));
    for (size_t i = 0; i < n; i++)
        ck_assert(dg_buf_printf(&b, "  - {between: [R%07zu, BY]}\n", i));
    dg_model *m = dg_model_new(NULL);
    dg_model_load_buffer(m, "s.yaml", b.data, b.len);
    ck_assert_int_eq(dg_model_finish(m), DG_EDATA);
    ck_assert_uint_eq(dg_model_error_count(m), n);
    size_t bound = DG_SUGGEST_MAX * (DG_NEAR_MAX_COMPARE + 2 * dg_iso_count());
    ck_assert_msg(m->priv->suggest_work <= bound, "did-you-mean did %zu units of work (bound %zu)",
                  m->priv->suggest_work, bound);
    /* The first ones still get their suggestion; later ones go without. */
    ck_assert_str_eq(tu_first_diag(m),
                     "s.yaml:40003:16: error: unknown country 'R0000000' (did you mean 'Q0000000'?)");
    dg_model_free(m);
    dg_buf_free(&b);
}
END_TEST

START_TEST(suggestions_still_made)
{
    dg_model *m = tu_load_str("organizations:\n  NATO2: {name: N}\n  OSCE-X: {name: O}\n"
                              "countries:\n  XK: {name: Kosovo}\n"
                              "events:\n  - {date: 2000, kind: visit, title: T, actors: [OSCE-Y]}\n");
    ck_assert_str_eq(tu_first_diag(m), "t.yaml:7:50: error: unknown country or organization "
                                       "'OSCE-Y' (did you mean 'OSCE-X'?)");
    dg_model_free(m);
}
END_TEST

/* The banded edit distance against the plain dynamic programme. */
static size_t plain_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b), d[16][16];
    for (size_t i = 0; i <= la; i++)
        d[i][0] = i;
    for (size_t j = 0; j <= lb; j++)
        d[0][j] = j;
    for (size_t i = 1; i <= la; i++)
        for (size_t j = 1; j <= lb; j++) {
            size_t x = d[i - 1][j] + 1, y = d[i][j - 1] + 1;
            size_t z = d[i - 1][j - 1] + (a[i - 1] != b[j - 1]);
            d[i][j] = x < y ? (x < z ? x : z) : (y < z ? y : z);
        }
    return d[la][lb];
}

START_TEST(edit_distance_banded_exact)
{
    unsigned seed = 12;
    char a[16], b[16];
    for (int t = 0; t < 200000; t++) {
        size_t la = (size_t)rand_r(&seed) % 12, lb = (size_t)rand_r(&seed) % 12;
        for (size_t i = 0; i < la; i++)
            a[i] = (char)('a' + rand_r(&seed) % 3);
        for (size_t i = 0; i < lb; i++)
            b[i] = (char)('a' + rand_r(&seed) % 3);
        a[la] = b[lb] = '\0';
        size_t cap = (size_t)rand_r(&seed) % 5, want = plain_distance(a, b);
        size_t got = dg_edit_distance(a, b, cap);
        ck_assert_msg(want > cap ? got > cap : got == want, "%s %s cap %zu: %zu, not %zu", a, b,
                      cap, got, want);
    }
}
END_TEST

/* ---- 4: standard input is protected like a named input ---- */

START_TEST(stdin_file_is_protected)
{
    char *dir = tmpdir(), path[128];
    snprintf(path, sizeof path, "%s/data.yaml", dir);
    put_file(path, "countries: {}\n");
    int fd = open(path, O_RDONLY);
    ck_assert_int_ge(fd, 0);
    ck_assert_int_eq(dup2(fd, 0), 0); /* `dipgraph export -o data.yaml - < data.yaml` */
    const char *inputs[] = {"-"};
    dg_error err = {0};
    ck_assert_int_eq(dg_write_output(path, "{}", 2, inputs, 1, &err), DG_EUSAGE);
    ck_assert_msg(strstr(err.msg, "refusing to overwrite the input file"), "%s", err.msg);
    ck_assert_str_eq(get_file(path), "countries: {}\n");
    /* Another file is fine, and a pipe on standard input protects nothing. */
    char other[160];
    snprintf(other, sizeof other, "%s/out.json", dir);
    ck_assert_int_eq(dg_write_output(other, "{}", 2, inputs, 1, &err), DG_OK);
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    ck_assert_int_eq(dup2(p[0], 0), 0);
    ck_assert_int_eq(dg_write_output(path, "{}", 2, inputs, 1, &err), DG_OK);
}
END_TEST

/* ---- 5: descriptors, devices and FIFOs are written, never replaced ---- */

/* fd 1 on a regular file (as `> out.txt` leaves it), then -o path. */
static void write_through_stdout(const char *dir, const char *path)
{
    char out[160];
    snprintf(out, sizeof out, "%s/stdout.txt", dir);
    int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ck_assert_int_ge(fd, 0);
    fflush(stdout);
    int saved = dup(1);
    ck_assert_int_eq(dup2(fd, 1), 1);
    dg_error err = {0};
    dg_status st = dg_write_output(path, "drawn\n", 6, NULL, 0, &err);
    dup2(saved, 1);
    ck_assert_msg(st == DG_OK, "%s: %s", path, err.msg);
    ck_assert_str_eq(get_file(out), "drawn\n");
    no_temps(dir);
}

START_TEST(symlink_to_stdout_is_written_through)
{
    /* What /dev/stdout is, in a folder of our own: replacing it is what
     * the old code did (and, as root, to /dev/stdout itself). */
    char *dir = tmpdir(), link[160], chain[160];
    snprintf(link, sizeof link, "%s/out", dir);
    ck_assert_int_eq(symlink("/proc/self/fd/1", link), 0);
    write_through_stdout(dir, link);
    struct stat st;
    ck_assert_int_eq(lstat(link, &st), 0);
    ck_assert_msg(S_ISLNK(st.st_mode), "the symlink was replaced");
    /* A relative symlink to that symlink. */
    snprintf(chain, sizeof chain, "%s/chain", dir);
    ck_assert_int_eq(symlink("out", chain), 0);
    write_through_stdout(dir, chain);
    ck_assert_int_eq(lstat(chain, &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
}
END_TEST

START_TEST(descriptor_paths_are_written_through)
{
    char *dir = tmpdir();
    write_through_stdout(dir, "/dev/stdout");
    write_through_stdout(dir, "/proc/self/fd/1");
    write_through_stdout(dir, "/dev/fd/1");
    write_through_stdout(dir, "/proc/thread-self/fd/1");
    struct stat st;
    ck_assert_int_eq(lstat("/dev/stdout", &st), 0);
    ck_assert(S_ISLNK(st.st_mode));
    /* Another descriptor, appended to as its redirection says. */
    char out[160], name[64];
    snprintf(out, sizeof out, "%s/fd7.txt", dir);
    put_file(out, "kept\n");
    int fd = open(out, O_WRONLY | O_APPEND);
    ck_assert_int_ge(fd, 0);
    snprintf(name, sizeof name, "/proc/%ld/fd/%d", (long)getpid(), fd);
    dg_error err = {0};
    ck_assert_int_eq(dg_write_output(name, "more\n", 5, NULL, 0, &err), DG_OK);
    ck_assert_str_eq(get_file(out), "kept\nmore\n");
    close(fd);
    /* A closed descriptor is a write failure, not a file created. */
    ck_assert_int_eq(dg_write_output(name, "x", 1, NULL, 0, &err), DG_EOUTPUT);
    ck_assert_str_eq(get_file(out), "kept\nmore\n");
}
END_TEST

START_TEST(devices_and_fifos_are_written_through)
{
    char *dir = tmpdir(), fifo[160];
    dg_error err = {0};
    ck_assert_int_eq(dg_write_output("/dev/null", "x", 1, NULL, 0, &err), DG_OK);
    struct stat st;
    ck_assert_int_eq(stat("/dev/null", &st), 0);
    ck_assert(S_ISCHR(st.st_mode));
    ck_assert_int_eq(dg_write_output("/dev/full", "x", 1, NULL, 0, &err), DG_EOUTPUT);
    snprintf(fifo, sizeof fifo, "%s/fifo", dir);
    ck_assert_int_eq(mkfifo(fifo, 0600), 0);
    int r = open(fifo, O_RDWR); /* a reader, so that the writer's open does not wait */
    ck_assert_int_ge(r, 0);
    ck_assert_int_eq(dg_write_output(fifo, "through\n", 8, NULL, 0, &err), DG_OK);
    char buf[16] = {0};
    ck_assert_int_eq(read(r, buf, sizeof buf - 1), 8);
    ck_assert_str_eq(buf, "through\n");
    ck_assert_int_eq(lstat(fifo, &st), 0);
    ck_assert(S_ISFIFO(st.st_mode));
    close(r);
    no_temps(dir);
}
END_TEST

/* ---- 6: a set of outputs is written all or none ---- */

START_TEST(outset_all_or_nothing)
{
    char *dir = tmpdir(), a[160], b[160], c[160];
    snprintf(a, sizeof a, "%s/a.csv", dir);
    snprintf(b, sizeof b, "%s/b.csv", dir);
    snprintf(c, sizeof c, "%s/c.csv", dir);
    put_file(a, "old a\n");
    ck_assert_int_eq(mkdir(b, 0755), 0); /* b cannot be written */
    dg_error err = {0};
    dg_outset *s = dg_outset_new(NULL, 0);
    ck_assert_int_eq(dg_output_stage(s, a, "new a\n", 6, &err), DG_OK);
    ck_assert_int_eq(dg_output_stage(s, c, "new c\n", 6, &err), DG_OK);
    ck_assert_int_eq(dg_output_stage(s, b, "new b\n", 6, &err), DG_EOUTPUT);
    ck_assert_msg(strstr(err.msg, "is a directory"), "%s", err.msg);
    dg_output_abort(s);
    ck_assert_str_eq(get_file(a), "old a\n"); /* nothing replaced */
    ck_assert_ptr_null(get_file(c));
    no_temps(dir);
    /* Without the obstacle, every one is written. */
    ck_assert_int_eq(rmdir(b), 0);
    ck_assert_int_eq(dg_output_stage(s, a, "new a\n", 6, &err), DG_OK);
    ck_assert_int_eq(dg_output_stage(s, b, "new b\n", 6, &err), DG_OK);
    ck_assert_str_eq(get_file(a), "old a\n"); /* staged, not yet renamed */
    ck_assert_int_eq(dg_output_stage(s, b, "again", 5, &err), DG_EUSAGE); /* named twice */
    ck_assert_int_eq(dg_output_commit(s, &err), DG_OK);
    ck_assert_str_eq(get_file(a), "new a\n");
    ck_assert_str_eq(get_file(b), "new b\n");
    no_temps(dir);
    /* Freeing a set aborts what is staged. */
    ck_assert_int_eq(dg_output_stage(s, c, "new c\n", 6, &err), DG_OK);
    dg_outset_free(s);
    ck_assert_ptr_null(get_file(c));
    no_temps(dir);
}
END_TEST

START_TEST(outset_protects_inputs)
{
    char *dir = tmpdir(), in[160], out[160];
    snprintf(in, sizeof in, "%s/in.yaml", dir);
    snprintf(out, sizeof out, "%s/out.csv", dir);
    put_file(in, "x\n");
    const char *inputs[] = {in};
    dg_outset *s = dg_outset_new(inputs, 1);
    dg_error err = {0};
    ck_assert_int_eq(dg_output_stage(s, out, "o", 1, &err), DG_OK);
    ck_assert_int_eq(dg_output_stage(s, in, "o", 1, &err), DG_EUSAGE);
    ck_assert_int_eq(dg_output_stage(s, "/dev/null", "o", 1, &err), DG_EUSAGE);
    dg_outset_free(s);
    ck_assert_str_eq(get_file(in), "x\n");
    ck_assert_ptr_null(get_file(out));
    no_temps(dir);
}
END_TEST

/* ---- 7: names up to NAME_MAX ---- */

START_TEST(long_output_names)
{
    char *dir = tmpdir(), path[512];
    for (size_t len = 245; len <= 255; len += 5) {
        int n = snprintf(path, sizeof path, "%s/", dir);
        memset(path + n, 'n', len - 4);
        memcpy(path + n + len - 4, ".svg", 5);
        dg_error err = {0};
        ck_assert_msg(dg_write_output(path, "<svg/>", 6, NULL, 0, &err) == DG_OK, "%zu: %s",
                      len, err.msg);
        ck_assert_str_eq(get_file(path), "<svg/>");
        /* Replacing it takes a temporary name too. */
        ck_assert_int_eq(dg_write_output(path, "<svg></svg>", 11, NULL, 0, &err), DG_OK);
        ck_assert_str_eq(get_file(path), "<svg></svg>");
    }
    no_temps(dir);
}
END_TEST

/* ---- 8: signals leave no temporary file ---- */

static void on_signal(int sig)
{
    dg_output_cleanup_on_signal();
    signal(sig, SIG_DFL);
    raise(sig);
}

/* Run body in a child with the handler for sig, wait until it says (on a
 * pipe, or on the hold FIFO) that files are staged, send sig, and check
 * that it died of it. */
static void interrupt_child(int sig, void (*body)(const char *dir, int ready), const char *dir)
{
    int p[2];
    ck_assert_int_eq(pipe(p), 0);
    pid_t pid = fork();
    ck_assert_int_ge(pid, 0);
    if (pid == 0) {
        close(p[0]);
        struct sigaction sa = {0};
        sa.sa_handler = on_signal;
        sigaction(sig, &sa, NULL);
        body(dir, p[1]);
        _exit(0);
    }
    close(p[1]);
    char buf[8];
    ck_assert_int_eq(read(p[0], buf, 7), 7); /* "staged\n" */
    close(p[0]);
    ck_assert_int_eq(kill(pid, sig), 0);
    int status;
    ck_assert_int_eq(waitpid(pid, &status, 0), pid);
    ck_assert_msg(WIFSIGNALED(status) && WTERMSIG(status) == sig, "status %#x", status);
}

static void stage_two_and_wait(const char *dir, int ready)
{
    char a[160], b[160];
    snprintf(a, sizeof a, "%s/a.csv", dir);
    snprintf(b, sizeof b, "%s/b.csv", dir);
    dg_outset *s = dg_outset_new(NULL, 0);
    if (dg_output_stage(s, a, "a", 1, NULL) || dg_output_stage(s, b, "b", 1, NULL))
        _exit(1);
    if (write(ready, "staged\n", 7) != 7)
        _exit(1);
    for (;;)
        pause();
}

START_TEST(signal_removes_staged_files)
{
    int sigs[] = {SIGINT, SIGTERM, SIGHUP};
    for (int i = 0; i < 3; i++) {
        char *dir = tmpdir();
        interrupt_child(sigs[i], stage_two_and_wait, dir);
        int temps;
        ck_assert_int_eq(entries(dir, &temps), 0);
    }
}
END_TEST

/* dg_write_output itself, held by the test hook once its file is staged. */
static void write_held(const char *dir, int ready)
{
    char fifo[160], out[160];
    snprintf(fifo, sizeof fifo, "/dev/fd/%d", ready);
    snprintf(out, sizeof out, "%s/out.svg", dir);
    setenv("DIPGRAPH_TEST_HOLD_OUTPUT", fifo, 1);
    dg_write_output(out, "new", 3, NULL, 0, NULL);
    _exit(0); /* not reached: the hold waits for the signal */
}

START_TEST(signal_during_write_keeps_old_file)
{
    char *dir = tmpdir(), out[160];
    snprintf(out, sizeof out, "%s/out.svg", dir);
    put_file(out, "old");
    interrupt_child(SIGTERM, write_held, dir);
    ck_assert_str_eq(get_file(out), "old");
    int temps;
    ck_assert_int_eq(entries(dir, &temps), 1);
}
END_TEST

/* ---- CSV cells that a spreadsheet would run ---- */

static char *csv_table(const dg_model *m, const char *table, bool raw)
{
    dg_export_opts o = {.format = "csv", .table = table, .csv_raw = raw};
    dg_buf b = {0};
    dg_error err = {0};
    ck_assert_msg(dg_export(m, &o, &b, &err) == DG_OK, "%s", err.msg);
    return b.data;
}

static const char hostile_cells[] =
    "countries:\n"
    "  XK: {name: \"=HYPERLINK(\\\"http://evil\\\")\", capital: \"+1+2\",\n"
    "       note: \"@SUM(A1)\", since: 2008-02-17~}\n"
    "  XA: {name: \"-2+3\", capital: \"\\tTab\", note: \"plain - text\"}\n"
    "events:\n"
    "  - {date: 2000, kind: visit, title: \"=cmd|' /C calc'!A0\", actors: [XK, XA]}\n"
    "relations:\n"
    "  - {between: [XK, XA], border_km: 12.5, note: \"-x\"}\n";

START_TEST(csv_formulas_neutralised)
{
    dg_model *m = tu_load_str(hostile_cells);
    ck_assert_uint_eq(dg_model_error_count(m), 0);
    char *c = csv_table(m, "countries", false);
    /* a date is four cells: EDTF, first day, last day, year */
    ck_assert_msg(strstr(c, "XA,'-2+3,,'\tTab,false,false,true,,,,,,,,,plain - text,\r\n"), "%s",
                  c);
    ck_assert_msg(strstr(c, "XK,\"'=HYPERLINK(\"\"http://evil\"\")\",,'+1+2,false,false,true,"
                            "2008-02-17~,2008-02-17,2008-02-17,2008,,,,,'@SUM(A1),\r\n"),
                  "%s", c);
    free(c);
    c = csv_table(m, "events", false);
    ck_assert_msg(strstr(c, "2000,2000-01-01,2000-12-31,2000,,,,,visit,'=cmd|' /C calc'!A0,"
                            "XK XA,,\r\n"), "%s", c);
    free(c);
    c = csv_table(m, "relations", false); /* numbers and dates as they are */
    ck_assert_msg(strstr(c, "XA,XK,active,,,,,,,,,,,,,12.5,'-x,\r\n"), "%s", c);
    free(c);
    /* csv_raw: the text as it is. */
    c = csv_table(m, "countries", true);
    ck_assert_msg(strstr(c, "XA,-2+3,,\tTab,") && strstr(c, ",+1+2,") && strstr(c, ",@SUM(A1),"),
                  "%s", c);
    free(c);
    c = csv_table(m, "events", true);
    ck_assert_msg(strstr(c, ",=cmd|' /C calc'!A0,"), "%s", c);
    free(c);
    dg_model_free(m);
}
END_TEST

/* ---- -G/-N/-E: no attribute that defeats the SVG guarantee ---- */

static dg_status check1(char kind, const char *name, const char *value, dg_error *err)
{
    dg_attr a = {kind, name, value};
    return dg_gv_check_attrs(&a, 1, err);
}

START_TEST(attributes_refused)
{
    static const char *const refused[] = {"URL", "href", "target", "id", "class", "stylesheet",
        "imagepath", "image", "shapefile", "fontpath", "labelURL", "labelhref", "headURL",
        "headhref", "tailURL", "tailhref", "edgeURL", "edgehref", NULL};
    dg_error err = {0};
    for (size_t i = 0; refused[i]; i++) {
        ck_assert_int_eq(check1('N', refused[i], "https://example.org/", &err), DG_EUSAGE);
        char want[64];
        snprintf(want, sizeof want, "attribute %s ", refused[i]);
        ck_assert_msg(!strncmp(err.msg, want, strlen(want)), "%s", err.msg);
        ck_assert(!dg_gv_attr_allowed(refused[i]));
    }
    /* Outside the allow-list: refused, named as an attribute. */
    ck_assert_int_eq(check1('G', "label", "x", &err), DG_EUSAGE);
    ck_assert_str_eq(err.msg, "attribute label is not one of the layout and style attributes "
                              "allowed (docs/cli.md, \"Security\")");
    ck_assert_int_eq(check1('N', "url", "x", &err), DG_EUSAGE);
    /* fontname is written unescaped: a plain name only. */
    ck_assert_int_eq(check1('N', "fontname", "\"><script>alert(1)</script>", &err), DG_EUSAGE);
    ck_assert_msg(!strncmp(err.msg, "attribute fontname: ", 20), "%s", err.msg);
    ck_assert_int_eq(check1('N', "fontname", "Times", &err), DG_OK);
    ck_assert_int_eq(check1('N', "fontname", "DejaVu Sans Mono, Bold", &err), DG_OK);
    /* A URL of another scheme, in any attribute; colour lists and ports are no URLs. */
    ck_assert_int_eq(check1('E', "color", "javascript:alert(1)", &err), DG_EUSAGE);
    ck_assert_int_eq(check1('E', "style", " data:text/html,x", &err), DG_EUSAGE);
    ck_assert_int_eq(check1('G', "bgcolor", "ftp://x/y", &err), DG_EUSAGE);
    ck_assert_int_eq(check1('E', "color", "red:blue", &err), DG_OK);
    ck_assert_int_eq(check1('E', "headport", "p1:ne", &err), DG_OK);
    ck_assert_int_eq(check1('G', "bgcolor", "https://x/y", &err), DG_OK);
    /* The list is checked as a whole, and empty is fine. */
    dg_attr two[] = {{'G', "splines", "true"}, {'N', "image", "/etc/passwd"}};
    ck_assert_int_eq(dg_gv_check_attrs(two, 2, &err), DG_EUSAGE);
    ck_assert_int_eq(dg_gv_check_attrs(two, 1, &err), DG_OK);
    ck_assert_int_eq(dg_gv_check_attrs(NULL, 0, &err), DG_OK);
}
END_TEST

START_TEST(render_checks_attributes_first)
{
    dg_model *m = tu_load_str("countries:\n  XK: {name: Kosovo}\n"
                              "relations:\n  - {between: [XK, BY]}\n");
    static const char *const bad[][2] = {{"fontname", "\"><script>x</script>"},
        {"href", "javascript:alert(1)"}, {"URL", "javascript:alert(1)"},
        {"stylesheet", "x.css"}, {"image", "/etc/passwd"}};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        dg_attr a = {'N', bad[i][0], bad[i][1]};
        dg_render_opts o = {.format = "svg", .n_attrs = 1, .attrs = &a};
        dg_buf b = {0};
        dg_error err = {0};
        ck_assert_int_eq(dg_render(m, &o, &b, &err), DG_EUSAGE);
        ck_assert_ptr_null(b.data);
        ck_assert_msg(strstr(err.msg, bad[i][0]), "%s", err.msg);
    }
    dg_attr ok[] = {{'N', "fontname", "Times"}, {'G', "bgcolor", "lightyellow"}};
    dg_render_opts o = {.view = "relations", .format = "svg", .n_attrs = 2, .attrs = ok};
    dg_buf b = {0};
    dg_error err = {0};
    ck_assert_msg(dg_render(m, &o, &b, &err) == DG_OK, "%s", err.msg);
    ck_assert(strstr(b.data, "font-family=\"Times"));
    dg_buf_free(&b);
    dg_model_free(m);
}
END_TEST

START_TEST(unknown_renderer_is_usage)
{
    dg_model *m = tu_load_str("countries:\n  XK: {name: Kosovo}\n");
    dg_render_opts r = {.format = "svg:bogus"};
    dg_timeline_opts t = {.format = "svg:bogus"};
    dg_buf b = {0};
    dg_error err = {0};
    ck_assert_int_eq(dg_render(m, &r, &b, &err), DG_EUSAGE);
    ck_assert_int_eq(dg_timeline(m, &t, &b, &err), DG_EUSAGE);
    r.format = t.format = "svg:cairo";
    ck_assert_msg(dg_render(m, &r, &b, &err) == DG_OK, "%s", err.msg);
    dg_buf_free(&b);
    ck_assert_msg(dg_timeline(m, &t, &b, &err) == DG_OK, "%s", err.msg);
    dg_buf_free(&b);
    dg_model_free(m);
}
END_TEST

static Suite *reliability_suite(void)
{
    Suite *s = suite_create("reliability");
    TCase *work = tcase_create("work");
    /* The bounds are counted; the timeout only stops a run that would
     * take minutes if they did not hold. */
    tcase_set_timeout(work, 120);
    tcase_add_test(work, alias_lookup_independent_of_anchors);
    tcase_add_test(work, alias_semantics_kept);
    tcase_add_test(work, suggestions_bounded);
    tcase_add_test(work, suggestions_still_made);
    tcase_add_test(work, edit_distance_banded_exact);
    suite_add_tcase(s, work);
    TCase *out = tcase_create("output");
    tcase_set_timeout(out, 60);
    tcase_add_test(out, stdin_file_is_protected);
    tcase_add_test(out, symlink_to_stdout_is_written_through);
    tcase_add_test(out, descriptor_paths_are_written_through);
    tcase_add_test(out, devices_and_fifos_are_written_through);
    tcase_add_test(out, outset_all_or_nothing);
    tcase_add_test(out, outset_protects_inputs);
    tcase_add_test(out, long_output_names);
    tcase_add_test(out, signal_removes_staged_files);
    tcase_add_test(out, signal_during_write_keeps_old_file);
    suite_add_tcase(s, out);
    TCase *text = tcase_create("untrusted text");
    tcase_set_timeout(text, 60);
    tcase_add_test(text, csv_formulas_neutralised);
    tcase_add_test(text, attributes_refused);
    tcase_add_test(text, render_checks_attributes_first);
    tcase_add_test(text, unknown_renderer_is_usage);
    suite_add_tcase(s, text);
    return s;
}

int main(void)
{
    SRunner *sr = srunner_create(reliability_suite());
    srunner_run_all(sr, CK_NORMAL);
    int failed = srunner_ntests_failed(sr);
    srunner_free(sr);
    return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
