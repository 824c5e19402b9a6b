// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Pavilion",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "pavilion", targets: ["pavilion"]),
        .executable(name: "pavilion-bench", targets: ["pavilion-bench"]),
        .library(name: "ExpoModel", targets: ["ExpoModel"]),
        .library(name: "ExpoTUI", targets: ["ExpoTUI"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // The tests build Excel workbooks (ZIP archives) with it; the reader is our own (README).
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        // Saved import mappings (`import --map-file`).
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        // The visit plan's database.
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The bundled catalogue, compiled into the binary.
        .target(
            name: "PavilionAssets",
            path: "Assets",
            exclude: ["catalog.schema.json", "samples"],
            sources: ["PavilionAssets.swift"],
            resources: [.embedInCode("catalogs/china-russia-expo.json")]
        ),
        // Pure model: types, codecs, validation, search. No terminal.
        .target(name: "ExpoModel", dependencies: ["CPrefetch", "PavilionZlib"]),
        // zlib, to inflate a workbook's parts ourselves (see XLSXPackage).
        .systemLibrary(name: "PavilionZlib", path: "Sources/PavilionZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        // State that outlives a session (the visit plan), in SQLite. The only module that opens a database.
        .target(name: "ExpoStore", dependencies: ["ExpoModel", .product(name: "GRDB", package: "GRDB.swift")]),
        // A prefetch hint for the search's scanning loop.
        .target(name: "CPrefetch"),
        // The browser as pure functions: update(state, event) and render(state, size).
        .target(name: "ExpoTUI", dependencies: ["ExpoModel"]),
        // ncursesw through a small C shim.
        .systemLibrary(name: "CNCursesW", path: "Sources/CNCursesW"),
        // The only module that imports curses.
        // Signal handlers that only set a flag, for a clean exit on SIGINT, SIGTERM and SIGHUP.
        .target(name: "CSignalFlag"),
        .target(name: "PavilionTerminal", dependencies: ["CNCursesW", "CSignalFlag", "ExpoModel", "ExpoTUI"]),
        .executableTarget(
            name: "pavilion",
            dependencies: [
                "ExpoModel", "ExpoTUI", "ExpoStore", "PavilionTerminal", "PavilionAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ]
        ),
        // Benchmark: prints figures, never fails tests.
        .executableTarget(
            name: "pavilion-bench",
            dependencies: ["ExpoModel", "ExpoTUI", "ExpoStore", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                           .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(name: "ExpoModelTests", dependencies: ["ExpoModel", "PavilionAssets", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "ExpoTUITests", dependencies: ["ExpoTUI", "ExpoModel", "PavilionAssets"]),
        .testTarget(name: "PavilionCLITests", dependencies: ["pavilion"]),
        .testTarget(name: "PavilionTerminalTests", dependencies: ["PavilionTerminal"]),
        .testTarget(name: "ExpoStoreTests", dependencies: ["ExpoStore", "ExpoModel"]),
    ],
    swiftLanguageModes: [.v6]
)
