/* tool_complete.c — the bash and zsh completions of dipgraph, written from
 * the contract's table (tool_opts.c): the subcommands, each one's options,
 * and what each value is (a file, one of some words, a date ...). */
#include "tool.h"

#include <string.h>

/* s inside single quotes: a quote becomes '\'' (both shells). */
static void quoted(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        fputs(s[i] == '\'' ? "'\\''" : (char[]){s[i], '\0'}, stdout);
}

static void words(const char *const *w, const char *sep)
{
    for (size_t i = 0; w && w[i]; i++)
        printf("%s%s", i ? sep : "", w[i]);
}

/* ---- bash ---- */

/* "-T|--format" as a case pattern. */
static void bash_pattern(const tool_opt *o)
{
    if (o->short_name)
        printf("-%c%s", o->short_name, o->name ? "|" : "");
    if (o->name)
        printf("--%s", o->name);
}

/* What bash offers for the value of o (cur is the word being completed). */
static void bash_value(const tool_opt *o)
{
    printf("        ");
    bash_pattern(o);
    if (o->kind == TOOL_FILE)
        printf(") _dipgraph_files ;;\n");
    else if (o->kind == TOOL_WORD || o->kind == TOOL_WORDS)
        printf(") _dipgraph_%s '", o->kind == TOOL_WORD ? "words" : "list"), words(o->words, " "),
            printf("' ;;\n");
    else /* dates, ids, text: nothing to offer */
        printf(") ;;\n");
}

static void bash_command(const tool_cmd *c)
{
    printf("    %s)\n        case $prev in\n", c->name);
    for (const tool_opt *o = c->opts; o->id; o++)
        if (o->arg)
            bash_value(o);
    printf("        *)\n            if [[ $cur == -* ]]; then\n"
           "                _dipgraph_words '-h --help");
    for (const tool_opt *o = c->opts; o->id; o++) {
        if (o->short_name)
            printf(" -%c", o->short_name);
        if (o->name)
            printf(" --%s", o->name);
    }
    printf("'\n            else\n");
    const tool_operand *op = c->operands;
    if (op->name && op->kind == TOOL_COMMAND)
        printf("                _dipgraph_words \"$_dipgraph_commands\"\n");
    else
        printf("                _dipgraph_files\n");
    printf("            fi ;;\n        esac ;;\n");
}

void tool_complete_bash(void)
{
    printf("# bash completion for dipgraph(1), made by `dipgraph help --generate bash`\n"
           "# from the tool's table of subcommands and options.\n\n"
           "_dipgraph_commands='");
    for (size_t i = 0; tool_cmds[i]; i++)
        printf("%s%s", i ? " " : "", tool_cmds[i]->name);
    printf("'\n\n"
           "_dipgraph_words() { COMPREPLY=($(compgen -W \"$1\" -- \"$cur\")); }\n"
           "_dipgraph_files() { compopt -o filenames 2>/dev/null; "
           "COMPREPLY=($(compgen -f -- \"$cur\")); }\n"
           "# A comma-separated list: complete the word after the last comma.\n"
           "_dipgraph_list() {\n"
           "    local done=${cur%%\"${cur##*,}\"}\n"
           "    compopt -o nospace 2>/dev/null\n"
           "    COMPREPLY=($(compgen -P \"$done\" -W \"$1\" -- \"${cur##*,}\"))\n"
           "}\n\n"
           "_dipgraph() {\n"
           "    local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
           "    COMPREPLY=()\n"
           "    if [[ $COMP_CWORD -eq 1 ]]; then\n"
           "        _dipgraph_words \"$_dipgraph_commands --help --version\"\n"
           "        return\n"
           "    fi\n"
           "    # --opt=VALUE: bash splits at the '=', so the option is one further back.\n"
           "    if [[ $cur == = ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD-1]} cur=\n"
           "    elif [[ $prev == = ]]; then\n"
           "        prev=${COMP_WORDS[COMP_CWORD-2]}\n"
           "    fi\n"
           "    case ${COMP_WORDS[1]} in\n");
    for (size_t i = 0; tool_cmds[i]; i++)
        bash_command(tool_cmds[i]);
    printf("    esac\n}\ncomplete -F _dipgraph dipgraph\n");
}

/* ---- zsh ---- */

/* An _arguments description: the help up to its first "; ", with what
 * _arguments reads specially escaped. */
static void zsh_describe(const char *help)
{
    const char *semi = strstr(help, "; ");
    size_t n = semi ? (size_t)(semi - help) : strlen(help);
    for (size_t i = 0; i < n; i++) {
        if (strchr("[]:\\", help[i]))
            fputc('\\', stdout);
        quoted(help + i, 1);
    }
}

/* The action for a value of this kind: what zsh offers. */
static void zsh_action(tool_kind kind, const char *const *w, const char *what)
{
    switch (kind) {
    case TOOL_FILE: printf("_files"); break;
    case TOOL_WORD: printf("("), words(w, " "), printf(")"); break;
    case TOOL_WORDS: printf("_values -s , %s ", what), words(w, " "); break;
    case TOOL_COMMAND:
        for (size_t i = 0; tool_cmds[i]; i++)
            printf("%s%s", i ? " " : "(", tool_cmds[i]->name);
        printf(")");
        break;
    default: printf(" "); break; /* dates, ids, text: the message only */
    }
}

static void zsh_option(const tool_opt *o)
{
    printf("    %s'", o->flags & TOOL_MANY ? "'*'" : "");
    if (o->short_name && o->name)
        printf("(-%c --%s)'{-%c%s,--%s%s}'", o->short_name, o->name, o->short_name,
               o->arg ? "+" : "", o->name, o->arg ? "=" : "");
    else if (o->short_name)
        printf("-%c%s", o->short_name, o->arg ? "+" : "");
    else
        printf("--%s%s", o->name, o->arg ? "=" : "");
    printf("[");
    zsh_describe(o->help);
    printf("]");
    if (o->arg) {
        printf(":");
        quoted(o->arg, strlen(o->arg));
        printf(":");
        zsh_action(o->kind, o->words, o->arg);
    }
    printf("' \\\n");
}

static void zsh_command(const tool_cmd *c)
{
    printf("_dipgraph_%s() {\n  _arguments -s -S \\\n", c->name);
    printf("    '(- *)'{-h,--help}'[show the help of %s]' \\\n", c->name);
    for (const tool_opt *o = c->opts; o->id; o++)
        zsh_option(o);
    size_t pos = 1;
    for (const tool_operand *op = c->operands; op->name; op++, pos++) {
        if (op->many)
            printf("    '*:%s:", op->name);
        else
            printf("    '%zu:%s%s:", pos, op->optional ? ":" : "", op->name);
        zsh_action(op->kind, NULL, op->name);
        printf("' \\\n");
    }
    printf("    && return 0\n  return 1\n}\n\n");
}

void tool_complete_zsh(void)
{
    printf("#compdef dipgraph\n"
           "# zsh completion for dipgraph(1), made by `dipgraph help --generate zsh`\n"
           "# from the tool's table of subcommands and options.\n\n");
    for (size_t i = 0; tool_cmds[i]; i++)
        zsh_command(tool_cmds[i]);
    printf("_dipgraph() {\n  local curcontext=$curcontext state line ret=1\n"
           "  _arguments -C \\\n"
           "    '(- *)'{-h,--help}'[show the help]' \\\n"
           "    '(- *)--version[show the version]' \\\n"
           "    '1:subcommand:->subcommand' \\\n"
           "    '*::argument:->argument' && ret=0\n"
           "  case $state in\n  subcommand)\n    local -a subcommands\n    subcommands=(\n");
    for (size_t i = 0; tool_cmds[i]; i++) {
        printf("      '%s:", tool_cmds[i]->name);
        quoted(tool_cmds[i]->summary, strlen(tool_cmds[i]->summary));
        printf("'\n");
    }
    printf("    )\n    _describe -t subcommands 'dipgraph subcommand' subcommands && ret=0 ;;\n"
           "  argument)\n    curcontext=${curcontext%%:*:*}:dipgraph-$words[1]:\n"
           "    case $words[1] in\n");
    for (size_t i = 0; tool_cmds[i]; i++)
        printf("    %s) _dipgraph_%s && ret=0 ;;\n", tool_cmds[i]->name, tool_cmds[i]->name);
    printf("    esac ;;\n  esac\n  return ret\n}\n\n_dipgraph \"$@\"\n");
}
