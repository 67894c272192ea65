// depot-bench: prints Depot's speed and memory figures. Build and run in release mode:
//
//     swift run -c release depot-bench                 # town and city
//     swift run -c release depot-bench town            # one scale
//     swift run -c release depot-bench city city:4     # the city, then 4 times the city, with the growth between
//
// Every figure comes from a child process of its own that starts fresh, so that a memory peak is that of a process
// doing only the one thing, and a "first" save is the first of a process that has just opened the library.
import DepotCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

switch arguments.first {
case "measure-load":
    StoreBenchmarks.measureLoad(folder: arguments[1])
case "measure-memory":
    StoreBenchmarks.measureMemory(folder: arguments[1])
case "measure-save":
    StoreBenchmarks.measureSave(folder: arguments[1], what: arguments[2])
case "measure-desks":
    StoreBenchmarks.measureDesks(folder: arguments[1])
case "measure-commands":
    StoreBenchmarks.measureCommands(folder: arguments[1])
case "plan":
    PlanBenchmarks.run()
case "breakdown":
    LoadBreakdown.run(folder: arguments[1])
case "measure-screen":
    ScreenBenchmarks.measureFirstFrame(folder: arguments[1])
case "first-frame":
    ScreenBenchmarks.measureFirstFrame(folder: arguments[1], keys: false)
case "measure-screen-save":
    ScreenBenchmarks.measureSaves(folder: arguments[1])
default:
    let scales = arguments.isEmpty ? [BenchScale(.town), BenchScale(.city)] : arguments.compactMap(BenchScale.init)
    if scales.isEmpty || scales.count != max(arguments.count, 1) && !arguments.isEmpty {
        print("usage: depot-bench [sample|town|city[:N]]... | plan | breakdown DIR")
        exit(2)
    }
    var figures: [StoreBenchmarks.Figures] = []
    for scale in scales { figures.append(StoreBenchmarks.run(scale: scale)) }
    StoreBenchmarks.printGrowth(figures)
}
