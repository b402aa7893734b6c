#!/usr/bin/env python3
"""check_svg_browser.py SVG... - every SVG figure, opened in a real browser
(Debian's headless Chromium), is a picture a reader can see and a text a
screen reader or a search can find:

  * inlined in an HTML page and dumped as DOM (--dump-dom), the figure's
    <title> and every text of it are in the document, and every tooltip
    is a <title> child of its element;
  * loaded on its own and screenshot (--screenshot), the picture is not
    blank: some pixels differ from the background.

Without chromium it prints SKIP and exits 0 (the README's test command
installs it, so CI always runs it)."""
import html
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
import zlib

SVG = '{http://www.w3.org/2000/svg}'
FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync',
         '--hide-scrollbars', '--force-device-scale-factor=1']


def chromium(tmp, *args):
    """Run Chromium with the run's own profile; its stdout."""
    profile = os.path.join(tmp, 'profile')
    cmd = [BROWSER] + FLAGS + ['--user-data-dir=' + profile] + list(args)
    run = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    return run.stdout


def png_pixels(path):
    """(width, height, rows of RGBA bytes) of an 8-bit RGB(A) PNG."""
    data = open(path, 'rb').read()
    assert data[:8] == b'\x89PNG\r\n\x1a\n', 'not a PNG'
    pos, idat, w = 8, b'', 0
    while pos < len(data):
        n, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b'IHDR':
            w, h, depth, color = struct.unpack('>IIBB', body[:10])
            assert depth == 8 and color in (2, 6), 'unexpected PNG kind'
            bpp = 4 if color == 6 else 3
        elif kind == b'IDAT':
            idat += body
        pos += 12 + n
    raw, rows, prev = zlib.decompress(idat), [], bytearray(w * bpp)
    stride = w * bpp
    for y in range(h):
        f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def not_blank(path):
    """Do at least 0.2% of the pixels differ from the top-left one?"""
    w, h, bpp, rows = png_pixels(path)
    bg = rows[0][:bpp]
    differ = sum(1 for r in rows for x in range(0, w * bpp, bpp) if r[x:x + bpp] != bg)
    return differ >= 0.002 * w * h


def expected_texts(svg_path):
    """The figure's title, its texts and its tooltips, as the SVG has them."""
    root = ET.parse(svg_path).getroot()
    title = root.find(SVG + 'title')
    if title is None:  # Graphviz puts the graph's <title> in its first <g>
        title = root.find('.//' + SVG + 'title')
    texts = [t.text for t in root.iter(SVG + 'text') if t.text and t.text.strip()]
    tips = [a.get('{http://www.w3.org/1999/xlink}title') for a in root.iter(SVG + 'a')]
    return (title.text if title is not None else ''), texts, [t for t in tips if t]


def inline(svg_path):
    """The SVG as an element of an HTML page: without its XML prologue."""
    body = open(svg_path, encoding='utf-8').read()
    return re.sub(r'^<\?xml[^>]*>\s*(<!DOCTYPE[^>]*>\s*)?', '', body)


def check_dom(svgs, tmp, problems):
    """One page with every SVG inlined, one DOM dump, then each figure's
    part of the dump checked for its title, texts and tooltips."""
    page = os.path.join(tmp, 'all.html')
    with open(page, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html><html><head><meta charset="utf-8"><title>figures</title></head><body>')
        for i, svg in enumerate(svgs):
            f.write('<section id="fig%d">%s</section>' % (i, inline(svg)))
        f.write('</body></html>')
    dom = chromium(tmp, '--dump-dom', 'file://' + page)
    for i, svg in enumerate(svgs):
        name = os.path.basename(svg)
        m = re.search(r'<section id="fig%d">(.*?)</section>' % i, dom, re.S)
        if not m or '<svg' not in m.group(1):
            problems.append(f'{name}: the browser shows no <svg> for it')
            continue
        part = html.unescape(m.group(1))
        title, texts, tips = expected_texts(svg)
        for t in [title] + texts:
            if t and t.strip() not in part:
                problems.append(f'{name}: text not in the DOM: {t[:60]!r}')
        titles = set(html.unescape(t) for t in re.findall(r'<title[^>]*>(.*?)</title>', m.group(1), re.S))
        for t in tips:
            if t not in titles:
                problems.append(f'{name}: tooltip not a <title> in the DOM: {t[:60]!r}')


def check_pixels(svg, tmp, problems):
    name = os.path.basename(svg)
    shot = os.path.join(tmp, name + '.png')
    page = os.path.join(tmp, name + '.view.html')  # the whole figure, scaled to the window
    with open(page, 'w', encoding='utf-8') as f:
        f.write('<!DOCTYPE html><html><body style="margin:0"><img src="file://%s" '
                'style="width:100vw;height:100vh;object-fit:contain"></body></html>'
                % html.escape(os.path.abspath(svg)))
    chromium(tmp, '--screenshot=' + shot, '--window-size=900,700', '--allow-file-access-from-files',
             'file://' + page)
    if not os.path.exists(shot):
        problems.append(f'{name}: no screenshot')
    elif not not_blank(shot):
        problems.append(f'{name}: the screenshot is blank')


def main():
    if not BROWSER:
        print('SKIP: chromium is not installed')
        return 0
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        check_dom(sys.argv[1:], tmp, problems)
        for svg in sys.argv[1:]:
            check_pixels(svg, tmp, problems)
    for p in problems:
        print('FAIL:', p)
    print(f'check_svg_browser: {len(sys.argv) - 1} SVGs, {len(problems)} failure(s)')
    return 1 if problems else 0


BROWSER = shutil.which('chromium') or shutil.which('chromium-browser')
if __name__ == '__main__':
    sys.exit(main())
