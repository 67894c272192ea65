// depot-bench: prints Depot's speed and memory figures. Build and run in release mode:
//
//     swift run -c release depot-bench            # town and city
//     swift run -c release depot-bench town       # one scale
//
// Each measurement that reports memory runs in a child process of its own, so its peak is not the generator's.
import DepotCore
import Foundation

let arguments = Array(CommandLine.arguments.dropFirst())

switch arguments.first {
case "measure-load":
    StoreBenchmarks.measureLoad(folder: arguments[1])
case "measure-save":
    StoreBenchmarks.measureSave(folder: arguments[1])
case "plan":
    PlanBenchmarks.run()
case "breakdown":
    LoadBreakdown.run(folder: arguments[1])
case "measure-screen":
    ScreenBenchmarks.measureFirstFrame(folder: arguments[1])
default:
    let scales = arguments.isEmpty ? [LibraryScale.town, .city] : arguments.compactMap(LibraryScale.init(rawValue:))
    if scales.isEmpty {
        print("usage: depot-bench [sample|town|city]... | plan | breakdown DIR")
        exit(2)
    }
    for scale in scales { StoreBenchmarks.run(scale: scale) }
}
