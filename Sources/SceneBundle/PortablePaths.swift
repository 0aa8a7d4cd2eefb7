public import Foundation

/// Absolute paths out of the text a bundle carries to other machines. A shard's errors,
/// notes, journal lines and logs name files as that machine saw them
/// (`/builds/job-17/runs/2026-…/executions/home~…/observed.png`); in a merged bundle
/// those paths point nowhere and tell the reader about another machine's disk. Paths
/// inside a run bundle become bundle-relative (`executions/home~…/observed.png`), inside
/// a baselines folder `baselines/…`, any other keeps its last component (`…/runner.py`).
public enum PortablePaths {
    /// `/a/b...` (two components at least, so "1/2" or "and / or" are left alone) where a
    /// path can start: not inside a word or a URL (`http://host/a/b` keeps its path), or
    /// after `file://`.
    private static let pattern = try! NSRegularExpression(
        pattern: #"(?:file://|(?<![A-Za-z0-9_.~:/\\-]))/[^\s/"'<>|;,()\[\]{}\\]+(?:/[^\s/"'<>|;,()\[\]{}\\]*)+"#)

    public static func scrub(_ text: String) -> String {
        guard text.contains("/") else { return text }
        let range = NSRange(text.startIndex..., in: text)
        var out = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: range) {
            guard let r = Range(match.range, in: text) else { continue }
            out += text[last ..< r.lowerBound]
            out += portable(String(text[r]))
            last = r.upperBound
        }
        guard last != text.startIndex else { return text }
        return out + text[last...]
    }

    /// One absolute path (or file:// URL) in its portable form.
    static func portable(_ path: String) -> String {
        let bare = path.hasPrefix("file://") ? String(path.dropFirst(7)) : path
        for anchor in ["/executions/", "/baselines/"] {
            if let r = bare.range(of: anchor, options: .backwards) { return String(bare[bare.index(after: r.lowerBound)...]) }
        }
        let last = bare.split(separator: "/").last.map(String.init) ?? ""
        return "…/" + last
    }

    /// Scrubs a text file in place (by rename); false when it holds no absolute path.
    @discardableResult
    public static func scrubFile(_ url: URL) throws -> Bool {
        let data = try Data(contentsOf: url)
        let text = String(decoding: data, as: UTF8.self)
        let clean = scrub(text)
        guard clean != text else { return false }
        try BundleIO.writeAtomically(Data(clean.utf8), to: url)
        return true
    }
}
