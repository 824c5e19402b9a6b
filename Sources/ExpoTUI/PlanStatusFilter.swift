import ExpoModel

/// The Plan view's own field term, `status:` (`status:visited`, `status:to-visit`): the query
/// language knows no plan, so the Plan list takes these terms out of its filter before the
/// rest is parsed. Several `status:` terms keep entries of any of them.
enum PlanStatusFilter {
    /// The field's name.
    static let field = "status"

    /// The statuses a filter asks for (nil when it has no `status:` term), and the rest of it.
    /// A status is matched by the start of its name (`status:vis` is visited).
    static func split(_ filter: String) -> (statuses: Set<PlanStatus>?, rest: String) {
        var statuses: Set<PlanStatus>?
        var rest: [Substring] = []
        for word in filter.split(separator: " ") {
            let lower = word.lowercased()
            guard lower.hasPrefix(field + ":") else { rest.append(word); continue }
            let value = lower.dropFirst(field.count + 1)
            var set = statuses ?? []
            for s in PlanStatus.allCases where !value.isEmpty && s.rawValue.hasPrefix(value) { set.insert(s) }
            if value.isEmpty { continue }
            statuses = set
        }
        return (statuses, rest.joined(separator: " "))
    }
}
