import Foundation
import ZIPFoundation

/// The repository root, found from this file's path.
let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

let suiteDirectory = repositoryRoot.appendingPathComponent("Tests/SceneReliabilityTests")

struct Prerequisite: Error, CustomStringConvertible { var description: String }

/// The real Playwright + Chromium environment, or an error naming what is missing (never a skip).
func browserEnvironment() throws -> [String: String] {
    let python = repositoryRoot.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else { throw Prerequisite(description: "no \(python): run `make setup`") }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else { throw Prerequisite(description: "no /usr/bin/chromium: run `make setup`") }
    var environment = ProcessInfo.processInfo.environment
    environment["SCENE_PYTHON"] = python
    environment["SCENE_ASSETS"] = repositoryRoot.appendingPathComponent("assets").path
    environment["CI"] = "1"
    return environment
}

func temporaryDirectory(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-rel-\(name)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// `site_server.py` on a free loopback port; stopped (SIGKILL) by `stop()`.
final class SiteServer: @unchecked Sendable {
    let process = Process()
    let port: Int
    var base: String { "http://127.0.0.1:\(port)" }

    init(environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", suiteDirectory.appendingPathComponent("site_server.py").path]
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        var line = Data()
        while let byte = try out.fileHandleForReading.read(upToCount: 1), !byte.isEmpty, byte != Data([0x0A]) { line.append(byte) }
        guard let port = Int(String(decoding: line, as: UTF8.self)) else { throw Prerequisite(description: "site_server.py did not start") }
        self.port = port
    }

    func stop() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

/// The `scene` executable built next to the test bundle.
enum Scene {
    static var binary: URL {
        if let override = ProcessInfo.processInfo.environment["SCENE_BIN"] { return URL(fileURLWithPath: override) }
        var dir = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("scene")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return repositoryRoot.appendingPathComponent(".build/debug/scene")
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Starts `scene run --config scene.yml --no-report` in `directory` and returns at once, output
    /// discarded: for tests that kill it, or something under it, while it runs.
    static func startRun(in directory: URL, environment: [String: String]) throws -> Process {
        let process = Process()
        process.executableURL = binary
        process.arguments = ["run", "--config", "scene.yml", "--no-report"]
        process.currentDirectoryURL = directory
        process.environment = environment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs `scene` to the end, both pipes drained into files (no pipe can fill up and block it).
    static func run(_ arguments: [String], environment: [String: String], in directory: URL) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let out = directory.appendingPathComponent(".scene-stdout-\(UUID().uuidString.prefix(6))")
        let err = directory.appendingPathComponent(".scene-stderr-\(UUID().uuidString.prefix(6))")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        try process.run()
        process.waitUntilExit()
        defer { try? FileManager.default.removeItem(at: out); try? FileManager.default.removeItem(at: err) }
        return Result(status: process.terminationStatus, stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
                      stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}

/// Every file under `root` as (name, bytes); zip archives are opened and each entry listed as
/// `archive.zip!entry`, so a secret inside a compressed trace is found too.
func everyFile(under root: URL) throws -> [(name: String, data: Data)] {
    var files: [(String, Data)] = []
    guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
        let data = try Data(contentsOf: url)
        let name = String(url.path.dropFirst(root.path.count))
        files.append((name, data))
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let archive = try Archive(data: data, accessMode: .read)
            for entry in archive where entry.type == .file {
                var content = Data()
                _ = try archive.extract(entry) { content.append($0) }
                files.append(("\(name)!\(entry.path)", content))
            }
        }
    }
    return files
}

/// Where each needle occurs: "file: needle".
func occurrences(of needles: [String], in files: [(name: String, data: Data)]) -> [String] {
    files.flatMap { file in needles.filter { file.data.range(of: Data($0.utf8)) != nil }.map { "\(file.name): \($0)" } }
}
