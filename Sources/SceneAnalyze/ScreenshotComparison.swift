public import Foundation
public import SceneBundle
public import SceneConfig
import SceneDiff
import SceneImaging

/// A comparison of an expected screenshot with the observed one, leveled by the batch thresholds.
public enum ScreenshotComparison {
    /// SceneDiff's shift-aware pixelmatch comparison; writes the diff and heatmap images. A screenshot
    /// byte-identical to its expected one is not decoded and gets no diff or heatmap image.
    public static func compare(expected: URL, observed: URL, diff: URL, heatmap: URL, thresholds: Thresholds) throws -> DiffRecord {
        let options = DiffOptions(pixelmatch: PixelmatchOptions(threshold: thresholds.pixel, includeAA: thresholds.includeAntiAliasing))
        let outcome = try ImageComparison.compare(expected: expected, observed: observed, writeDiffTo: diff,
                                                  writeHeatmapTo: heatmap, options: options)
        return DiffRecord(outcome, level: outcome.level(minorPercent: thresholds.minor, majorPercent: thresholds.major))
    }
}
