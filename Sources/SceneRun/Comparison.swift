public import Foundation
public import SceneBundle
public import SceneConfig

/// Compares an observed screenshot with an expected one and writes `diff.png`/`heatmap.png`
/// into `directory`. Returns nil when this build has no image comparison yet.
public typealias ScreenshotComparator = @Sendable (_ expected: URL, _ observed: URL, _ directory: URL,
                                                   _ thresholds: Thresholds) throws -> DiffRecord?

public enum Comparison {
    /// The comparator SceneRun uses unless a caller passes another.
    public static let standard: ScreenshotComparator = { _, _, _, _ in nil }

    /// Writes the execution's `thumb.jpg`; false when this build cannot make thumbnails yet.
    static func writeThumbnail(png: URL, jpeg: URL) -> Bool { false }
}
