import Foundation
import SceneBundle

/// `data/index.js`: the dashboard's table as one global assignment (no fetch, so it
/// works from file://). Rows are arrays in the order of `fields` to keep 10k rows small.
/// `review` is 1 for an execution the reviewer may approve from the report (`awaitsReview`).
/// Written directly rather than through `JSONSerialization`: 10k rows of boxed `Any`
/// values cost more than the rest of the dashboard.
enum DashboardData {
    static let fields = ["file", "page", "task", "viewport", "browser", "status", "level",
                         "diffPercentage", "diffPixels", "durationMs", "title", "url", "thumb", "error", "unstable", "warnings", "review"]

    static func script(records: [ExecutionRecord], safeNames: [String], thumbnails: [String?], run: [String: String]) -> String {
        var out = "window.SCENE_INDEX = {\"fields\":["
        out.reserveCapacity(records.count * 300)
        for (i, field) in fields.enumerated() {
            if i > 0 { out += "," }
            JSONString.append(field, to: &out)
        }
        out += "],\"rows\":["
        for (i, (r, safe)) in zip(records, safeNames).enumerated() {
            let d = r.worstDiff
            let thumb = i < thumbnails.count ? thumbnails[i] : nil
            out += i > 0 ? ",[" : "["
            for (j, text) in [safe, r.key.page, r.key.task, r.key.viewport, r.key.browser, r.status.rawValue, r.level.rawValue].enumerated() {
                if j > 0 { out += "," }
                JSONString.append(text, to: &out)
            }
            out += ","; number((d.percentage * 10000).rounded() / 10000, into: &out)
            out += ","; out += String(d.pixels)
            out += ","; number((r.durationMs ?? 0).rounded(), into: &out)
            for text in [Escaping.truncate(r.title ?? "", 200), Escaping.truncate(r.url, 300), thumb ?? "", Escaping.truncate(r.error ?? "", 200),
                         Escaping.truncate(r.unstable ?? "", 200), Escaping.truncate((r.warnings ?? []).joined(separator: "; "), 200)] {
                out += ","
                JSONString.append(text, to: &out)
            }
            out += r.awaitsReview ? ",1]" : ",0]"
        }
        out += "],\"run\":{"
        for (i, key) in run.keys.sorted().enumerated() {
            if i > 0 { out += "," }
            JSONString.append(key, to: &out)
            out += ":"
            JSONString.append(run[key] ?? "", to: &out)
        }
        out += "},\"schemaVersion\":1};\n"
        return out
    }

    /// Shortest round-trip form; integral values without ".0"; NaN and infinities (no
    /// JSON form) as 0.
    static func number(_ v: Double, into out: inout String) {
        guard v.isFinite else { out += "0"; return }
        if v == v.rounded(), abs(v) < 1e15 { out += String(Int(v)) } else { out += "\(v)" }
    }
}
