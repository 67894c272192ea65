#!/usr/bin/env python3
"""An independent check of a rotation plan: `plan_check.py LIBRARY PLAN.json` reads the library's JSON files and
the output of `depot plan --format json`, and re-checks with plain loops, knowing nothing of how Depot planned:
route (the partner's), route weekday, Danish holidays, closures (dated, the partner's recurring ones and the
library's), the van's capacity (crates out and home), one route a day per driver, the themes a partner gets twice
within the season (against Depot's own count), and the crate mix of partners that set one (`crateMix`):
every visit of a partner with its own numbers leaves them, and over the season the crates of a partner that gives
children per age group come near their share. Prints the figures; exit 1 when a hard rule is broken."""
import collections
import datetime
import glob
import json
import sys


def easter(year):
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month = (h + l - 7 * m + 114) // 31
    day = ((h + l - 7 * m + 114) % 31) + 1
    return datetime.date(year, month, day)


def holidays(year):
    e = easter(year)
    days = {datetime.date(year, 1, 1), datetime.date(year, 6, 5), datetime.date(year, 12, 24),
            datetime.date(year, 12, 25), datetime.date(year, 12, 26), datetime.date(year, 12, 31)}
    offsets = [-3, -2, 0, 1, 39, 49, 50] + ([26] if year <= 2023 else [])
    return days | {e + datetime.timedelta(days=o) for o in offsets}


def day(text):
    return datetime.date.fromisoformat(text)


def recurring(closure, d):
    if "fromWeek" in closure:
        week = d.isocalendar()[1]
        a, b = closure["fromWeek"], closure["toWeek"]
        return a <= week <= b if a <= b else (week >= a or week <= b)
    md = (d.month, d.day)
    a = tuple(int(x) for x in closure["from"].split("-"))
    b = tuple(int(x) for x in closure["to"].split("-"))
    return a <= md <= b if a <= b else (md >= a or md <= b)


WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]


def main(library, plan_file):
    settings = json.load(open(f"{library}/library.json"))["library"]
    partners = {p["id"]: p for p in json.load(open(f"{library}/partners.json"))["partners"]}
    crates = {c["id"]: c for c in json.load(open(f"{library}/crates.json"))["crates"]}
    plan = json.load(open(plan_file))
    routes = {r["id"]: r for r in settings["routes"]}
    library_closures = settings.get("recurringClosures", [])
    problems = []
    load = collections.Counter()
    for visit in plan["visits"]:
        d, name = day(visit["day"]), f'{visit["partnerID"]} {visit["day"]}'
        partner = partners.get(visit["partnerID"])
        route = routes.get(visit["routeID"])
        if partner is None or route is None:
            problems.append(f"{name}: unknown partner or route")
            continue
        if partner.get("routeID") != route["id"]:
            problems.append(f"{name}: not the partner's route")
        if WEEKDAYS[d.weekday()] not in route["deliveryWeekdays"]:
            problems.append(f"{name}: {route['id']} does not drive on a {WEEKDAYS[d.weekday()]}")
        if d in holidays(d.year):
            problems.append(f"{name}: holiday")
        if any(day(c["days"]["first"]) <= d <= day(c["days"]["last"]) for c in partner.get("closures", [])):
            problems.append(f"{name}: partner closed")
        if any(recurring(c, d) for c in partner.get("recurringClosures", []) + library_closures):
            problems.append(f"{name}: closed (recurring)")
        load[(route["id"], d)] += len(visit["leave"]) + len(visit["pickUp"])
    for (route, d), crates_on_van in load.items():
        if crates_on_van > routes[route]["vanCapacity"]:
            problems.append(f"{route} {d}: {crates_on_van} crates on a van of {routes[route]['vanCapacity']}")
    # One driver, one route a day.
    driving = collections.defaultdict(set)
    for route, d in load:
        driver = routes[route].get("driver")
        if driver:
            driving[(driver, d)].add(route)
    for (driver, d), driven in sorted(driving.items()):
        if len(driven) > 1:
            problems.append(f"{d}: {driver} drives {', '.join(sorted(driven))}")

    # Themes twice for a partner within the season: a crate whose theme the partner already had this season (a
    # deposit sent from the season's first day, an earlier visit, another crate of the same visit).
    first_day = day(plan["firstDay"])
    season_start = datetime.date(first_day.year if first_day.month >= 8 else first_day.year - 1, 8, 1)
    had = collections.defaultdict(set)
    for path in sorted(glob.glob(f"{library}/deposits/*.json")):
        for deposit in json.load(open(path))["deposits"]:
            sent = day(deposit.get("dispatchedOn") or deposit["createdOn"])
            if sent >= season_start and deposit["partnerID"] in partners:
                had[deposit["partnerID"]].update(crates[c]["theme"] for c in deposit["crateIDs"] if c in crates)
    repeats = 0
    for visit in sorted(plan["visits"], key=lambda v: (v["day"], v["partnerID"])):
        for c in visit["leave"]:
            theme = crates[c]["theme"]
            if theme in had[visit["partnerID"]]:
                repeats += 1
            had[visit["partnerID"]].add(theme)
    quality = plan.get("quality", {})

    # The crate mix.
    own_visits = own_kept = 0
    shares = []
    by_partner = collections.defaultdict(list)
    for visit in plan["visits"]:
        by_partner[visit["partnerID"]].append(visit)
    for pid, visits in sorted(by_partner.items()):
        mix = {m["band"]: m for m in partners[pid].get("crateMix", [])}
        groups = partners[pid]["ageGroups"]
        if not mix:
            continue
        counts = collections.Counter(crates[c]["ageBand"] for v in visits for c in v["leave"])
        if all("crates" in mix.get(g, {}) for g in groups):
            for v in visits:
                if v["kind"] == "collection":
                    continue
                own_visits += 1
                left = collections.Counter(crates[c]["ageBand"] for c in v["leave"])
                if all(left[g] == mix[g]["crates"] for g in groups):
                    own_kept += 1
        elif all("children" in mix.get(g, {}) for g in groups):
            children = sum(mix[g]["children"] for g in groups)
            total = sum(counts[g] for g in groups)
            for g in groups:
                if mix[g]["children"] and total:
                    shares.append(abs(counts[g] - total * mix[g]["children"] / children))
    print(f"visits {len(plan['visits'])}, hard-rule problems {len(problems)}")
    for problem in problems[:20]:
        print("  " + problem)
    print(f"partners' own mix: {own_kept} of {own_visits} visits leave exactly it")
    print(f"themes twice within the season: {repeats} crates (Depot counts {quality.get('themeRepeatsInSeason')}, "
          f"{quality.get('themeRepeatsInSeasonUnavoidable')} of them unavoidable)")
    if "themeRepeatsInSeason" in quality and quality["themeRepeatsInSeason"] != repeats:
        problems.append(f"Depot counts {quality['themeRepeatsInSeason']} theme repeats in the season, not {repeats}")
        print("  " + problems[-1])
    if shares:
        print(f"mix by children: {len(shares)} partner bands, largest distance from share {max(shares):.1f} crates, "
              f"mean {sum(shares) / len(shares):.2f}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
