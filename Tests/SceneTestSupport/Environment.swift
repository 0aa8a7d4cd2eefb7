public import Foundation

/// The repository root, found from this file's path.
public let repositoryRoot: URL = {
    var url = URL(fileURLWithPath: #filePath)
    while url.path != "/" {
        url.deleteLastPathComponent()
        if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url }
    }
    fatalError("Package.swift not found above \(#filePath)")
}()

/// The real Playwright traces of SceneTraceTests (pw-1.40.zip ... pw-1.65.zip).
public let traceFixtures = repositoryRoot.appendingPathComponent("Tests/SceneTraceTests/Fixtures")

/// The project's Python with Playwright (`make setup` creates it).
public let venvPython = repositoryRoot.appendingPathComponent(".venv/bin/python")

/// Something a test needs that this machine lacks: the test fails with this reason (never skips silently).
public struct MissingPrerequisite: Error, CustomStringConvertible {
    public var description: String
    public init(description: String) { self.description = description }
}

/// The real runner environment: .venv Python with Playwright and /usr/bin/chromium, plus `CI=1`
/// (plain progress lines). Throws, naming what is missing, when either is absent.
public func browserEnvironment() throws -> [String: String] {
    let python = repositoryRoot.appendingPathComponent(".venv/bin/python").path
    guard FileManager.default.isExecutableFile(atPath: python) else {
        throw MissingPrerequisite(description: "no \(python): run `make setup` (integration tests drive real Playwright)")
    }
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") else {
        throw MissingPrerequisite(description: "no /usr/bin/chromium: run `make setup` (apt-get install chromium)")
    }
    var environment = ProcessInfo.processInfo.environment
    environment["SCENE_PYTHON"] = python
    environment["SCENE_ASSETS"] = repositoryRoot.appendingPathComponent("assets").path
    environment["CI"] = "1"
    return environment
}

/// A new empty folder under the temporary directory, symlinks resolved (so paths compare equal
/// to what a child process reports).
public func temporaryDirectory(_ name: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-\(name)-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url.resolvingSymlinksInPath()
}

/// A loopback port nobody listens on: bound, read, closed.
public func closedPort() throws -> Int {
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    defer { close(fd) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0 }
    }
    guard bound else { throw MissingPrerequisite(description: "cannot bind a loopback socket") }
    return Int(UInt16(bigEndian: address.sin_port))
}
