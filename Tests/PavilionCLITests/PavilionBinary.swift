import Foundation

/// Finds the `pavilion` executable the tests run.
///
/// SwiftPM builds the executable target `pavilion` (a dependency of this test target) into the
/// same directory as the test product, whatever the scratch path: `<scratch>/debug/pavilion`
/// beside `<scratch>/debug/PavilionPackageTests.xctest`. So the binary is looked for next to
/// the running test product. `PAVILION_BIN` overrides the search (e.g. to test a release
/// build).
enum PavilionBinary {
    struct NotFound: Error, CustomStringConvertible {
        var description: String
    }

    /// The path, or why it could not be found.
    static let located: Result<String, NotFound> = locate()

    /// The path of the binary under test; throws (failing the test) when it cannot be found.
    static func path() throws -> String {
        try located.get()
    }

    /// Directories that may hold the test product, most specific first.
    static func candidateDirectories() -> [URL] {
        var dirs: [URL] = []
        // Linux: the test product is an executable; the main bundle is its directory.
        dirs.append(Bundle.main.bundleURL)
        if let argv0 = CommandLine.arguments.first, !argv0.isEmpty {
            dirs.append(URL(fileURLWithPath: argv0).resolvingSymlinksInPath().deletingLastPathComponent())
        }
        #if os(Linux)
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            dirs.append(URL(fileURLWithPath: exe).deletingLastPathComponent())
        }
        #endif
        // macOS: the tests run inside `PavilionPackageTests.xctest`, a bundle loaded by xctest.
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            dirs.append(bundle.bundleURL.deletingLastPathComponent())
        }
        // A path inside a macOS bundle (…/X.xctest/Contents/MacOS): also try beside the bundle.
        for d in dirs where d.path.hasSuffix(".xctest/Contents/MacOS") {
            dirs.append(d.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent())
        }
        return dirs.map(\.standardizedFileURL)
    }

    static func locate() -> Result<String, NotFound> {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["PAVILION_BIN"], !override.isEmpty {
            guard fm.isExecutableFile(atPath: override) else {
                return .failure(NotFound(description: "PAVILION_BIN=\(override) is not an executable file"))
            }
            return .success(override)
        }
        var tried: [String] = []
        for dir in candidateDirectories() {
            let candidate = dir.appendingPathComponent("pavilion").path
            if tried.contains(candidate) { continue }
            tried.append(candidate)
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: candidate, isDirectory: &isDir), !isDir.boolValue, fm.isExecutableFile(atPath: candidate) {
                return .success(candidate)
            }
        }
        return .failure(NotFound(description: """
            cannot find the pavilion binary next to the test product; tried:
              \(tried.joined(separator: "\n  "))
            Build it (swift build --build-tests) or set PAVILION_BIN to its path.
            """))
    }
}

/// Paths inside the package, found from this source file.
enum PackagePaths {
    /// The package root (…/Tests/PavilionCLITests/PavilionBinary.swift → …).
    static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The catalogue compiled into the binary.
    static let bundledCatalog: URL = root.appendingPathComponent("Assets/catalogs/china-russia-expo.json")
}
