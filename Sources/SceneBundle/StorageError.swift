import Foundation

/// Scene could not write its own output: a full disk, a quota, a read-only or failing file
/// system. It names the file. A run that meets one stops cleanly (see docs/RELIABILITY.md,
/// "Full disk") and `scene run --resume` finishes it once there is room again.
public struct StorageError: SceneError, Codable, Sendable, Equatable {
    public var path: String
    /// What the system said, e.g. `No space left on device`.
    public var reason: String

    public init(path: String, reason: String) { self.path = path; self.reason = reason }

    /// `error` (from Foundation, a `FileHandle`, a rename) as a storage error naming `path`: the
    /// system's own words (`strerror`) when the error carries an errno, else its description.
    public init(path: String, error: any Error) {
        if let storage = error as? StorageError {
            self = storage
            return
        }
        self.init(path: path, reason: Self.systemReason(error) ?? error.localizedDescription)
    }

    /// A failed system call's `errno` as a storage error naming `path`.
    public init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    public var message: String { "cannot write: \(reason)" }
    public var location: String? { path }
    public var exitStatus: ExitStatus { .executionErrors }

    /// The errno text inside a Foundation error (a `POSIXError`, directly or as its underlying error).
    static func systemReason(_ error: any Error) -> String? {
        var current: (any Error)? = error
        for _ in 0..<4 {
            guard let error = current else { return nil }
            if let posix = error as? POSIXError { return String(cString: strerror(posix.code.rawValue)) }
            let ns = error as NSError
            if ns.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(ns.code))) }
            current = ns.userInfo[NSUnderlyingErrorKey] as? any Error
        }
        return nil
    }
}
