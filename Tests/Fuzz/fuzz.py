#!/usr/bin/env python3
"""Fuzzing harness for Depot: the loader and every command's argument parsing.

It drives the real `depot` binary as a child process, so a trap, a crash or a hang is seen from outside exactly as a
librarian would see it. Each input ("case") is one command line run on a fresh copy of a library in a folder of its
own, after zero or more edits to the library's files (or to a CSV to import). A case is a small JSON object; the seed
corpus in Tests/Fuzz/seeds/ holds cases in the same form and is replayed before anything is generated.

What counts as a finding:
  crash    the child died by a signal, exited with 128 or more, or printed a Swift "Fatal error" / runtime failure
  hang     the child was still running after --timeout seconds (it is then killed)
  clobber  the child replaced a device file it was given as --output (a save by rename over a special file)
  soft     the child exited normally but wrote more than 4 KB to standard error (a message nobody can read)
Anything else (success, or a message and exit code 1, 2, 64 ...) is what Depot should do with bad input.

A case (and a seed, and a saved finding):
  {"name": "...", "note": "...", "base": "sample" | "planned" | "empty", "env": {"DEPOT_TODAY": "..."},
   "args": ["due", "--within", "9223372036854775807d"],
   "edits": [{"file": "lib/library.json", "op": "set", "path": ["library", "dueSoonDays"], "value": 14}]}
  "{lib}" and "{root}" in args and env stand for the library copy and its folder; DEPOT_DATA is the library.
  Edit ops: set, delete, duplicate, long, nest (JSON); truncate, byte, insert, line (bytes); text, hex, base (whole
  file); remove, fifo, dir, empty, selflink, devnull (the file itself). See apply_edit.
  A finding becomes a test case: copy findings/KIND-HASH.json into Tests/Fuzz/seeds/ with a name and a note.

Usage:
  python3 Tests/Fuzz/fuzz.py --seconds 120 --seed 1        # seeds, then generated cases for 120 s
  python3 Tests/Fuzz/fuzz.py --replay FILE.json [...]      # run these cases only and show what happened
Exit status: 0 no crash or hang outside Tests/Fuzz/known.txt (soft findings too with --strict), 1 a new one,
2 the harness could not run.
"""

from __future__ import annotations

import argparse
import copy
import hashlib
import json
import os
import random
import re
import resource
import shlex
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
TODAY = "2026-12-01"
SOFT_STDERR_BYTES = 4096
STDERR_KEEP = 64 * 1024

# ---------------------------------------------------------------------------------------------------------------
# Nasty values

BIG_INTS = [
    2**63 - 1, -(2**63), 2**63, -(2**63) - 1, 2**64, 2**31 - 1, 2**31, -(2**31) - 1, 2**32, 2**53 + 1,
    10**30, -1, 0, 1, 36500000,
]
NUMBER_TEXTS = [str(n) for n in BIG_INTS] + [
    "-0", "+0", "00", "007", "1e9", "1e400", "0x7fffffffffffffff", "NaN", "inf", "1.5", "1,5", "١٢", "１２", " 3",
    "3 ",
]
PERIOD_TEXTS = (
    [t + u for t in ("9223372036854775807", "9223372036854775808", "2147483648", "-1", "0", "99999999") for u in "dwmy"]
    + ["+9223372036854775807d", "-9223372036854775808d", "d", "14", "14x", "14 d", "1m1d", "-14d", "+14d", "1.5w"]
)
DAY_TEXTS = [
    "0000-03-01", "0000-01-01", "0000-02-29", "0001-01-01", "9999-12-31", "10000-01-01", "-0001-12-31",
    "2026-02-29", "2028-02-29", "2026-02-30", "2026-13-01", "2026-00-10", "2026-12-00", "1970-01-01", "1969-12-31",
    "1582-10-10", "2026-1-1", "20261201", "2026-12-01T00:00", "+9223372036854775807d", "-9223372036854775808d",
    "+9223372036854775807w", "+2147483648m", "+2w", "-3d", "uge 99", "uge 0", "uge 53", "uge 9223372036854775807",
    "31/2", "0/0", "99/99", "15/1/9999999999999", "2026-W99", "2026-W00", "2026-W53", "2027-W53", "9999-W52",
    "0000-W01", "-1-W01", "2026-W48-9", "9223372036854775807-01-01", "2026-12-9223372036854775807",
]
SEASON_TEXTS = [
    "9999/00", "0000/01", "2026/28", "2026/2026", "-1/00", "9223372036854775807/08", "2026-27", "2026", "/", "27/28",
    "2026/27/28", "0/1",
]
WEEK_TEXTS = [d for d in DAY_TEXTS if "W" in d] + ["2026-W", "W48", "9223372036854775807-W01", "2026-W-1"]
STRING_TEXTS = [
    "", " ", "-", "--", "-x", "--nope", "-h", "..", "../..", "../../..", ".", "~", "$HOME", "%s%n%x", "'\"",
    "\\", "a\nb", "\t", "\r", "\x1b[2J\x1b[H", "\x07", "\x7f", "ÆØÅæøå", "🙂", "e\u0301", "\u202eevil",
    "\ufeff",
    "\u00a0", "P001,P002",
    "*", "?", "[", "{}", "[]", "null", "true", "=", ":", "a=b=c", "x" * 300,
]
LONG_TEXTS = [("A", 10000), ("ø", 3000), ("9", 5000)]
MONEY_TEXTS = [
    "-1.00", "0.001", "99999999999999999.99", "92233720368547758.07", "92233720368547758.08", "1e3", "", "1,00",
    "NaN", "0", ".5", "5.", "-0.00", "1 000.00", "+1.00", "١.٠٠",
]
JSON_NUMBERS = BIG_INTS + [1e308, -1e308, 0.5, -0.0, 1e-300]
FILE_KINDS = ["remove", "fifo", "dir", "empty", "selflink", "devnull"]


def all_nasty():
    return NUMBER_TEXTS + PERIOD_TEXTS + DAY_TEXTS + SEASON_TEXTS + STRING_TEXTS


# ---------------------------------------------------------------------------------------------------------------
# Edits: how a case changes the files of its folder (the library is lib/ in it). Every edit is plain JSON, so a
# finding can be saved as a seed and replayed on the sample library.


def _load_json(path: Path):
    return json.loads(path.read_bytes().decode("utf-8"))


def _dump_json(path: Path, value):
    text = json.dumps(value, ensure_ascii=False, indent=2, allow_nan=True)
    path.write_bytes(text.encode("utf-8", "surrogatepass") + b"\n")


def _parent(tree, path):
    node = tree
    for key in path[:-1]:
        node = node[key]
    return node, path[-1]


def _nested(depth):
    return json.loads("[" * depth + "]" * depth) if depth < 900 else None


def apply_edit(root: Path, edit: dict, artefacts: Path | None):
    """Applies one edit in `root`. Returns False when the edit did not apply (its file was no longer JSON, say)."""
    if os.path.isabs(edit["file"]) or ".." in Path(edit["file"]).parts:
        raise ValueError(f"unknown edit op: {edit['file']!r} is outside the case folder")
    target = root / edit["file"]
    op = edit["op"]
    reads = op in ("set", "delete", "duplicate", "long", "nest", "truncate", "byte", "insert", "line")
    if reads and not (target.exists() and stat.S_ISREG(os.lstat(target).st_mode)):
        return False  # an earlier edit made it a FIFO, a folder or a link: reading it here could wait for ever
    try:
        if op in ("set", "delete", "duplicate", "long", "nest"):
            tree = _load_json(target)
            path = edit.get("path", [])
            if op == "nest" and edit["depth"] >= 900:
                # Python's own parser would recurse too deep: write the text.
                node, key = _parent(tree, path)
                marker = "\u0000NEST\u0000"
                node[key] = marker
                text = json.dumps(tree, ensure_ascii=False, indent=2)
                depth = edit["depth"]
                text = text.replace(json.dumps(marker), "[" * depth + "]" * depth)
                target.write_bytes(text.encode("utf-8"))
                return True
            if not path:
                if op == "set":
                    tree = edit["value"]
                elif op == "long":
                    tree = edit["text"] * edit["times"]
                elif op == "nest":
                    tree = _nested(edit["depth"])
                else:
                    return False
            else:
                node, key = _parent(tree, path)
                if op == "set":
                    node[key] = edit["value"]
                elif op == "long":
                    node[key] = edit["text"] * edit["times"]
                elif op == "nest":
                    node[key] = _nested(edit["depth"])
                elif op == "delete":
                    del node[key]
                elif op == "duplicate":
                    times = edit.get("times", 1)
                    for _ in range(times):
                        node.insert(key + 1, copy.deepcopy(node[key]))
            _dump_json(target, tree)
        elif op == "text":
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(edit["text"].encode("utf-8", "surrogatepass"))
        elif op == "hex":
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(bytes.fromhex(edit["hex"]))
        elif op == "base":
            if artefacts is None:
                return False
            shutil.copyfile(artefacts / edit["name"], target)
        elif op in ("truncate", "byte", "insert", "line"):
            data = target.read_bytes()
            if op == "truncate":
                data = data[: _offset(edit["at"], len(data))]
            elif op == "byte":
                if not data:
                    return False
                at = _offset(edit["at"], len(data) - 1)
                data = data[:at] + bytes([edit["value"]]) + data[at + 1 :]
            elif op == "insert":
                at = _offset(edit["at"], len(data))
                data = data[:at] + bytes.fromhex(edit["hex"]) + data[at:]
            elif op == "line":
                lines = data.split(b"\n")
                if not lines:
                    return False
                n = edit["n"] % len(lines)
                lines[n] = edit["text"].encode("utf-8", "surrogatepass")
                data = b"\n".join(lines)
            target.write_bytes(data)
        elif op in FILE_KINDS:
            if target.is_dir() and not target.is_symlink():
                shutil.rmtree(target)
            elif target.exists() or target.is_symlink():
                target.unlink()
            if op == "fifo":
                os.mkfifo(target)
            elif op == "dir":
                target.mkdir()
            elif op == "empty":
                target.write_bytes(b"")
            elif op == "selflink":
                os.symlink(target.name, target)
            elif op == "devnull":
                # A device node of our own, not a link to the machine's /dev/null: a program that saves by
                # renaming over it replaces only this node.
                os.mknod(target, stat.S_IFCHR | 0o666, os.makedev(1, 3))
        else:
            raise ValueError(f"unknown edit op {op!r}")
    except (OSError, ValueError, KeyError, IndexError, TypeError, UnicodeError, RecursionError) as error:
        if isinstance(error, ValueError) and str(error).startswith("unknown edit op"):  # a bad seed: say so
            raise
        return False
    return True


def _offset(at, size):
    if size <= 0:
        return 0
    return at % (size + 1) if at >= 0 else max(0, size + 1 + at)


def describe_edit(edit: dict) -> str:
    op, file = edit["op"], edit["file"]
    path = "".join(f"[{k}]" if isinstance(k, int) else f".{k}" for k in edit.get("path", []))
    path = path.lstrip(".")
    if op == "set":
        return f"{file}: {path} = {_short(json.dumps(edit['value'], ensure_ascii=False))}"
    if op == "long":
        return f"{file}: {path} = {edit['text']!r}×{edit['times']}"
    if op == "nest":
        return f"{file}: {path} = [[…]] nested {edit['depth']} deep"
    if op == "delete":
        return f"{file}: delete {path}"
    if op == "duplicate":
        return f"{file}: duplicate {path}" + (f" ×{edit['times']}" if edit.get("times", 1) > 1 else "")
    if op == "text":
        return f"{file} := {_short(repr(edit['text']))}"
    if op == "hex":
        return f"{file} := bytes {_short(edit['hex'])}"
    if op == "base":
        return f"{file} := {edit['name']}"
    if op == "truncate":
        return f"{file}: truncated at byte {edit['at']}"
    if op == "byte":
        return f"{file}: byte {edit['at']} := 0x{edit['value']:02x}"
    if op == "insert":
        return f"{file}: insert bytes {_short(edit['hex'])} at {edit['at']}"
    if op == "line":
        return f"{file}: line {edit['n']} := {_short(repr(edit['text']))}"
    return {
        "remove": f"{file} removed",
        "fifo": f"{file} is a FIFO",
        "dir": f"{file} is a folder",
        "empty": f"{file} is empty",
        "selflink": f"{file} is a symlink to itself",
        "devnull": f"{file} is a null device",
    }.get(op, f"{file}: {op}")


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + f"…({len(text)} chars)"


def describe(case: dict) -> str:
    """One line a person can read and retype: environment, command line and edits."""
    env = "".join(f"{k}={shlex.quote(v)} " for k, v in sorted(case.get("env", {}).items()))
    args = " ".join(_quote_arg(a) for a in case["args"])
    text = f"{env}depot {args}".rstrip()
    if case.get("base", "sample") != "sample":
        text += f"  [library: {case['base']}]"
    for edit in case.get("edits", []):
        text += f"; {describe_edit(edit)}"
    return text


def _quote_arg(arg: str) -> str:
    m = re.fullmatch(r"(.)\1{40,}", arg, re.S)
    if m:
        return f"{shlex.quote(m.group(1))}×{len(arg)}"
    return shlex.quote(_short(arg, 80))


# ---------------------------------------------------------------------------------------------------------------
# Classification


FRAME = re.compile(r"^\s*\d+\s.*?0x[0-9a-f]+ (?P<fn>.+?) \+ \d+ in \S+ at (?P<file>\S.*?):(?P<line>\d+)(?::\d+)?\s*$")


def classify(returncode: int | None, stderr: bytes, stderr_size: int, timed_out: bool, command: str):
    """Returns (class, signature) for a finding, or (None, None) for behaviour that is fine."""
    text = stderr.decode("utf-8", "replace")
    if timed_out:
        return "hang", f"hang: depot {command}"
    failure = re.search(r"\*\*\* Swift runtime failure: (.+?) \*\*\*", text)
    fatal = re.search(r"Fatal error: ?(.*)", text)
    crashed_by_signal = returncode is not None and (returncode < 0 or returncode >= 128)
    if crashed_by_signal or failure or fatal:
        if failure:
            message = failure.group(1)
        elif fatal:
            message = "Fatal error: " + fatal.group(1).strip()
        else:
            message = ""
        number = -returncode if returncode < 0 else returncode - 128 if returncode >= 128 else 0
        if number:
            try:
                name = signal.Signals(number).name
            except ValueError:
                name = f"signal {number}"
            message = f"{name}: {message}" if message else name
        message = re.sub(r"\d+", "N", message)[:120]
        top, via = _frames(text)
        where = ""
        if top:
            where += f" in {top}"
        if via and via != top:
            where += f" via {via}"
        if not where:
            where = f" in depot {command}"
        return "crash", f"crash: {message}{where}"
    if stderr_size > SOFT_STDERR_BYTES:
        # Named by the message's first line with quoted values, numbers and runs left out, so that one message
        # that quotes a long value back in full is one finding, whichever command and value showed it.
        first = text.strip().splitlines()[0] if text.strip() else ""
        first = re.sub(r'"[^"]*"?', '"…"', first)
        first = re.sub(r"'[^']*'?", "'…'", first)
        first = re.sub(r"(.)\1{5,}", "…", first)
        first = re.sub(r"\d+", "N", first)[:80]
        return "soft", f"soft: over 4 KB on stderr: {first}"
    return None, None


def _frames(text: str):
    """The innermost frame in Depot's own sources and the innermost in the command line's sources."""
    top = via = None
    for line in text.splitlines():
        m = FRAME.match(line)
        if not m:
            continue
        file = m.group("file")
        if "/Sources/" not in file or "/checkouts/" in file:
            continue
        short = file.split("/Sources/", 1)[1]
        fn = re.sub(r"\s+", " ", m.group("fn"))
        label = f"{fn} ({short})"
        if top is None:
            top = label
        if short.startswith("depot/") and via is None:
            via = label
    return top, via


def command_path(args, tree) -> str:
    """The subcommand words at the start of `args`, e.g. "events task add"."""
    words = []
    node = tree
    for arg in args:
        sub = next((s for s in node.get("subcommands", []) if s["commandName"] == arg), None)
        if sub is None:
            break
        words.append(arg)
        node = sub
    return " ".join(words) if words else "(default)"


def matches_known(known: list[str], signature: str, seed_name: str | None) -> bool:
    for entry in known:
        if entry.startswith("seed:"):
            if seed_name is not None and entry[5:].strip() == seed_name:
                return True
        elif entry in signature:
            return True
    return False


def read_known(path: Path) -> list[str]:
    if not path.exists():
        return []
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("  #", 1)[0].strip()
        if line and not line.startswith("#"):
            entries.append(line)
    return entries


# ---------------------------------------------------------------------------------------------------------------
# The command tree, from the binary itself


def leaf_commands(tree: dict, prefix=()):
    subs = tree.get("subcommands", [])
    if not subs:
        yield prefix, tree
    for sub in subs:
        yield from leaf_commands(sub, prefix + (sub["commandName"],))


def library_pools(folder: Path) -> dict[str, list[str]]:
    """Identifiers and names in the library, by the key of the list they are in (partners, staff, readers …)."""
    pools: dict[str, list[str]] = {}

    def walk(node, key):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, k)
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, dict) and key:
                    for field in ("id", "name", "title", "firstName"):
                        if isinstance(v.get(field), str):
                            pools.setdefault(key, []).append(v[field])
                walk(v, key)

    for path in sorted(folder.rglob("*.json")):
        if "backups" in path.parts:
            continue
        try:
            walk(_load_json(path), None)
        except (ValueError, UnicodeError):
            continue
    for key in pools:
        pools[key] = sorted(set(pools[key]))
    return pools


# ---------------------------------------------------------------------------------------------------------------
# Generation


READ_ONLY = [
    ["check"], ["due"], ["due", "--format", "json"], ["overdue"], ["overdue", "--format", "csv"], ["ledger"],
    ["ledger", "--excel", "--format", "csv"], ["week", "--format", "json"], ["week"], ["week", "--format", "ics"],
    ["week", "--format", "html", "--with-items"], ["plan", "--dry-run"], ["report"], ["report", "--format", "html"],
    ["remind"], ["export", "items"], ["export", "deposits"], ["export", "ledger", "--format", "json"],
    ["purge", "--dry-run"], ["events", "list", "--format", "json"], ["events"], ["plan", "dates", "P001"],
    ["competition", "results", "E2027-01"], ["competition", "order", "E2027-01"],
    ["competition", "sheets", "E2027-01", "--round", "1"], ["competition", "certificates", "E2027-01"],
]
WRITING = [
    ["plan"], ["plan", "--publish"], ["purge", "--by", "S01"],
    ["events", "task", "add", "E2027-01", "--title", "Fuzz", "--owner", "S01", "--due", "2027-01-15"],
    ["events", "task", "done", "E2027-01", "1"], ["events", "note", "E2027-01", "--author", "S01", "fuzz"],
    ["competition", "score", "E2027-01", "--round", "1", "--judge", "J1", "--reader", "R01", "technique=4"],
    ["competition", "advance", "E2027-01", "--round", "1"],
    ["import", "items", "{root}/in.csv", "--dry-run"],
]


class Generator:
    def __init__(self, rng: random.Random, tree: dict, bases: dict[str, Path]):
        self.rng = rng
        self.tree = tree
        self.leaves = [(path, node) for path, node in leaf_commands(tree) if path]
        self.bases = bases
        self.pools = library_pools(bases["sample"])
        self.files: dict[str, list[str]] = {}
        self.nodes: dict[tuple[str, str], list] = {}
        for name, folder in bases.items():
            self.files[name] = sorted(
                str(p.relative_to(folder)) for p in folder.rglob("*.json") if "backups" not in p.parts
            )

    # -- values for the command line

    def pool(self, *keys):
        out = []
        for key in keys:
            out += self.pools.get(key, [])
        return out

    def plausible(self, name: str, value_name: str) -> list[str]:
        n, v = name.lower(), (value_name or "").lower()
        if n in ("today", "date", "due") or v == "day":
            return ["2026-12-01", "2027-01-15", "2026-11-26", "15/1", "uge 3", "+2w", "+14d", "2027-02-28"]
        if n == "within" or v == "period":
            return ["14d", "2w", "1m", "0d", "365d"]
        if n == "season" or v == "season":
            return ["2026/27", "2025/26", "2027/28"]
        if n == "week":
            return ["2026-W48", "2026-W01", "2027-W10"]
        if n in ("look-back", "seed", "show") or v == "n":
            return ["1", "0", "2", "3", "10", "42"]
        if n == "pin":
            return [f"{p}:2027-01-1{d}" for p in self.pool("partners")[:5] for d in range(2, 6)] or ["P001:2027-01-12"]
        if n == "round" or v == "r":
            return ["1", "2"] + self.pool("rounds")
        if n == "judge":
            return self.pool("judges") or ["J1"]
        if n in ("reader", "winner"):
            return self.pool("readers") or ["R01"]
        if v == "criterion=points":
            crit = [c for c in self.pool("criteria") if re.fullmatch(r"[a-z]+", c)] or ["technique"]
            return [f"{c}={p}" for c in crit for p in (0, 3, 5)]
        if v == "event":
            return self.pool("events") + ["Oplæsning", "E2027"]
        if v == "staff" or n in ("owner", "author", "by"):
            return self.pool("staff")
        if n == "partner" or v == "partner":
            return self.pool("partners")
        if n == "route":
            return self.pool("routes")
        if n == "team":
            return self.pool("teams")
        if n == "lang":
            return ["da", "en"]
        if n == "data":
            return ["{lib}"]
        if n == "out":
            return ["{root}/out", "{root}/out", "{lib}", "{root}/lib/items.json", "{root}/new/deeper/out"]
        if n == "output" or v == "file":
            return ["{root}/out.txt", "{root}/out.txt", "{root}", "{lib}/library.json", "{root}/dev-full",
                    "{root}/dev-null", "{root}/no/such/dir/out.txt", "-"]
        if v == "file.csv":
            return ["{root}/in.csv"]
        if n == "map":
            return ["barcode=Stregkode,title=Titel", "barcode=barcode", "title=", "=x", "barcode=a,barcode=b"]
        if n == "separator":
            return [";", ",", "\t", "ab", ""]
        if n == "scale":
            return ["sample", "town"]
        if n == "subcommands":
            return [path[0] for path, _ in self.leaves]
        if n in ("title", "text"):
            return ["Læs højt", "Bestil kage", "x"]
        return ["x"]

    def nasty(self, name: str, value_name: str) -> str:
        rng = self.rng
        n, v = name.lower(), (value_name or "").lower()
        r = rng.random()
        if r < 0.04:
            ch, times = rng.choice(LONG_TEXTS)
            return ch * times
        if n in ("today", "date", "due") or v == "day":
            pool = DAY_TEXTS
        elif n == "within" or v == "period":
            pool = PERIOD_TEXTS
        elif n == "season":
            pool = SEASON_TEXTS
        elif n == "week":
            pool = WEEK_TEXTS
        elif n in ("look-back", "seed", "show", "round") or v in ("n", "r"):
            pool = NUMBER_TEXTS
        else:
            pool = None
        if pool is not None and r < 0.75:
            return rng.choice(pool)
        return rng.choice(all_nasty())

    def mutate_text(self, text: str) -> str:
        rng = self.rng
        choice = rng.randrange(7)
        if choice <= 1 and re.search(r"\d+", text):
            big = rng.choice(NUMBER_TEXTS[:10])
            return re.sub(r"\d+", big, text, count=1)
        if choice == 2:
            return text + rng.choice(STRING_TEXTS)
        if choice == 3:
            return text[: rng.randrange(len(text) + 1)]
        if choice == 4:
            return text.upper() if rng.random() < 0.5 else text.lower()
        if choice == 5:
            return text + text
        return rng.choice(STRING_TEXTS) + text

    def value(self, arg: dict) -> str:
        rng = self.rng
        name = arg.get("valueName") or ""
        key = (arg.get("names") or [{"name": name}])[0]["name"] if arg.get("kind") != "positional" else name
        values = arg.get("allValues")
        if values:
            return rng.choice(values) if rng.random() < 0.75 else self.nasty(key, name)
        plausible = self.plausible(key, name)
        r = rng.random()
        if r < 0.55 and plausible:
            return rng.choice(plausible)
        if r < 0.75 and plausible:
            return self.mutate_text(rng.choice(plausible))
        return self.nasty(key, name)

    def command_line(self) -> tuple[list[str], list[dict]]:
        rng = self.rng
        path, node = rng.choice(self.leaves)
        tokens: list[list[str]] = []
        edits: list[dict] = []
        positionals: list[str] = []
        for arg in node.get("arguments", []):
            kind = arg.get("kind")
            names = [n["name"] for n in arg.get("names", []) if n.get("kind") in ("long", "longWithSingleDash")]
            long = names[0] if names else None
            optional = arg.get("isOptional", True)
            if long == "help":
                if rng.random() < 0.02:
                    tokens.append(["--help"])
                continue
            if long == "data":
                if rng.random() < 0.1:
                    value = "{lib}" if rng.random() < 0.5 else self.nasty("data", "DIR")
                    tokens.append(["--data", value])
                continue
            if kind == "flag":
                if rng.random() < 0.3:
                    tokens.append([f"--{long}"])
                continue
            include = rng.random() < (0.93 if not optional else 0.45)
            if not include:
                continue
            count = rng.choice([1, 1, 2, 3]) if arg.get("isRepeating") else 1
            for _ in range(count):
                value = self.value(arg)
                if value == "{root}/in.csv":
                    edits = self.csv_edits()
                if kind == "positional":
                    positionals.append(value)
                elif long:
                    if rng.random() < 0.15:
                        tokens.append([f"--{long}={value}"])
                    else:
                        tokens.append([f"--{long}", value])
        if rng.random() < 0.15:
            rng.shuffle(tokens)
        args = list(path) + [t for pair in tokens for t in pair]
        # Positionals after the options most of the time, mixed in sometimes.
        for p in positionals:
            at = len(args) if rng.random() < 0.8 else rng.randrange(len(path), len(args) + 1)
            args.insert(at, p)
        r = rng.random()
        if r < 0.06:
            args.insert(rng.randrange(len(path), len(args) + 1), rng.choice(all_nasty()))
        elif r < 0.09 and len(args) > len(path):
            del args[rng.randrange(len(path), len(args))]
        elif r < 0.12:
            args.insert(rng.randrange(len(path), len(args) + 1), rng.choice(["--", "-", "--data", "--format"]))
        return args, edits

    def csv_edits(self) -> list[dict]:
        rng = self.rng
        edits = [{"file": "in.csv", "op": "base", "name": rng.choice(["items.csv", "items-excel.csv"])}]
        for _ in range(rng.choice([0, 1, 1, 2, 3])):
            r = rng.random()
            if r < 0.5:
                line = rng.choice(['a;b;c', '"', '"unterminated;x', '', ';;;;;;;;;;', 'x' * 5000,
                                   'barcode,title', '\ufeffbarcode;title', '5000100000005;' + rng.choice(STRING_TEXTS)])
                edits.append({"file": "in.csv", "op": "line", "n": rng.randrange(60), "text": line})
            elif r < 0.7:
                edits.append({"file": "in.csv", "op": "truncate", "at": rng.randrange(4000)})
            elif r < 0.85:
                edits.append({"file": "in.csv", "op": "byte", "at": rng.randrange(4000), "value": rng.randrange(256)})
            else:
                edits.append({"file": "in.csv", "op": "insert", "at": rng.randrange(4000),
                              "hex": rng.choice(["ff", "c3", "00", "0d", "22", "efbbbf", "e28082"])})
        return edits

    # -- edits to the library

    def json_nodes(self, base: str, file: str) -> list:
        key = (base, file)
        if key not in self.nodes:
            out = []
            try:
                tree = _load_json(self.bases[base] / file)
            except (ValueError, UnicodeError, OSError):
                tree = None

            def walk(node, path, parent_is_list):
                out.append((path, node, parent_is_list))
                if isinstance(node, dict):
                    for k, v in node.items():
                        walk(v, path + [k], False)
                elif isinstance(node, list):
                    for i, v in enumerate(node):
                        walk(v, path + [i], True)

            if tree is not None:
                walk(tree, [], False)
            self.nodes[key] = out
        return self.nodes[key]

    def file_edit(self, base: str) -> dict:
        rng = self.rng
        files = self.files[base]
        weights = [4 if f == "library.json" else 3 if f.startswith("plans/") else 1 for f in files]
        file = rng.choices(files, weights)[0]
        lib_file = f"lib/{file}"
        r = rng.random()
        if r < 0.05:
            return {"file": lib_file, "op": rng.choice(FILE_KINDS)}
        if r < 0.15:
            size = (self.bases[base] / file).stat().st_size
            kind = rng.randrange(3)
            if kind == 0:
                return {"file": lib_file, "op": "truncate", "at": rng.randrange(size + 1)}
            if kind == 1:
                return {"file": lib_file, "op": "byte", "at": rng.randrange(size), "value": rng.randrange(256)}
            return {"file": lib_file, "op": "insert", "at": rng.randrange(size + 1),
                    "hex": rng.choice(["ff", "c3", "00", "2c", "5b", "7b", "22", "efbbbf", "2d"])}
        nodes = self.json_nodes(base, file)
        if not nodes:
            return {"file": lib_file, "op": "empty"}
        # Numbers are rarer than strings, and the ones that trap: pick one a third of the time.
        numbers = [n for n in nodes if isinstance(n[1], (int, float)) and not isinstance(n[1], bool)]
        path, node, in_list = rng.choice(numbers) if numbers and rng.random() < 0.35 else rng.choice(nodes)
        return self.node_edit(lib_file, path, node, in_list)

    def node_edit(self, file: str, path: list, node, in_list: bool) -> dict:
        rng = self.rng
        r = rng.random()
        if path and r < 0.08:
            return {"file": file, "op": "delete", "path": path}
        if path and in_list and r < 0.16:
            return {"file": file, "op": "duplicate", "path": path, "times": rng.choice([1, 1, 1, 50])}
        if r < 0.24:
            value = rng.choice([None, True, 0, -1, "", "x", [], {}, [1], {"a": 1}, 2**63 - 1])
            return {"file": file, "op": "set", "path": path, "value": value}
        if r < 0.26:
            return {"file": file, "op": "nest", "path": path, "depth": rng.choice([64, 600, 5000, 100000])}
        if isinstance(node, bool):
            return {"file": file, "op": "set", "path": path, "value": not node}
        if isinstance(node, (int, float)):
            if rng.random() < 0.8:
                value = rng.choice(JSON_NUMBERS)
            else:
                value = node + rng.choice([1, -1, 1000, -1000])
            return {"file": file, "op": "set", "path": path, "value": value}
        if isinstance(node, str):
            if rng.random() < 0.05:
                ch, times = rng.choice(LONG_TEXTS)
                return {"file": file, "op": "long", "path": path, "text": ch, "times": times}
            if re.fullmatch(r"\d{4}-\d\d-\d\d", node):
                value = rng.choice(DAY_TEXTS)
            elif re.fullmatch(r"-?\d+\.\d\d", node):
                value = rng.choice(MONEY_TEXTS)
            elif re.fullmatch(r"\d+[dwmy]", node):
                value = rng.choice(PERIOD_TEXTS)
            elif re.fullmatch(r"\d{2}:\d{2}.*", node):
                value = rng.choice(["24:00", "99:99", "-1:00", "23:60", "9223372036854775807:00", "", "12"])
            elif rng.random() < 0.5:
                value = self.mutate_text(node)
            else:
                value = rng.choice(all_nasty())
            return {"file": file, "op": "set", "path": path, "value": value}
        if isinstance(node, list):
            if not node or rng.random() < 0.3:
                return {"file": file, "op": "set", "path": path, "value": []}
            return {"file": file, "op": "duplicate", "path": path + [rng.randrange(len(node))],
                    "times": rng.choice([1, 1, 3, 200])}
        if isinstance(node, dict):
            if node and rng.random() < 0.6:
                key = rng.choice(sorted(node))
                return {"file": file, "op": "delete", "path": path + [key]}
            value = dict(node)
            value[rng.choice(["unknown", "id", "schemaVersion", ""])] = rng.choice([None, 1, "x", []])
            return {"file": file, "op": "set", "path": path, "value": value}
        return {"file": file, "op": "set", "path": path, "value": None}

    # -- whole cases

    def case(self) -> dict:
        rng = self.rng
        r = rng.random()
        env = {}
        e = rng.random()
        if e < 0.02:
            env["DEPOT_TODAY"] = rng.choice(DAY_TEXTS + ["", "today", "2026-12-01 "])
        elif e < 0.05:
            env["DEPOT_TODAY"] = rng.choice(["2027-03-15", "2026-08-01", "2027-07-31", "2028-06-01", "2020-01-01"])
        if r < 0.45:
            args, edits = self.command_line()
            base = "planned" if "planned" in self.bases and rng.random() < 0.2 else "sample"
        else:
            base = "planned" if "planned" in self.bases and rng.random() < 0.3 else "sample"
            edits = [self.file_edit(base) for _ in range(rng.choice([1, 1, 1, 1, 2, 2, 3]))]
            c = rng.random()
            if c < 0.7:
                args = list(rng.choice(READ_ONLY))
            elif c < 0.85:
                args = list(rng.choice(WRITING))
                if "{root}/in.csv" in args:
                    edits += self.csv_edits()
            else:
                args, more = self.command_line()
                edits += more
        case = {"base": base, "args": args, "edits": edits}
        if env:
            case["env"] = env
        return case


# ---------------------------------------------------------------------------------------------------------------
# Running


class Runner:
    def __init__(self, binary: Path, work: Path, bases: dict[str, Path], artefacts: Path, tree: dict, timeout: float):
        self.binary = binary
        self.work = work
        self.bases = bases
        self.artefacts = artefacts
        self.tree = tree
        self.timeout = timeout
        self.counter = 0
        self.lock = threading.Lock()

    def environment(self, root: Path, lib: Path, case: dict) -> dict:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(root / "home"),
            "XDG_DATA_HOME": str(root / "xdg"),
            "DEPOT_DATA": str(lib),
            "DEPOT_TODAY": TODAY,
            "DEPOT_NO_PRINTER": "1",
            "LANG": "C.UTF-8",
            "TERM": "dumb",
            "SWIFT_BACKTRACE": "enable=yes,interactive=no,color=no,sanitize=no,threads=crashed,registers=none,"
            "images=none",
        }
        for key, value in case.get("env", {}).items():
            env[key] = self.substitute(value, root, lib)
        return env

    @staticmethod
    def substitute(text: str, root: Path, lib: Path) -> str:
        return text.replace("{root}", str(root)).replace("{lib}", str(lib))

    def run(self, case: dict) -> dict:
        with self.lock:
            self.counter += 1
            n = self.counter
        root = Path(tempfile.mkdtemp(prefix=f"case{n}-", dir=self.work))
        lib = root / "lib"
        try:
            base = case.get("base", "sample")
            if base in self.bases:
                shutil.copytree(self.bases[base], lib, symlinks=True)
            elif base != "empty":
                raise ValueError(f"no library {base!r} to start from")
            applied = [apply_edit(root, edit, self.artefacts) for edit in case.get("edits", [])]
            devices = make_devices(root)
            # Deep inside the folder, so that a relative path with "../../.." in it stays inside too.
            cwd = root / "cwd" / "a" / "b" / "c" / "d" / "e"
            cwd.mkdir(parents=True)
            argv = [str(self.binary)] + [confine(self.substitute(a, root, lib), root) for a in case["args"]]
            env = self.environment(root, lib, case)
            err_path = root / "stderr"
            start = time.monotonic()
            with open(err_path, "wb") as err:
                child = subprocess.Popen(argv, cwd=cwd, env=env, stdin=subprocess.DEVNULL,
                                         stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
                try:
                    child.wait(timeout=self.timeout)
                    timed_out = False
                except subprocess.TimeoutExpired:
                    timed_out = True
                    try:
                        os.killpg(child.pid, signal.SIGKILL)
                    except ProcessLookupError:
                        pass
                    child.wait()
            seconds = time.monotonic() - start
            size = err_path.stat().st_size
            with open(err_path, "rb") as err:
                stderr = err.read(STDERR_KEEP)
            command = command_path(case["args"], self.tree)
            kind, signature = classify(child.returncode, stderr, size, timed_out, command)
            if kind is None:
                replaced = [name for name in devices if not stat.S_ISCHR(os.lstat(root / name).st_mode)]
                if replaced:
                    kind = "clobber"
                    signature = "clobber: a device given as --output was replaced by a regular file"
            if kind == "hang" and any(e["op"] == "fifo" for e in case.get("edits", [])):
                # One cause, whichever command and file: reading a FIFO waits for a writer.
                signature = "hang: a FIFO in the library"
            files = {}
            if kind:
                for edit in case.get("edits", []):
                    p = root / edit["file"]
                    if p.is_file() and not p.is_symlink() and p.stat().st_size <= 4 * 1024 * 1024:
                        files[edit["file"]] = p.read_bytes()
            return {"case": case, "returncode": None if timed_out else child.returncode, "timed_out": timed_out,
                    "seconds": seconds, "stderr": stderr, "stderr_size": size, "kind": kind,
                    "signature": signature, "applied": applied, "files": files}
        finally:
            shutil.rmtree(root, ignore_errors=True)


# ---------------------------------------------------------------------------------------------------------------
# Set-up


def confine(arg: str, root: Path) -> str:
    """An absolute path outside the case's folder is moved into it: no case may write to the machine's files."""
    m = re.fullmatch(r"(--[^=]+=)?(/.*)", arg, re.S)
    if not m:
        return arg
    prefix, path = m.group(1) or "", m.group(2)
    inside = os.path.normpath(path) == str(root) or os.path.normpath(path).startswith(str(root) + os.sep)
    return arg if inside else prefix + str(root) + "/outside" + path


def make_devices(root: Path) -> list[str]:
    """Null and full devices of the run's own, for --output: the machine's /dev is never handed to a child."""
    made = []
    for name, minor in (("dev-null", 3), ("dev-full", 7)):
        try:
            os.mknod(root / name, stat.S_IFCHR | 0o666, os.makedev(1, minor))
            made.append(name)
        except OSError:
            pass
    return made


def find_binary(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).resolve()
    if os.environ.get("DEPOT_BIN"):
        return Path(os.environ["DEPOT_BIN"]).resolve()
    subprocess.run(["swift", "build", "--product", "depot"], cwd=REPO, check=True, stdout=subprocess.DEVNULL)
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=REPO, check=True, capture_output=True, text=True)
    return Path(out.stdout.strip()) / "depot"


def prepare(binary: Path, work: Path, library: Path, log) -> tuple[dict[str, Path], Path]:
    """The libraries cases start from (the sample, and the sample with a published plan) and files to import."""
    bases = {"sample": work / "base-sample"}
    shutil.copytree(library, bases["sample"], symlinks=True)
    env = {"PATH": os.environ.get("PATH", ""), "DEPOT_TODAY": TODAY, "DEPOT_NO_PRINTER": "1", "HOME": str(work),
           "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no"}
    planned = work / "base-planned"
    shutil.copytree(library, planned, symlinks=True)
    ok = True
    for args in (["plan"], ["plan", "--publish"]):
        r = subprocess.run([str(binary), *args, "--data", str(planned)], env=env, capture_output=True, timeout=120)
        ok = ok and r.returncode == 0
    if ok:
        shutil.rmtree(planned / "backups", ignore_errors=True)
        bases["planned"] = planned
    else:
        log("fuzz: warning: could not plan and publish on the sample library; cases start from the sample only")
    artefacts = work / "artefacts"
    artefacts.mkdir()
    for name, extra in (("items.csv", []), ("items-excel.csv", ["--excel"])):
        r = subprocess.run([str(binary), "export", "items", *extra, "--data", str(bases["sample"])], env=env,
                           capture_output=True, timeout=120)
        (artefacts / name).write_bytes(r.stdout)
    return bases, artefacts


def command_tree(binary: Path) -> dict:
    r = subprocess.run([str(binary), "--experimental-dump-help"], capture_output=True, timeout=60,
                       env={"PATH": os.environ.get("PATH", ""), "HOME": "/nonexistent"})
    if r.returncode != 0:
        raise RuntimeError(f"`depot --experimental-dump-help` failed with {r.returncode}: {r.stderr[:300]!r}")
    return json.loads(r.stdout)["command"]


def limit_resources():
    """Children inherit these: no run may take more than 3 GiB of memory or write a file over 256 MiB."""
    for which, value in ((resource.RLIMIT_AS, 3 << 30), (resource.RLIMIT_FSIZE, 256 << 20), (resource.RLIMIT_CORE, 0)):
        soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY:
            value = min(value, hard)
        resource.setrlimit(which, (value, hard))


def load_seeds(folder: Path) -> list[tuple[str, dict]]:
    seeds = []
    for path in sorted(folder.glob("*.json")):
        case = json.loads(path.read_text(encoding="utf-8"))
        seeds.append((case.get("name") or path.stem, case))
    return seeds


def save_finding(folder: Path, result: dict, seed_name: str | None) -> Path:
    digest = hashlib.sha1(result["signature"].encode()).hexdigest()[:10]
    name = f"{result['kind']}-{digest}"
    case = dict(result["case"])
    rest = {k: v for k, v in case.items() if k not in ("name", "note")}
    case = {"name": seed_name or name, "note": result["signature"], **rest}
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.json"
    path.write_text(json.dumps(case, ensure_ascii=False, indent=2, allow_nan=True) + "\n", encoding="utf-8")
    detail = folder / name
    detail.mkdir(exist_ok=True)
    (detail / "stderr.txt").write_bytes(result["stderr"])
    for file, data in result["files"].items():
        target = detail / file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return path


# ---------------------------------------------------------------------------------------------------------------


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", help="the depot binary (default: $DEPOT_BIN, else `swift build` the debug one)")
    parser.add_argument("--seconds", type=float, default=60, help="stop generating after this long (default 60)")
    parser.add_argument("--runs", type=int, help="stop after this many generated cases (instead of --seconds)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the generator; the same seed, the same cases")
    parser.add_argument("--timeout", type=float, default=10, help="seconds one run may take before it is a hang")
    parser.add_argument("--jobs", type=int, default=1, help="runs at once (default 1)")
    parser.add_argument("--findings", default=str(REPO / ".build-fuzz-findings"), help="where reproducers go")
    parser.add_argument("--seeds", default=str(HERE / "seeds"), help="seed corpus, replayed first")
    parser.add_argument("--known", default=str(HERE / "known.txt"), help="findings that do not fail the run")
    parser.add_argument("--library", default=str(REPO / "data"), help="the library cases start from")
    parser.add_argument("--replay", nargs="+", metavar="CASE.json", help="run only these cases, verbosely")
    parser.add_argument("--strict", action="store_true", help="soft findings fail the run too")
    parser.add_argument("--no-seeds", action="store_true", help="do not replay the seed corpus")
    parser.add_argument("--print-cases", type=int, metavar="N", help="print the first N generated cases and stop")
    options = parser.parse_args(argv)

    def log(text):
        print(text, flush=True)

    try:
        binary = find_binary(options.bin)
        if not binary.exists():
            raise RuntimeError(f"no depot binary at {binary}")
        tree = command_tree(binary)
    except (RuntimeError, subprocess.CalledProcessError, OSError, ValueError) as error:
        print(f"fuzz: cannot start: {error}", file=sys.stderr)
        return 2
    limit_resources()
    known = read_known(Path(options.known))
    findings_dir = Path(options.findings)

    with tempfile.TemporaryDirectory(prefix="depot-fuzz-") as scratch:
        work = Path(scratch)
        bases, artefacts = prepare(binary, work, Path(options.library), log)
        runner = Runner(binary, work, bases, artefacts, tree, options.timeout)
        rng = random.Random(options.seed)
        generator = Generator(rng, tree, bases)

        if options.print_cases:
            for _ in range(options.print_cases):
                print(describe(generator.case()))
            return 0

        if options.replay:
            worst = 0
            for path in options.replay:
                case = json.loads(Path(path).read_text(encoding="utf-8"))
                result = runner.run(case)
                status = "timed out" if result["timed_out"] else f"exit {result['returncode']}"
                log(f"{path}: {describe(case)}")
                log(f"  {status} in {result['seconds']:.2f} s; {result['signature'] or 'fine'}")
                head = result["stderr"][:1500].decode("utf-8", "replace")
                if head:
                    log("  stderr: " + head.replace("\n", "\n          "))
                if result["kind"]:
                    worst = 1
            return worst

        seen: dict[str, dict] = {}
        counts = {"crash": 0, "hang": 0, "clobber": 0, "soft": 0}
        tried = {"seed": 0, "generated": 0}
        failing_inputs = 0
        known_seeds_fixed = []

        known_used: set[str] = set()

        def record(result, seed_name):
            nonlocal failing_inputs
            kind, signature = result["kind"], result["signature"]
            if kind:
                known_used.update(e for e in known if matches_known([e], signature, seed_name))
            if not kind:
                if seed_name and matches_known([e for e in known if e.startswith("seed:")], "", seed_name):
                    known_seeds_fixed.append(seed_name)
                return
            is_known = matches_known(known, signature, seed_name)
            fails = not is_known and (kind != "soft" or options.strict)
            if fails:
                failing_inputs += 1
            entry = seen.get(signature)
            if entry is None:
                path = save_finding(findings_dir, result, seed_name)
                entry = seen[signature] = {"kind": kind, "count": 0, "known": is_known, "fails": fails, "path": path,
                                           "repro": describe(result["case"]), "seed": seed_name}
                counts[kind] += 1
                label = "known" if is_known else "NEW"
                log(f"fuzz: {label} {signature}")
                log(f"      reproduce: {entry['repro']}")
                log(f"      saved: {path}")
            entry["count"] += 1

        started = time.monotonic()
        seeds = [] if options.no_seeds else load_seeds(Path(options.seeds))
        log(f"fuzz: {binary}; {len(seeds)} seeds, then generated cases with --seed {options.seed}"
            + (f" for {options.runs} cases" if options.runs else f" for {options.seconds:g} s")
            + f", {options.jobs} at a time, {options.timeout:g} s each at most")
        with ThreadPoolExecutor(max_workers=options.jobs) as pool:
            pending = {}

            def submit(case, seed_name):
                pending[pool.submit(runner.run, case)] = seed_name

            def drain(block):
                if not pending:
                    return
                done, _ = wait(list(pending), timeout=None if block else 0, return_when=FIRST_COMPLETED)
                for future in done:
                    seed_name = pending.pop(future)
                    result = future.result()
                    tried["seed" if seed_name else "generated"] += 1
                    record(result, seed_name)

            for name, case in seeds:
                while len(pending) >= options.jobs * 2:
                    drain(True)
                submit(case, name)
            while pending:
                drain(True)
            generate_from = time.monotonic()
            generated = 0
            while True:
                if options.runs is not None:
                    if generated >= options.runs:
                        break
                elif time.monotonic() - generate_from >= options.seconds:
                    break
                while len(pending) >= options.jobs * 2:
                    drain(True)
                submit(generator.case(), None)
                generated += 1
            while pending:
                drain(True)

        elapsed = time.monotonic() - started
        total = tried["seed"] + tried["generated"]
        new = [s for s, e in seen.items() if not e["known"]]
        failing = [s for s, e in seen.items() if e["fails"]]
        log(f"fuzz: tried {total} inputs ({tried['seed']} seeds, {tried['generated']} generated) in {elapsed:.0f} s; "
            f"distinct findings: {counts['crash']} crash, {counts['hang']} hang, {counts['clobber']} clobber, "
            f"{counts['soft']} soft "
            f"({len(new)} new, {len(seen) - len(new)} known)")
        for signature, entry in sorted(seen.items(), key=lambda kv: (kv[1]["kind"], kv[0])):
            label = "known" if entry["known"] else "NEW  "
            log(f"fuzz: {label} ×{entry['count']} {signature}\n        {entry['repro']}")
        for name in known_seeds_fixed:
            log(f"fuzz: seed {name} is listed in known.txt but ran clean: take it off the list")
        for entry in known:
            if entry not in known_used and not entry.startswith("seed:"):
                log(f"fuzz: known.txt entry not seen in this run (fixed?): {entry}")
        log(f"fuzz: {total - failing_inputs} passed, {failing_inputs} failed")
        return 1 if failing else 0


if __name__ == "__main__":
    sys.exit(main())
