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
    /// (and writes nothing) when the source does not exist. Plain syscalls: this runs
    /// for every artifact of every execution.
    @discardableResult
    static func place(_ source: URL, at destination: URL) throws -> Bool {
        if link(source.path, destination.path) == 0 { return true }
        switch errno {
        case ENOENT:
            var info = stat()
            guard stat(source.path, &info) == 0 else { return false }
            // The source exists, so the destination folder is missing (nested artifact names).
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
            return try place(source, at: destination)
        case EEXIST:
            _ = unlink(destination.path)
            if link(source.path, destination.path) == 0 { return true }
        default:
            break
        }
        // Other file system, link limit reached, or links not allowed: copy.
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isDir), !isDir.boolValue else { return false }
        _ = unlink(destination.path)
        try FileManager.default.copyItem(at: source, to: destination)
        return true
    }

    /// One folder, its parent known to exist.
    static func makeDirectory(_ url: URL) throws {
        if mkdir(url.path, 0o755) != 0 && errno != EEXIST {
            throw ReportError(path: url.path, message: "cannot create folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Plain open/write/close: Foundation's `Data.write` fsyncs every file, which made a
    /// 10k-page site wait on the disk. A report is rebuilt from the bundle at will, so
    /// durability per file is not needed.
    static func write(_ text: String, to url: URL) throws {
        let fd = open(url.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError(url) }
        defer { close(fd) }
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; throw posixError(url) }
                offset += n
            }
        }
    }

    private static func posixError(_ url: URL) -> ReportError {
        ReportError(path: url.path, message: "cannot write: \(String(cString: strerror(errno)))")
    }

    /// Percent-encodes each path component so a file name becomes a safe relative URL.
    static func urlPath(_ relative: String) -> String {
        let allowed = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        return relative.split(separator: "/").map {
            String($0).addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        }.joined(separator: "/")
    }
}
