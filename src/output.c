/* output.c — writing an output file whole or not at all.
 *
 * libgvc calls exit(1) when it fails to write, so nothing renders straight
 * to a file: renderers fill memory, and this writes it to a temporary file
 * beside the target, syncs, and renames it over the target. */
#include "internal.h"

#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

static bool same_file(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

static dg_status write_all(int fd, const char *p, size_t len)
{
    while (len) {
        ssize_t n = write(fd, p, len);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return DG_EOUTPUT;
        p += n;
        len -= (size_t)n;
    }
    return DG_OK;
}

static dg_status write_stdout(const void *data, size_t len, dg_error *err)
{
    if ((len && fwrite(data, 1, len, stdout) != len) || fflush(stdout) != 0 || ferror(stdout))
        return dg_error_set(err, DG_EOUTPUT, "cannot write to standard output: %s",
                            strerror(errno ? errno : EIO));
    return DG_OK;
}

/* Character devices (/dev/null, /dev/full, a terminal) cannot be replaced
 * by a rename: write to them directly. */
static dg_status write_device(const char *path, const void *data, size_t len, dg_error *err)
{
    int fd = open(path, O_WRONLY | O_TRUNC);
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

static dg_status write_temp_rename(const char *path, const void *data, size_t len, dg_error *err)
{
    size_t n = strlen(path) + 32;
    char *tmp = dg_xmalloc(n);
    snprintf(tmp, n, "%s.tmp-XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        dg_status st = dg_error_set(err, DG_EOUTPUT, "cannot create a file beside %s: %s", path,
                                    strerror(errno));
        free(tmp);
        return st;
    }
    /* mkstemp makes the file 0600: give it the mode a plain fopen would
     * (0666 less the umask), or keep the mode of the file it replaces. */
    struct stat old;
    mode_t mask = umask(0);
    umask(mask);
    mode_t mode = stat(path, &old) == 0 ? (old.st_mode & 07777) : (0666 & ~mask);
    dg_status st = write_all(fd, data, len);
    int saved = errno;
    if (st == DG_OK && (fchmod(fd, mode) != 0 || fsync(fd) != 0))
        st = DG_EOUTPUT, saved = errno;
    if (close(fd) != 0 && st == DG_OK)
        st = DG_EOUTPUT, saved = errno;
    if (st == DG_OK && rename(tmp, path) != 0)
        st = DG_EOUTPUT, saved = errno;
    if (st != DG_OK) {
        unlink(tmp);
        dg_error_set(err, DG_EOUTPUT, "cannot write %s: %s", path, strerror(saved));
    }
    free(tmp);
    return st;
}

dg_status dg_write_output(const char *path, const void *data, size_t len,
                          const char *const *inputs, size_t n_inputs, dg_error *err)
{
    if (!path || !strcmp(path, "-"))
        return write_stdout(data, len, err);
    for (size_t i = 0; i < n_inputs; i++)
        if (strcmp(inputs[i], "-") && same_file(path, inputs[i]))
            return dg_error_set(err, DG_EUSAGE, "refusing to overwrite the input file %s", path);
    struct stat st;
    if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return dg_error_set(err, DG_EOUTPUT, "%s is a directory", path);
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode))
        return write_device(path, data, len, err);
    return write_temp_rename(path, data, len, err);
}
