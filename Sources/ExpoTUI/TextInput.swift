import ExpoModel

/// Placeholder until the tested field lands.
public struct TextInput: Sendable, Equatable {
    /// The text.
    public private(set) var text: String
    /// Cursor as a character index.
    public private(set) var cursor: Int

    /// Creates a field, cursor at the end.
    public init(_ text: String = "") {
        self.text = text
        self.cursor = text.count
    }

    /// Inserts at the cursor.
    public mutating func insert(_ s: String) {
        var chars = Array(text)
        chars.insert(contentsOf: s, at: cursor)
        text = String(chars)
        cursor += s.count
    }

    /// Handles an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case let .char(c): insert(String(c)); return true
        case .backspace:
            if cursor > 0 { var a = Array(text); a.remove(at: cursor - 1); text = String(a); cursor -= 1 }
            return true
        case .ctrl("u"): text = String(Array(text)[cursor...]); cursor = 0; return true
        default: return false
        }
    }

    /// The visible slice.
    public func visible(width: Int) -> (text: String, cursorColumn: Int) {
        (TextWidth.truncate(text, to: max(0, width - 1)), min(TextWidth.of(text), max(0, width - 1)))
    }
}
