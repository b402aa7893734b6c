#!/usr/bin/env python3
"""check_house.py SOURCE_DIR [OBJECT...] - the house rules that code review
would otherwise have to remember:

  * no function longer than MAX_LINES lines (the house says "about 60");
  * the command line (src/cli/) includes no private library header: only
    dipgraph.h and its own tool headers;
  * the public header names no issue and no contract outside the repository;
  * no cycles between the library's files: with the object files given,
    file A calling into B and B into A (through any chain) is an error.

Prints each finding and exits 1 when there is one."""
import os
import re
import subprocess
import sys

MAX_LINES = 70


def strip_c(text):
    """The text with comments, strings and character constants blanked
    (newlines kept), so that braces inside them do not count."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith('/*', i):
            j = text.find('*/', i + 2)
            j = n if j < 0 else j + 2
            out.append(re.sub(r'[^\n]', ' ', text[i:j]))
            i = j
        elif text.startswith('//', i):
            j = text.find('\n', i)
            j = n if j < 0 else j
            out.append(' ' * (j - i))
            i = j
        elif c in '"\'':
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == '\\' else 1
            out.append(c + re.sub(r'[^\n]', ' ', text[i + 1:j]) + c)
            i = j + 1
        else:
            out.append(c)
            i += 1
    return ''.join(out)


def long_functions(path):
    """(name, first line, length) of each function body longer than MAX_LINES."""
    lines = strip_c(open(path, encoding='utf-8').read()).split('\n')
    found, depth, start, name = [], 0, None, None
    for no, line in enumerate(lines, 1):
        if depth == 0 and line.startswith('{') and start is None:
            start = no
            head = ' '.join(lines[max(0, no - 4):no - 1])
            m = re.findall(r'(\w+)\s*\(', head)
            name = m[0] if m else '?'
        depth += line.count('{') - line.count('}')
        if depth == 0 and start is not None:
            if no - start + 1 > MAX_LINES:
                found.append((name, start, no - start + 1))
            start = None
    return found


def c_files(src, folders):
    for folder in folders:
        for root, _, files in os.walk(os.path.join(src, folder)):
            for f in sorted(files):
                if f.endswith('.c') or f.endswith('.h'):
                    yield os.path.join(root, f)


def cycles(objects):
    """Strongly connected groups of object files that call each other."""
    defs, uses = {}, {}
    for o in objects:
        out = subprocess.run(['nm', o], capture_output=True, text=True, check=True).stdout
        uses[o] = set()
        for line in out.splitlines():
            p = line.split()
            if len(p) == 3 and p[1] in 'TDRB':
                defs[p[2]] = o
            elif len(p) == 2 and p[0] == 'U':
                uses[o].add(p[1])
    graph = {o: {defs[s] for s in u if s in defs and defs[s] != o} for o, u in uses.items()}
    index, low, stack, on, groups = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            group = []
            while True:
                w = stack.pop()
                on.discard(w)
                group.append(w)
                if w == v:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            visit(v)
    return groups


def main():
    src, objects = sys.argv[1], sys.argv[2:]
    problems = []
    for path in c_files(src, ['src', 'render']):
        rel = os.path.relpath(path, src)
        for name, line, n in long_functions(path):
            problems.append(f'{rel}:{line}: function {name} is {n} lines (at most {MAX_LINES})')
        if rel.startswith('src/cli/'):
            for no, line in enumerate(open(path, encoding='utf-8'), 1):
                m = re.match(r'\s*#\s*include\s*"([^"]+)"', line)
                if m and m.group(1) != 'dipgraph.h' and not m.group(1).startswith('tool'):
                    problems.append(f'{rel}:{no}: the CLI includes the private header {m.group(1)}')
    for no, line in enumerate(open(os.path.join(src, 'src/dipgraph.h'), encoding='utf-8'), 1):
        if re.search(r'\b(issue|cli-v1|format-v1)', line):
            problems.append(f'src/dipgraph.h:{no}: names something outside the repository: {line.strip()}')
    for group in cycles(objects):
        names = [re.sub(r'.*/dipgraph_objects\.dir/', '', g).replace('.o', '') for g in group]
        problems.append('files that call each other in a cycle: ' + ', '.join(names))
    for p in problems:
        print(p)
    print(f'check_house: {len(problems)} problem(s)' if problems else 'check_house: all passed')
    return 1 if problems else 0


if __name__ == '__main__':
    sys.exit(main())
