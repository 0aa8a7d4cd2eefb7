import Foundation
import Testing
import SceneTestSupport

/// A full disk at different moments of a real batch: `runs/` and `baselines/` live on a small
/// tmpfs (mounting needs root; scene.yml names them by absolute path), and a ballast file takes
/// all of it but `leave` bytes at a moment the bundle shows. The run must stop with an error
/// naming the file; once the ballast is gone,
/// `--resume` must finish it as if nothing had happened (see `ResumeCheck`). CI fills at three
/// moments; `make chaos` at DISK_FULL_POINTS (default: all seven).
@Suite("Full disk", .serialized)
struct DiskFullTests {
    static let points: [(moment: RunMoment, leave: Int)] = [
        (.running(done: 0), 0), (.postProcessing(done: 1), 40_000), (.allDone, 0),
        (.planned, 0), (.postProcessing(done: 0), 0), (.running(done: 1), 90_000), (.postProcessing(done: 2), 12_000),
    ]

    /// The chaos batch with its runs and baselines on `disk`, given as absolute folders (used as written).
    static func config(base: String, disk: URL) -> String {
        ChaosTests.config(base: base, pages: 3).replacingOccurrences(
            of: "project: {name: chaos, ",
            with: "project: {name: disk, runsDirectory: \"\(disk.path)/runs\", baselinesDirectory: \"\(disk.path)/baselines\", ")
    }

    /// Fills the file system under `folder`, then frees `leave` bytes of it.
    static func fill(_ folder: URL, leaving leave: Int) throws {
        let ballast = folder.appendingPathComponent("ballast")
        _ = FileManager.default.createFile(atPath: ballast.path, contents: nil)
        let handle = try FileHandle(forWritingTo: ballast)
        defer { try? handle.close() }
        for size in [1 << 20, 4096, 512] { while (try? handle.write(contentsOf: Data(count: size))) != nil {} }
        if leave > 0 { try handle.truncate(atOffset: try handle.seekToEnd() - UInt64(leave)) }
    }

    /// A work folder whose `disk/` is a fresh tmpfs; nil (and an issue) without root.
    static func workWithSmallDisk(_ name: String) throws -> (work: URL, disk: URL)? {
        let work = try temporaryDirectory(name)
        let disk = work.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        guard mount("tmpfs", disk.path, "tmpfs", 0, "size=16m") == 0 else {
            Issue.record("cannot mount a tmpfs on \(disk.path) (errno \(errno)): the full-disk tests need root")
            try? FileManager.default.removeItem(at: work)
            return nil
        }
        return (work, disk)
    }

    @Test func fillsThenResumes() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        let count = Int(ProcessInfo.processInfo.environment["DISK_FULL_POINTS"] ?? "") ?? 3
        var report: [String] = []
        var problems: [String] = []
        for (moment, leave) in Self.points.prefix(max(1, min(count, Self.points.count))) {
            guard let (work, disk) = try Self.workWithSmallDisk("disk-full") else { return }
            defer { umount(disk.path); try? FileManager.default.removeItem(at: work) }
            try Data(Self.config(base: server.base, disk: disk).utf8).write(to: work.appendingPathComponent("scene.yml"))
            let stderr = work.appendingPathComponent("stderr.txt")
            let runs = disk.appendingPathComponent("runs")
            let process = try SceneExecutable.start(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work, stderr: stderr)
            defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
            let (atFill, seen) = Strike.at(moment, delay: 0).wait(for: process, runs: runs) {}
            try Self.fill(disk, leaving: leave)
            let gone = Processes.waitGone([process.processIdentifier], seconds: 180)
            process.waitUntilExit()
            let text = (try? String(contentsOf: stderr, encoding: .utf8)) ?? ""
            let name = "full disk \(moment), \(leave) bytes left"
            report.append("\(name): \(atFill.map(\.description) ?? "no bundle") at the fill, exit \(process.terminationStatus): "
                          + (text.split(separator: "\n").first { $0.contains("cannot write") }.map(String.init) ?? "no error"))
            if !seen { problems.append("\(name): the moment was never seen (\(atFill.map(\.description) ?? "no bundle"))") }
            if !gone.isEmpty { problems.append("\(name): scene still running 180 s after the disk filled") }
            // The run stopped on its own, with the file it could not write and how to go on.
            if process.terminationStatus != 2 { problems.append("\(name): exit \(process.terminationStatus), expected 2: \(text.suffix(600))") }
            if !text.contains(disk.path) || !text.contains("error: cannot write") || !text.contains("scene run --resume") {
                problems.append("\(name): the error does not name the file and the way on: \(text.suffix(600))")
            }
            if text.contains("Fatal error") || text.contains("could not be completed. (") { problems.append("\(name): \(text.suffix(600))") }

            try FileManager.default.removeItem(at: disk.appendingPathComponent("ballast"))
            guard let bundle = BundleProgress.bundle(in: runs) else { problems.append("\(name): no bundle"); continue }
            problems += try ResumeCheck(bundle: bundle, baselines: disk.appendingPathComponent("baselines"))
                .resume(environment: environment, in: work).map { "\(name): \($0)" }
        }
        FileHandle.standardError.write(Data((report.joined(separator: "\n") + "\n").utf8))
        #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
    }

    /// A disk full before the run starts: a clear error naming the file, and no half bundle left to
    /// confuse `--resume`; with room again, a new run passes.
    @Test func fullBeforeTheRunLeavesNoBundle() throws {
        let environment = try browserEnvironment()
        let server = try siteServer()
        defer { server.stop() }
        guard let (work, disk) = try Self.workWithSmallDisk("disk-full-start") else { return }
        defer { umount(disk.path); try? FileManager.default.removeItem(at: work) }
        try Data(Self.config(base: server.base, disk: disk).utf8).write(to: work.appendingPathComponent("scene.yml"))
        try FileManager.default.createDirectory(at: disk.appendingPathComponent("runs"), withIntermediateDirectories: true)
        try Self.fill(disk, leaving: 0)
        let full = try SceneExecutable.run(["run", "--config", "scene.yml"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(full.status == 65, "\(full.stderr)")
        #expect(full.stderr.contains(disk.path) && full.stderr.contains("cannot write the run bundle")
                && full.stderr.contains(String(cString: strerror(ENOSPC))), "\(full.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: disk.appendingPathComponent("runs").path).isEmpty, "a half bundle was left")
        try FileManager.default.removeItem(at: disk.appendingPathComponent("ballast"))
        let fresh = try SceneExecutable.run(["run", "--config", "scene.yml", "--no-report"] + SceneExecutable.recordMissingBaselines, environment: environment, in: work)
        #expect(fresh.status == 0, "\(fresh.stderr)")
    }
}
