import Foundation

/// The human-readable report: one aligned row per case, printed as soon as the case finishes so a long
/// run shows progress.
struct TablePrinter {
    static let columns: [(String, Int)] = [
        ("case", 22), ("size", 28), ("time", 10), ("cpu", 9), ("peak", 9), ("rate / note", 26), ("target", 18), ("", 6),
    ]

    func header() -> String {
        let line = row(Self.columns.map(\.0))
        return line + "\n" + String(repeating: "-", count: line.count)
    }

    func format(_ r: CaseResult) -> String {
        var cells = [r.name, r.size, r.seconds.map(Self.duration) ?? "", r.cpuSeconds.map(Self.duration) ?? "",
                     r.peakMB.map { String(format: "%.0f MB", $0) } ?? "", r.rate ?? r.note ?? "", r.target ?? "",
                     r.status == .info ? "" : r.status.rawValue]
        if r.status == .notBuilt { cells[2] = "n/a"; cells[7] = "" }
        var line = row(cells)
        if r.status == .error, let n = r.note { line += "\n    error: " + n }
        else if r.rate != nil, let n = r.note { line += "\n    " + n }
        return line
    }

    private func row(_ cells: [String]) -> String {
        zip(cells, Self.columns).map { cell, col in
            cell.count >= col.1 ? cell + " " : cell + String(repeating: " ", count: col.1 - cell.count)
        }.joined().trimmingCharacters(in: .whitespaces)
    }

    static func duration(_ s: Double) -> String {
        s < 0.001 ? String(format: "%.0f µs", s * 1e6) : s < 1 ? String(format: "%.1f ms", s * 1000) : String(format: "%.2f s", s)
    }
}
