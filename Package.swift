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
        .target(name: "ExpoModel", dependencies: ["CPrefetch"]),
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
                "ExpoModel", "ExpoTUI", "PavilionTerminal", "PavilionAssets",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark: prints figures, never fails tests.
        .executableTarget(
            name: "pavilion-bench",
            dependencies: ["ExpoModel", "ExpoTUI", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        .testTarget(name: "ExpoModelTests", dependencies: ["ExpoModel", "PavilionAssets"]),
        .testTarget(name: "ExpoTUITests", dependencies: ["ExpoTUI", "ExpoModel", "PavilionAssets"]),
        .testTarget(name: "PavilionCLITests", dependencies: ["pavilion"]),
        .testTarget(name: "PavilionTerminalTests", dependencies: ["PavilionTerminal"]),
    ],
    swiftLanguageModes: [.v6]
)
