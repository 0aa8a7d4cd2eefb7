public import Foundation

/// Sends one webhook POST through `assets/runner/webhook_post.py` (Python's standard library,
/// http and https). Not URLSession: FoundationNetworking links libcurl and some 28 shared
/// libraries (TLS, Kerberos, LDAP...) into `scene`, and every command paid for loading them at
/// start-up — a quarter of `scene diff`'s time on two identical files.
public struct WebhookTransport: Sendable {
    /// A Python 3 interpreter (the standard library is enough).
    public var python: String
    public var script: URL

    public init(python: String, script: URL) {
        self.python = python
        self.script = script
    }

    /// `python3` from PATH (else the given fallback, e.g. the runner's interpreter) and the script in `assets`.
    public static func standard(assets: URL, fallbackPython: String, environment: [String: String]) -> WebhookTransport {
        WebhookTransport(python: Discovery.which("python3", environment: environment) ?? fallbackPython,
                         script: assets.appendingPathComponent("runner/webhook_post.py"))
    }

    /// What one attempt gave: an HTTP status (any) or a transport error without the URL in it.
    public struct Answer: Sendable, Equatable {
        public var status: Int?
        public var retryAfter: Double?
        public var error: String?
    }

    /// POSTs `body`. Credentials in the URL become a basic `Authorization` header (as curl does) and
    /// leave the URL. The child is killed when the calling task is cancelled or `timeout` + 5 s pass.
    func post(to url: String, headers: [String: String], body: Data, timeout: Double) async -> Answer {
        var headers = headers
        var target = url
        if let parts = URLComponents(string: url), parts.user != nil || parts.password != nil {
            let pair = (parts.percentEncodedUser?.removingPercentEncoding ?? "") + ":" + (parts.percentEncodedPassword?.removingPercentEncoding ?? "")
            headers["Authorization"] = "Basic " + Data(pair.utf8).base64EncodedString()
            target = URLRedaction.withoutCredentials(url)
        }
        let request: [String: Any] = ["url": target, "headers": headers, "body": body.base64EncodedString(), "timeout": timeout]
        guard let input = try? JSONSerialization.data(withJSONObject: request) else { return Answer(error: "could not encode the request") }
        guard !Task.isCancelled else { return Answer(error: "cancelled") }

        let child = Child()
        let process = child.process
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script.path]
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        let watchdog = Task { try await Task.sleep(for: .seconds(timeout + 5)); child.kill() }
        defer { watchdog.cancel() }
        let exited: Void? = await withTaskCancellationHandler {
            await withCheckedContinuation { (continuation: CheckedContinuation<Void?, Never>) in
                process.terminationHandler = { _ in continuation.resume(returning: ()) }
                do { try process.run() } catch {
                    process.terminationHandler = nil
                    continuation.resume(returning: nil)
                    return
                }
                child.started()
                try? stdin.fileHandleForWriting.write(contentsOf: input)
                try? stdin.fileHandleForWriting.close()
            }
        } onCancel: { child.kill() }
        guard exited != nil else { return Answer(error: "cannot start \(python): is Python 3 installed?") }
        if Task.isCancelled { return Answer(error: "cancelled") }
        let output = (try? stdout.fileHandleForReading.readToEnd()) ?? Data()
        guard let object = (try? JSONSerialization.jsonObject(with: output)) as? [String: Any] else {
            return Answer(error: process.terminationReason == .uncaughtSignal ? "timed out" : "webhook sender failed (exit \(process.terminationStatus))")
        }
        if let status = object["status"] as? Int {
            return Answer(status: status, retryAfter: (object["retryAfter"] as? String).flatMap { Double($0.trimmingCharacters(in: .whitespaces)) })
        }
        return Answer(error: object["error"] as? String ?? "webhook sender gave no answer")
    }

    /// The child process, killable from the cancellation handler and the watchdog (other threads).
    private final class Child: @unchecked Sendable {
        let process = Process()
        private let lock = NSLock()
        private var running = false
        private var killed = false

        /// Kills at once when `kill()` came first (cancelled while starting).
        func started() {
            lock.withLock {
                running = true
                if killed { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
            }
        }

        /// SIGKILL: children spawned from async tasks may inherit a mask that blocks SIGTERM.
        func kill() {
            lock.withLock {
                killed = true
                if running, process.isRunning { _ = Foundation.kill(process.processIdentifier, SIGKILL) }
            }
        }
    }
}
