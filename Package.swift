// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Depot",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "depot", targets: ["depot"]),
        .library(name: "DepotCore", targets: ["DepotCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        // The ZIP container of an .xlsx export (`depot export --format xlsx`).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // ncursesw, reached through a small C shim for the macros and globals Swift cannot import.
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // Domain, rules, JSON store and printouts. No curses, no terminal I/O. Resources: the sample library, and
        // the texts of every language (Texts/<code>.json, see docs/design.md).
        .target(
            name: "DepotCore",
            resources: [.copy("../../data"), .copy("Resources/Texts")]
        ),
        // Screens: state in, actions out, rendered into a grid of cells; a thin curses backend blits it.
        .target(
            name: "DepotTUI",
            dependencies: ["DepotCore", "CNCurses"]
        ),
        .executableTarget(
            name: "depot",
            dependencies: [
                "DepotCore",
                "DepotTUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // Speed and memory figures (run in release mode; see README).
        .executableTarget(
            name: "depot-bench",
            dependencies: ["DepotCore", "DepotTUI"]
        ),
        .testTarget(name: "DepotCoreTests", dependencies: ["DepotCore"], exclude: ["Week/Golden"]),
        .testTarget(
            name: "DepotTUITests", dependencies: ["DepotTUI", "DepotCore"], exclude: ["Snapshots"],
            resources: [.copy("Fixtures/Texts")]),
    ],
    swiftLanguageModes: [.v6]
)
