import Testing
@testable import ExpoTUI

/// The pure halves of the effects: the OSC 52 copy sequence, and what opening an address does.
@Suite struct EffectPlanTests {
    // MARK: Copy

    @Test func base64MatchesRFC4648() {
        let vectors = ["": "", "f": "Zg==", "fo": "Zm8=", "foo": "Zm9v", "foob": "Zm9vYg==", "fooba": "Zm9vYmE=", "foobar": "Zm9vYmFy"]
        for (text, encoded) in vectors {
            #expect(OSC52.base64(Array(text.utf8)) == encoded, "\(text)")
        }
        #expect(OSC52.base64(Array("哈".utf8)) == "5ZOI")
        #expect(OSC52.base64([0xFF, 0xFE, 0xFD]) == "//79")
    }

    @Test func osc52SequenceCarriesTheTextInBase64() throws {
        let seq = try #require(OSC52.sequence(copying: "b1"))
        #expect(seq == Array("\u{1B}]52;c;YjE=\u{07}".utf8))
        // Control characters in the text travel inside base64: the sequence has only its own.
        let hostile = try #require(OSC52.sequence(copying: "x\u{1B}]0;pwned\u{07}\u{1B}[2J\n"))
        #expect(hostile.filter { $0 < 0x20 } == [0x1B, 0x07])
        #expect(hostile.prefix(7) == ArraySlice(Array("\u{1B}]52;c;".utf8)) && hostile.last == 0x07)
    }

    @Test func copyPlanSaysWhatWasCopiedOrWhyNot() {
        #expect(OSC52.plan(copying: "b1", what: "id") == .write(sequence: Array("\u{1B}]52;c;YjE=\u{07}".utf8), message: "copied id b1"))
        #expect(OSC52.plan(copying: "", what: "name") == .refuse(message: "nothing to copy: the name is empty"))

        // The message shows the text safely and briefly.
        guard case let .write(_, message) = OSC52.plan(copying: "Evil\u{1B}[2J " + String(repeating: "x", count: 100), what: "name") else {
            Issue.record("not copied")
            return
        }
        #expect(message.hasPrefix("copied name Evil␛[2J x"))
        #expect(message.hasSuffix("…") && message.count < 60, "\(message)")
        #expect(!message.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func copiesOverTheLimitAreRefused() {
        let limit = String(repeating: "a", count: OSC52.maxTextBytes)
        #expect(OSC52.sequence(copying: limit) != nil)
        #expect(OSC52.sequence(copying: limit + "a") == nil)
        #expect(OSC52.plan(copying: String(repeating: "哈", count: 50_000), what: "text") == .refuse(message: "the text is too long to copy (150 kB; at most 100 kB)"))
    }

    // MARK: Open

    @Test func onlyHTTPAndHTTPSAddressesAreWebAddresses() {
        for ok in ["https://example.org", "http://example.org/a?b=c#d", "HTTPS://Example.org/", "https://[::1]:8080/x", "https://例え.jp/パス"] {
            #expect(URLOpenPlan.isWebAddress(ok), "\(ok)")
        }
        for bad in ["", "example.org", "file:///etc/passwd", "javascript:alert(1)", "ftp://example.org", "https://", "https:///path",
                    "http:example.org", "mailto:a@b.c", "-https://x", " https://example.org", "https://example.org/a b",
                    "https://example.org/\u{1B}[2J", "https://example.org/\n", "https://exa\u{202E}mple.org", "https://example.org\u{00A0}x"] {
            #expect(!URLOpenPlan.isWebAddress(bad), "\(bad.debugDescription)")
        }
    }

    /// `isExecutable` for a machine where only these paths are executables.
    func only(_ paths: Set<String>) -> (String) -> Bool { { paths.contains($0) } }

    @Test func opensWithXdgOpenOnlyWithADisplayAndXdgOpenOnThePath() {
        let url = "https://example.org/expo?id=1&x=$(touch%20pwned);`id`'a'"
        let exe = only(["/usr/bin/xdg-open"])
        let path = "/usr/local/bin:/usr/bin:/bin"
        let spawn = URLOpenPlan.spawn(executable: "/usr/bin/xdg-open", arguments: [url], message: "opening \(url)")
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": ":0", "PATH": path], isExecutable: exe) == spawn)
        #expect(URLOpenPlan.plan(for: url, environment: ["WAYLAND_DISPLAY": "wayland-0", "PATH": path], isExecutable: exe) == spawn)

        // No desktop: the address is shown whole.
        #expect(URLOpenPlan.plan(for: url, environment: ["PATH": path], isExecutable: exe) == .show(message: "no display: \(url)"))
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": "", "WAYLAND_DISPLAY": "", "PATH": path], isExecutable: exe)
                == .show(message: "no display: \(url)"))
        // A desktop but no xdg-open (or only in a relative or empty PATH entry): shown too.
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": ":0", "PATH": path], isExecutable: only([]))
                == .show(message: "no xdg-open to open: \(url)"))
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": ":0"], isExecutable: exe) == .show(message: "no xdg-open to open: \(url)"))
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": ":0", "PATH": "bin::."], isExecutable: only(["bin/xdg-open", "./xdg-open", "/xdg-open"]))
                == .show(message: "no xdg-open to open: \(url)"))
        // The first directory of PATH that has it wins.
        #expect(URLOpenPlan.plan(for: url, environment: ["DISPLAY": ":0", "PATH": "/opt/x/:/usr/bin"], isExecutable: only(["/opt/x/xdg-open", "/usr/bin/xdg-open"]))
                == .spawn(executable: "/opt/x/xdg-open", arguments: [url], message: "opening \(url)"))
    }

    @Test func nonWebAddressesAreRefusedWhateverTheEnvironment() {
        let env = ["DISPLAY": ":0", "PATH": "/usr/bin"]
        #expect(URLOpenPlan.plan(for: "file:///etc/passwd", environment: env, isExecutable: { _ in true })
                == .refuse(message: "not a web address: file:///etc/passwd"))
        #expect(URLOpenPlan.plan(for: "x\u{1B}]0;t\u{07}", environment: env, isExecutable: { _ in true })
                == .refuse(message: "not a web address: x␛]0;t␇"))
    }
}
