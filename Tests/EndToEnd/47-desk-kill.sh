# A desk change that touches several files is all or nothing: a return, an exchange and a write-off, each killed
# with SIGKILL at random instants (300 trials each, $DEPOT_KILL_TRIALS to run more), every trial on a fresh copy of
# the sample library on 1 December 2026 ($DEPOT_KILL_SEED repeats a run's delays; $DEPOT_KILL_KEEP=DIR keeps the
# library of a failed trial). After each kill `depot check` (read-only) must pass, what Depot reads
# (the exports, which read the staged files while a change journal is pending) must be wholly the "before" or
# wholly the "after" state, and so must the files once the next writer has finished the change: never mixed.

kill_trials=${DEPOT_KILL_TRIALS:-300}
[ "$kill_trials" -ge 300 ] || kill_trials=300

# The trials, in Python: precise delays without a process per sleep, two trials at a time.
cat >"$work/kill-harness.py" <<'PY'
import catalogue, glob, json, os, random, shutil, signal, statistics, subprocess, sys, threading, time
from concurrent.futures import ThreadPoolExecutor

depot, base, work, name, trials, stdin_path = sys.argv[1:7]
command = sys.argv[7:]
trials = int(trials)
env = dict(os.environ, DEPOT_TODAY="2026-12-01")
seed = int(os.environ.get("DEPOT_KILL_SEED") or time.time_ns() % 1_000_000)


def depot_run(*args):
    return subprocess.run([depot, *args], env=env, capture_output=True, text=True)


def records(folder):
    """The crates, items and deposits (all seasons) of the library's files, by id."""
    def load(path, key, id_key):
        with open(path, encoding="utf-8") as f:
            return {r[id_key]: r for r in json.load(f)[key]}
    deposits = {}
    for path in sorted(glob.glob(folder + "/deposits/*.json")):
        deposits.update(load(path, "deposits", "id"))
    return {
        "crates": load(folder + "/crates.json", "crates", "id"),
        "items": catalogue.by_barcode(folder),
        "deposits": deposits,
    }


def seen(folder):
    """What Depot reads: its exports of items (status, crate) and deposits (dates, lost, at partner)."""
    out = {}
    for what in ("items", "deposits"):
        result = depot_run("export", what, "--format", "json", "--data", folder)
        if result.returncode != 0:
            raise SystemExit(f"{name}: export {what} failed in {folder}: {result.stderr}")
        out[what] = result.stdout
    return out


def run_whole(folder):
    with open(stdin_path) as stdin:
        process = subprocess.Popen([depot, *command, "--data", folder], stdin=stdin, env=env,
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started = time.monotonic()
        out, err = process.communicate()
        took = time.monotonic() - started
    if process.returncode != 0:
        raise SystemExit(f"{name}: `depot {' '.join(command)}` failed: {err.strip()}")
    return took


def fresh(folder):
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["cp", "-a", base, folder], check=True)


# The known states.
before, before_seen = records(base), seen(base)
after_folder = f"{work}/kill-{name}-after"
fresh(after_folder)
run_whole(after_folder)
after, after_seen = records(after_folder), seen(after_folder)
changed = {kind: sorted(k for k in set(before[kind]) | set(after[kind])
                        if before[kind].get(k) != after[kind].get(k)) for kind in before}
if not all(changed.values()):
    raise SystemExit(f"{name}: the change must touch crates, items and deposits; it changed {changed}")
# The command's duration as the trials see it: measured two at a time before the trials, and again every 15th
# trial while the other trial runs, since the machine's load changes. Each delay is uniform in [0, duration].
durations = []
durations_lock = threading.Lock()


def timing(number):
    folder = f"{work}/kill-{name}-timing-{number}"
    fresh(folder)
    took = run_whole(folder)
    shutil.rmtree(folder)
    with durations_lock:
        durations.append(took)


with ThreadPoolExecutor(max_workers=2) as pool:
    list(pool.map(timing, range(4)))


def duration():
    with durations_lock:
        return statistics.median(durations[-7:])


def verdict(state):
    """'before', 'after' or 'mixed: ...' for the records of a trial's files."""
    sides, odd = set(), []
    for kind in before:
        for key in set(before[kind]) | set(after[kind]) | set(state[kind]):
            now, old, new = state[kind].get(key), before[kind].get(key), after[kind].get(key)
            if old == new:
                if now != old:
                    odd.append(f"{kind} {key} changed though the command does not change it")
                continue
            if now == old:
                sides.add("before")
            elif now == new:
                sides.add("after")
            else:
                odd.append(f"{kind} {key} is neither before nor after: {json.dumps(now)[:300]}")
            sides.add(f"{kind}:{'before' if now == old else 'after' if now == new else '?'}")
    plain = {s for s in sides if ":" not in s}
    if not odd and len(plain) == 1:
        return plain.pop()
    return "mixed: " + "; ".join(sorted(s for s in sides if ":" in s) + odd)


def seen_verdict(view):
    sides = {"before" if view[w] == before_seen[w] else "after" if view[w] == after_seen[w] else "?"
             for w in view}
    return sides.pop() if len(sides) == 1 and "?" not in sides else f"mixed: {sides}"


def trial(number):
    if number % 15 == 14:
        timing(number)
    folder = f"{work}/kill-{name}-{number}"
    fresh(folder)
    delay = random.Random(seed * 1_000_003 + number).uniform(0, duration())
    with open(stdin_path) as stdin:
        process = subprocess.Popen([depot, *command, "--data", folder], stdin=stdin, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        status = process.wait()
    names = os.listdir(folder) + os.listdir(folder + "/deposits")
    result = {
        "delay": delay, "finished": status == 0, "journal": ".depot.journal" in names,
        "staging": any(".tmp-" in n for n in names), "problems": [],
    }
    check = depot_run("check", "--data", folder)
    if check.returncode != 0:
        result["problems"].append(f"depot check failed: {(check.stdout + check.stderr).strip()[:600]}")
    if result["journal"]:
        # A reader sees the staged files; then any writer (here one that changes nothing) finishes the change.
        result["seen"] = seen_verdict(seen(folder))
        depot_run("found", "0", "--data", folder)
        if os.path.exists(folder + "/.depot.journal"):
            result["problems"].append("the next writer did not finish the pending change")
    result["files"] = verdict(records(folder))
    if result.get("seen", result["files"]) != result["files"]:
        result["problems"].append(f"Depot read {result['seen']} but the finished files are {result['files']}")
    keep = os.environ.get("DEPOT_KILL_KEEP")
    if keep and (result["files"].startswith("mixed") or result["problems"]):
        os.makedirs(keep, exist_ok=True)
        result["kept"] = shutil.move(folder, f"{keep}/kill-{name}-{number}")
    else:
        shutil.rmtree(folder)
    return result


started = time.monotonic()
with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(trial, range(trials)))
count = lambda test: sum(1 for r in results if test(r))
mixed = [r for r in results if r["files"].startswith("mixed") or r["problems"]]
print(f"    {name}: {trials} trials in {time.monotonic() - started:.0f} s (command {min(durations) * 1000:.0f}-"
      f"{max(durations) * 1000:.0f} ms, "
      f"seed {seed}): {count(lambda r: r['files'] == 'before')} before, "
      f"{count(lambda r: r['files'] == 'after')} after ({count(lambda r: r['finished'])} finished before the "
      f"kill), {len(mixed)} mixed or failed; killed while staging {count(lambda r: r['staging'])}, with the "
      f"journal pending {count(lambda r: r['journal'])} (Depot read "
      f"{count(lambda r: r.get('seen') == 'after')} after); depot check passed "
      f"{count(lambda r: not any(p.startswith('depot check') for p in r['problems']))} times")
for r in mixed[:5]:
    print(f"    killed after {r['delay'] * 1000:.1f} ms: {r['files']}; {' '.join(r['problems'])} "
          f"({'library kept in ' + r['kept'] if 'kept' in r else 'DEPOT_KILL_KEEP=DIR keeps the library'})")
sys.exit(1 if mixed else 0)
PY

# The library every trial copies: the sample, tidied once by a writer (which then refuses an unknown barcode),
# so that the trials do nothing but the change itself.
kill_library() {
    rm -rf "$work/kill-base"
    cp -r "$work/first" "$work/kill-base"
    rm -f "$work/kill-base/.depot.lock"
    DEPOT_TODAY=2026-12-01 "$depot" found 0 --data "$work/kill-base" >/dev/null 2>&1
    python3 - "$work/kill-base" "$work" <<'PY'
import json, sys
deposits = {d["id"]: d for d in json.load(open(sys.argv[1] + "/deposits/2026-27.json"))["deposits"]}
# Return: 28 of K007's 30 books (the other two written off). Exchange at Solsikken: 29 of K020's 30, and the
# packed K001 leaves.
open(sys.argv[2] + "/kill-return.in", "w").write("\n".join(deposits["D2026-0027"]["itemBarcodes"][:28]) + "\n")
open(sys.argv[2] + "/kill-exchange.in", "w").write("\n".join(deposits["D2026-0039"]["itemBarcodes"][:29]) + "\n")
open(sys.argv[2] + "/kill-none.in", "w").write("")
PY
}
kill_library

kill_return() {
    python3 "$work/kill-harness.py" "$depot" "$work/kill-base" "$work" return "$kill_trials" "$work/kill-return.in" \
        return K007 --missing lost
}
check "a return killed at random instants ($kill_trials trials) leaves every file before or after, never mixed" \
    kill_return

kill_exchange() {
    python3 "$work/kill-harness.py" "$depot" "$work/kill-base" "$work" exchange "$kill_trials" \
        "$work/kill-exchange.in" exchange Solsikken --missing lost
}
check "an exchange killed at random instants ($kill_trials trials) leaves every file before or after, never mixed" \
    kill_exchange

kill_write_off() {
    python3 "$work/kill-harness.py" "$depot" "$work/kill-base" "$work" writeoff "$kill_trials" "$work/kill-none.in" \
        writeoff 5000100002352
}
check "a write-off killed at random instants ($kill_trials trials) leaves every file before or after, never mixed" \
    kill_write_off
