import Foundation
import Testing
@testable import ExpoModel

/// A small catalogue and plan for the export tests.
enum PlanSample {
    /// 2017-06-10T08:00:00Z.
    static let now: Int64 = 1_497_081_600
    static let added: Int64 = 1_497_085_200   // 2017-06-10T09:00:00Z
    /// A note long enough to be folded many times, in Chinese (three octets a character).
    static let chineseNote = String(repeating: "请询问拖拉机的价格和交货时间，", count: 12) + "谢谢。"
    static let trickyNote = "Ask about prices, delivery; \"quotes\"\nВторая строка \\ done"

    static var catalog: Catalog {
        var expo = Expo(id: "e1", name: "Harbin Fair 2017")
        expo.city = "Harbin"
        func booth(_ id: String, _ exhibitor: String, hall: String?, code: String?, products: [String] = []) -> Booth {
            var b = Booth(id: id, expo: "e1", exhibitor: exhibitor)
            b.hall = hall
            b.code = code
            b.products = products
            return b
        }
        var c = Catalog(title: "Test fair", expos: [expo],
                        exhibitors: [Exhibitor(id: "x1", name: "Vi Holding Group"), Exhibitor(id: "x2", name: "Амурская *Звезда*"),
                                     Exhibitor(id: "x3", name: "哈尔滨电气集团")],
                        booths: [booth("b1", "x1", hall: "2", code: "B12", products: ["Tractors", "Seeds"]),
                                 booth("b2", "x2", hall: "10", code: "A-3"),
                                 booth("b3", "x3", hall: "2", code: "B9"),
                                 booth("b4", "x1", hall: nil, code: nil),
                                 booth("b5", "x2", hall: "2", code: "H1"),
                                 booth("b6", "x3", hall: "1", code: "C1")])
        c.id = "test-fair"
        c.timeZone = "Asia/Harbin"
        return c
    }

    static func at(_ text: String) -> LocalDateTime? { LocalDateTime(iso: text) }

    static var entries: [PlanEntry] {
        [
            PlanEntry(boothID: "b4", added: added, note: "=HYPERLINK(\"http://example.com\")"),
            PlanEntry(boothID: "b99", added: added, updated: added + 60, status: .skipped, note: "Moved?"),
            PlanEntry(boothID: "b1", added: added, status: .toVisit, note: trickyNote, start: at("2017-06-16T10:30"),
                      timeZone: "Asia/Harbin", priority: 1),
            PlanEntry(boothID: "b3", added: added, note: chineseNote, start: at("2017-06-16T10:30"), timeZone: "Asia/Harbin",
                      priority: 2),
            PlanEntry(boothID: "b2", added: added, status: .visited, start: at("2017-06-16T09:00"), timeZone: "Asia/Harbin",
                      durationMinutes: 45),
            PlanEntry(boothID: "b5", added: added, status: .contacted, start: at("2017-04-24T11:00"), timeZone: "Europe/Berlin"),
            PlanEntry(boothID: "b6", added: added, start: at("2017-06-17T14:00"), priority: 3),
        ]
    }

    static var exporter: PlanExporter { PlanExporter(catalog: catalog, entries: entries, now: now) }
}

/// Runs a Python script on a file holding `text`; a missing python3 or module is a failure
/// (CI installs them), not a skip.
enum PythonCheck {
    /// The script's standard output, or nil after recording an issue.
    static func run(_ script: String, on text: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("pavilion-plan-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        do { try Data(text.utf8).write(to: url) } catch {
            Issue.record("could not write \(url.path): \(error)", sourceLocation: sourceLocation)
            return nil
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, url.path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        do { try process.run() } catch {
            Issue.record("could not start python3: \(error). Install python3 (and `pip install icalendar`).", sourceLocation: sourceLocation)
            return nil
        }
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            Issue.record("python3 failed with status \(process.terminationStatus) (CI installs python3 and icalendar): \(stderr)",
                         sourceLocation: sourceLocation)
            return nil
        }
        return stdout
    }

    /// The script's output parsed as JSON.
    static func json(_ script: String, on text: String, sourceLocation: SourceLocation = #_sourceLocation) -> JSONValue? {
        guard let out = run(script, on: text, sourceLocation: sourceLocation) else { return nil }
        var parser = JSONParser()
        do { return try parser.parse(Array(out.utf8)).value } catch {
            Issue.record("python printed no JSON: \(error.message): \(out)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

extension JSONValue {
    /// The member `key` of an object.
    subscript(key: String) -> JSONValue? {
        guard case .object(let members) = self else { return nil }
        return members.first { $0.key == key }?.node.value
    }

    /// The elements of an array.
    var elements: [JSONValue] {
        guard case .array(let nodes) = self else { return [] }
        return nodes.map(\.value)
    }

    /// The number of a number value.
    var number: Double? {
        guard case .number(let n, _) = self else { return nil }
        return n
    }

    /// The string of a string value.
    var text: String? {
        guard case .string(let s) = self else { return nil }
        return s
    }
}
