public import Foundation

/// The words of any error, for a user: its own description when it has one, a decoding error's
/// field path and problem, a file error's reason.
public enum ErrorText {
    public static func describe(_ error: any Error) -> String {
        switch error {
        case let error as DecodingError:
            switch error {
            case .dataCorrupted(let c), .keyNotFound(_, let c), .typeMismatch(_, let c), .valueNotFound(_, let c):
                let path = c.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined().drop { $0 == "." }
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
