import ExpoModel

/// At most 20 lines of diagnostics, then one line counting the rest, so that no input floods a
/// terminal; `--all-errors` prints them all.
///
/// When there are more than the limit, errors are shown before warnings (a file's first warnings
/// must not hide its errors), each in file order.
struct DiagnosticCap {
    /// The lines shown without `--all-errors`.
    static let limit = 20

    /// Whether every line is shown (`--all-errors`).
    var all: Bool
    /// The most lines shown otherwise.
    var limit = DiagnosticCap.limit

    /// The lines to print for `diagnostics`, each made by `format`, and the summary line when
    /// some are left out.
    func lines(_ diagnostics: [Diagnostic], _ format: (Diagnostic) -> String) -> [String] {
        if all || diagnostics.count <= limit { return diagnostics.map(format) }
        let errors = diagnostics.indices.filter { diagnostics[$0].severity == .error }
        let warnings = diagnostics.indices.filter { diagnostics[$0].severity != .error }
        let shownErrors = errors.prefix(limit)
        let shown = Set(shownErrors).union(warnings.prefix(limit - shownErrors.count))
        let out = diagnostics.indices.filter(shown.contains).map { format(diagnostics[$0]) }
        return out + [Self.summary(errors: errors.count - shownErrors.count, warnings: warnings.count - (shown.count - shownErrors.count))]
    }

    /// "… and 14,717 more (12 errors, 14,705 warnings); --all-errors shows them all".
    static func summary(errors: Int, warnings: Int) -> String {
        var kinds: [String] = []
        if errors > 0 { kinds.append(CatalogOptions.plural(errors, "error")) }
        if warnings > 0 { kinds.append(CatalogOptions.plural(warnings, "warning")) }
        return "… and \(Format.grouped(errors + warnings)) more (\(kinds.joined(separator: ", "))); --all-errors shows them all"
    }
}
