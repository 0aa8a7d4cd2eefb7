import Foundation
import SceneBundle

/// `data/index.js`: the dashboard's table as one global assignment (no fetch, so it
/// works from file://). Rows are arrays in the order of `fields` to keep 10k rows small.
enum DashboardData {
    static let fields = ["file", "page", "task", "viewport", "browser", "status", "level",
                         "diffPercentage", "diffPixels", "durationMs", "title", "url", "thumb", "error"]

    static func script(records: [ExecutionRecord], safeNames: [String], run: [String: Any]) throws -> String {
        var rows: [[Any]] = []
        rows.reserveCapacity(records.count)
        for (r, safe) in zip(records, safeNames) {
            let d = r.worstDiff
            let thumb = r.artifacts.thumbnail.flatMap { SiteFiles.isSafeRelativePath($0) ? "x/\(safe)/\(SiteFiles.urlPath($0))" : nil }
            rows.append([safe, r.key.page, r.key.task, r.key.viewport, r.key.browser, r.status.rawValue, r.level.rawValue,
                         (d.percentage * 10000).rounded() / 10000, d.pixels, (r.durationMs ?? 0).isFinite ? (r.durationMs ?? 0).rounded() : 0,
                         Escaping.truncate(r.title ?? "", 200), Escaping.truncate(r.url, 300), thumb ?? "",
                         Escaping.truncate(r.error ?? "", 200)])
        }
        let doc: [String: Any] = ["schemaVersion": 1, "run": run, "fields": fields, "rows": rows]
        let data = try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys])
        return "window.SCENE_INDEX = " + String(decoding: data, as: UTF8.self) + ";\n"
    }
}
