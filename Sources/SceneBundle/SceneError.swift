import Foundation

/// How a `scene` process ends: the exit codes of the command-line contract.
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// A visual difference at or above the failing level.
    case visualDifference = 1
    /// An execution (or a check) could not be run: error, timeout, cancelled execution.
    case executionErrors = 2
    /// The images' sizes differ (`scene diff`).
    case layoutDifference = 3
    case usage = 64
    /// The machine cannot run browsers (Python, Playwright, the browser or the runner files missing):
    /// nothing was judged (sysexits' EX_UNAVAILABLE).
    case unavailable = 69
    /// Bad input data: corrupt image, trace or config.
    case badInput = 65
    case internalError = 70
    /// Interrupted (Ctrl-C).
    case cancelled = 130

    /// The exit status of a finished run (or merged runs): interrupted, then executions that did
    /// not run to the end (error, timeout, cancelled), then visual failures.
    public init(run status: RunStatus, executions: some Sequence<ExecutionStatus>, interrupted: Bool = false) {
        let statuses = Set(executions)
        if interrupted { self = .cancelled }
        else if [.timedOut, .error, .cancelled].contains(status) || !statuses.isDisjoint(with: [.error, .timedOut, .cancelled]) {
            self = .executionErrors
        } else if status == .failed || statuses.contains(.failed) { self = .visualDifference }
        else { self = .success }
    }
}

/// The one shape of Scene's errors: what is wrong, where, what to do about it, and how the process
/// exits. The command line prints every one the same way, compiler style:
/// `path:line:column: error: message`, then `hint: ...`.
public protocol SceneError: Error, CustomStringConvertible {
    var message: String { get }
    /// A file, or `file:line:column`, when the problem has a place.
    var location: String? { get }
    var hint: String? { get }
    var exitStatus: ExitStatus { get }
}

extension SceneError {
    public var location: String? { nil }
    public var hint: String? { nil }
    public var exitStatus: ExitStatus { .badInput }
    /// `location: error: message` and, on the next line, `hint: ...`.
    public var description: String {
        (location.map { "\($0): " } ?? "") + "error: " + message + (hint.map { "\nhint: \($0)" } ?? "")
    }
}

/// A problem described on the spot, where no error type of its own is worth having.
public struct SceneFailure: SceneError, Sendable {
    public var message: String
    public var location: String?
    public var hint: String?
    public var exitStatus: ExitStatus
    public init(_ message: String, at location: String? = nil, hint: String? = nil, exit exitStatus: ExitStatus = .badInput) {
        self.message = message; self.location = location; self.hint = hint; self.exitStatus = exitStatus
    }
}

/// Any error, placed at the file it concerns (a trace, an image, a folder), keeping its own words,
/// hint and exit status.
public struct LocatedError: SceneError {
    public var location: String?
    public var underlying: any Error
    public init(_ underlying: any Error, at location: String) {
        self.underlying = underlying
        self.location = location
    }
    public var message: String { ErrorText.message(underlying) }
    public var hint: String? { (underlying as? any SceneError)?.hint }
    public var exitStatus: ExitStatus { (underlying as? any SceneError)?.exitStatus ?? .badInput }
}

/// The words of any error, for a user.
public enum ErrorText {
    /// The whole text: a `SceneError`'s location, message and hint; another error's message.
    public static func describe(_ error: any Error) -> String {
        (error as? any SceneError)?.description ?? message(error)
    }

    /// Just what is wrong: a `SceneError`'s message, a decoding error's field path and problem, a
    /// file error's reason.
    public static func message(_ error: any Error) -> String {
        switch error {
        case let error as any SceneError: return error.message
        case let error as DecodingError:
            switch error {
            case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                let path = String(c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined(separator: "").drop { $0 == "." })
                return path.isEmpty ? c.debugDescription : "\(path): \(c.debugDescription)"
            @unknown default: return "\(error)"
            }
        case let error as CocoaError: return error.localizedDescription
        case let error as NSError where type(of: error) == NSError.self: return error.localizedDescription
        case let error as any CustomStringConvertible: return error.description
        default: return error.localizedDescription
        }
    }
}
