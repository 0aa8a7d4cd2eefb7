public import Foundation
import SceneBundle
public import SceneConfig
public import SceneTrace

/// The secrets of one execution and their removal from what the runner wrote. Runs on every
/// execution folder before anything else reads it (trace analysis, report, repro): Playwright's
/// trace holds request headers, call parameters and input values, and a page may log anything.
/// See docs/SECURITY.md.
public struct SecretRedaction: Sendable {
    /// Literal values that must appear in no output.
    public let secrets: [String]

    public init(execution: PlannedExecution, environment: [String: String]) {
        var secrets: [String] = []
        if let auth = execution.page.basicAuth, let password = environment[auth.passwordEnv], !password.isEmpty {
            let pair = "\(auth.username):\(password)"
            secrets += [password, pair, Data(pair.utf8).base64EncodedString()]
        }
        secrets += execution.steps.filter(\.isSecret).compactMap(\.value)
        self.secrets = secrets
    }

    /// An artifact the redaction had to delete because it could not be made safe.
    public enum Removed: Sendable { case trace, console }

    /// Redacts `trace.zip`, then `console.jsonl` (also of what the trace revealed: password-field
    /// values, cookie tokens) in `directory`; returns what it had to delete.
    /// A trace that cannot be redacted is deleted: an unreadable archive may still hold secrets.
    public func apply(to directory: URL, traceName: String?, limits: TraceLimits = .default) -> Set<Removed> {
        var removed: Set<Removed> = []
        var secrets = secrets
        if let traceName {
            let trace = directory.appendingPathComponent(traceName)
            do { secrets += try TraceRedactor.redact(trace: trace, rules: TraceRedaction(secrets: secrets), limits: limits).discoveredSecrets }
            catch {
                try? FileManager.default.removeItem(at: trace)
                removed.insert(.trace)
            }
        }
        let console = directory.appendingPathComponent(ExecutionFiles.console)
        if !secrets.isEmpty, let data = try? Data(contentsOf: console) {
            let (clean, count) = SecretLiterals(secrets, withEncodedForms: true).replace(in: data)
            if count > 0 {
                do { try BundleIO.writeAtomically(clean, to: console) }
                catch { try? FileManager.default.removeItem(at: console); removed.insert(.console) }
            }
        }
        return removed
    }
}
