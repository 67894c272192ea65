"""Runs every command line of the README's command table against copies of the sample library.

Each line is run with its required parts, then once more for every optional part (each alternative of it alone),
with the README's placeholders filled in from the sample. A command may refuse what the sample does not allow
(exit 1 with a "depot:" sentence), but none may be refused by the argument parser (exit 64, "Error: ..."): that
would mean the README promises an option or a form the program does not have. Prints one line per failure and
"N command lines, N failed".

usage: readme_commands.py DEPOT README SAMPLE WORK
"""
import os
import re
import shlex
import shutil
import subprocess
import sys

depot, readme, sample, work = sys.argv[1:5]

# Placeholders of the README, filled in from the sample library (data/).
VALUES = {
    "DIR": None,  # a new folder each time
    "FILE.csv": os.path.join(work, "items.csv"),
    "FILE.xlsx": os.path.join(work, "items.xlsx"),
    "FILE": None,  # a new file each time
    "YYYY-MM-DD": "2026-11-23",
    "NAME-or-ID": "violen",
    "PARTNER:DATE": "P002:2027-01-12",
    "PARTNER": "P002",
    "DATE": "2026-12-01",
    "DAY": "2026-12-01",
    "BARCODE": "5000100006242",
    "NUMBER": "K001",
    "NAME": "Nord",
    "PRINTER": "kontor",
    "EVENT": "E2027-01",
    "STAFF": "S01",
    "JUDGE": "J1",
    "READER": "R01",
    "R": "1",
    "N": "1",
    "T": "note",
    "DEPOSIT": "D2026-0037",
    "CRATE": "K010",
    "K1,K2": "K010",
    "CRITERION=POINTS": "technique=4",
}


def alternatives(text):
    """`a\\|b\\|c` as ["a", "b", "c"]; `--format text\\|csv` as ["--format text", "--format csv"]."""
    parts = [part.strip() for part in text.split("\\|")]
    option = parts[0].split()[0] if parts[0].startswith("--") and " " in parts[0] else None
    return [parts[0]] + [part if part.startswith("-") or option is None else f"{option} {part}" for part in parts[1:]]


def fill(words, counter):
    out = []
    for word in words:
        word = word.replace("...", "").rstrip(",")
        if word == "DIR":
            counter[0] += 1
            word = os.path.join(work, f"dir{counter[0]}")
        elif word == "FILE":
            counter[0] += 1
            word = os.path.join(work, f"file{counter[0]}.out")
        elif word in VALUES:
            word = VALUES[word]
        out.append(word)
    return out


def variants(line):
    """The command lines one README line promises: required parts, then each optional part alone."""
    line = line.replace("< scans", "").replace("[...]", "").strip()
    if line.startswith("task "):
        line = "depot events " + line
    optional = re.findall(r"\[([^\[\]]*)\]", line)
    required = re.sub(r"\s*\[[^\[\]]*\]", "", line)
    # Alternatives among the required words (export items|deposits|ledger, --scale sample|town|city).
    bases = [[]]
    for word in shlex.split(required.replace("\\|", "\x00")):
        choices = word.split("\x00")
        bases = [base + [choice] for base in bases for choice in choices]
    for base in bases:
        yield base
        for group in optional:
            for choice in alternatives(group):
                yield base + shlex.split(choice)


lines = []
for row in open(readme, encoding="utf-8"):
    if row.startswith("| `depot"):
        lines += re.findall(r"`([^`]*)`", row.split(" | ")[0][2:])

env = dict(os.environ, DEPOT_TODAY="2026-11-23", DEPOT_NO_PRINTER="1", LANG="C")
env.pop("DEPOT_DATA", None)
failed = 0
total = 0
counter = [0]
for number, line in enumerate(lines):
    if line.strip() in ("depot", "depot open"):
        continue  # the screen: driven in tmux by 20-screen.sh
    library = os.path.join(work, f"lib{number}")
    shutil.copytree(sample, library)
    for words in variants(line):
        args = fill(words[1:], counter)
        if args and args[0] != "sample":
            args += ["--data", library]
        total += 1
        try:
            run = subprocess.run([depot] + args, capture_output=True, text=True, env=env, timeout=60,
                                 stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired:
            failed += 1
            print(f"    timed out: depot {shlex.join(args)}")
            continue
        refused_by_parser = run.returncode == 64 or run.stderr.startswith("Error:")
        clear_refusal = run.returncode == 1 and "depot:" in run.stderr
        if refused_by_parser or not (run.returncode == 0 or clear_refusal):
            failed += 1
            message = (run.stderr.strip().splitlines() or ["(nothing on standard error)"])[0]
            print(f"    README line `{line}`\n      depot {shlex.join(args)} -> exit {run.returncode}: {message}")
print(f"{total} command lines, {failed} failed")
sys.exit(1 if failed else 0)
