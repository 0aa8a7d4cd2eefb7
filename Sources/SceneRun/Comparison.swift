public import Foundation
public import SceneBundle
public import SceneConfig
import SceneDiff
import SceneImaging

/// Compares an expected screenshot with the observed one, writing the diff and heatmap images.
public typealias ScreenshotComparator = @Sendable (_ expected: URL, _ observed: URL, _ diff: URL, _ heatmap: URL,
                                                   _ thresholds: Thresholds) throws -> DiffRecord

public enum Comparison {
    /// SceneDiff's shift-aware pixelmatch comparison, leveled by the batch thresholds. A screenshot
    /// byte-identical to its baseline is not decoded and gets no diff or heatmap image.
    public static let standard: ScreenshotComparator = { expected, observed, diff, heatmap, thresholds in
        let options = DiffOptions(pixelmatch: PixelmatchOptions(threshold: thresholds.pixel, includeAA: thresholds.includeAntiAliasing),
                                  imagesForIdenticalFiles: false)
        let outcome = try ImageComparison.compare(expected: expected, observed: observed, writeDiffTo: diff,
                                                  writeHeatmapTo: heatmap, options: options)
        return DiffRecord(outcome, level: outcome.level(minorPercent: thresholds.minor, majorPercent: thresholds.major))
    }

    /// Writes the execution's `thumb.jpg` next to its screenshot.
    static func writeThumbnail(png: URL, jpeg: URL) throws {
        try Thumbnail.write(png: png, jpeg: jpeg)
    }
}
