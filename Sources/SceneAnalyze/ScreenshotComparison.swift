public import Foundation
public import SceneBundle
public import SceneConfig
import SceneDiff
import SceneImaging

/// A comparison of an expected screenshot with the observed one, leveled by the batch thresholds.
public enum ScreenshotComparison {
    /// SceneDiff's shift-aware pixelmatch comparison; writes the diff and heatmap images. A screenshot
    /// byte-identical to its expected one is not decoded and gets no diff or heatmap image. A minor
    /// change made only of isolated pixels (`thresholds.noise*`) is `noise`, with its pixels. Changes
    /// get their fingerprints (`ChangeFingerprint`); those in `known` do not count (`KnownChanges.mark`).
    public static func compare(expected: URL, observed: URL, diff: URL, heatmap: URL, thresholds: Thresholds,
                               known: KnownChanges = KnownChanges()) throws -> DiffRecord {
        let options = DiffOptions(pixelmatch: PixelmatchOptions(threshold: thresholds.pixel, includeAA: thresholds.includeAntiAliasing))
        // Fingerprints read the changes' rows through the comparison's own decoders, not the files again.
        let (outcome, fingerprinted) = try ImageComparison.compare(expected: expected, observed: observed, writeDiffTo: diff,
                                                                   writeHeatmapTo: heatmap, options: options) { outcome, images in
            (outcome, try images.map { try ChangeFingerprint.describe(outcome, images: $0, pixelmatch: options.pixelmatch) })
        }
        var record = DiffRecord(outcome, level: outcome.level(minorPercent: thresholds.minor, majorPercent: thresholds.major))
        if let fingerprinted { (record.regions, record.bands) = fingerprinted }
        let test = NoiseTest(window: thresholds.noiseWindow, pixelsPerWindow: thresholds.noisePixelsPerWindow, maxPixels: thresholds.noiseMaxPixels)
        if record.level == .minor,
           let noise = try NoiseClassifier.classify(outcome, test: test, options: options.pixelmatch, limits: options.limits) {
            record.level = .noise
            record.noise = noise
        }
        known.mark(&record, thresholds: thresholds)
        return record
    }
}
