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
    /// The `ignored` areas are left out of the counts and measured on their own (`IgnoredAreas`); one
    /// over its tolerance makes the level at least `minor`.
    public static func compare(expected: URL, observed: URL, diff: URL, heatmap: URL, thresholds: Thresholds,
                               known: KnownChanges = KnownChanges(), ignored: IgnoredAreas = IgnoredAreas()) throws -> DiffRecord {
        let options = DiffOptions(pixelmatch: PixelmatchOptions(threshold: thresholds.pixel, includeAA: thresholds.includeAntiAliasing),
                                  ignore: ignored.regions)
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
        if !ignored.isEmpty {
            // The comparison's own decoders blanked the areas: the files are read again, down to the last area.
            let images = outcome.byteIdentical ? nil : try ComparedImages(expected: expected, observed: observed, limits: options.limits)
            let areas = try ignored.measure(outcome, images: images, pixelmatch: options.pixelmatch)
            record.ignoredAreas = areas
            if areas.contains(where: \.exceeded) { record.level = max(record.level, .minor) }
        }
        return record
    }
}
