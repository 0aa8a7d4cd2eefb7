import Foundation
import Testing
@testable import SceneBundle

/// Writes on a file system that runs out of room (a 64 KB tmpfs; mounting needs root) and lines
/// torn by a killed process: nothing half-written survives, every error names its file.
@Suite(.serialized) struct FullDiskTests {
    static func lines(_ url: URL) throws -> [String] {
        try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func tornTailIsCutOffWhenOpened() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-torn-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("journal.jsonl")
        var file = try AppendOnlyFile(url: url)
        #expect(file.droppedTornTail == 0)
        try file.append(Data("{\"a\":1}\n{\"b\":2}\n".utf8))
        file.close()
        // A process killed mid-write: a fragment with no newline.
        let handle = try FileHandle(forWritingTo: url)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("{\"c\":".utf8))
        try handle.close()

        var reopened = try AppendOnlyFile(url: url)
        #expect(reopened.droppedTornTail == 5)
        try reopened.append(Data("{\"d\":4}\n".utf8))
        reopened.close()
        #expect(try Self.lines(url) == ["{\"a\":1}", "{\"b\":2}", "{\"d\":4}", ""])

        // A file that is one long fragment (longer than the 64 KiB read window) is emptied.
        try Data(repeating: 0x41, count: 100_000).write(to: url)
        let fragment = try AppendOnlyFile(url: url)
        #expect(fragment.droppedTornTail == 100_000)
        #expect(try Data(contentsOf: url).isEmpty)
    }

    @Test func fullDiskLeavesNoFragmentAndNoTemporaryFile() throws {
        let mount = FileManager.default.temporaryDirectory.appendingPathComponent("scene-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: mount, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mount) }
        guard Foundation.mount("tmpfs", mount.path, "tmpfs", 0, "size=64k") == 0 else {
            Issue.record("cannot mount a 64 KB tmpfs on \(mount.path) (errno \(errno)): this test needs root")
            return
        }
        defer { umount(mount.path) }

        // An append that does not fit: the file keeps its whole lines, the error names it.
        let url = mount.appendingPathComponent("journal.jsonl")
        var file = try AppendOnlyFile(url: url)
        try file.append(Data("{\"first\":true}\n".utf8))
        let line = Data((String(repeating: "x", count: 4095) + "\n").utf8)
        var thrown: (any Error)?
        for _ in 0..<40 {
            do { try file.append(line) } catch { thrown = error; break }
        }
        file.close()
        let error = try #require(thrown as? StorageError, "appends never failed on a 64 KB file system")
        #expect(error.path == url.path && error.reason == String(cString: strerror(ENOSPC)), "\(error)")
        #expect(error.description.hasPrefix("\(url.path): error: cannot write: "))
        let data = try Data(contentsOf: url)
        #expect(data.last == 0x0A && (data.count - 15) % 4096 == 0, "\(data.count) bytes: a torn line was left")

        // An atomic write that does not fit: no temporary file, the error names the target.
        let target = mount.appendingPathComponent("run.json")
        #expect(throws: StorageError.self) { try BundleIO.writeAtomically(Data(count: 200_000), to: target) }
        do { try BundleIO.writeAtomically(Data(count: 200_000), to: target) } catch let error as StorageError {
            #expect(error.path == target.path)
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: mount.path)
        #expect(Set(names) == ["journal.jsonl"], "\(names)")
    }

    /// Temporary files of a killed writer go; those of a live one (this process) stay, and so does anything else.
    @Test func temporaryFilesOfDeadWritersAreRemoved() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("scene-sweep-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("report"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let gone = Process()
        gone.executableURL = URL(fileURLWithPath: "/bin/true")
        try gone.run()
        gone.waitUntilExit()
        let me = ProcessInfo.processInfo.processIdentifier
        let names = ["report/.summary.json.\(gone.processIdentifier).123.tmp", ".run.json.\(me).77.tmp", "report/index.html", ".keep.tmp", "a.1.2.tmp"]
        for name in names { try Data("x".utf8).write(to: dir.appendingPathComponent(name)) }
        BundleIO.removeTemporaryFiles(under: dir)
        let left = names.filter { FileManager.default.fileExists(atPath: dir.appendingPathComponent($0).path) }
        #expect(left == Array(names.dropFirst()), "\(left)")
    }
}
