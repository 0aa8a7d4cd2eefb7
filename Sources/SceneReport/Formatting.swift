import Foundation

/// Small, locale-independent formatting used by every output.
enum Formatting {
    static func duration(_ ms: Double?) -> String {
        guard let ms, ms.isFinite, ms >= 0 else { return "–" }
        if ms < 1000 { return "\(Int(ms.rounded())) ms" }
        let s = ms / 1000
        if s < 60 { return fixed(s, 1) + " s" }
        let m = Int(s) / 60
        return "\(m) min \(Int(s) % 60) s"
    }

    static func percent(_ p: Double?) -> String {
        guard let p, p.isFinite else { return "–" }
        if p == 0 { return "0 %" }
        if p < 0.01 { return "<0.01 %" }
        return fixed(p, 2) + " %"
    }

    /// `v` with `decimals` (0-6) digits after the point, like `%.Nf` but without
    /// `String(format:)`, which costs microseconds per call through Foundation and runs
    /// several times per execution. Non-finite values give "–".
    static func fixed(_ v: Double, _ decimals: Int) -> String {
        let scale = [1.0, 10, 100, 1000, 10_000, 100_000, 1_000_000][max(0, min(decimals, 6))]
        guard v.isFinite, abs(v) * scale < 9e15 else { return v.isFinite ? "\(v)" : "–" }
        let q = Int((abs(v) * scale).rounded())
        let whole = String(q / Int(scale))
        let sign = v < 0 && q > 0 ? "-" : ""
        guard decimals > 0 else { return sign + whole }
        let fraction = String(q % Int(scale))
        return sign + whole + "." + String(repeating: "0", count: min(decimals, 6) - fraction.count) + fraction
    }

    static func number(_ n: Int) -> String {
        let s = String(n.magnitude)
        var out = ""
        for (i, ch) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return n < 0 ? "-" + out : out
    }

    /// Short axis labels: 950, 12k, 4.4M.
    static func compact(_ v: Double) -> String {
        let a = abs(v)
        if a >= 1_000_000 { return String(format: "%.1fM", v / 1_000_000) }
        if a >= 10_000 { return String(format: "%.0fk", v / 1000) }
        if a >= 1000 { return String(format: "%.1fk", v / 1000) }
        return String(Int(v.rounded()))
    }

    static func date(_ d: Date?) -> String {
        guard let d else { return "–" }
        return d.ISO8601Format()
    }
}
