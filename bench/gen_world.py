#!/usr/bin/env python3
"""gen_world.py - write a synthetic, valid, world-scale dipgraph data set.

usage: python3 bench/gen_world.py [--scale N] [--seed S] [--iso FILE] OUT.yaml

Scale 1 is about 4 MB of format-v1 YAML: every ISO 3166-1 country, ~80
organizations with ~4k memberships, ~12k relations, ~12k missions, ~20k
accreditations and ~10k events, citing a handful of sources.  Scale N holds
N times the records: copy r >= 1 is a separate "world" whose countries are
defined non-ISO ids (the ISO id suffixed with "-r"), so that relation pairs,
organization ids and mission ids stay unique.  The same --seed (default
fixed) gives the same bytes, so benchmark runs are comparable.

--history F gives a fraction F of the relations and missions a format 1.1
`history` (and the missions heads of mission), dated within their periods,
and declares `dipgraph: 1.1`; without it the output is format 1, byte for
byte as before (no random number is drawn for history).

The output passes `dipgraph check` with no error and no warning; it uses
most forms of the format (short and long member and accreditation forms,
reduced-precision and qualified dates, block and flow collections) so that
the loader is measured on realistic input.  Standard library only.
"""

import argparse
import json
import random
import sys

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"

ORG_KINDS = ["intergovernmental", "regional", "military", "economic",
             "financial", "forum", "other"]
MEMBER_STATUS = ["observer", "candidate", "partner", "associate", "suspended"]
REL_STATUS = ["strained", "suspended"]
MISSION_KINDS = ["embassy", "high-commission", "consulate-general", "consulate",
                 "vice-consulate", "honorary-consulate", "embassy-office",
                 "delegation", "liaison-office", "interests-section",
                 "trade-office", "other"]
EVENT_KINDS = ["agreement", "treaty", "visit", "meeting", "recognition",
               "expulsion", "recall", "sanction", "closure", "opening",
               "withdrawal", "accession", "other"]
QUALS = ["", "", "", "", "", "", "~", "?", "%"]
SYLLABLES = ["ba", "ka", "lo", "mi", "ne", "ro", "sa", "ta", "vi", "zu", "dor",
             "gan", "hel", "ist", "mar", "nor", "pol", "rin", "sk", "tur", "ven"]
NOUNS = ["trade", "energy", "security", "culture", "transit", "customs",
         "education", "health", "fisheries", "aviation", "tourism", "science"]

# Per scale unit.
N_ORGS = 80
N_MEMBERSHIPS = 4000
N_RELATIONS = 12000
N_MISSIONS = 12000
N_ACCREDITATIONS = 20000
N_EVENTS = 10000
N_SOURCES = 8


def q(s):
    """A YAML double-quoted scalar (titles and notes may hold ':' or '#')."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class World:
    """One copy of the world: its countries, organizations and records."""

    def __init__(self, rnd, iso, copy):
        self.rnd = rnd
        self.copy = copy
        sfx = "" if copy == 0 else "-%d" % copy
        self.sfx = sfx
        self.iso = iso
        self.cids = [c["alpha_2"] + sfx for c in iso]
        # Alpha-3 codes name the same country; copy 0 uses them now and then.
        self.alpha3 = {c["alpha_2"]: c["alpha_3"] for c in iso}
        self.oids = ["ORG%02d%s" % (i, sfx.replace("-", "_")) for i in range(N_ORGS)]
        self.sids = ["src%d%s" % (i, sfx) for i in range(N_SOURCES)]
        self.cities = {cid: self.city_names(cid) for cid in self.cids}

    def city_names(self, cid):
        rnd = self.rnd
        names = set()
        while len(names) < 6:
            n = "".join(rnd.choice(SYLLABLES) for _ in range(rnd.randint(2, 4)))
            names.add(n.capitalize())
        return sorted(names)

    def cref(self, cid):
        """A country reference; sometimes by alpha-3 in the ISO copy."""
        if self.copy == 0 and self.rnd.random() < 0.05:
            return self.alpha3[cid]
        return cid

    def src(self):
        rnd = self.rnd
        if rnd.random() < 0.7:
            return "source: %s" % rnd.choice(self.sids)
        return "sources: [%s]" % ", ".join(rnd.sample(self.sids, 2))


def date(rnd, lo, hi, full=None):
    """A random date in years lo..hi at a random precision; returns
    (text, first-year, last-year) for ordering further dates."""
    y = rnd.randint(lo, hi)
    p = rnd.random() if full is None else (0.0 if full else 0.9)
    if p < 0.5:
        s = "%04d-%02d-%02d" % (y, rnd.randint(1, 12), rnd.randint(1, 28))
    elif p < 0.75:
        s = "%04d-%02d" % (y, rnd.randint(1, 12))
    else:
        s = "%04d" % y
    return s + rnd.choice(QUALS), y


def write_sources(w, out):
    for i, sid in enumerate(w.sids):
        out.append("  %s:\n    title: %s\n    publisher: Publisher %d\n"
                   "    url: https://example.org/world/%s\n    accessed: 2024-0%d-1%d\n"
                   % (sid, q("Synthetic source %d" % i), i, sid, 1 + i % 9, i % 10))


def write_countries(w, out):
    rnd = w.rnd
    for c, cid in zip(w.iso, w.cids):
        if w.copy:
            # Defined non-ISO countries need a name.
            out.append("  %s: {name: %s, capital: %s}\n" % (cid, q(c["name"] + w.sfx),
                                                            w.cities[cid][0]))
        elif rnd.random() < 0.5:
            out.append("  %s:\n    capital: %s\n    note: %s\n    %s\n"
                       % (cid, w.cities[cid][0], q("Country %s" % c["name"]), w.src()))


def write_orgs(w, out, members_per_org):
    rnd = w.rnd
    for i, oid in enumerate(w.oids):
        founded, fy = date(rnd, 1900, 1990)
        out.append("  %s:\n    name: %s\n    kind: %s\n    founded: %s\n"
                   % (oid, q("Organization %d%s" % (i, w.sfx)), ORG_KINDS[i % len(ORG_KINDS)],
                      founded))
        if i % 10 == 9:
            out.append("    dissolved: %s\n" % date(rnd, 2015, 2023)[0])
        out.append("    url: https://example.org/org/%s\n    %s\n    members:\n" % (oid, w.src()))
        n = members_per_org[i]
        chosen = rnd.sample(w.cids, n)
        if i >= 5 and rnd.random() < 0.3:
            chosen[0] = rnd.choice(w.oids[:5])  # an organization as a member
        for who in chosen:
            out.append(member_line(w, who, fy))


def member_line(w, who, fy):
    rnd = w.rnd
    r = rnd.random()
    ref = who if who.startswith("ORG") else w.cref(who)
    if r < 0.4:
        return "      %s: %s\n" % (ref, date(rnd, fy + 1, 2020)[0])
    if r < 0.5:
        return "      %s: %s\n" % (ref, rnd.choice(MEMBER_STATUS))
    if r < 0.8:
        since, sy = date(rnd, fy + 1, 2000)
        return "      %s: {since: %s, until: %s}\n" % (ref, since, date(rnd, sy + 1, 2024)[0])
    since, _ = date(rnd, fy + 1, 2020)
    return ("      %s:\n        since: %s\n        status: %s\n        note: %s\n        %s\n"
            % (ref, since, rnd.choice(MEMBER_STATUS), q("Joined as %s" % who), w.src()))


REL_HISTORY = ["severed", "active", "strained", "suspended"]
LEVELS = ["embassy", "legation", "charge", "interests"]
MISSION_HISTORY = ["closed", "open", "suspended", "closed-to-public"]


def history(rnd, lo, hi, words, level=False):
    """A format 1.1 history: 1 to 3 entries in distinct years lo..hi."""
    if hi < lo:
        return ""
    years = sorted(rnd.sample(range(lo, hi + 1), min(hi - lo + 1, rnd.randint(1, 3))))
    s = "    history:\n"
    for y in years:
        what = "status: %s" % rnd.choice(words)
        if level and rnd.random() < 0.3:
            what = "level: %s" % rnd.choice(LEVELS)
        s += "      - {date: %04d-%02d-%02d, %s}\n" % (y, rnd.randint(1, 12), rnd.randint(1, 28),
                                                        what)
    return s


def heads(rnd, lo, hi):
    """One or two heads of mission with terms that do not overlap."""
    if hi - lo < 2:
        return ""
    a = rnd.randint(lo, hi - 2)
    s = "    heads:\n      - {name: %s, title: ambassador, since: %d, until: %d}\n" % (
        q("Head %d" % a), a, a + 1)
    if rnd.random() < 0.5:
        s += "      - {name: %s, since: %d}\n" % (q("Head %d" % (a + 1)), a + 2)
    return s


def write_relations(w, out, n):
    rnd = w.rnd
    pairs = set()
    nc = len(w.cids)
    while len(pairs) < n:
        a, b = rnd.randrange(nc), rnd.randrange(nc)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    for a, b in sorted(pairs, key=lambda p: rnd.random()):
        ca, cb = w.cref(w.cids[a]), w.cref(w.cids[b])
        est, ey = date(rnd, 1920, 2015)
        s = "  - between: [%s, %s]\n" % ((ca, cb) if rnd.random() < 0.5 else (cb, ca))
        if rnd.random() < 0.3:
            s += "    recognized: %s\n" % date(rnd, 1900, ey - 1)[0]
        s += "    established: %s\n" % est
        r = rnd.random()
        sy = 2025
        if r < 0.05:
            sev, sy = date(rnd, ey + 1, 2024)
            s += "    severed: %s\n    status: severed\n" % sev
        elif r < 0.15:
            s += "    status: %s\n" % rnd.choice(REL_STATUS)
        if w.history and rnd.random() < w.history:
            s += history(rnd, ey + 1, sy - 1, REL_HISTORY, level=True)
        if rnd.random() < 0.1:
            s += "    border_km: %d\n" % rnd.randint(1, 4000)
        if rnd.random() < 0.2:
            s += "    note: %s\n" % q("Relations of %s and %s" % (ca, cb))
        if rnd.random() < 0.5:
            s += "    %s\n" % w.src()
        out.append(s)


def write_missions(w, out, n, n_acc):
    rnd = w.rnd
    used = set()
    nc = len(w.cids)
    # Spread the accreditations over the embassies: about 1 in 3 missions
    # carries a list, so that hubs with long lists exist.
    acc_left = n_acc
    for i in range(n):
        of = w.cids[rnd.randrange(nc)]
        host = w.cids[rnd.randrange(nc)]
        while host == of:
            host = w.cids[rnd.randrange(nc)]
        kind = MISSION_KINDS[0] if rnd.random() < 0.5 else rnd.choice(MISSION_KINDS)
        city = rnd.choice(w.cities[host])
        auto = "%s-%s-%s" % (of.lower(), kind, city.lower())
        s = "  - "
        if auto in used or rnd.random() < 0.3:
            mid = "m%d%s" % (i, w.sfx)
            s += "id: %s\n    " % mid
        else:
            mid = auto
        used.add(mid)
        s += "of: %s\n    kind: %s\n    city: %s\n    in: %s\n" % (w.cref(of), kind, city,
                                                                 w.cref(host))
        if kind == "other":
            s += "    label: %s\n" % q("Office %d" % i)
        opened, oy = date(rnd, 1950, 2000, full=False)
        s += "    opened: %s\n" % opened
        cy = None
        if rnd.random() < 0.1:
            cy = rnd.randint(oy + 12, 2024)
            s += "    closed: %d\n" % cy
        if w.history and rnd.random() < w.history:
            s += history(rnd, oy + 1, (cy or 2025) - 1, MISSION_HISTORY)
            s += heads(rnd, oy + 1, (cy or 2025) - 1)
        left = n - i
        k = acc_left // left if left else 0
        k = min(max(0, k + rnd.randint(-1, 2)), acc_left, nc - 2)
        if kind != "embassy":
            k = 0
        if i == n - 1:
            k = min(acc_left, nc - 2)
        if k:
            s += accreditations(w, host, of, k, oy, cy)
            acc_left -= k
        if rnd.random() < 0.1:
            s += "    note: %s\n" % q("Mission %d: hub for the region" % i)
        s += "    %s\n" % w.src()
        out.append(s)


def accreditations(w, host, of, k, oy, cy):
    """k accreditations of one mission to countries other than its host,
    each within the mission's period (years oy+1 .. cy-1)."""
    rnd = w.rnd
    pool = [c for c in rnd.sample(w.cids, min(len(w.cids), k + 2)) if c not in (host, of)][:k]
    if rnd.random() < 0.5:
        return "    accredited: [%s]\n" % ", ".join(w.cref(c) for c in pool)
    s = "    accredited:\n"
    for c in pool:
        if rnd.random() < 0.6:
            s += "      - %s\n" % w.cref(c)
        else:
            hi = (cy - 1) if cy else 2020
            sy = rnd.randint(oy + 1, hi - 5)
            s += "      - {to: %s, since: %d, until: %d}\n" % (w.cref(c), sy,
                                                             rnd.randint(sy + 1, hi))
    return s


def write_events(w, out, n):
    rnd = w.rnd
    nc = len(w.cids)
    for i in range(n):
        kind = rnd.choice(EVENT_KINDS)
        d, y = date(rnd, 1950, 2024)
        actors = [w.cids[rnd.randrange(nc)] for _ in range(rnd.randint(1, 3))]
        actors = list(dict.fromkeys(actors))
        if rnd.random() < 0.1:
            actors.append(rnd.choice(w.oids))
        s = "  - date: %s\n" % d
        if rnd.random() < 0.05:
            s += "    until: %d\n" % rnd.randint(y + 1, y + 5)
        s += "    kind: %s\n    title: %s\n    actors: [%s]\n" % (
            kind, q("%s %s on %s (%d)" % (actors[0], kind, rnd.choice(NOUNS), i)),
            ", ".join(a if a.startswith("ORG") else w.cref(a) for a in actors))
        if rnd.random() < 0.2:
            s += "    note: %s\n" % q("Event %d: %s" % (i, rnd.choice(NOUNS)))
        if rnd.random() < 0.6:
            s += "    %s\n" % w.src()
        out.append(s)


def member_counts(rnd, total, n_orgs, n_countries):
    """Organization sizes: a few large (UN-like), many small; sums to total."""
    weights = [1.0 / (1 + i) ** 0.6 for i in range(n_orgs)]
    ws = sum(weights)
    counts = [max(3, min(n_countries - 1, int(total * x / ws))) for x in weights]
    i = 0
    while sum(counts) < total:
        if counts[i % n_orgs] < n_countries - 1:
            counts[i % n_orgs] += 1
        i += 1
    while sum(counts) > total:
        if counts[i % n_orgs] > 3:
            counts[i % n_orgs] -= 1
        i += 1
    return counts


def generate(scale, seed, iso, hist=0.0):
    rnd = random.Random(seed)
    worlds = [World(rnd, iso, c) for c in range(scale)]
    for w in worlds:
        w.history = hist
    sections = {k: [] for k in ("sources", "countries", "organizations", "relations",
                                "missions", "events")}
    for w in worlds:
        write_sources(w, sections["sources"])
        write_countries(w, sections["countries"])
        counts = member_counts(rnd, N_MEMBERSHIPS, N_ORGS, len(w.cids))
        write_orgs(w, sections["organizations"], counts)
        write_relations(w, sections["relations"], N_RELATIONS)
        write_missions(w, sections["missions"], N_MISSIONS, N_ACCREDITATIONS)
        write_events(w, sections["events"], N_EVENTS)
    out = ["# Synthetic world data set for benchmarks: gen_world.py --scale %d --seed %d\n"
           "dipgraph: %s\ntitle: Synthetic world (scale %d)\nfocus: BY\n"
           % (scale, seed, "1.1" if hist else "1", scale)]
    for name, body in sections.items():
        out.append("%s:\n" % name)
        out.extend(body)
    return "".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--scale", type=int, default=1, help="multiple of the scale-1 record counts")
    ap.add_argument("--seed", type=int, default=20240229, help="random seed (default fixed)")
    ap.add_argument("--iso", default=ISO_JSON, help="iso-codes iso_3166-1.json")
    ap.add_argument("--history", type=float, default=0.0,
                    help="fraction of relations and missions with a format 1.1 history")
    ap.add_argument("out", help="output file, or - for standard output")
    a = ap.parse_args()
    if a.scale < 1:
        ap.error("--scale must be at least 1")
    try:
        with open(a.iso, encoding="utf-8") as f:
            iso = sorted(json.load(f)["3166-1"], key=lambda c: c["alpha_2"])
    except (OSError, ValueError, KeyError) as e:
        sys.exit("gen_world.py: cannot read the ISO 3166 table %s: %s" % (a.iso, e))
    if not 0.0 <= a.history <= 1.0:
        ap.error("--history must be between 0 and 1")
    text = generate(a.scale, a.seed, iso, a.history)
    if a.out == "-":
        sys.stdout.write(text)
    else:
        with open(a.out, "w", encoding="utf-8") as f:
            f.write(text)


if __name__ == "__main__":
    main()
