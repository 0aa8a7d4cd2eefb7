import Foundation
import SceneBundle

/// One console message or page error, as shown on an execution page.
struct ConsoleLine: Sendable {
    var level: String
    var text: String
    var location: String?
}

/// Reads `console.jsonl`: one JSON object per line with `type` (or `level`; `kind:
/// "pageerror"` wins), `text` (or `message`) and an optional `location` (string, or
/// {url, lineNumber, columnNumber}) or `url`.
/// Lines that are not JSON objects are kept verbatim as `log`. Reading stops after
/// `limit` lines (the rest are counted) and at 4 MB, so a huge log cannot stall a build.
enum ConsoleLog {
    static let byteCap = 4 << 20

    static func read(_ path: String, limit: Int, textLimit: Int) -> (lines: [ConsoleLine], more: Int) {
        guard let data = BundleIO.readRegularFile(path, upTo: byteCap) else { return ([], 0) }
        var lines: [ConsoleLine] = []
        var more = 0
        for raw in data.split(separator: 0x0A, omittingEmptySubsequences: true) {
            if lines.count >= limit { more += 1; continue }
            lines.append(parse(Data(raw), textLimit: textLimit))
        }
        return (lines, more)
    }

    static func parse(_ raw: Data, textLimit: Int) -> ConsoleLine {
        guard let object = (try? JSONSerialization.jsonObject(with: raw)) as? [String: Any] else {
            let text = String(decoding: raw, as: UTF8.self)
            return ConsoleLine(level: "log", text: Escaping.truncate(text, textLimit))
        }
        // The runner writes {"kind": "console"|"pageerror", "level": ..., "text": ..., "url": ...}.
        let level = (object["kind"] as? String == "pageerror" ? "pageerror" : nil)
            ?? (object["type"] as? String) ?? (object["level"] as? String) ?? "log"
        let text = (object["text"] as? String) ?? (object["message"] as? String) ?? String(decoding: raw, as: UTF8.self)
        var location: String?
        if let s = object["location"] as? String { location = s }
        else if let loc = object["location"] as? [String: Any], let url = loc["url"] as? String {
            let line = (loc["lineNumber"] as? Int).map { ":\($0)" } ?? ""
            location = url + line
        } else if let url = object["url"] as? String { location = url }
        return ConsoleLine(level: String(level.prefix(20)), text: Escaping.truncate(text, textLimit),
                           location: location.map { Escaping.truncate($0, 300) })
    }
}
