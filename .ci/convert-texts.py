#!/usr/bin/env python3
"""Moves a Swift text catalogue's `danish`/`english` dictionaries into the language files.

    python3 .ci/convert-texts.py Sources/DepotTUI/Screens/Plan/PlanTexts.swift [more .swift files]
    python3 .ci/convert-texts.py --list FILE...   # print the texts that take placeholders, change nothing
    python3 .ci/convert-texts.py --merged FILE    # FILE has a merge conflict: see below

For every `static let danish: [Catalogue: String] = [...]` (and `english`) in the files it:
  - turns "one|other" into {"one": ..., "other": ...},
  - turns {0}, {1}... into the names the catalogue's `static let placeholders: [Catalogue: [String]]` declares
    for that key, in order (the Swift file must declare them first; the script stops and names the key if not),
  - writes the entries into Sources/DepotCore/Resources/Texts/<code>.json under "Catalogue", sorted, one entry a
    line (a key that is already there is replaced by the Swift text, and the script says so),
  - removes the two dictionaries from the Swift file.
With --merged, for a branch written the old way that added or changed texts of a catalogue converted on the other
side (a merge or rebase stopped on the conflict in FILE, in either direction): FILE becomes the converted side with
the old-style side's other changes (new cases, code), by `git merge-file` of the three versions git keeps; the
old-style side's dictionaries go into the language files with the placeholder names the converted FILE declares. A new text that takes values needs its
names in FILE's `placeholders` first; the script stops and names it. Then `git add FILE` and the two .json files.

Run it from the package root. It exists to convert catalogues written the old way (a branch made before the
conversion); once none is left it can be deleted.
"""

import json
import os
import re
import subprocess
import sys
import tempfile

TEXTS = "Sources/DepotCore/Resources/Texts"
LANGUAGES = {"danish": "da", "english": "en"}
BLOCK = re.compile(r"\n?([ \t]*)static let (danish|english): \[(\w+): String\] = \[")
PLACEHOLDERS = re.compile(r"static let placeholders: \[(\w+): \[String\]\] = \[")
POSITIONAL = re.compile(r"\{(\d+)\}")


class Failure(Exception):
    pass


SHOWN_AS = {}  # temporary files by the name messages give them


def line_of(text, offset):
    return text.count("\n", 0, offset) + 1


def read_string(text, i, path):
    """The Swift string literal starting at text[i] == '"'; returns (value, index after it)."""
    assert text[i] == '"'
    if text.startswith('"""', i):
        raise Failure(f"{path}:{line_of(text, i)}: multi-line string literals are not converted")
    i += 1
    out = []
    while True:
        c = text[i]
        if c == '"':
            return "".join(out), i + 1
        if c == "\n":
            raise Failure(f"{path}:{line_of(text, i)}: unterminated string")
        if c == "\\":
            n = text[i + 1]
            if n == "(":
                raise Failure(f"{path}:{line_of(text, i)}: string interpolation in a catalogue text")
            simple = {'"': '"', "\\": "\\", "n": "\n", "t": "\t", "'": "'", "0": "\0"}
            if n in simple:
                out.append(simple[n])
                i += 2
                continue
            if n == "u":
                end = text.index("}", i)
                out.append(chr(int(text[i + 3 : end], 16)))
                i = end + 1
                continue
            raise Failure(f"{path}:{line_of(text, i)}: unknown escape \\{n}")
        out.append(c)
        i += 1


def skip_space(text, i):
    while True:
        while i < len(text) and text[i] in " \t\r\n":
            i += 1
        if text.startswith("//", i):
            i = text.index("\n", i)
            continue
        return i


def read_dictionary(text, i, path, value):
    """Entries `.key: <value>` of a dictionary literal whose '[' is at text[i - 1]; returns (entries, end)."""
    entries = {}
    while True:
        i = skip_space(text, i)
        if text[i] == "]":
            return entries, i + 1
        if text[i] == ":" and text[i + 1] == "]" and not entries:  # [:]
            return entries, i + 2
        match = re.compile(r"\.(\w+)\s*:").match(text, i)
        if not match:
            raise Failure(f"{path}:{line_of(text, i)}: expected `.key:` in a catalogue, found {text[i:i + 30]!r}")
        key = match.group(1)
        if key in entries:
            raise Failure(f"{path}:{line_of(text, i)}: .{key} appears twice")
        i = skip_space(text, match.end())
        entries[key], i = value(text, i, path)
        i = skip_space(text, i)
        if text[i] == ",":
            i += 1


def read_text(text, i, path):
    if text[i] != '"':
        raise Failure(f"{path}:{line_of(text, i)}: a catalogue text must be a string literal")
    value, i = read_string(text, i, path)
    while True:  # "a" + "b"
        j = skip_space(text, i)
        if text[j] != "+":
            return value, i
        j = skip_space(text, j + 1)
        more, i = read_string(text, j, path)
        value += more


def read_names(text, i, path):
    if text[i] != "[":
        raise Failure(f"{path}:{line_of(text, i)}: placeholder names must be an array of string literals")
    names, i = [], i + 1
    while True:
        i = skip_space(text, i)
        if text[i] == "]":
            return names, i + 1
        name, i = read_string(text, i, path)
        names.append(name)
        i = skip_space(text, i)
        if text[i] == ",":
            i += 1


def placeholder_tables(paths):
    tables = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for match in PLACEHOLDERS.finditer(text):
            tables[match.group(1)], _ = read_dictionary(text, match.end(), path, read_names)
    return tables


def converted(catalogue, key, text, names, path):
    """The file entry for `text`: placeholders by name, "a|b" as plural forms."""
    def rename(match):
        position = int(match.group(1))
        if position >= len(names):
            raise Failure(
                f"{path}: {catalogue}.{key} uses {{{position}}}, but {catalogue}.placeholders declares "
                f"{len(names)} name(s) for .{key} ({names}); add the names, in the order the code passes them")
        return "{" + names[position] + "}"

    text = POSITIONAL.sub(rename, text)
    if "|" in text:
        one, other = text.split("|", 1)
        return {"one": one, "other": other}
    return text


def dump(data):
    """The canonical form of a language file: catalogues and keys sorted, one entry a line."""
    lines = ["{"]
    catalogues = sorted(data)
    for c, catalogue in enumerate(catalogues):
        lines.append(f"  {json.dumps(catalogue)}: {{")
        keys = sorted(data[catalogue])
        for k, key in enumerate(keys):
            entry = data[catalogue][key]
            if isinstance(entry, dict):
                value = "{" + ", ".join(f"{json.dumps(f)}: {json.dumps(entry[f], ensure_ascii=False)}"
                                        for f in sorted(entry, key=["zero", "one", "two", "few", "many",
                                                                    "other"].index)) + "}"
            else:
                value = json.dumps(entry, ensure_ascii=False)
            lines.append(f"    {json.dumps(key)}: {value}" + ("," if k < len(keys) - 1 else ""))
        lines.append("  }" + ("," if c < len(catalogues) - 1 else ""))
    lines.append("}")
    return "\n".join(lines) + "\n"


def git(*arguments):
    result = subprocess.run(["git", *arguments], capture_output=True, text=True)
    if result.returncode not in (0, 1) or (result.returncode == 1 and arguments[0] != "merge-file"):
        raise Failure(f"git {' '.join(arguments)}: {result.stderr.strip()}")
    return result.stdout


def merged(path):
    """Resolves FILE's conflict for the converted side; returns a copy of the old-style side to convert."""
    stages = {n: git("show", f":{n}:{path}") for n in (1, 2, 3)}

    def converted(text):
        return PLACEHOLDERS.search(text) is not None and BLOCK.search(text) is None

    if converted(stages[2]) and not converted(stages[3]):
        keep, old = "--ours", 3
    elif converted(stages[3]) and not converted(stages[2]):
        keep, old = "--theirs", 2
    else:
        raise Failure(f"{path}: neither or both sides of the conflict are converted; convert the file itself")
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for n, text in stages.items():
            names[n] = os.path.join(folder, f"{n}.swift")
            with open(names[n], "w", encoding="utf-8") as f:
                f.write(text)
        resolved = git("merge-file", keep, "-p", names[2], names[1], names[3])
    with open(path, encoding="utf-8") as f:
        unresolved = "<<<<<<<" in f.read()
    if unresolved:  # the first run; later runs keep the names added to FILE since
        with open(path, "w", encoding="utf-8") as f:
            f.write(resolved)
    theirs = os.path.join(tempfile.mkdtemp(), os.path.basename(path))
    SHOWN_AS[theirs] = f"{path} (the old-style side)"
    with open(theirs, "w", encoding="utf-8") as f:
        f.write(stages[old])
    return theirs


def main(argv):
    listing = "--list" in argv
    paths = [a for a in argv if a not in ("--list", "--merged")]
    if not paths:
        print(__doc__)
        return 2
    names_from = ["Sources/DepotTUI/App/Strings.swift"]  # TextKey's; a feature catalogue declares its own.
    if "--merged" in argv:
        names_from += paths
        paths = [merged(path) for path in paths]
    tables = placeholder_tables(paths + names_from)
    files = {}
    for code in LANGUAGES.values():
        file = os.path.join(TEXTS, f"{code}.json")
        files[code] = json.load(open(file, encoding="utf-8")) if os.path.exists(file) else {}
    edits = {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        cut = []
        found = {}
        for match in BLOCK.finditer(text):
            language, catalogue = match.group(2), match.group(3)
            entries, end = read_dictionary(text, match.end(), path, read_text)
            found.setdefault(catalogue, {})[language] = entries
            cut.append((match.start(), end))
        if not found:
            raise Failure(f"{path}: no `static let danish/english: [Catalogue: String]` dictionaries")
        for catalogue, languages in found.items():
            names = tables.get(catalogue, {})
            for language, entries in languages.items():
                for key, value in entries.items():
                    if listing:
                        if POSITIONAL.search(value):
                            print(f"{catalogue}.{key} [{language}] {names.get(key)}: {value}")
                        continue
                    entry = converted(catalogue, key, value, names.get(key, []), path)
                    table = files[LANGUAGES[language]].setdefault(catalogue, {})
                    if key in table and table[key] != entry:
                        print(f"replaced {LANGUAGES[language]}.json {catalogue}.{key}: {table[key]!r} -> {entry!r}")
                    table[key] = entry
        # Remove the dictionaries and the blank lines left where they stood.
        for start, end in reversed(cut):
            text = text[:start] + text[end:]
        text = re.sub(r"\n{3,}", "\n\n", text)
        edits[path] = re.sub(r"\n\n+([ \t]*\}\n)", r"\n\1", text)
    if listing:
        return 0
    os.makedirs(TEXTS, exist_ok=True)
    for code, data in files.items():
        with open(os.path.join(TEXTS, f"{code}.json"), "w", encoding="utf-8") as f:
            f.write(dump(data))
    if "--merged" in argv:
        print(f"converted the branch's texts of {', '.join(names_from[1:])}; now git add them and the .json files")
        return 0
    for path, text in edits.items():
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        print(f"converted {path}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except Failure as failure:
        message = str(failure)
        for temporary, shown in SHOWN_AS.items():
            message = message.replace(temporary, shown)
        print(f"convert.py: {message}", file=sys.stderr)
        sys.exit(1)
