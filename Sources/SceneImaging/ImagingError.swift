public import SceneBundle

/// A decode/encode failure naming the file and what is wrong with it.
public struct ImagingError: SceneError, Sendable, Equatable {
    public enum Problem: String, Sendable, Equatable {
        case unreadable, empty, notAnImage, corrupt, truncated, tooLarge, unsupported, writeFailed
    }

    public var path: String
    public var problem: Problem
    /// Human-readable detail (already includes the problem, not the path).
    public var message: String

    public init(path: String, problem: Problem, message: String) {
        self.path = path; self.problem = problem; self.message = message
    }

    public var location: String? { path }
    public var hint: String? { problem == .tooLarge ? "raise the limit (scene diff --pixel-limit, maxImagePixels in scene.yml)" : nil }
    public var exitStatus: ExitStatus { problem == .writeFailed ? .internalError : .badInput }

    /// Maps a codec message from the C layer to a problem kind.
    static func fromCodec(path: String, format: String, message: String) -> ImagingError {
        let lower = message.lowercased()
        if lower.hasPrefix("cannot open") { return ImagingError(path: path, problem: .unreadable, message: "cannot open file") }
        if lower.hasPrefix("empty file") { return ImagingError(path: path, problem: .empty, message: "empty file (zero length)") }
        if lower.hasPrefix("not a ") { return ImagingError(path: path, problem: .notAnImage, message: message) }
        if lower.hasPrefix("truncated") {
            return ImagingError(path: path, problem: .truncated, message: "truncated \(format) (file ends before the image data does)")
        }
        if lower.contains("premature end") || lower.contains("not enough image data") {
            return ImagingError(path: path, problem: .truncated, message: "truncated \(format): \(message)")
        }
        return ImagingError(path: path, problem: .corrupt, message: "corrupt \(format): \(message)")
    }
}

/// Bounds checked from the header, before any pixel buffer is allocated.
public struct DecodeLimits: Sendable, Equatable {
    /// Largest accepted width × height.
    public var maxPixels: Int
    public init(maxPixels: Int = 100_000_000) { self.maxPixels = maxPixels }

    func check(width: Int, height: Int, path: String) throws {
        if width <= 0 || height <= 0 {
            throw ImagingError(path: path, problem: .corrupt, message: "corrupt image: zero width or height")
        }
        if width.multipliedReportingOverflow(by: height).overflow || width * height > maxPixels {
            throw ImagingError(path: path, problem: .tooLarge,
                               message: "image too large: \(width)x\(height) exceeds the pixel limit of \(maxPixels) pixels")
        }
    }
}
