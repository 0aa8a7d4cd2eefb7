import Foundation
import SceneBundle

/// The report's binary files, stored once by content: `store/<2 hex>/<30 hex>.<ext>`.
///
/// A bundle file is named by the SHA-256 of its bytes (first 128 bits), so a screenshot
/// shared by several executions, or a baseline equal to its observed image, is one file
/// however many pages show it. A file made from others (a thumbnail, display strips, a
/// diff's marks) is named by the digest of its recipe and its sources' digests, and is
/// made only when the store does not hold it yet: rebuilding a report into the same folder
/// makes nothing twice. Whatever the last build did not use is deleted at its end, so the
/// folder holds exactly what its pages reference. Files are hard-linked from the bundle
/// when the file system allows, copied otherwise; made files are written to a temporary
/// name and renamed.
final class SiteStore: @unchecked Sendable {
    static let folder = "store"
    /// `<site>/store`.
    let root: String
    private let lock = NSLock()
    private var used: Set<String> = []
    private var folders: Set<String> = []

    init(site: URL) throws {
        root = site.path + "/" + Self.folder
        try SiteFiles.makeDirectory(root)
    }

    /// The digest that names a file, or nil when it is absent or not a regular file.
    static func digest(ofFileAt path: String) -> [UInt8]? { SceneHash.sha256(fileAtPath: path) }

    /// The digest naming a file made by `recipe` (what is made and how) from sources with these digests.
    static func digest(recipe: String, sources: [[UInt8]]) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(Array(recipe.utf8))
        for source in sources { hasher.update(source) }
        return hasher.finalize()
    }

    /// Places the bundle file at `source` (of known `digest`) and returns its path relative
    /// to the site, nil when it is not a regular file.
    func add(_ source: String, digest: [UInt8], ext: String) throws -> String? {
        let name = Self.name(digest, ext: ext)
        if try claim(name) { return Self.folder + "/" + name }
        guard try SiteFiles.place(source, at: root + "/" + name) else { return nil }
        return Self.folder + "/" + name
    }

    /// Places a bundle file by its content; nil when it is absent or not a regular file.
    func add(_ source: String, ext: String) throws -> String? {
        guard let digest = Self.digest(ofFileAt: source) else { return nil }
        return try add(source, digest: digest, ext: ext)
    }

    /// `count` files made together under `key` (one file: `<key>.<ext>`, several:
    /// `<key>-<i>.<ext>`). `make` writes them to the paths it is given and runs only when
    /// one of them is missing. Returns their paths relative to the site.
    func made(key: [UInt8], ext: String, count: Int, _ make: (_ paths: [String]) throws -> Void) throws -> [String] {
        let base = SceneHash.hex(key.prefix(16))
        let names = count == 1 ? [Self.place(base) + "." + ext] : (0 ..< count).map { Self.place(base) + "-\($0)." + ext }
        var present = true
        for name in names where !(try claim(name)) { present = false }
        if !present {
            let temporary = names.map { root + "/" + ($0 as NSString).deletingLastPathComponent + "/.tmp-\(UUID().uuidString)-" + ($0 as NSString).lastPathComponent }
            defer { for path in temporary { unlink(path) } }
            try make(temporary)
            for (path, name) in zip(temporary, names) where rename(path, root + "/" + name) != 0 {
                throw ReportError(path: root + "/" + name, message: "cannot write: \(String(cString: strerror(errno)))")
            }
        }
        return names.map { Self.folder + "/" + $0 }
    }

    /// Deletes every file the build did not use (and leftovers of an interrupted one).
    func removeUnused() {
        let fm = FileManager.default
        for folder in (try? fm.contentsOfDirectory(atPath: root)) ?? [] {
            let path = root + "/" + folder
            for file in (try? fm.contentsOfDirectory(atPath: path)) ?? [] where !used.contains(folder + "/" + file) {
                unlink(path + "/" + file)
            }
            rmdir(path)  // only succeeds when empty
        }
    }

    /// Marks `name` used; true when the file is already there. Creates its folder.
    private func claim(_ name: String) throws -> Bool {
        let folder = String(name.prefix(2))
        lock.lock()
        used.insert(name)
        let known = folders.contains(folder)
        if !known { folders.insert(folder) }
        lock.unlock()
        if !known { try SiteFiles.makeDirectory(root + "/" + folder) }
        return access(root + "/" + name, F_OK) == 0
    }

    /// `ab/cdef...`: 256 folders keep each listing short.
    private static func place(_ hex: String) -> String { String(hex.prefix(2)) + "/" + String(hex.dropFirst(2)) }

    static func name(_ digest: [UInt8], ext: String) -> String { place(SceneHash.hex(digest.prefix(16))) + "." + ext }
}
