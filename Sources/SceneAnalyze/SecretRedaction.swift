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

    /// What `apply` did: whether it had to delete the trace, and every secret of the execution
    /// (configured, the page's password-field values, what the trace revealed) for cleaning the
    /// other outputs (the record, the elements file). Held in memory only.
    public struct Result: Sendable {
        /// The trace could not be read, so it was deleted: an unreadable archive may still hold secrets.
        public var removedTrace = false
        public var literals: SecretLiterals
        /// Values of the execution's `fill`/`type` steps not marked secret that went into a password
        /// field (plan.json stores them as secrets from then on).
        public var typedSecrets: [String]
    }

    /// Redacts `trace.zip`, then `console.jsonl` and the layout snapshots `layoutNames` (a page can
    /// show a typed secret as text) — also of what the trace revealed: password-field values, cookie
    /// tokens — in `directory`. `pagePasswords`: the page's password-field values the runner read
    /// before the trace was saved. A file that cannot be rewritten (full disk) is deleted and the
    /// `StorageError` thrown: the run stops, and `--resume` runs the execution again.
    public func apply(to directory: URL, traceName: String?, layoutNames: [String] = [], steps: [Step], pagePasswords: [String] = [],
                      limits: TraceLimits = .default) throws -> Result {
        var removedTrace = false
        var secrets = secrets + pagePasswords
        if let traceName {
            let trace = directory.appendingPathComponent(traceName)
            do { secrets += try TraceRedactor.redact(trace: trace, rules: TraceRedaction(secrets: secrets), limits: limits).discoveredSecrets }
            catch let error as StorageError {
                try? FileManager.default.removeItem(at: trace)
                throw error
            } catch {
                try? FileManager.default.removeItem(at: trace)
                removedTrace = true
            }
        }
        let literals = SecretLiterals(secrets, withEncodedForms: true)
        for name in literals.isEmpty ? [] : [ExecutionFiles.console] + layoutNames {
            let file = directory.appendingPathComponent(name)
            guard let data = try? Data(contentsOf: file) else { continue }
            let (clean, count) = literals.replace(in: data)
            if count > 0 {
                do { try BundleIO.writeAtomically(clean, to: file) }
                catch {
                    try? FileManager.default.removeItem(at: file)
                    throw StorageError(path: file.path, error: error)
                }
            }
        }
        let found = Set(secrets)
        let typed = steps.filter { [.fill, .type].contains($0.kind) && !$0.isSecret }.compactMap(\.value).filter(found.contains)
        return Result(removedTrace: removedTrace, literals: literals, typedSecrets: typed)
    }
}
