import Foundation

/// File operations of the site writer: artifacts are hard-linked into the site when the
/// file system allows it (instant, no extra space) and copied otherwise, so the site
/// folder alone is complete and can be uploaded or moved.
enum SiteFiles {
    /// A bundle-relative artifact name is usable only if it stays inside its folder: no
    /// absolute path, backslash, NUL, empty, `.` or `..` component.
    static func isSafeRelativePath(_ name: String) -> Bool {
        var length = 0, dots = 0  // bytes of the current component, and how many are "."
        let isDotName = { length == dots && length <= 2 }
        for byte in name.utf8 {
            switch byte {
            case 0x2F:  // "/"
                if isDotName() { return false }  // also catches an empty component
                length = 0; dots = 0
            case 0x5C, 0x00: return false
            default:
                length += 1
                if byte == 0x2E { dots += 1 }
            }
        }
        return !isDotName()
    }

    /// Links or copies `source` to `destination`, replacing what is there. Returns false
    /// (and writes nothing) when the source is not a regular file: absent, a folder, or a
    /// symbolic link (which could point outside the bundle). Plain syscalls on path
    /// strings: this runs for every artifact of every execution, and building `URL`s
    /// (RFC 3986 parsing on every append) cost more than the links themselves.
    @discardableResult
    static func place(_ source: String, at destination: String) throws -> Bool {
        var info = stat()
        guard lstat(source, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        if link(source, destination) == 0 { return true }
        switch errno {
        case ENOENT:
            // The source exists, so the destination folder is missing (nested artifact names).
            try FileManager.default.createDirectory(atPath: (destination as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            if link(source, destination) == 0 { return true }
        case EEXIST:
            _ = unlink(destination)
            if link(source, destination) == 0 { return true }
        default:
            break
        }
        // Other file system, link limit reached, or links not allowed: copy.
        _ = unlink(destination)
        try FileManager.default.copyItem(atPath: source, toPath: destination)
        return true
    }

    /// One folder, its parent known to exist.
    static func makeDirectory(_ path: String) throws {
        if mkdir(path, 0o755) != 0 && errno != EEXIST {
            throw ReportError(path: path, message: "cannot create folder: \(String(cString: strerror(errno)))")
        }
    }

    /// Plain open/write/close: Foundation's `Data.write` fsyncs every file, which made a
    /// 10k-page site wait on the disk. A report is rebuilt from the bundle at will, so
    /// durability per file is not needed.
    static func write(_ text: String, to url: URL) throws { try write(text, toPath: url.path) }

    static func write(_ text: String, toPath path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw posixError(path) }
        defer { close(fd) }
        var text = text
        try text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Foundation.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 { if errno == EINTR { continue }; throw posixError(path) }
                offset += n
            }
        }
    }

    private static func posixError(_ path: String) -> ReportError {
        ReportError(path: path, message: "cannot write: \(String(cString: strerror(errno)))")
    }

    /// Percent-encodes each path component so a file name becomes a safe relative URL
    /// (unreserved characters stay, `/` separates, every other byte becomes `%XX`).
    static func urlPath(_ relative: String) -> String {
        let keep = { (b: UInt8) in
            (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) || b == 0x2D || b == 0x2E || b == 0x5F || b == 0x7E || b == 0x2F
        }
        guard !relative.utf8.allSatisfy(keep) else { return relative }
        let digits = Array("0123456789ABCDEF".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(relative.utf8.count * 3)
        for b in relative.utf8 {
            if keep(b) { out.append(b) } else { out += [0x25, digits[Int(b >> 4)], digits[Int(b & 0xF)]] }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
