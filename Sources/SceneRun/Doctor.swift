public import Foundation

/// Checks the machine for what a local run needs and says how to fix each problem.
public enum Doctor {
    public struct Check: Sendable, Encodable {
        public var name: String
        public var ok: Bool
        public var detail: String
        public var fix: String?
    }

    public static func run(python: String?, browser: String?, runsDirectory: String) -> [Check] {
        var checks: [Check] = []
        let chromium = browser ?? "/usr/bin/chromium"
        if let v = output(chromium, ["--version"]) {
            checks.append(Check(name: "browser", ok: true, detail: "\(chromium): \(v)"))
        } else {
            checks.append(Check(name: "browser", ok: false, detail: "\(chromium) not found or does not start",
                                fix: "sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation (or set runner.executablePath)"))
        }
        let py = python ?? PythonLocator.find()
        if let v = output(py, ["-c", "import importlib.metadata as m; print(m.version('playwright'))"]) {
            checks.append(Check(name: "playwright", ok: true, detail: "\(py): playwright \(v)"))
        } else {
            checks.append(Check(name: "playwright", ok: false, detail: "\(py) cannot import playwright",
                                fix: "make setup (creates .venv with the pinned playwright), or set SCENE_PYTHON"))
        }
        for (lib, pkg) in [("libpng16.so.16", "libpng16-16"), ("libjpeg.so.62", "libjpeg62-turbo")] {
            let found = ["/usr/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu", "/usr/lib", "/usr/local/lib"]
                .contains { FileManager.default.fileExists(atPath: "\($0)/\(lib)") }
            checks.append(Check(name: lib, ok: found, detail: found ? "present" : "missing", fix: found ? nil : "sudo apt-get install -y \(pkg)"))
        }
        let dir = FileManager.default.fileExists(atPath: runsDirectory) ? runsDirectory : "."
        if let attrs = try? FileManager.default.attributesOfFileSystem(forPath: dir),
           let free = (attrs[.systemFreeSize] as? NSNumber)?.int64Value {
            let gb = Double(free) / 1_073_741_824
            checks.append(Check(name: "disk", ok: gb >= 1, detail: String(format: "%.1f GiB free at %@", gb, dir),
                                fix: gb >= 1 ? nil : "free some space: a run of 800 pages needs a few GiB"))
        }
        return checks
    }

    /// The first line a command prints, or nil when it cannot run or fails.
    static func output(_ executable: String, _ arguments: [String]) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init)
    }
}

/// Finds the Python interpreter that has Playwright: $SCENE_PYTHON, a `.venv` in the
/// working folder or above the executable, then python3.
public enum PythonLocator {
    public static func find(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let p = environment["SCENE_PYTHON"], !p.isEmpty { return p }
        var candidates = [FileManager.default.currentDirectoryPath]
        var dir = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 { candidates.append(dir.path); dir = dir.deletingLastPathComponent() }
        for c in candidates {
            let p = "\(c)/.venv/bin/python"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return "/usr/bin/python3"
    }
}
