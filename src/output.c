/* output.c — writing outputs whole or not at all.
 *
 * libgvc calls exit(1) when it fails to write, so nothing renders straight
 * to a file: renderers fill memory, and this writes it.  A regular file is
 * written to a temporary file beside it, synced, and renamed over it.  The
 * temporary name is ".dg-XXXXXX" in the target's folder, not the target's
 * name plus a suffix, so that it fits NAME_MAX however long the target's
 * name is.  A set of files (dg_outset) is staged — every temporary file
 * written and synced — before the first is renamed.  What a rename cannot
 * replace — a device, a FIFO, a descriptor named as /dev/stdout or
 * /proc/self/fd/N — is written directly: renaming over /dev/stdout would
 * replace the symlink, not write to standard output.
 *
 * A signal must not leave temporary files behind.  Their paths sit in a
 * fixed table with a lock-free state per slot, which the async-signal-safe
 * dg_output_cleanup_on_signal reads from the caller's signal handler.
 * SIGINT, SIGTERM and SIGHUP are blocked while a temporary file is created
 * (until its slot says so) and while a set is renamed (so that a set is
 * not left half renamed). */
#define _XOPEN_SOURCE 700 /* realpath */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdatomic.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- the table of live temporary files ---- */

#define SLOTS 64 /* temporary files at once; a set may stage up to this many */
enum { SLOT_FREE, SLOT_FILLING, SLOT_LIVE };
_Static_assert(ATOMIC_INT_LOCK_FREE == 2, "a signal handler may only read lock-free atomics");
static atomic_int slot_state[SLOTS];
/* Set while a slot is FILLING; read by the handler only while LIVE. */
static char *slot_path[SLOTS];

void dg_output_cleanup_on_signal(void)
{
    int saved = errno; /* the interrupted code may be about to read it */
    for (size_t i = 0; i < SLOTS; i++)
        if (atomic_load(&slot_state[i]) == SLOT_LIVE)
            unlink(slot_path[i]);
    errno = saved;
}

static int slot_claim(void)
{
    for (int i = 0; i < SLOTS; i++) {
        int expect = SLOT_FREE;
        if (atomic_compare_exchange_strong(&slot_state[i], &expect, SLOT_FILLING))
            return i;
    }
    return -1;
}

/* The slot is no longer the handler's business; then its path goes. */
static void slot_release(int i)
{
    atomic_store(&slot_state[i], SLOT_FREE);
    free(slot_path[i]);
    slot_path[i] = NULL;
}

static void block_signals(sigset_t *old)
{
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    sigprocmask(SIG_BLOCK, &set, old);
}

static void restore_signals(const sigset_t *old)
{
    sigprocmask(SIG_SETMASK, old, NULL);
}

/* ---- plain writes ---- */

static dg_status write_all(int fd, const char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return DG_EOUTPUT;
        }
        p += n;
        len -= (size_t)n;
    }
    return DG_OK;
}

static dg_status write_stdout(const void *data, size_t len, dg_error *err)
{
    errno = 0;
    if ((len && fwrite(data, 1, len, stdout) != len) || fflush(stdout) != 0 || ferror(stdout))
        return dg_error_set(err, DG_EOUTPUT, "cannot write to standard output: %s",
                            strerror(errno ? errno : EIO));
    return DG_OK;
}

/* A descriptor named by path (/dev/stdout, /proc/self/fd/3): written where
 * it stands, as the shell's redirection left it (truncated, appending). */
static dg_status write_fd(const char *path, int fd, const void *data, size_t len, dg_error *err)
{
    if (fd == 1)
        return write_stdout(data, len, err);
    if (fd == 2)
        fflush(stderr);
    if (write_all(fd, data, len) != DG_OK)
        return dg_error_set(err, DG_EOUTPUT, "cannot write %s: %s", path, strerror(errno));
    return DG_OK;
}

/* Character devices (/dev/null, a terminal) and FIFOs cannot be replaced
 * by a rename: open and write them. */
static dg_status write_device(const char *path, const void *data, size_t len, dg_error *err)
{
    int fd = open(path, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC);
    if (fd < 0)
        return dg_error_set(err, DG_EOUTPUT, "cannot open %s: %s", path, strerror(errno));
    dg_status st = write_all(fd, data, len);
    int saved = errno;
    if (close(fd) != 0 && st == DG_OK)
        st = DG_EOUTPUT, saved = errno;
    if (st != DG_OK)
        return dg_error_set(err, DG_EOUTPUT, "cannot write %s: %s", path, strerror(saved));
    return DG_OK;
}

/* ---- paths that name a descriptor ---- */

/* "N" (digits only, a plausible descriptor) as a number, else -1. */
static int fd_number(const char *s)
{
    long n = 0;
    if (!*s)
        return -1;
    for (; *s; s++) {
        if (*s < '0' || *s > '9' || n > 1000000)
            return -1;
        n = n * 10 + (*s - '0');
    }
    return (int)n;
}

/* The descriptor a path spelled as one names, else -1: /dev/stdout,
 * /dev/stderr, /dev/stdin, /dev/fd/N, /proc/self/fd/N,
 * /proc/thread-self/fd/N, /proc/PID/fd/N, /proc/PID/task/TID/fd/N with our
 * own PID.  Spelled, not resolved: /proc may be missing, and then the
 * symlink /dev/stdout leads nowhere but must still not be replaced. */
static int fd_spelled(const char *p)
{
    static const char *const std[] = {"/dev/stdin", "/dev/stdout", "/dev/stderr"};
    for (int i = 0; i < 3; i++)
        if (!strcmp(p, std[i]))
            return i;
    if (!strncmp(p, "/dev/fd/", 8))
        return fd_number(p + 8);
    if (strncmp(p, "/proc/", 6))
        return -1;
    p += 6;
    char pid[32];
    snprintf(pid, sizeof pid, "%ld/", (long)getpid());
    if (!strncmp(p, "self/", 5) || !strncmp(p, "thread-self/", 12))
        p = strchr(p, '/') + 1;
    else if (!strncmp(p, pid, strlen(pid)))
        p += strlen(pid);
    else
        return -1;
    if (!strncmp(p, "task/", 5)) { /* task/TID/ */
        const char *slash = strchr(p + 5, '/');
        if (!slash)
            return -1;
        p = slash + 1;
    }
    return strncmp(p, "fd/", 3) ? -1 : fd_number(p + 3);
}

/* The folder part of path, with symlinks resolved ("/dev/fd" becomes
 * "/proc/PID/fd"), joined to its last component; NULL if the folder does
 * not resolve.  The caller frees. */
static char *resolve_folder(const char *path)
{
    const char *slash = strrchr(path, '/');
    char *dir = slash ? dg_xstrdup(path) : dg_xstrdup(".");
    if (slash)
        dir[slash == path ? 1 : slash - path] = '\0';
    char *real = realpath(dir, NULL);
    free(dir);
    if (!real)
        return NULL;
    const char *base = slash ? slash + 1 : path;
    size_t n = strlen(real) + strlen(base) + 2;
    char *out = dg_xmalloc(n);
    snprintf(out, n, "%s/%s", real, base);
    free(real);
    return out;
}

/* The descriptor path leads to, following symlinks one at a time (at most
 * 40, as the kernel does), else -1. */
static int fd_path(const char *path)
{
    char *cur = dg_xstrdup(path);
    int fd = -1;
    for (int hop = 0; hop < 40 && fd < 0 && cur; hop++) {
        fd = fd_spelled(cur);
        char *full = fd < 0 ? resolve_folder(cur) : NULL;
        if (full)
            fd = fd_spelled(full);
        char link[PATH_MAX];
        ssize_t n = full && fd < 0 ? readlink(full, link, sizeof link - 1) : -1;
        free(cur);
        cur = NULL;
        if (n > 0) {
            link[n] = '\0';
            if (link[0] == '/') {
                cur = dg_xstrdup(link);
            } else { /* relative to the link's folder */
                size_t dir = (size_t)(strrchr(full, '/') - full) + 1, size = dir + (size_t)n + 1;
                cur = dg_xmalloc(size);
                snprintf(cur, size, "%.*s%s", (int)dir, full, link);
            }
        }
        free(full);
    }
    free(cur);
    return fd;
}

/* ---- inputs ---- */

typedef struct file_id {
    dev_t dev;
    ino_t ino;
} file_id;

/* The device and inode of each input that is a file; "-" is standard
 * input, protected when it is a regular file (`- < data.yaml`). */
static size_t input_ids(const char *const *inputs, size_t n, file_id **out)
{
    *out = dg_xmalloc((n ? n : 1) * sizeof **out);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        struct stat st;
        bool ok = strcmp(inputs[i], "-") ? stat(inputs[i], &st) == 0
                                         : fstat(0, &st) == 0 && S_ISREG(st.st_mode);
        if (ok)
            (*out)[k++] = (file_id){st.st_dev, st.st_ino};
    }
    return k;
}

static bool is_input(const file_id *ids, size_t n, const char *path)
{
    struct stat st;
    if (stat(path, &st) != 0)
        return false;
    for (size_t i = 0; i < n; i++)
        if (ids[i].dev == st.st_dev && ids[i].ino == st.st_ino)
            return true;
    return false;
}

/* ---- temporary files ---- */

/* Six random letters or digits: mkstemp's idea, but the name must be in
 * its slot before the file exists (see make_temp). */
static void random_tail(char *tail)
{
    static const char chars[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static uint64_t state;
    struct timespec ts = {0, 0};
    clock_gettime(CLOCK_REALTIME, &ts);
    state += ((uint64_t)ts.tv_nsec << 20) ^ (uint64_t)ts.tv_sec ^ ((uint64_t)getpid() << 40) ^
             0x9E3779B97F4A7C15ULL;
    for (int i = 0; i < 6; i++) {
        state ^= state << 13; /* xorshift64 */
        state ^= state >> 7;
        state ^= state << 17;
        tail[i] = chars[state % 62];
    }
}

/* Create the temporary file for target in slot; its descriptor or -1 (and
 * errno).  Signals wait while the file exists but its slot is not LIVE,
 * so that the handler never misses it. */
static int make_temp(const char *target, int slot)
{
    const char *slash = strrchr(target, '/');
    size_t dir = slash ? (size_t)(slash - target) + 1 : 0;
    char *tmp = dg_xmalloc(dir + sizeof ".dg-XXXXXX");
    memcpy(tmp, target, dir);
    memcpy(tmp + dir, ".dg-XXXXXX", sizeof ".dg-XXXXXX");
    slot_path[slot] = tmp;
    for (int attempt = 0; attempt < 100; attempt++) {
        random_tail(tmp + dir + 4);
        sigset_t old;
        block_signals(&old);
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        int saved = errno;
        if (fd >= 0)
            atomic_store(&slot_state[slot], SLOT_LIVE);
        restore_signals(&old);
        if (fd >= 0 || saved != EEXIST) {
            errno = saved;
            return fd;
        }
    }
    errno = EEXIST;
    return -1;
}

/* The mode a plain fopen would give (0666 less the umask), or that of the
 * file being replaced. */
static mode_t target_mode(const char *path)
{
    struct stat old;
    mode_t mask = umask(0);
    umask(mask);
    return stat(path, &old) == 0 ? (old.st_mode & 07777) : (0666 & ~mask);
}

/* A test hook: with DIPGRAPH_TEST_HOLD_OUTPUT naming a FIFO, each file
 * just staged is announced on it ("staged\n") and the process waits for a
 * signal, so that tests can interrupt a write at the moment that matters
 * without racing it (tests/cli/cli_reliability.sh, test_reliability.c). */
static void test_hold(const char *fifo)
{
    int fd = open(fifo, O_WRONLY | O_CLOEXEC);
    if (fd < 0)
        return;
    write_all(fd, "staged\n", 7);
    close(fd);
    pause();
}

/* Write data to a new temporary file for path in slot, synced. */
static dg_status write_temp(const char *path, int slot, const void *data, size_t len,
                            dg_error *err)
{
    int fd = make_temp(path, slot);
    if (fd < 0)
        return dg_error_set(err, DG_EOUTPUT, "cannot create a file beside %s: %s", path,
                            strerror(errno));
    dg_status st = write_all(fd, data, len);
    int saved = errno;
    if (st == DG_OK && (fchmod(fd, target_mode(path)) != 0 || fsync(fd) != 0))
        st = DG_EOUTPUT, saved = errno;
    if (close(fd) != 0 && st == DG_OK)
        st = DG_EOUTPUT, saved = errno;
    if (st != DG_OK)
        return dg_error_set(err, DG_EOUTPUT, "cannot write %s: %s", path, strerror(saved));
    if (getenv("DIPGRAPH_TEST_HOLD_OUTPUT"))
        test_hold(getenv("DIPGRAPH_TEST_HOLD_OUTPUT"));
    return DG_OK;
}

/* ---- sets of outputs ---- */

typedef struct staged {
    char *target; /* a copy of the path */
    int slot;     /* its temporary file: slot_path[slot] */
} staged;

struct dg_outset {
    file_id *inputs;
    size_t n_inputs;
    staged *files;
    size_t n, cap;
};

dg_outset *dg_outset_new(const char *const *inputs, size_t n_inputs)
{
    dg_outset *s = dg_xcalloc(1, sizeof *s);
    s->n_inputs = input_ids(inputs, n_inputs, &s->inputs);
    return s;
}

/* Refusals common to every way of writing path. */
static dg_status check_target(const dg_outset *s, const char *path, dg_error *err)
{
    if (is_input(s->inputs, s->n_inputs, path))
        return dg_error_set(err, DG_EUSAGE, "refusing to overwrite the input file %s", path);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return dg_error_set(err, DG_EOUTPUT, "%s is a directory", path);
    return DG_OK;
}

dg_status dg_output_stage(dg_outset *s, const char *path, const void *data, size_t len,
                          dg_error *err)
{
    struct stat st;
    if (!strcmp(path, "-") || fd_path(path) >= 0 || (stat(path, &st) == 0 && !S_ISREG(st.st_mode)
                                                      && !S_ISDIR(st.st_mode)))
        return dg_error_set(err, DG_EUSAGE, "%s is not a regular file: it cannot be written "
                            "all or nothing with other files", path);
    for (size_t i = 0; i < s->n; i++)
        if (!strcmp(s->files[i].target, path))
            return dg_error_set(err, DG_EUSAGE, "%s is named twice", path);
    dg_status rc = check_target(s, path, err);
    if (rc != DG_OK)
        return rc;
    int slot = slot_claim();
    if (slot < 0)
        return dg_error_set(err, DG_EOUTPUT, "cannot write %s: more than %d files at once",
                            path, SLOTS);
    rc = write_temp(path, slot, data, len, err);
    if (rc != DG_OK) {
        if (atomic_load(&slot_state[slot]) == SLOT_LIVE)
            unlink(slot_path[slot]);
        slot_release(slot);
        return rc;
    }
    staged *f = DG_PUSH(s->files, s->n, s->cap);
    f->target = dg_xstrdup(path);
    f->slot = slot;
    return DG_OK;
}

void dg_output_abort(dg_outset *s)
{
    for (size_t i = 0; i < s->n; i++) {
        unlink(slot_path[s->files[i].slot]);
        slot_release(s->files[i].slot);
        free(s->files[i].target);
    }
    s->n = 0;
}

dg_status dg_output_commit(dg_outset *s, dg_error *err)
{
    /* A signal now would leave the set half renamed: it waits until the
     * renames are done, or the temporary files of a failure removed. */
    sigset_t old;
    block_signals(&old);
    dg_status st = DG_OK;
    size_t i = 0;
    for (; i < s->n && st == DG_OK; i++) {
        staged *f = &s->files[i];
        if (rename(slot_path[f->slot], f->target) != 0) {
            st = dg_error_set(err, DG_EOUTPUT, "cannot write %s: %s", f->target,
                              strerror(errno));
            unlink(slot_path[f->slot]);
        }
        slot_release(f->slot);
        free(f->target);
    }
    memmove(s->files, s->files + i, (s->n - i) * sizeof *s->files);
    s->n -= i;
    dg_output_abort(s); /* what a failure left staged */
    restore_signals(&old);
    return st;
}

void dg_outset_free(dg_outset *s)
{
    if (!s)
        return;
    dg_output_abort(s);
    free(s->files);
    free(s->inputs);
    free(s);
}

/* ---- one output ---- */

static dg_status write_one(dg_outset *s, const char *path, const void *data, size_t len,
                           dg_error *err)
{
    int fd = fd_path(path);
    if (fd >= 0)
        return write_fd(path, fd, data, len, err);
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_device(path, data, len, err);
    dg_status rc = dg_output_stage(s, path, data, len, err);
    return rc == DG_OK ? dg_output_commit(s, err) : rc;
}

dg_status dg_write_output(const char *path, const void *data, size_t len,
                          const char *const *inputs, size_t n_inputs, dg_error *err)
{
    if (!path || !strcmp(path, "-"))
        return write_stdout(data, len, err);
    dg_outset *s = dg_outset_new(inputs, n_inputs);
    dg_status st = check_target(s, path, err);
    if (st == DG_OK)
        st = write_one(s, path, data, len, err);
    dg_outset_free(s);
    return st;
}
