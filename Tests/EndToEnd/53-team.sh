# The team's (SKOFO's) own work on a copy of the sample library: task history with who and when, only current staff
# sign or act, notes of several lines, reminders a week ahead, meetings with agenda, attendees and minutes (text and
# A4 HTML), depot events' JSON stable across runs, the outcome report and the results page for the website.

prepare_team() {
    rm -rf "$work/team"
    cp -r "$work/first" "$work/team"
    rm -f "$work/team/.depot.lock"
}

# Fails unless the HTML file parses with matching tags and holds no script and no link to elsewhere.
html_well_formed() {
    python3 - "$1" <<'PY'
import sys
from html.parser import HTMLParser
VOID = {"meta", "br", "hr", "img", "link", "input", "col", "area", "base", "source", "wbr"}
class Check(HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.problems = [], []
    def handle_starttag(self, tag, attrs):
        if tag == "script": self.problems.append("script")
        for name, value in attrs:
            if name in ("src", "href") and value and "//" in value: self.problems.append(f"network {value}")
            if name.startswith("on"): self.problems.append(f"handler {name}")
        if tag not in VOID: self.stack.append(tag)
    def handle_endtag(self, tag):
        if tag in VOID: return
        if not self.stack or self.stack[-1] != tag: self.problems.append(f"</{tag}> does not close {self.stack[-1:]}")
        else: self.stack.pop()
check = Check()
check.feed(open(sys.argv[1], encoding="utf-8").read())
check.close()
if check.stack: check.problems.append(f"unclosed {check.stack}")
if check.problems: sys.exit("; ".join(check.problems))
PY
}

team_task_history_records_who_and_when() {
    prepare_team || return 1
    local out
    local -x DEPOT_TODAY=2026-12-03
    "$depot" events task done E2027-01 1 --data "$work/team" --as S02 --lang en >/dev/null || return 1
    "$depot" events task done E2027-01 1 --undo --data "$work/team" --as S03 --lang en >/dev/null || return 1
    out=$("$depot" events task delete E2027-01 2 --data "$work/team" --as S04 --lang en) || return 1
    grep -q '^Deleted 2026-12-03: Send invitation og regler til skolerne' <<<"$out" || return 1
    out=$("$depot" events show E2027-01 --data "$work/team" --lang en) || return 1
    grep -q '^       2026-12-03 done by Tove Madsen$' <<<"$out" \
        && grep -q '^       2026-12-03 opened again by Lene Ebbesen$' <<<"$out" \
        && grep -q '^Deleted tasks:$' <<<"$out" && grep -q '^       2026-12-03 deleted by Lene Mikkelsen$' <<<"$out" \
        || return 1
    out=$("$depot" events show E2027-01 --data "$work/team" --lang da) || return 1
    grep -q '^       2026-12-03 løst af Tove Madsen$' <<<"$out" && grep -q '^Slettede opgaver:$' <<<"$out" || return 1
    # Kept in the file: the history and the deleted task.
    python3 - "$work/team/events.json" <<'PY' || return 1
import json, sys
event = next(e for e in json.load(open(sys.argv[1]))["events"] if e["id"] == "E2027-01")
assert [(s["action"], s["by"]) for s in event["tasks"][0]["history"]] == [("done", "S02"), ("reopened", "S03")]
assert event["removedTasks"][0]["title"] == "Send invitation og regler til skolerne"
assert event["removedTasks"][0]["history"][-1] == {"action": "deleted", "by": "S04", "on": "2026-12-03"}
PY
    # A task number that is not there is named, and nothing is saved.
    local before
    before=$(sha256sum <"$work/team/events.json")
    out=$("$depot" events task delete E2027-01 9 --data "$work/team" --as S01 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: N: .* has no task 9; its tasks are numbered 1 to 3\.$' <<<"$out" \
        && [ "$(sha256sum <"$work/team/events.json")" = "$before" ]
}
check "events task done/undo/delete record who and when; events show prints the history in both languages" \
    team_task_history_records_who_and_when

team_only_current_staff_sign_or_act() {
    prepare_team || return 1
    local out before
    local -x DEPOT_TODAY=2026-12-03
    before=$(sha256sum <"$work/team/events.json")
    out=$("$depot" events note E2027-01 --author S08 "Hej" --data "$work/team" --lang da 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --author: Merete Christensen (S08) stoppede 2026-05-31' <<<"$out" || return 1
    out=$("$depot" events note E2027-01 --author S08 "Hello" --data "$work/team" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --author: Merete Christensen (S08) left on 2026-05-31' <<<"$out" || return 1
    out=$("$depot" events task add E2027-01 --title "Ring" --owner S08 --due +3d --data "$work/team" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --owner: Merete Christensen (S08) left on 2026-05-31' <<<"$out" || return 1
    out=$("$depot" events task done E2027-01 1 --data "$work/team" --as S08 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q 'Merete Christensen (S08) left .*2026-05-31' <<<"$out" || return 1
    [ "$(sha256sum <"$work/team/events.json")" = "$before" ]
}
check "a staff member who left in May 2026 cannot sign a note, own a task or tick one off; nothing is saved" \
    team_only_current_staff_sign_or_act

team_notes_of_several_lines() {
    prepare_team || return 1
    local out
    local -x DEPOT_TODAY=2026-12-03
    "$depot" events note E2027-01 --author S01 'Aftalt med skolerne:\n- Rønde kommer\n- Hornslet melder tilbage' \
        --data "$work/team" --lang da >/dev/null || return 1
    printf 'Referat fra mødet\n\nSkolerunder i uge 6\n' | "$depot" events note skofo --file - --data "$work/team" \
        --as S03 --lang da >/dev/null || return 1
    out=$("$depot" events show E2027-01 --data "$work/team" --lang da) || return 1
    grep -q '^  2026-12-03 Karen Iversen: Aftalt med skolerne:$' <<<"$out" && grep -q '^    - Rønde kommer$' <<<"$out" \
        && grep -q '^    - Hornslet melder tilbage$' <<<"$out" || return 1
    out=$("$depot" events show skofo --data "$work/team" --lang da) || return 1
    grep -q '^  2026-12-03 Lene Ebbesen: Referat fra mødet$' <<<"$out" && grep -q '^    Skolerunder i uge 6$' <<<"$out" \
        || return 1
    out=$("$depot" events note skofo --file "$work/none.txt" --data "$work/team" --as S03 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q "^depot: --file: the file $work/none.txt cannot be read" <<<"$out" || return 1
    out=$("$depot" events note skofo --data "$work/team" --as S03 --lang en 2>&1)
    [ $? -ne 0 ] && grep -q 'give the note as text or with --file' <<<"$out"
}
check "notes may be several lines (\\n in the text or --file -), shown line by line" team_notes_of_several_lines

team_reminders_a_week_ahead() {
    prepare_team || return 1
    local out
    local -x DEPOT_TODAY=2026-12-03
    "$depot" events task add skofo --title "Book salen" --owner S02 --due 2026-12-08 --data "$work/team" \
        --lang en >/dev/null || return 1
    "$depot" events task add skofo --title "Bestil præmier" --owner S02 --due 2026-12-11 --data "$work/team" \
        --lang en >/dev/null || return 1
    out=$("$depot" events --data "$work/team" --lang en) || return 1
    grep -q '^Tasks overdue or due in the next 7 days (2026-12-03):$' <<<"$out" \
        && grep -q '^  2026-12-08  Book salen (SKOFO .*), Tove Madsen, due in 5 days$' <<<"$out" \
        && grep -q '^  2026-11-20  Send invitation.*, 13 days overdue$' <<<"$out" && ! grep -q 'Bestil præmier' <<<"$out" \
        || return 1
    out=$("$depot" remind --data "$work/team" --lang da 2>&1 >/dev/null)
    grep -q 'Book salen (SKOFO .*), Tove Madsen, frist om 5 dage' <<<"$out"
}
check "depot events and depot remind name tasks due within 7 days, not only overdue ones" team_reminders_a_week_ahead

team_meeting_with_agenda_attendees_minutes() {
    prepare_team || return 1
    local out id before
    local -x DEPOT_TODAY=2026-12-03
    out=$("$depot" events meeting add --team skofo --title Planlægningsmøde --day 2026-12-10 --at 14.00 \
        --venue "Rønde Bibliotek" --agenda "Skolerunderne i uge 6" --agenda 'Juryen til finalen\nhvem spørger vi?' \
        --attendee S01,S02 --attendee "Lene Ebbesen" --data "$work/team" --lang en) || return 1
    grep -q '^Meeting E2026-[0-9]* Planlægningsmøde on 2026-12-10: 2 points on the agenda, 3 attendees\.$' <<<"$out" \
        || return 1
    id=$(grep -oE 'E2026-[0-9]+' <<<"$out")
    before=$(sha256sum <"$work/team/events.json")
    out=$("$depot" events meeting minutes "$id" --attendee S08 --data "$work/team" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --attendee: Merete Christensen (S08) left on 2026-05-31' <<<"$out" || return 1
    out=$("$depot" events meeting minutes "$id" --attendee S99 --data "$work/team" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q '^depot: --attendee: no staff member is called' <<<"$out" || return 1
    [ "$(sha256sum <"$work/team/events.json")" = "$before" ] || return 1
    printf 'Skolerunder holdes i uge 6.\nFinalen er 18. marts.\n' | "$depot" events meeting minutes "$id" --file - \
        --attendee S01,S02 --data "$work/team" --lang da >/dev/null || return 1
    out=$("$depot" events meeting print "$id" --data "$work/team" --lang da) || return 1
    grep -q '^Dagsorden:$' <<<"$out" && grep -q '^  2\. Juryen til finalen$' <<<"$out" \
        && grep -q '^     hvem spørger vi?$' <<<"$out" && grep -q '^  Tove Madsen, Ebeltoft Bibliotek$' <<<"$out" \
        && ! grep -q 'Lene Ebbesen' <<<"$out" && grep -q '^  Finalen er 18. marts.$' <<<"$out" \
        && grep -q 'kl. 14.00' <<<"$out" || return 1
    python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out" || return 1
    out=$("$depot" events meeting print "$id" --data "$work/team" --lang en) || return 1
    grep -q '^Attendees:$' <<<"$out" && grep -q '^Minutes:$' <<<"$out" || return 1
    "$depot" events meeting print "$id" --format html --output "$work/meeting.html" --data "$work/team" --lang da \
        >/dev/null || return 1
    html_well_formed "$work/meeting.html" && grep -q 'size: A4' "$work/meeting.html" \
        && grep -q '<li>Juryen til finalen<br>' "$work/meeting.html" || return 1
    out=$("$depot" events meeting print E2027-01 --data "$work/team" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q 'is not a meeting' <<<"$out" || return 1
    "$depot" events show "$id" --data "$work/team" --lang da | grep -q '^Referat:$'
}
check "a meeting has an agenda, validated attendees and minutes, printed as text and A4 HTML" \
    team_meeting_with_agenda_attendees_minutes

team_events_json_is_stable_and_text_in_both_languages() {
    prepare_team || return 1
    local -x DEPOT_TODAY=2026-12-03
    "$depot" events --format json --data "$work/team" >"$work/events-1.json" || return 1
    "$depot" events --format json --data "$work/team" >"$work/events-2.json" || return 1
    cmp -s "$work/events-1.json" "$work/events-2.json" || return 1
    # Every object's keys are in sorted order, as a sorting encoder writes them.
    python3 - "$work/events-1.json" <<'PY' || return 1
import json, sys
text = open(sys.argv[1], encoding="utf-8").read()
def sorted_keys(pairs):
    keys = [key for key, _ in pairs]
    assert keys == sorted(keys), keys
    return dict(pairs)
rows = json.loads(text, object_pairs_hook=sorted_keys)
assert {row["kind"] for row in rows} >= {"bookTalk", "readingCompetition"}
PY
    local da en
    da=$("$depot" events --data "$work/team" --lang da) || return 1
    en=$("$depot" events --data "$work/team" --lang en) || return 1
    grep -q '^3 arrangementer:$' <<<"$da" && grep -q 'Bogsnak ' <<<"$da" && grep -q 'Konkurrence ' <<<"$da" \
        && grep -q '^3 events:$' <<<"$en" && grep -q 'Book talk ' <<<"$en" && grep -q 'Competition ' <<<"$en" \
        && ! grep -q 'bookTalk' <<<"$da$en"
}
check "depot events --format json is the same bytes on every run with sorted keys; the text reads in da and en" \
    team_events_json_is_stable_and_text_in_both_languages

team_outcome_report_units_verdicts_aims_notes() {
    prepare_team || return 1
    python3 - "$work/team" <<'PY' || return 1
import json, sys
folder = sys.argv[1]
teams = json.load(open(f"{folder}/teams.json"))
teams["teams"][0]["targets"].append(
    {"description": "90 % af opgaverne løst til tiden", "measure": "tasksDoneOnTime", "target": 90})
json.dump(teams, open(f"{folder}/teams.json", "w"), ensure_ascii=False, indent=2)
events = json.load(open(f"{folder}/events.json"))
for event in events["events"]:
    if event["id"] == "E2027-01":
        event["outcomeNotes"] = "Eleverne spurgte meget.\nForfatteren kommer gerne igen."
json.dump(events, open(f"{folder}/events.json", "w"), ensure_ascii=False, indent=2)
PY
    local out
    out=$(DEPOT_TODAY=2027-05-20 "$depot" report --season 2026/27 --data "$work/team" --lang da) || return 1
    grep -qE '^90 % af opgaverne løst til tiden +90 % +[0-9]+ % +endnu ikke$' <<<"$out" \
        && grep -q '^Fælles mål$' <<<"$out" && grep -q '^  • Børnene får en glidende overgang' <<<"$out" \
        && grep -q '^Evaluering: 31. maj 2027 (om 11 dage)$' <<<"$out" \
        && grep -q '^Udbytte af arrangementerne$' <<<"$out" && grep -q '^    Forfatteren kommer gerne igen\.$' <<<"$out" \
        || return 1
    python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out" || return 1
    out=$(DEPOT_TODAY=2027-06-02 "$depot" report --season 2026/27 --data "$work/team" --lang da) || return 1
    grep -qE '^90 % af opgaverne løst til tiden +90 % +[0-9]+ % +ikke nået$' <<<"$out" && ! grep -q 'endnu ikke' <<<"$out" \
        || return 1
    out=$(DEPOT_TODAY=2027-06-02 "$depot" report --season 2026/27 --data "$work/team" --lang en) || return 1
    grep -qE '^90 % af opgaverne løst til tiden +90% +[0-9]+% +not met$' <<<"$out" && grep -q '^Shared aims$' <<<"$out" \
        && grep -q '^Review: 31 May 2027 (2 days ago)$' <<<"$out" || return 1
    DEPOT_TODAY=2027-06-02 "$depot" report --season 2026/27 --data "$work/team" --lang da --format html \
        --output "$work/report.html" >/dev/null || return 1
    html_well_formed "$work/report.html" && grep -q 'size: A4' "$work/report.html" \
        && grep -q '<td class="number">90 %</td>' "$work/report.html" && grep -q '<td>ikke nået</td>' "$work/report.html" \
        && grep -q 'Eleverne spurgte meget.<br>' "$work/report.html" && grep -q '<h2>Fælles mål</h2>' "$work/report.html"
}
check "depot report: a percentage of tasks with its unit, 'ikke nået' after the review day, aims, review day, notes" \
    team_outcome_report_units_verdicts_aims_notes

team_results_page_for_the_website() {
    # The heat evening of 52-championship-heats.sh, heats and final scored; made again when run on its own.
    if [ ! -d "$work/heats" ]; then championship_heat_evening >/dev/null || return 1; fi
    rm -rf "$work/web" && cp -r "$work/heats" "$work/web" && rm -f "$work/web/.depot.lock"
    # A surname typed into the first-name field must not reach the website.
    python3 - "$work/web/events.json" <<'PY' || return 1
import json, sys
data = json.load(open(sys.argv[1], encoding="utf-8"))
competition = next(e for e in data["events"] if e["id"] == "E2027-01")["competition"]
next(r for r in competition["readers"] if r["firstName"] == "Noah")["firstName"] = "Noah Kristensen"
json.dump(data, open(sys.argv[1], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    local -x DEPOT_TODAY=2027-03-19
    "$depot" competition results E2027-01 --format web --data "$work/web" --lang da --output "$work/web.html" \
        --heading "Syddjursmesterskaberne i oplæsning 2027" --intro 'Tillykke til Noah!\n\nTak til alle skolerne.' \
        >/dev/null || return 1
    html_well_formed "$work/web.html" || return 1
    python3 - "$work/web.html" "$work/web/events.json" <<'PY' || return 1
import json, re, sys
from html.parser import HTMLParser
html = open(sys.argv[1], encoding="utf-8").read()
competition = next(e for e in json.load(open(sys.argv[2], encoding="utf-8"))["events"] if e["id"] == "E2027-01")["competition"]
class Rows(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.cell, self.text = [], None, []
    def handle_starttag(self, tag, attrs):
        if tag == "tr": self.rows.append([])
        if tag in ("td", "th"): self.cell = ""
    def handle_endtag(self, tag):
        if tag in ("td", "th"): self.rows[-1].append(self.cell); self.cell = None
    def handle_data(self, data):
        self.text.append(data)
        if self.cell is not None: self.cell += data
page = Rows()
page.feed(html)
text = " ".join(page.text)
assert "Kristensen" not in text, "a surname is on the page"
assert "<h1>Syddjursmesterskaberne i oplæsning 2027</h1>" in html
assert "<p>Tillykke til Noah!</p>" in html and "<p>Tak til alle skolerne.</p>" in html
readers = {r["firstName"].split()[0]: r for r in competition["readers"]}
body = [row for row in page.rows if row and row[0] != "Plads"]
assert body, "no results"
for row in body:
    place, name, klass, school = row[:4]
    reader = readers[name]
    assert (klass, school) == (reader["className"], reader["school"]), row
withdrawn = [r["firstName"] for r in competition["readers"] if r.get("withdrawnOn")]
assert withdrawn and not any(row[1] == w for row in body for w in withdrawn), "a withdrawn reader is ranked"
assert any(row[1] == "Noah" and row[-1] == "vinder" for row in body), body
assert not re.search(r"\b(Birthe Lund|Karen Holm|Ole Ravn)\b", text), "judges are named"
PY
    local out
    out=$("$depot" competition results E2027-01 --heading "X" --data "$work/web" --lang en 2>&1)
    [ $? -ne 0 ] && grep -q -- '--heading belongs to --format web' <<<"$out" || return 1
    "$depot" competition results E2027-01 --format web --data "$work/web" --lang en | grep -q '<th>Reader</th>'
}
check "competition results --format web: a page for the website with first name, class and school, no surnames" \
    team_results_page_for_the_website
