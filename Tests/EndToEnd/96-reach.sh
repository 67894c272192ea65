# Reach (issue 20): whom the deposits reach, counted again here from the sample's JSON files; prospects from the
# command line; the reach report's HTML.

# Counts the season's reach over the JSON files by the rules in docs/json-output.md, independently of Depot, and
# compares with `depot reach --format json`.
reach_agrees_with_an_independent_count() {
    local lib=$1 season=$2 today=$3
    DEPOT_TODAY=$today "$depot" reach --data "$lib" --season "$season" --format json >"$work/reach.json" || return 1
    python3 - "$lib" "$season" "$today" "$work/reach.json" <<'PY'
import datetime, glob, json, os, sys
lib, season, today, reported = sys.argv[1], sys.argv[2], sys.argv[3], json.load(open(sys.argv[4], encoding="utf-8"))
def load(name, key):
    return json.load(open(os.path.join(lib, name), encoding="utf-8"))[key]
settings = load("library.json", "library")
start_month = settings.get("seasonStartMonth", 8)
start_year = int(season[:4])
first = datetime.date(start_year, start_month, 1)
last = datetime.date(start_year + 1, start_month, 1) - datetime.timedelta(days=1)
now = datetime.date.fromisoformat(today)
as_of = min(now, last)
margin = 14
day = datetime.date.fromisoformat
partners = load("partners.json", "partners")
deposits = [d for path in sorted(glob.glob(os.path.join(lib, "deposits", "*.json")))
            for d in json.load(open(path, encoding="utf-8"))["deposits"]]
events = load("events.json", "events")

def season_of(d):
    created = day(d["createdOn"])
    year = created.year if created.month >= start_month else created.year - 1
    return year
out_during = {}
books = {}
made = missed = 0
for d in deposits:
    if d.get("dispatchedOn"):
        sent = day(d["dispatchedOn"])
        back = day(d["returnedOn"]) if d.get("returnedOn") else None
        if sent <= last and sent <= as_of and (back is None or back >= first):
            out_during[d["partnerID"]] = out_during.get(d["partnerID"], 0) + 1
        if season_of(d) == start_year:
            books[d["partnerID"]] = books.get(d["partnerID"], 0) + len(d["itemBarcodes"])
        due = day(d["dueOn"])
        if first <= due <= as_of:
            limit = due + datetime.timedelta(days=margin)
            if back is not None and back <= now:
                if back <= limit: made += 1
                else: missed += 1
            elif limit < now:
                missed += 1
known = [p for p in partners if p["id"] in out_during or not p.get("endedOn") or day(p["endedOn"]) >= first]
reached = [p for p in known if p["id"] in out_during]
children = sum(p.get("childCount") or 0 for p in reached)
held = [e for e in events if e["kind"] != "meeting" and first <= day(e["startsOn"]) <= last
        and day(e.get("endsOn") or e["startsOn"]) <= now]
expected = {
    "partnersReached": len(reached),
    "childrenReached": children,
    "booksLent": sum(books.values()),
    "exchangesMade": made,
    "exchangesMissed": missed,
    "knownInstitutions": len(known),
    "knownChildren": sum(p.get("childCount") or 0 for p in known),
    "childrenAtEvents": sum((e.get("actual") or {}).get("children", 0) for e in held),
    "eventsHeld": len(held),
    "asOf": as_of.isoformat(),
}
for key, value in expected.items():
    assert reported[key] == value, (key, reported[key], value)
counted = [p for p in reached if p.get("childCount") is not None]
per_child = round(sum(books.get(p["id"], 0) for p in counted) / children, 4) if children else None
assert reported["booksPerChild"] == per_child, (reported["booksPerChild"], per_child)
assert reported["institutionShare"] == round(len(reached) / len(known), 4)
assert sorted(reported["notReached"]) == sorted(p["id"] for p in known if p["id"] not in out_during)
towns = {}
for p in known:
    town = towns.setdefault(p["address"]["city"], [0, 0, 0])
    town[0] += 1
    if p["id"] in out_during:
        town[1] += 1
        town[2] += p.get("childCount") or 0
assert {g["name"]: [g["known"], g["reached"], g["childrenReached"]] for g in reported["byTown"]} == towns
assert sum(g["booksLent"] for g in reported["byRoute"]) == sum(books.get(p["id"], 0) for p in known)
assert reported["seasons"][-1]["season"] == reported["season"] == season
print(json.dumps(expected, sort_keys=True), file=sys.stderr)
PY
}

reach_on_the_sample() {
    reach_agrees_with_an_independent_count data 2025/26 2026-12-03 2>/dev/null \
        && reach_agrees_with_an_independent_count data 2026/27 2026-12-03 2>/dev/null \
        && reach_agrees_with_an_independent_count data 2026/27 2026-11-23 2>/dev/null \
        && DEPOT_TODAY=2026-12-03 "$depot" reach --data data --season 2025/26 --format json \
            | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["partnersReached"] > 20 and r["booksLent"] > 1000, r'
}
check "depot reach --season 2025/26 and 2026/27 agree with a count over the sample's JSON files" reach_on_the_sample

reach_matches_the_ledger() {
    local season
    for season in 2025/26 2026/27; do
        DEPOT_TODAY=2026-12-03 "$depot" ledger --data data --season "$season" --format json >"$work/ledger.json" \
            || return 1
        DEPOT_TODAY=2026-12-03 "$depot" reach --data data --season "$season" --format json >"$work/reach.json" \
            || return 1
        python3 -c 'import json,sys; l=json.load(open(sys.argv[1])); r=json.load(open(sys.argv[2])); assert l["totals"]["itemsLent"] == r["booksLent"], (l["totals"], r["booksLent"])' \
            "$work/ledger.json" "$work/reach.json" || return 1
    done
}
check "the books reach counts as lent are the ledger's" reach_matches_the_ledger

# A new kindergarten as a new user would add it: a prospect, a call, active, its first crate; the season's reach
# goes up by its children, and stays as counted independently.
prospect_to_first_crate() {
    local lib="$work/reach-journey" before after
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local -x DEPOT_TODAY=2026-12-03
    before=$("$depot" reach --data "$lib" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["childrenReached"], r["knownInstitutions"])')
    "$depot" prospect add --data "$lib" --name "Børnehuset Regnbuen" --address "Lyngvej 3" --postcode 8410 \
        --town Rønde --children 42 2>/dev/null || return 1
    # The sample's own prospects (from its partners.json) and the new one.
    "$depot" prospect list --data "$lib" --state prospect --format json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); known=[p["name"] for p in json.load(open(sys.argv[1], encoding="utf-8"))["partners"] if p.get("partnership", {}).get("state") == "prospect"]; assert known and sorted(p["name"] for p in r) == sorted(known + ["Børnehuset Regnbuen"]), r' \
            data/partners.json \
        || return 1
    # A prospect is known but not reached, and gets no crate.
    "$depot" reach --data "$lib" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); p=[x for x in r["partners"] if x["partner"] == "Børnehuset Regnbuen"][0]; assert not p["reached"] and p["partnerID"] in r["notReached"], p' || return 1
    ! "$depot" send --data "$lib" Regnbuen --crates K019 >/dev/null 2>&1 || return 1
    "$depot" prospect contact --data "$lib" Regnbuen --by S01 --with "Lone, leder" --note "Vil gerne have et depot" \
        2>/dev/null || return 1
    "$depot" prospect state --data "$lib" Regnbuen active --route vest 2>/dev/null || return 1
    "$depot" send --data "$lib" Regnbuen --crates K019 >/dev/null 2>&1 || return 1
    after=$("$depot" reach --data "$lib" --format json | python3 -c 'import json,sys; r=json.load(sys.stdin); print(r["childrenReached"], r["knownInstitutions"])')
    read -r children known <<<"$before"
    [ "$after" = "$((children + 42)) $((known + 1))" ] || { echo "    before $before, after $after"; return 1; }
    reach_agrees_with_an_independent_count "$lib" 2026/27 2026-12-03 2>/dev/null || return 1
    "$depot" check --data "$lib" >/dev/null
}
check "a prospect, a call, active, its first crate: the season's reach goes up by its children" prospect_to_first_crate

# The children reached that the screen's Reach view shows ("Børn nået: 1345 af 1736"), as a plain number.
reach_view_children() {
    tmux capture-pane -p -t "$session" | sed -n 's/.*Børn nået: \([0-9.]*\) af.*/\1/p' | head -n 1 | tr -d .
}

# The same journey on the screen, as a new user would make it in the Partners tab: p registers the kindergarten (a
# postcode of three digits refused at the field first), c logs the call, m makes it active on the Vest route, u sends
# its first crate, and r shows the season's children reached gone up by its 38 children.
screen_prospect_to_first_crate() {
    start_screen reach-screen || return 1
    local lib="$work/reach-screen" before after
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 2
    wait_for "Partnere (" || return 1
    tmux send-keys -t "$session" r
    wait_for "Rækkevidde 2026/27" || return 1
    before=$(reach_view_children)
    tmux send-keys -t "$session" Escape p
    wait_for "Ny mulig partner" || return 1
    type_text "Børnehaven Solstrålen"
    tmux send-keys -t "$session" Tab Tab
    type_text "Hovedgaden 12"
    tmux send-keys -t "$session" Tab
    type_text "841"
    tmux send-keys -t "$session" Tab
    wait_for "! postnummeret skal være fire cifre" || return 1
    tmux send-keys -t "$session" BTab
    type_text "0"
    tmux send-keys -t "$session" Tab
    type_text "Rønde"
    tmux send-keys -t "$session" Tab
    type_text "38"
    tmux send-keys -t "$session" C-s
    wait_for "Børnehaven Solstrålen er registreret som mulig partner" || return 1
    tmux send-keys -t "$session" c
    wait_for "Kontakt med Børnehaven Solstrålen" || return 1
    tmux send-keys -t "$session" Tab Tab
    type_text "Lone Skov, leder"
    tmux send-keys -t "$session" Tab
    type_text "Vil gerne have et depot fra december"
    tmux send-keys -t "$session" C-s
    wait_for "tilstand: kontaktet" || return 1
    tmux send-keys -t "$session" m
    wait_for "◂ tilbudt ▸" || return 1
    tmux send-keys -t "$session" Right Right
    wait_for "◂ aktiv ▸" || return 1
    tmux send-keys -t "$session" Tab Tab Tab Right Right Right
    wait_for "◂ Vest ▸" || return 1
    tmux send-keys -t "$session" C-s
    wait_for "Børnehaven Solstrålen: aktiv fra 23. november 2026" || return 1
    # Vest comes on Thursdays: the first crate goes today as a special delivery.
    tmux send-keys -t "$session" u
    wait_for "særlig levering i dag?" || return 1
    tmux send-keys -t "$session" j
    wait_for "Send kasser til Børnehaven Solstrålen" || return 1
    tmux send-keys -t "$session" C-s
    wait_for "Sendt: Børnehaven Solstrålen" || return 1
    tmux send-keys -t "$session" r
    wait_for "Rækkevidde 2026/27" || return 1
    after=$(reach_view_children)
    tmux send-keys -t "$session" Escape q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    [ -n "$before" ] && [ "$after" = "$((before + 38))" ] || { echo "    before $before, after $after"; return 1; }
    python3 - "$lib" <<'PY' || return 1
import glob, json, sys
lib = sys.argv[1]
partner = [p for p in json.load(open(lib + "/partners.json", encoding="utf-8"))["partners"]
           if p["name"] == "Børnehaven Solstrålen"]
assert len(partner) == 1, partner
p = partner[0]
assert p["partnership"]["state"] == "active" and p["routeID"] == "vest", p
assert [(e["day"], e["staffID"], e["person"]) for e in p["partnership"]["contactLog"]] \
    == [("2026-11-23", "S01", "Lone Skov, leder")], p["partnership"]
deposits = [d for path in glob.glob(lib + "/deposits/*.json")
            for d in json.load(open(path, encoding="utf-8"))["deposits"] if d["partnerID"] == p["id"]]
assert len(deposits) == 1 and deposits[0]["dispatchedOn"] == "2026-11-23", deposits
PY
    # The report on the command line counts the same.
    DEPOT_TODAY=2026-11-23 "$depot" reach --data "$lib" --season 2026/27 --format json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); assert r["childrenReached"] == int(sys.argv[1]), r["childrenReached"]' "$after" \
        && "$depot" check --data "$lib" >/dev/null
}
check "on the screen: p registers a kindergarten, c logs the call, m makes it active, u sends its first crate, r shows reach up by its children" \
    screen_prospect_to_first_crate

prospect_bad_input_saves_nothing() {
    local lib="$work/reach-bad" sum out
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    sum=$(sha256sum "$lib/partners.json")
    out=$("$depot" prospect add --data "$lib" --address "Lyngvej 3" --postcode 8410 --town Rønde 2>&1) && return 1
    grep -q -- "--name: a prospect needs a name" <<<"$out" || { echo "    $out"; return 1; }
    out=$("$depot" prospect add --data "$lib" --name X --address "Lyngvej 3" --postcode 841 --town Rønde --lang da 2>&1) \
        && return 1
    grep -q -- "--postcode: postnummeret skal være fire cifre" <<<"$out" || { echo "    $out"; return 1; }
    out=$(DEPOT_TODAY=2026-12-03 "$depot" prospect contact --data "$lib" P001 --by S01 --with Lone --note Ja \
        --on 2026-12-04 2>&1) && return 1
    grep -q -- "--on: 4 December 2026 is after today" <<<"$out" || { echo "    $out"; return 1; }
    printf 'navn;adresse;postnummer;by;børn\nA;Vej 1;8410;Rønde;3\n;Vej 2;8410;Rønde;4\nC;Vej 3;84100;Rønde;5\n' \
        >"$work/bad.csv"
    out=$("$depot" prospect import --data "$lib" "$work/bad.csv" 2>&1) && return 1
    grep -q "line 3, column navn" <<<"$out" && grep -q "line 4, column postnummer" <<<"$out" \
        || { echo "    $out"; return 1; }
    [ "$(sha256sum "$lib/partners.json")" = "$sum" ]
}
check "a prospect without a name, a bad postcode, a contact in the future, a bad CSV row: named, nothing saved" \
    prospect_bad_input_saves_nothing

reach_html_is_a_page_with_charts() {
    DEPOT_TODAY=2026-12-03 "$depot" reach --data data --season 2026/27 --format html --lang da \
        --output "$work/reach.html" || return 1
    python3 - "$work/reach.html" <<'PY'
import re, sys
html = open(sys.argv[1], encoding="utf-8").read()
assert "size: A4" in html and html.count("<svg") == 3, html[:500]
assert "<script" not in html and "src=" not in html and "href=" not in html and "@import" not in html
assert re.search(r"<rect [^>]*class=\"bar\"", html)
assert "Rækkevidde 2026/27" in html and "Børn nået" in html
# Each chart is well-formed SVG with a bar per row, and the page's elements open and close in order.
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
for svg in re.findall(r"<svg.*?</svg>", html, re.S):
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg") and root.get("viewBox"), svg[:200]
    assert [e for e in root.iter() if e.tag.endswith("rect") and "bar" in (e.get("class") or "")], svg[:200]
class Nesting(HTMLParser):
    void = {"meta", "br", "img", "hr", "link", "input", "col", "wbr"}
    def __init__(self):
        super().__init__()
        self.open = []
    def handle_starttag(self, tag, attrs):
        if tag not in self.void:
            self.open.append(tag)
    def handle_startendtag(self, tag, attrs):
        pass
    def handle_endtag(self, tag):
        assert self.open and self.open[-1] == tag, (tag, self.open[-5:])
        self.open.pop()
page = Nesting()
page.feed(html)
page.close()
assert page.open == [], page.open
PY
    DEPOT_TODAY=2026-12-03 "$depot" reach --data data --season 2026/27 --format csv \
        | python3 -c 'import csv,sys; rows=list(csv.DictReader(sys.stdin)); assert rows and {"partnerID","reached","booksLent"} <= set(rows[0]), rows[:1]'
}
check "the reach report's HTML is an A4 page with SVG bar charts and nothing from the network; CSV has a row per institution" \
    reach_html_is_a_page_with_charts

# A review as the team holds one: the agreement, the review due (also named by `depot remind`), a decision without a
# day refused, then logged with the figures, and an end that ends the partnership.
partnership_review() {
    local lib="$work/review" sum out
    rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
    local -x DEPOT_TODAY=2026-12-03
    "$depot" review agree --data "$lib" Violen --on 2025-08-01 --review-on 2026-11-30 --themes "dyr, kroppen" \
        --age-groups 3-6 --reading-visits 2 2>/dev/null || return 1
    "$depot" review due --data "$lib" --format json \
        | python3 -c 'import json,sys; r=json.load(sys.stdin); assert [(x["partnerID"], x["reviewOn"], x["overdue"]) for x in r] == [("P018", "2026-11-30", True)], r' \
        || return 1
    out=$("$depot" remind --data "$lib" --output "$work/letters.txt" 2>&1) || return 1
    grep -q "1 partnership review is due" <<<"$out" || { echo "    $out"; return 1; }
    sum=$(sha256sum "$lib/partners.json")
    out=$("$depot" review log --data "$lib" Violen --decision continue --view "Godt" 2>&1) && return 1
    grep -q -- "--on: give the day" <<<"$out" || { echo "    $out"; return 1; }
    out=$("$depot" review log --data "$lib" Violen --on 2026-12-01 --decision change --view "Godt" --lang da 2>&1) \
        && return 1
    grep -q -- "--note: " <<<"$out" || { echo "    $out"; return 1; }
    [ "$(sha256sum "$lib/partners.json")" = "$sum" ] || return 1
    "$depot" review log --data "$lib" Violen --on 2026-12-01 --decision change --view "For få dyrebøger" \
        --note "Flere dyrebøger" 2>/dev/null || return 1
    python3 - "$lib" <<'PY' || return 1
import json, os, sys
lib = sys.argv[1]
partner = [p for p in json.load(open(os.path.join(lib, "partners.json")))["partners"] if p["id"] == "P018"][0]
review = partner["partnership"]["reviews"][0]
assert review["decision"] == "change" and review["day"] == "2026-12-01" and review["nextReviewOn"] == "2027-12-01"
# The figures kept with the review, counted again: deposits sent to Violen from the agreement to the review.
import glob
deposits = [d for path in glob.glob(os.path.join(lib, "deposits", "*.json"))
            for d in json.load(open(path))["deposits"] if d["partnerID"] == "P018" and d.get("dispatchedOn")
            and "2025-08-01" <= d["dispatchedOn"] <= "2026-12-01"]
assert review["figures"]["deposits"] == len(deposits), (review["figures"], len(deposits))
assert review["figures"]["booksLent"] == sum(len(d["itemBarcodes"]) for d in deposits)
assert review["figures"]["booksLost"] == sum(1 for d in deposits for e in d["exceptions"] if e["kind"] == "lost")
PY
    "$depot" review show --data "$lib" Violen --lang da | grep -q "ændre – børnehaven: For få dyrebøger" || return 1
    "$depot" review log --data "$lib" Violen --on 2026-12-02 --decision end --view "Ikke tid" 2>/dev/null || return 1
    "$depot" prospect list --data "$lib" --state ended --format json \
        | python3 -c 'import json,sys; assert "P018" in [p["id"] for p in json.load(sys.stdin)]' || return 1
    "$depot" check --data "$lib" >/dev/null
}
check "a partnership review: agreed, due (also in depot remind), a decision without a day refused, logged, ended" \
    partnership_review

if declare -f danish_run >/dev/null; then
    reach_in_danish() {
        lib="$work/reach-danish"
        rm -rf "$lib" && cp -r data "$lib" && chmod -R go-rwx "$lib"
        local failed=0
        danish_status=0 danish_run reach --season 2025/26 || failed=1
        danish_status=0 danish_run reach || failed=1
        danish_status=0 danish_run prospect list || failed=1
        danish_status=0 danish_run prospect add --name "Børnehuset Regnbuen" --address "Lyngvej 3" --postcode 8410 \
            --town Rønde --children 42 || failed=1
        danish_status=0 danish_run prospect contact Regnbuen --by S01 --with Lone --note "Ringer igen" || failed=1
        danish_status=0 danish_run prospect state Regnbuen active || failed=1
        danish_status=0 danish_run prospect show Regnbuen || failed=1
        danish_status=1 danish_run prospect add --name X --address Y --postcode 841 --town Z || failed=1
        danish_status=0 danish_run review agree Regnbuen --review-on 2027-06-01 --themes dyr || failed=1
        danish_status=0 danish_run review due --within 12m || failed=1
        danish_status=1 danish_run review log Regnbuen --decision continue --view Godt || failed=1
        danish_status=0 danish_run review log Regnbuen --on 2026-11-23 --decision continue --view Godt || failed=1
        danish_status=0 danish_run review show Regnbuen || failed=1
        [ "$failed" -eq 0 ]
    }
    check "depot reach and depot prospect in a Danish locale print no English word from the list" reach_in_danish
fi
