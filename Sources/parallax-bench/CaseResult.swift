import Foundation
import ParallaxCore

/// A limit a case must stay under, as the issues state it.
enum Target {
    case seconds(Double)
    case megabytes(Double)
    /// At most `factor` times the best time of another case (growth, e.g. align 200 vs 100).
    case relative(to: String, factor: Double)

    var text: String {
        switch self {
        case .seconds(let s): return s < 1 ? "< \(Int((s * 1000).rounded())) ms" : "< \(trim(s)) s"
        case .megabytes(let m): return "< \(Int(m)) MB peak"
        case .relative(let other, let f): return "< \(trim(f))× \(other)"
        }
    }

    private func trim(_ v: Double) -> String { v == v.rounded() ? String(Int(v)) : String(v) }
}

/// One row of the report.
struct CaseResult: Encodable {
    enum Status: String, Encodable { case pass = "PASS", miss = "MISS", info = "-", notBuilt = "n/a", error = "ERROR" }

    var name: String
    var size: String
    /// Best wall time over the repeats (least disturbed by other load on the machine).
    var seconds: Double?
    var medianSeconds: Double?
    var cpuSeconds: Double?
    var peakMB: Double?
    /// A derived figure such as "14.2 MB/s".
    var rate: String?
    var target: String?
    var status: Status
    var note: String?

    enum CodingKeys: String, CodingKey {
        case name, size, seconds, medianSeconds = "median_seconds", cpuSeconds = "cpu_seconds", peakMB = "peak_mb"
        case rate, target, status, note
    }

    /// Optional fields are written as `null`, as everywhere in Parallax's JSON.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(size, forKey: .size)
        try c.encode(seconds.map(round6), forKey: .seconds)
        try c.encode(medianSeconds.map(round6), forKey: .medianSeconds)
        try c.encode(cpuSeconds.map(round6), forKey: .cpuSeconds)
        try c.encode(peakMB.map { ($0 * 10).rounded() / 10 }, forKey: .peakMB)
        try c.encode(rate, forKey: .rate)
        try c.encode(target, forKey: .target)
        try c.encode(status, forKey: .status)
        try c.encode(note, forKey: .note)
    }

    private func round6(_ v: Double) -> Double { (v * 1e6).rounded() / 1e6 }

    static func notBuilt(_ name: String, _ size: String, target: Target?, what: String = "not built yet") -> CaseResult {
        CaseResult(name: name, size: size, target: target?.text, status: .notBuilt, note: what)
    }

    /// Sets target and PASS/MISS from the measured figures.
    mutating func judge(_ target: Target?, earlier: [CaseResult]) {
        guard let target else { return }
        self.target = target.text
        guard status == .info else { return }
        switch target {
        case .seconds(let limit):
            guard let s = seconds else { return }
            status = s < limit ? .pass : .miss
        case .megabytes(let limit):
            guard let m = peakMB else { return }
            status = m < limit ? .pass : .miss
        case .relative(let other, let factor):
            guard let s = seconds, let base = earlier.first(where: { $0.name == other })?.seconds else { return }
            status = s < base * factor ? .pass : .miss
            note = [note, String(format: "%.2f× %@", s / base, other)].compactMap { $0 }.joined(separator: "; ")
        }
    }
}

/// The whole run, as `--json` prints it.
struct BenchReport: Encodable {
    var configuration: String
    var quick: Bool
    var repeats: Int
    var cores: Int
    /// "static" or "shared": how the measured binary links the Swift runtime (start-up differs by ~7 ms).
    var swiftRuntime: String
    /// 1-, 5- and 15-minute load averages before and after the run; figures from a loaded machine are slower.
    var loadBefore: [Double]
    var loadAfter: [Double]
    var cases: [CaseResult]

    enum CodingKeys: String, CodingKey {
        case configuration, quick, repeats, cores, swiftRuntime = "swift_runtime", loadBefore = "load_before", loadAfter = "load_after", cases
    }
}

enum LoadAverage {
    static func read() -> [Double] {
        guard let s = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else {
            var l = [Double](repeating: 0, count: 3)
            return getloadavg(&l, 3) == 3 ? l : []
        }
        return s.split(separator: " ").prefix(3).compactMap { Double($0) }
    }

    static func text(_ l: [Double]) -> String { l.map { String(format: "%.2f", $0) }.joined(separator: " ") }
}
