"""The item catalogue of a library folder as the end-to-end checks read and edit it: one file per shard in
items/, holding the items whose barcodes end in the same two characters (5000100000005 is in items/05.json)."""
import glob
import json
import os


def shard(barcode):
    """The shard's name: the barcode's last two characters, letters in lower case, others as "_"."""
    name = ""
    for c in barcode[-2:].rjust(2, "0"):
        if c.isascii() and (c.isdigit() or c.islower() or c == "_"):
            name += c
        elif c.isascii() and c.isupper():
            name += c.lower()
        else:
            name += "_"
    return name


def path_of(folder, barcode):
    return os.path.join(folder, "items", shard(barcode) + ".json")


def paths(folder):
    return sorted(glob.glob(os.path.join(folder, "items", "*.json")))


def load(folder):
    """Every item, sorted by barcode."""
    items = [item for path in paths(folder) for item in json.load(open(path, encoding="utf-8"))["items"]]
    return sorted(items, key=lambda item: item["barcode"])


def by_barcode(folder):
    return {item["barcode"]: item for item in load(folder)}


def save(folder, items):
    """Writes `items` back into their shards (every shard is rewritten; a shard left without items is removed)."""
    groups = {}
    for item in items:
        groups.setdefault(shard(item["barcode"]), []).append(item)
    for path in paths(folder):
        if os.path.basename(path)[:-5] not in groups:
            os.remove(path)
    for name, records in groups.items():
        records.sort(key=lambda item: item["barcode"])
        document = {"schemaVersion": 1, "items": records}
        with open(os.path.join(folder, "items", name + ".json"), "w", encoding="utf-8") as out:
            json.dump(document, out, ensure_ascii=False, indent=1, sort_keys=True)
