# Where the crates and books are: the week's route sheets, `depot item` and `depot crate` agree with the deposits.

week_collects_every_overdue_crate() {
    DEPOT_TODAY=2026-12-01 "$depot" week --date 2026-12-02 --format json --data "$work/first" >"$work/w49.json" \
        || return 1
    DEPOT_TODAY=2026-12-01 "$depot" export deposits --format json --data "$work/first" >"$work/deposits.json" \
        || return 1
    python3 - "$work/w49.json" "$work/deposits.json" <<'PY'
import json, sys
week = json.load(open(sys.argv[1], encoding="utf-8"))
deposits = json.load(open(sys.argv[2], encoding="utf-8"))
rows = deposits if isinstance(deposits, list) else next(v for v in deposits.values() if isinstance(v, list))
visits = [(day["day"], v) for day in week["days"] for v in day["visits"]]
violen = [(d, v) for d, v in visits if v["partner"] == "Børnehaven Violen"]
assert violen and violen[0][0] == "2026-12-02" and "K007" in violen[0][1]["collect"], violen
assert "overdue" in violen[0][1]["sources"], violen
# Every deposit out and past due on 1 December is collected this week (each route runs once a week).
for row in rows:
    if row.get("dispatchedOn") and not row.get("returnedOn") and row["dueOn"] < "2026-12-01":
        crates = row["crates"].split() if isinstance(row["crates"], str) else row["crates"]
        assert any(v["partnerID"] == row["partnerID"] and set(crates) <= set(v["collect"]) for _, v in visits), row
# The packed deposits are left at their partners' next visits.
left = {c for _, v in visits for c in (v.get("leave") or [])}
assert {"K040", "K003", "K001"} <= left, left
PY
}
check "depot week collects K007 from Violen and every overdue crate on its route's next van day; packed crates are left" \
    week_collects_every_overdue_crate

item_and_crate_say_where() {
    local out
    out=$(DEPOT_TODAY=2026-12-01 "$depot" item 5000100002352 --lang da --data "$work/first") || return 1
    grep -q "^Hvor:    hos Børnehaven Violen, K007, 27 dage over$" <<<"$out" || return 1
    out=$(DEPOT_TODAY=2026-12-01 "$depot" crate K040 --format json --data "$work/first") || return 1
    python3 -c 'import json,sys; d=json.load(sys.stdin); assert d["place"]=="packed" and d["partner"]=="Børnehuset Bikuben", d' \
        <<<"$out" || return 1
    ! "$depot" crate K999 --data "$work/first" 2>/dev/null
}
check "depot item and depot crate say where a book and a crate are (text and JSON); an unknown crate is refused" \
    item_and_crate_say_where

send_off_the_route_is_asked_for() {
    local lib=$work/offroute out
    rm -rf "$lib"
    cp -r "$work/first" "$lib"
    # Børnehaven Bikuben is on Vest (Thursdays); Tuesday 1 December is not a van day there.
    out=$(DEPOT_TODAY=2026-12-01 "$depot" send "Børnehaven Bikuben" --crates K010 --data "$lib" 2>&1)
    [ $? -ne 0 ] && grep -q "next van day is Thursday 3 December 2026" <<<"$out" && grep -q -- "--special-delivery" <<<"$out" \
        || return 1
    DEPOT_TODAY=2026-12-01 "$depot" send "Børnehaven Bikuben" --crates K010 --special-delivery --data "$lib" >/dev/null \
        || return 1
    DEPOT_TODAY=2026-12-01 "$depot" week --date 2026-12-01 --data "$lib" --lang da | grep -q "Levering · særlig levering"
}
check "depot send on a day the route does not run is refused unless --special-delivery, and the sheet says so" \
    send_off_the_route_is_asked_for
