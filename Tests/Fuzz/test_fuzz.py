"""Checks of the fuzzing harness itself: that it sees a trap, a hang and a long message, and replays edits exactly.

Run: python3 -m unittest discover -s Tests/Fuzz -p 'test_*.py'
"""

import json
import os
import random
import stat
import sys
import tempfile
import textwrap
import unittest
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import fuzz  # noqa: E402

TRAP_STDERR = textwrap.dedent(
    """
    *** Signal 4: Backtracing from 0x55c3881ac77d... done ***

    *** Swift runtime failure: arithmetic overflow ***

    Thread 0 "depot" crashed:

      0 [inlined] [system] 0x000055c3881ac77d Swift runtime failure: arithmetic overflow in depot at //<compiler-generated>
      1                    0x000055c3881ac77d Day.adding(days:) + 93 in depot at /w/Sources/DepotCore/Calendar/Day.swift:50:65
      2 [ra]               0x000055c3881539c9 CalendarPeriod.after(_:) + 88 in depot at /w/Sources/DepotCore/Domain/CalendarPeriod.swift:27:32
      3 [ra]               0x000055c388707f76 DueCommand.run() + 901 in depot at /w/Sources/depot/DueCommand.swift:41:29
      4 [ra]               0x000055c3880d88d5 static ParsableCommand.main(_:) + 532 in depot at /w/.build/checkouts/swift-argument-parser/Sources/ArgumentParser/ParsableCommand.swift:161:19
    """
).encode()

TREE = {
    "commandName": "depot",
    "subcommands": [
        {"commandName": "due", "arguments": [
            {"kind": "option", "names": [{"kind": "long", "name": "within"}], "valueName": "PERIOD", "isOptional": True},
            {"kind": "option", "names": [{"kind": "long", "name": "format"}], "valueName": "format",
             "allValues": ["text", "json"], "isOptional": True},
        ]},
        {"commandName": "events", "subcommands": [
            {"commandName": "note", "arguments": [
                {"kind": "positional", "valueName": "EVENT", "isOptional": False},
                {"kind": "option", "names": [{"kind": "long", "name": "author"}], "valueName": "STAFF",
                 "isOptional": False},
            ]},
        ]},
    ],
}


class ClassifyTests(unittest.TestCase):
    def test_a_trap_is_a_crash_named_by_its_innermost_frames(self):
        kind, signature = fuzz.classify(-4, TRAP_STDERR, len(TRAP_STDERR), False, "due")
        self.assertEqual(kind, "crash")
        self.assertIn("SIGILL: arithmetic overflow", signature)
        self.assertIn("in Day.adding(days:) (DepotCore/Calendar/Day.swift)", signature)
        self.assertIn("via DueCommand.run() (depot/DueCommand.swift)", signature)
        self.assertNotIn("ParsableCommand", signature)

    def test_a_signal_without_a_backtrace_names_the_command(self):
        kind, signature = fuzz.classify(-11, b"", 0, False, "events note")
        self.assertEqual((kind, signature), ("crash", "crash: SIGSEGV in depot events note"))

    def test_an_exit_code_from_a_shell_wrapper_counts_as_a_signal(self):
        self.assertEqual(fuzz.classify(134, b"", 0, False, "check")[0], "crash")

    def test_a_fatal_error_message_is_a_crash_even_with_a_plain_exit(self):
        text = b"depot/Foo.swift:3: Fatal error: Index out of range\n"
        kind, signature = fuzz.classify(1, text, len(text), False, "check")
        self.assertEqual(kind, "crash")
        self.assertIn("Fatal error: Index out of range", signature)

    def test_a_clear_message_and_a_failure_code_is_fine(self):
        text = b"depot: library.json line 3: dueSoonDays must be 0 to 365.\n"
        self.assertEqual(fuzz.classify(1, text, len(text), False, "due"), (None, None))
        self.assertEqual(fuzz.classify(64, b"Error: Unknown option '--x'\n", 28, False, "due"), (None, None))
        self.assertEqual(fuzz.classify(0, b"", 0, False, "due"), (None, None))

    def test_a_long_message_is_soft(self):
        text = b"depot: unknown partner " + b"A" * 5000 + b"\n"
        kind, signature = fuzz.classify(1, text, len(text), False, "ledger")
        self.assertEqual(kind, "soft")
        self.assertEqual(signature, 'soft: over 4 KB on stderr: depot: unknown partner …')
        quoted = b'Error: no event is called "' + "ø".encode() * 3000 + b'"\n'
        self.assertEqual(fuzz.classify(1, quoted, len(quoted), False, "remind")[1],
                         'soft: over 4 KB on stderr: Error: no event is called "…"')

    def test_a_timeout_is_a_hang(self):
        self.assertEqual(fuzz.classify(None, b"", 0, True, "check"), ("hang", "hang: depot check"))

    def test_known_entries_match_part_of_a_signature_or_a_seed_by_name(self):
        known = ["Day.adding(days:) (DepotCore/Calendar/Day.swift) via DueCommand", "seed:store-items-fifo"]
        self.assertTrue(fuzz.matches_known(known, "crash: SIGILL: x in Day.adding(days:) (DepotCore/Calendar/Day.swift) via DueCommand.run()", None))
        self.assertFalse(fuzz.matches_known(known, "crash: SIGILL: x in Day.adding(days:) (DepotCore/Calendar/Day.swift) via PlanSeasonCommand.run()", None))
        self.assertTrue(fuzz.matches_known(known, "hang: depot check", "store-items-fifo"))
        self.assertFalse(fuzz.matches_known(known, "hang: depot check", "store-deposits-fifo"))

    def test_command_path_stops_at_the_first_word_that_is_not_a_subcommand(self):
        self.assertEqual(fuzz.command_path(["events", "note", "E1", "--author", "S"], TREE), "events note")
        self.assertEqual(fuzz.command_path(["--help"], TREE), "(default)")


class EditTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.root = Path(self.folder.name)
        (self.root / "lib").mkdir()
        self.file = self.root / "lib" / "library.json"
        self.file.write_text(json.dumps({"schemaVersion": 1, "library": {"dueSoonDays": 14, "routes": [{"id": "a"}]}}))

    def tearDown(self):
        self.folder.cleanup()

    def read(self):
        return json.loads(self.file.read_text())

    def test_set_keeps_integers_beyond_64_bits_exact(self):
        edit = {"file": "lib/library.json", "op": "set", "path": ["library", "dueSoonDays"], "value": 2**64}
        self.assertTrue(fuzz.apply_edit(self.root, edit, None))
        self.assertIn('"dueSoonDays": 18446744073709551616', self.file.read_text())

    def test_delete_and_duplicate(self):
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "duplicate", "path": ["library", "routes", 0],
                                    "times": 2}, None)
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "delete", "path": ["library", "dueSoonDays"]},
                        None)
        self.assertEqual(self.read()["library"], {"routes": [{"id": "a"}] * 3})

    def test_deep_nesting_is_written_as_text(self):
        edit = {"file": "lib/library.json", "op": "nest", "path": ["library", "routes"], "depth": 5000}
        self.assertTrue(fuzz.apply_edit(self.root, edit, None))
        self.assertIn("[" * 5000 + "]" * 5000, self.file.read_text())

    def test_a_json_edit_on_a_file_that_is_no_longer_json_does_not_apply(self):
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "truncate", "at": 5}, None)
        edit = {"file": "lib/library.json", "op": "set", "path": ["schemaVersion"], "value": 2}
        self.assertFalse(fuzz.apply_edit(self.root, edit, None))

    def test_file_kinds(self):
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "fifo"}, None)
        self.assertTrue(stat.S_ISFIFO(os.lstat(self.file).st_mode))
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "selflink"}, None)
        self.assertEqual(os.readlink(self.file), "library.json")

    def test_an_edit_that_reads_a_file_made_a_fifo_does_not_wait_for_it(self):
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "fifo"}, None)
        for op in ({"op": "set", "path": ["x"], "value": 1}, {"op": "truncate", "at": 3}):
            self.assertFalse(fuzz.apply_edit(self.root, {"file": "lib/library.json", **op}, None))

    def test_bytes(self):
        self.file.write_bytes(b"abc")
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "byte", "at": 1, "value": 0xFF}, None)
        fuzz.apply_edit(self.root, {"file": "lib/library.json", "op": "insert", "at": -1, "hex": "00"}, None)
        self.assertEqual(self.file.read_bytes(), b"a\xffc\x00")


class RunnerTests(unittest.TestCase):
    """The runner against stand-ins for depot: a program that traps, one that hangs, one that is fine."""

    def setUp(self):
        self.folder = tempfile.TemporaryDirectory()
        self.work = Path(self.folder.name)
        (self.work / "base").mkdir()
        (self.work / "base" / "library.json").write_text("{}")

    def tearDown(self):
        self.folder.cleanup()

    def runner(self, script, timeout=5):
        binary = self.work / "fake-depot"
        binary.write_text("#!/bin/sh\n" + script)
        binary.chmod(0o755)
        return fuzz.Runner(binary, self.work, {"sample": self.work / "base"}, self.work, TREE, timeout)

    def test_a_child_killed_by_a_signal_is_a_crash(self):
        result = self.runner('kill -ILL $$\n').run({"args": ["due"]})
        self.assertEqual(result["kind"], "crash")
        self.assertEqual(result["signature"], "crash: SIGILL in depot due")

    def test_a_child_that_does_not_finish_is_a_hang_and_is_killed(self):
        result = self.runner("sleep 30\n", timeout=0.5).run({"args": ["due"], "edits": [
            {"file": "lib/library.json", "op": "fifo"}]})
        self.assertEqual(result["kind"], "hang")
        self.assertEqual(result["signature"], "hang: a FIFO in the library")
        self.assertLess(result["seconds"], 5)

    def test_the_child_runs_on_its_own_copy_with_placeholders_filled_in(self):
        script = 'test "$1" = "$DEPOT_DATA" && test -f "$1/library.json" && test "$DEPOT_TODAY" = 2026-12-01 || kill -ILL $$\n'
        result = self.runner(script).run({"args": ["{lib}"]})
        self.assertIsNone(result["kind"])
        self.assertEqual(result["returncode"], 0)

    def test_a_device_file_replaced_by_the_child_is_a_clobber(self):
        result = self.runner('rm "$1" && echo x > "$1"\n').run({"args": ["{root}/dev-null"]})
        if result["kind"] is None:
            self.skipTest("this machine does not allow device nodes outside /dev")
        self.assertEqual(result["kind"], "clobber")

    def test_a_device_file_written_through_is_fine(self):
        result = self.runner('echo x > "$1"\n').run({"args": ["{root}/dev-null"]})
        self.assertIsNone(result["kind"])

    def test_relative_paths_up_three_levels_stay_in_the_case_folder(self):
        script = 'case "$(cd ../../.. && pwd)" in "$1"/*) exit 0;; *) kill -ILL $$;; esac\n'
        self.assertIsNone(self.runner(script).run({"args": ["{root}"]})["kind"])


    def test_absolute_paths_outside_the_case_folder_are_moved_into_it(self):
        root = Path("/tmp/w/case1")
        self.assertEqual(fuzz.confine("/", root), "/tmp/w/case1/outside/")
        self.assertEqual(fuzz.confine("--output=/dev/null", root), "--output=/tmp/w/case1/outside/dev/null")
        self.assertEqual(fuzz.confine("/tmp/w/case1../..", root), "/tmp/w/case1/outside/tmp/w/case1../..")
        self.assertEqual(fuzz.confine("/tmp/w/case1/lib", root), "/tmp/w/case1/lib")
        self.assertEqual(fuzz.confine("2026/27", root), "2026/27")


class GeneratorTests(unittest.TestCase):
    def test_the_same_seed_gives_the_same_cases(self):
        with tempfile.TemporaryDirectory() as folder:
            base = Path(folder)
            (base / "library.json").write_text(json.dumps({"library": {"dueSoonDays": 14, "name": "x"}}))
            (base / "staff.json").write_text(json.dumps({"staff": [{"id": "S01", "name": "Ane"}]}))

            def cases(seed):
                generator = fuzz.Generator(random.Random(seed), TREE, {"sample": base})
                return [generator.case() for _ in range(200)]

            self.assertEqual(cases(7), cases(7))
            self.assertNotEqual(cases(7), cases(8))
            every = cases(7)
            self.assertTrue(any(c["args"][:2] == ["events", "note"] for c in every))
            self.assertTrue(any(e["file"] == "lib/library.json" for c in every for e in c["edits"]))


if __name__ == "__main__":
    unittest.main()
