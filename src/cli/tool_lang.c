/* tool_lang.c — --names and --lang, and the language the environment asks
 * for when --lang is absent (docs/cli.md, "Names and language"). */
#include "tool.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* The translations beside the program: <bin>/locale in a build tree,
 * <bin>/../share/locale once installed (wherever the prefix moved), ahead
 * of the folder the library was built for.  Before the first look-up. */
static void locale_dir_once(void)
{
    static bool done;
    if (done)
        return;
    done = true;
    char *bin = tool_exe_dir();
    if (!bin)
        return;
    const char *tries[] = {"%s/locale", "%s/../share/locale"};
    for (size_t i = 0; i < sizeof tries / sizeof tries[0]; i++) {
        size_t n = strlen(bin) + 32;
        char *dir = malloc(n);
        struct stat st;
        if (!dir)
            tool_oom();
        snprintf(dir, n, tries[i], bin);
        bool found = stat(dir, &st) == 0 && S_ISDIR(st.st_mode);
        if (found)
            dg_tr_set_locale_dir(dir);
        free(dir);
        if (found)
            break;
    }
    free(bin);
}

dg_status tool_names_set(const tool_arg *a, tool_names *n)
{
    locale_dir_once();
    if (a->opt->id == OPT_NAMES) {
        int s = dg_name_style_lookup(a->value);
        if (s < 0)
            return tool_usage_error(a->cmd->name,
                                    "--names must be common, iso or official, not '%s'", a->value);
        n->style = (dg_name_style)s;
        return DG_OK;
    }
    if (!dg_lang_syntax_ok(a->value))
        return tool_usage_error(a->cmd->name,
                                "--lang '%s' is not a language (ru, be, pt_BR, en, ...)", a->value);
    /* A language without any translation is no error (gettext's way): the
     * figure is in English, and the user is told why. */
    if (!dg_lang_resolve(a->value) && !dg_names_lang_known(a->value)) /* neither kind, nor English */
        fprintf(stderr, "dipgraph %s: warning: no translations for --lang '%s'; names and "
                        "words are in English\n", a->cmd->name, a->value);
    n->lang = a->value;
    return DG_OK;
}

const char *tool_lang(const tool_names *n)
{
    if (n->lang)
        return n->lang;
    static const char *const vars[] = {"LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"};
    for (size_t i = 0; i < sizeof vars / sizeof vars[0]; i++) {
        const char *v = getenv(vars[i]);
        if (v && *v)
            return dg_lang_syntax_ok(v) ? v : NULL;
    }
    return NULL;
}

const char *tool_names_apply(dg_model *m, const tool_names *n)
{
    locale_dir_once();
    const char *lang = tool_lang(n);
    dg_model_set_names(m, n->style, lang);
    return lang;
}
