# The Plan tab as a coordinator uses it: plan next season, pin a visit, plan again around it, publish, print one
# kindergarten's exchange dates; then the published visits are on the week schedule and `depot plan dates`.
# Uses start_screen and wait_for from 20-screen.sh.

plan_tab_plans_pins_and_publishes() {
    start_screen plan || return 1
    wait_for "uge 48" || return 1
    tmux send-keys -t "$session" 7
    wait_for "Ingen plan for sæsonen 2027/28 endnu" || return 1
    tmux send-keys -t "$session" P
    wait_for "Planlagt 2027/28:" || return 1
    wait_for "kladde, ikke offentliggjort" || return 1
    # The second partner's first visit: pinned, then the season planned again around it.
    tmux send-keys -t "$session" Down
    wait_for "Hvorfor:" || return 1
    tmux send-keys -t "$session" f
    wait_for "Låst: " || return 1
    tmux send-keys -t "$session" P
    wait_for "Planlagt 2027/28:" || return 1
    tmux send-keys -t "$session" u
    wait_for "Offentliggør planen for 2027/28 som version 1?" || return 1
    tmux send-keys -t "$session" j
    wait_for "Offentliggjort: plan 2027/28, version 1" || return 1
    wait_for "version 1 offentliggjort" || return 1
    tmux send-keys -t "$session" d
    wait_for "Gemt til udskrift:" || return 1
    tmux send-keys -t "$session" q
    wait_for "EXITED 0" || return 1
    tmux kill-session -t "$session"
    ls "$work/plan/printouts/"exchange-dates-*-2027-28.txt >/dev/null || return 1
    python3 - "$work/plan/plans/2027-28.json" <<'PY'
import json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
assert plan["schemaVersion"] == 1, plan["schemaVersion"]
plan = plan["plan"]
assert plan["revision"] == 1 and plan["publishedOn"] == "2026-11-23", (plan["revision"], plan["publishedOn"])
assert plan["published"] == plan["draft"]
pins = plan["draft"]["request"]["pins"]
assert len(pins) == 1, pins
pinned = [v for v in plan["published"]["visits"] if v["pinned"]]
assert [(v["partnerID"], v["day"]) for v in pinned] == [(pins[0]["partnerID"], pins[0]["day"])], pinned
PY
}
check "the Plan tab plans next season, pins a visit, plans again around it, publishes and prints exchange dates" \
    plan_tab_plans_pins_and_publishes

published_plan_reaches_the_week_and_the_dates_letter() {
    local pin partner day week out
    pin=$(python3 -c 'import json,sys; p=json.load(open(sys.argv[1]))["plan"]["draft"]["request"]["pins"][0]; \
print(p["partnerID"], p["day"])' "$work/plan/plans/2027-28.json") || return 1
    read -r partner day <<<"$pin"
    week=$(python3 -c 'import datetime,sys; y,w,_=datetime.date.fromisoformat(sys.argv[1]).isocalendar(); \
print(f"{y}-W{w:02d}")' "$day") || return 1
    DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/plan" --week "$week" --format json >"$work/plan-week.json" \
        || return 1
    python3 - "$partner" "$day" "$work/plan-week.json" <<'PY' || return 1
import json, sys
week = json.load(open(sys.argv[3], encoding="utf-8"))
found = [v for day in week["days"] if day["day"] == sys.argv[2] for v in day["visits"] if v["partnerID"] == sys.argv[1]]
assert found and "plan" in found[0]["sources"], found
PY
    out=$(LANG=da_DK.UTF-8 DEPOT_TODAY=2026-11-23 "$depot" plan dates "$partner" --data "$work/plan") || return 1
    grep -q "Byttedage i sæsonen 2027/28" <<<"$out" || return 1
    python3 -c 'import sys; assert max(map(len, sys.argv[1].splitlines())) <= 80' "$out" || return 1
    "$depot" check --data "$work/plan" | grep -q "no problems found"
}
check "depot week shows a published visit (source plan) and depot plan dates prints the partner's exchange dates" \
    published_plan_reaches_the_week_and_the_dates_letter

plan_command_saves_a_draft_and_publishes() {
    cp -r "$work/first" "$work/plancli"
    rm -f "$work/plancli/.depot.lock"
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/plancli" --season 2027 --dry-run >/dev/null || return 1
    [ ! -e "$work/plancli/plans" ] || { echo "    (--dry-run wrote a plan)"; return 1; }
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/plancli" --season 2027 >/dev/null 2>&1 || return 1
    grep -q '"revision" : 0' "$work/plancli/plans/2027-28.json" || return 1
    ! DEPOT_TODAY=2026-11-23 "$depot" plan dates P003 --data "$work/plancli" >/dev/null 2>&1 || return 1
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/plancli" --season 2027 --publish >/dev/null 2>&1 || return 1
    grep -q '"revision" : 1' "$work/plancli/plans/2027-28.json" \
        && DEPOT_TODAY=2026-11-23 "$depot" plan dates P003 --data "$work/plancli" --lang en | grep -q "Exchange dates"
}
check "depot plan saves a draft (not with --dry-run), --publish publishes, plan dates needs a published plan" \
    plan_command_saves_a_draft_and_publishes

plan_command_warns_of_missing_closures_and_copies_them() {
    local err
    cp -r "$work/first" "$work/planclosures"
    rm -f "$work/planclosures/.depot.lock" "$work/planclosures/plans/"*.json
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planclosures" --season 2027/28 --dry-run 2>&1 >/dev/null) \
        || return 1
    grep -q "had closures in 2026/27 and have none in 2027/28" <<<"$err" || { echo "    ($err)"; return 1; }
    grep -q -- "--copy-closures" <<<"$err" || return 1
    cmp -s "$work/first/partners.json" "$work/planclosures/partners.json" || return 1
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planclosures" --season 2027/28 --copy-closures \
        --format json 2>&1 >"$work/planclosures-plan.json") || return 1
    grep -q "into partners.json" <<<"$err" || { echo "    ($err)"; return 1; }
    python3 - "$work/planclosures/partners.json" "$work/planclosures-plan.json" <<'PY' || return 1
import json, sys
partners = {p["id"]: p for p in json.load(open(sys.argv[1], encoding="utf-8"))["partners"]}
plan = json.load(open(sys.argv[2], encoding="utf-8"))
closed = [v for v in plan["visits"] for c in partners[v["partnerID"]]["closures"]
          if c["days"]["first"] <= v["day"] <= c["days"]["last"]]
assert not closed, closed[:3]
summer = [c for p in partners.values() for c in p["closures"] if c["days"]["first"] == "2028-07-10"]
assert summer, "no summer closure copied to weeks 28-30 of 2028"
PY
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planclosures" --season 2027/28 --dry-run 2>&1 >/dev/null) \
        || return 1
    ! grep -q "have none in 2027/28" <<<"$err"
}
check "depot plan warns of partners without closures for the season, and --copy-closures copies last season's" \
    plan_command_warns_of_missing_closures_and_copies_them

plan_dates_changed_prints_only_the_changed_letters() {
    local err out
    cp -r "$work/plancli" "$work/planchanged"
    rm -f "$work/planchanged/.depot.lock"
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan dates --data "$work/planchanged" 2>&1 >/dev/null) && return 1
    grep -q -- "--changed" <<<"$err" || { echo "    (no partner and no --changed: $err)"; return 1; }
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan dates --changed --data "$work/planchanged" --lang en 2>&1 >/dev/null) \
        || return 1
    grep -q "0 partners' dates changed" <<<"$err" || { echo "    (unchanged: $err)"; return 1; }
    # P003 goes to another route (another van day), and the season is planned again: its letter is wrong now.
    python3 - "$work/planchanged" <<'PY' || return 1
import json, sys
folder = sys.argv[1]
routes = [r["id"] for r in json.load(open(folder + "/library.json", encoding="utf-8"))["library"]["routes"]]
path = folder + "/partners.json"
data = json.load(open(path, encoding="utf-8"))
partner = next(p for p in data["partners"] if p["id"] == "P003")
partner["routeID"] = next(r for r in routes if r != partner.get("routeID"))
json.dump(data, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planchanged" --season 2027 >/dev/null 2>&1 || return 1
    out=$(DEPOT_TODAY=2026-11-23 "$depot" plan dates --changed --data "$work/planchanged" --lang en \
        2>"$work/planchanged-err.txt") || return 1
    grep -q "$(python3 -c 'import json,sys; print(next(p["name"] for p in json.load(open(sys.argv[1]))["partners"] \
if p["id"] == "P003"))' "$work/planchanged/partners.json")" <<<"$out" || { echo "    (no P003 letter)"; return 1; }
    local letters
    letters=$(grep -c "Exchange dates" <<<"$out")
    grep -q "^depot: $letters partner" "$work/planchanged-err.txt" \
        || { echo "    ($letters letters, said: $(cat "$work/planchanged-err.txt"))"; return 1; }
    [ "$letters" -ge 1 ] && [ "$letters" -le 2 ] || { echo "    ($letters letters printed)"; return 1; }
}
check "depot plan dates --changed prints only the letters of partners whose dates changed against the published plan" \
    plan_dates_changed_prints_only_the_changed_letters

plan_keeps_every_rule_and_each_partners_crate_mix() {
    local out
    cp -r "$work/first" "$work/planmix"
    rm -f "$work/planmix/.depot.lock" "$work/planmix/plans/"*.json
    # Two kindergartens with two age groups: one asks for one crate of each per visit, one gives its children.
    python3 - "$work/planmix/partners.json" <<'PY' || return 1
import json, sys
path = sys.argv[1]
data = json.load(open(path, encoding="utf-8"))
two = [p for p in data["partners"] if len(p.get("ageGroups", [])) == 2]
two[0]["crateMix"] = [{"band": band, "crates": 1} for band in two[0]["ageGroups"]]
two[1]["crateMix"] = [{"band": two[1]["ageGroups"][0], "children": 12},
                      {"band": two[1]["ageGroups"][1], "children": 40}]
json.dump(data, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planmix" --season 2027/28 --copy-closures --dry-run \
        --format json >"$work/planmix.json" 2>/dev/null || return 1
    out=$(python3 Tests/EndToEnd/plan_check.py "$work/planmix" "$work/planmix.json") || { echo "$out" | sed 's/^/    /'; return 1; }
    # Every visit of the first leaves just its numbers; the second's crates come within one of its children's share.
    grep -Eq "own mix: ([1-9][0-9]*) of \1 visits" <<<"$out" || { echo "    ($out)"; return 1; }
    grep -Eq "largest distance from share 0\.[0-9]" <<<"$out" || { echo "    ($out)"; return 1; }
}
check "depot plan keeps every hard rule and each partner's crate mix (an independent checker over --format json)" \
    plan_keeps_every_rule_and_each_partners_crate_mix

published_conflicts_are_marked_and_hold_back_the_letter() {
    local day week err out
    cp -r "$work/plancli" "$work/planconflict"
    rm -f "$work/planconflict/.depot.lock"
    # P003 gets a visit on the day after one of its visits in October 2027: not a day its route drives.
    day=$(python3 - "$work/planconflict" <<'PY'
import datetime, json, sys
folder = sys.argv[1]
plan = json.load(open(folder + "/plans/2027-28.json", encoding="utf-8"))["plan"]["published"]
days = sorted(v["day"] for v in plan["visits"] if v["partnerID"] == "P003")
visit = next(d for d in days if d >= "2027-10-01")
print(datetime.date.fromisoformat(visit) + datetime.timedelta(days=1))
PY
    ) || return 1
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planconflict" --season 2027/28 --pin "P003:$day" --publish \
        >/dev/null 2>&1 || return 1
    week=$(python3 -c 'import datetime,sys; y,w,_=datetime.date.fromisoformat(sys.argv[1]).isocalendar(); \
print(f"{y}-W{w:02d}")' "$day") || return 1
    # The route sheet marks the stop with the reason, for the driver.
    out=$(DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/planconflict" --week "$week" --lang en) || return 1
    grep -q "    ! Plan conflict: route .* does not drive on" <<<"$out" \
        || { echo "    (no mark on the route sheet of $week)"; return 1; }
    DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/planconflict" --week "$week" --format html --lang da \
        | grep -q "! Konflikt i planen: rute .* kører ikke" || { echo "    (no mark in the HTML)"; return 1; }
    # The JSON names each stop's conflicts, the moved visit's only.
    DEPOT_TODAY=2026-11-23 "$depot" week --data "$work/planconflict" --week "$week" --format json --lang en \
        | python3 -c '
import json, sys
stops = [v for d in json.load(sys.stdin)["days"] for v in d["visits"]]
assert stops and all(isinstance(v.get("conflicts"), list) for v in stops), "every stop has conflicts"
marked = [v for v in stops if v["conflicts"]]
assert [v["partnerID"] for v in marked] == ["P003"], marked
assert "notRouteDay" in [c["rule"] for c in marked[0]["conflicts"]], marked
assert all(c["text"] for c in marked[0]["conflicts"])
' || { echo "    (the JSON does not name the conflict)"; return 1; }
    # The letter is held back, naming the conflict, until --confirm.
    err=$(DEPOT_TODAY=2026-11-23 "$depot" plan dates P003 --data "$work/planconflict" --lang en 2>&1 >/dev/null) \
        && { echo "    (the letter was printed)"; return 1; }
    grep -q "is held back: its visits break" <<<"$err" && grep -q "does not drive on" <<<"$err" \
        && grep -q -- "--confirm" <<<"$err" || { echo "    (said: $err)"; return 1; }
    DEPOT_TODAY=2026-11-23 "$depot" plan dates P003 --data "$work/planconflict" --lang en --confirm 2>/dev/null \
        | grep -q "Exchange dates" || return 1
    # Another partner's letter prints as before.
    DEPOT_TODAY=2026-11-23 "$depot" plan dates P004 --data "$work/planconflict" --lang en 2>/dev/null \
        | grep -q "Exchange dates"
}
check "a published visit that breaks a rule is marked on the route sheet, and its partner's letter waits for --confirm" \
    published_conflicts_are_marked_and_hold_back_the_letter

closures_are_added_listed_and_removed_without_json() {
    local err out
    cp -r "$work/first" "$work/planrecurring"
    rm -f "$work/planrecurring/.depot.lock" "$work/planrecurring/plans/"*.json
    "$depot" closures add --data "$work/planrecurring" --partner P003 "uge 28-30" --reason Sommerlukket --lang en \
        2>/dev/null || return 1
    "$depot" closures add --data "$work/planrecurring" --library "23/12-1/1" --reason Juleferie 2>/dev/null || return 1
    out=$("$depot" closures list --data "$work/planrecurring" --lang en) || return 1
    grep -q "^  1. 23/12-1/1 (Juleferie)$" <<<"$out" && grep -q "^  1. week 28-30 (Sommerlukket)$" <<<"$out" \
        || { echo "    (listed: $out)"; return 1; }
    # Bad input is named by the field and changes nothing.
    local before
    before=$(sha256sum "$work/planrecurring/partners.json")
    err=$(DEPOT_TODAY=2026-11-23 "$depot" closures add --data "$work/planrecurring" --partner P003 "uge 53" \
        --lang da 2>&1) && return 1
    grep -q "SPAN: uge 53 findes ikke i 2027" <<<"$err" || { echo "    (said: $err)"; return 1; }
    err=$("$depot" closures add --data "$work/planrecurring" --partner P003 "uge 30-28" --lang en 2>&1) && return 1
    grep -q "SPAN: week 30-28 runs backwards" <<<"$err" || { echo "    (said: $err)"; return 1; }
    err=$("$depot" closures remove --data "$work/planrecurring" --partner P003 2 --lang en 2>&1) && return 1
    grep -q "N: 2 is not one of" <<<"$err" || { echo "    (said: $err)"; return 1; }
    [ "$before" = "$(sha256sum "$work/planrecurring/partners.json")" ] || { echo "    (partners.json changed)"; return 1; }
    # The planner keeps them, as the independent checker sees from the files.
    DEPOT_TODAY=2026-11-23 "$depot" plan --data "$work/planrecurring" --season 2027/28 --dry-run --format json \
        >"$work/planrecurring.json" 2>/dev/null || return 1
    out=$(python3 Tests/EndToEnd/plan_check.py "$work/planrecurring" "$work/planrecurring.json") \
        || { echo "$out" | sed 's/^/    /'; return 1; }
    python3 - "$work/planrecurring.json" <<'PY' || return 1
import datetime, json, sys
plan = json.load(open(sys.argv[1], encoding="utf-8"))
days = [datetime.date.fromisoformat(v["day"]) for v in plan["visits"]]
assert not [d for d in days if (d.month, d.day) >= (12, 23) or (d.month, d.day) <= (1, 1)], "a visit at Christmas"
summer = [v for v in plan["visits"] if v["partnerID"] == "P003"
          and 28 <= datetime.date.fromisoformat(v["day"]).isocalendar()[1] <= 30]
assert not summer, summer
PY
    "$depot" closures remove --data "$work/planrecurring" --partner P003 1 2>/dev/null || return 1
    out=$("$depot" closures list --data "$work/planrecurring" --partner P003 --lang en) || return 1
    grep -q "^  none$" <<<"$out" || { echo "    (listed: $out)"; return 1; }
}
check "depot closures adds, lists and removes recurring closures (named mistakes), and the plan keeps them" \
    closures_are_added_listed_and_removed_without_json
