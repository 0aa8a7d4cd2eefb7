import Foundation

/// File operations of the site writer: artifacts are hard-linked into the site when the
/// file system allows it (instant, no extra space) and copied otherwise, so the site
/// folder alone is complete and can be uploaded or moved.
enum SiteFiles {
    /// A bundle-relative artifact name is usable only if it stays inside its folder.
    static func isSafeRelativePath(_ name: String) -> Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0") else { return false }
        return name.split(separator: "/", omittingEmptySubsequences: false).allSatisfy { !$0.isEmpty && $0 != "." && $0 != ".." }
    }

    /// Links or copies `source` to `destination`, replacing what is there. Returns false
    /// (and writes nothing) when the source does not exist.
    @discardableResult
    static func place(_ source: URL, at destination: URL) throws -> Bool {
        let fm = FileManager.default
        var isDir: ObjCBool = false
        guard fm.fileExists(atPath: source.path, isDirectory: &isDir), !isDir.boolValue else { return false }
        try fm.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        _ = unlink(destination.path)
        if link(source.path, destination.path) == 0 { return true }
        try fm.copyItem(at: source, to: destination)
        return true
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    /// Percent-encodes each path component so a file name becomes a safe relative URL.
    static func urlPath(_ relative: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return relative.split(separator: "/").map {
            String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }.joined(separator: "/")
    }
}
