#!/usr/bin/env python3
"""run_transcripts.py DIPGRAPH SOURCE_DIR [FILE.t...] -- command-line tests
as transcripts, in the spirit of jq's .test files: each case is a command
line, the standard output and standard error it must print, and its exit
status.  Without FILEs, every tests/cli/transcripts/*.t is run.

A transcript (FILE.t):

    # A comment.  Blank lines and comments separate cases; they are ignored.
    $ dipgraph hubs QQ fx/query/world.yaml
    2> dipgraph hubs: unknown country 'QQ'
    ? 1

    $ dipgraph represent DK BY fx/query/world.yaml
    > Denmark (DK) in Belarus (BY): no representation

  $ COMMAND   a case: a bash command line; `dipgraph` is the tool under test
  > TEXT      a line the case prints on standard output (">" alone: an empty line)
  2> TEXT     a line on standard error ("2>" alone: an empty line)
  ? N         the exit status (without one: 0)

The output must be exactly the lines given, no more, no fewer (a case that
gives no "> " lines prints nothing on standard output), except that a line
"..." (as "> ..." or "2> ...") stands for any number of lines.

Each transcript runs in a fresh temporary folder of its own, shared by its
cases (a case may write a file that a later case reads), where `fx` is the
test fixtures folder and `data` the bundled data set's, and with standard
input empty unless the command redirects it.  SOURCE_DATE_EPOCH is fixed
(2023-11-14), DIPGRAPH_DATA unset, and the locale is C.
"""
import difflib
import glob
import os
import shutil
import subprocess
import sys
import tempfile

ANY = "..."


class Case:
    def __init__(self, path, line, command):
        self.where = "%s:%d" % (os.path.relpath(path), line)
        self.command = command
        self.stdout, self.stderr = [], []
        self.status = 0


def parse(path):
    """The cases of a transcript; a malformed line is an error, not a skip."""
    cases = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("$ "):
                cases.append(Case(path, n, line[2:]))
            elif not line.strip() or line.startswith("#"):
                continue
            elif not cases:
                raise SyntaxError("%s:%d: expected text before any '$ ' command" % (path, n))
            elif line.startswith("2>"):
                cases[-1].stderr.append(line[3:] if line.startswith("2> ") else line[2:])
            elif line.startswith(">"):
                cases[-1].stdout.append(line[2:] if line.startswith("> ") else line[1:])
            elif line.startswith("? "):
                cases[-1].status = int(line[2:])
            else:
                raise SyntaxError("%s:%d: not a transcript line: %r" % (path, n, line))
    return cases


def matches(want, got):
    """want (lines, "..." for any run of lines) against got, exactly."""
    if not want:
        return not got
    if want[0] == ANY:
        return any(matches(want[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and want[0] == got[0] and matches(want[1:], got[1:])


def run(case, env, cwd):
    p = subprocess.run(["bash", "-c", case.command], cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    out = p.stdout.decode("utf-8", "replace").splitlines()
    err = p.stderr.decode("utf-8", "replace").splitlines()
    problems = []
    for name, want, got in (("stdout", case.stdout, out), ("stderr", case.stderr, err)):
        if not matches(want, got):
            diff = difflib.unified_diff(want, got, "expected " + name, "actual " + name,
                                        lineterm="", n=2)
            problems.append("\n".join(diff))
    if p.returncode != case.status:
        problems.append("exit status %d, expected %d" % (p.returncode, case.status))
    return problems


def environment(tool, bindir):
    os.symlink(os.path.abspath(tool), os.path.join(bindir, "dipgraph"))
    env = {k: v for k, v in os.environ.items() if k != "DIPGRAPH_DATA"}
    env.update(PATH=bindir + os.pathsep + env.get("PATH", "/usr/bin:/bin"),
               SOURCE_DATE_EPOCH="1700000000", LC_ALL="C", LANG="C")
    env.pop("LANGUAGE", None)
    return env


def run_file(path, env, src):
    cwd = tempfile.mkdtemp(prefix="dg-transcript-")
    try:
        os.symlink(os.path.join(src, "tests", "fixtures"), os.path.join(cwd, "fx"))
        os.symlink(os.path.join(src, "data"), os.path.join(cwd, "data"))
        failures = 0
        cases = parse(path)
        for case in cases:
            problems = run(case, env, cwd)
            if problems:
                failures += 1
                print("FAIL %s: $ %s" % (case.where, case.command))
                for p in problems:
                    print("  " + p.replace("\n", "\n  "))
        return len(cases), failures
    finally:
        shutil.rmtree(cwd, ignore_errors=True)


def main(argv):
    if len(argv) < 3:
        print(__doc__.split("\n\n")[0], file=sys.stderr)
        return 2
    tool, src = argv[1], os.path.abspath(argv[2])
    files = argv[3:] or sorted(glob.glob(os.path.join(src, "tests", "cli", "transcripts", "*.t")))
    bindir = tempfile.mkdtemp(prefix="dg-bin-")
    try:
        env = environment(tool, bindir)
        total = failed = 0
        for path in files:
            try:
                n, f = run_file(path, env, src)
            except SyntaxError as e:  # a broken transcript fails, loudly
                print("FAIL %s" % e)
                n, f = 1, 1
            total, failed = total + n, failed + f
    finally:
        shutil.rmtree(bindir, ignore_errors=True)
    print("cli_transcripts: %d case(s) in %d file(s), %d failed" % (total, len(files), failed))
    return 1 if failed or not total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
