/* hooks.c — the two ways the library reaches its caller other than by
 * return values: the message handler (warnings from Graphviz) and the
 * out-of-memory handler.  The library itself never prints and never
 * exits; these are process-wide settings, like Graphviz's own. */
#include "internal.h"

#include <stdarg.h>
#include <stdio.h>

static dg_message_fn message_fn;
static void *message_user;
static dg_oom_fn oom_fn;

void dg_set_message_handler(dg_message_fn fn, void *user)
{
    message_fn = fn;
    message_user = user;
}

void dg_message(dg_severity sev, const char *fmt, ...)
{
    if (!message_fn)
        return; /* nobody listens: the message is dropped, as documented */
    char text[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    message_fn(sev, text, message_user);
}

void dg_set_oom_handler(dg_oom_fn fn)
{
    oom_fn = fn;
}

/* Out of memory is the one failure the library does not turn into a value:
 * a model half built, or a graph half drawn, would be worse than stopping.
 * The handler may report and exit, or longjmp out; if it returns, abort. */
void dg_oom(size_t size)
{
    if (oom_fn)
        oom_fn(size);
    abort();
}

/* Where `cmake --install` put the bundled data set: fixed at build time,
 * like the prefix itself. */
const char *dg_data_dir(void)
{
#ifdef DG_INSTALL_DATADIR
    return DG_INSTALL_DATADIR;
#else
    return NULL;
#endif
}
