import ArgumentParser
import Foundation
import SceneAnalyze
import SceneBundle
import SceneDiff
import SceneImaging

extension DiffRecord: JSONDocument {}

/// `scene diff a.png b.png [diff.png]`: one comparison, pixelmatch-exact and shift-aware.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two PNG/JPEG images (pixelmatch 7.2.0 counts, shift-aware bands).",
        discussion: """
        Exit codes: 0 no difference, 1 pixels differ, 3 the sizes differ (layout change),
        64 usage error, 65 bad input (missing, corrupt, truncated, not an image, too large).
        Images of different sizes are compared over their common top-left area; every pixel
        of the larger canvas outside it counts as changed. Byte-identical files are answered
        from their bytes: no diff image or heatmap is written (one left at those paths is removed).
        """
    )

    @Argument(help: "The expected image (baseline).") var expected: String
    @Argument(help: "The observed image.") var observed: String
    @Argument(help: "Where to write the pixelmatch-style diff image (PNG).") var diffOutput: String?

    @Option(name: [.short, .long], help: "Colour threshold, 0...1 (smaller is more sensitive).") var threshold = 0.1
    @Flag(help: "Detect anti-aliased pixels and leave them out of the count (odiff's flag; the default).") var antialiasing = false
    @Flag(name: .customLong("include-aa"), help: "Count anti-aliased pixels as differences.") var includeAA = false
    @Option(name: .customLong("ignore"), help: ArgumentHelp("Region to ignore, corners inclusive (repeatable or comma-separated).", valueName: "x1:y1-x2:y2"))
    var ignore: [String] = []
    @Option(help: ArgumentHelp("Write a change-density heatmap (PNG).", valueName: "out.png")) var heatmap: String?
    @Flag(name: .customLong("diff-mask"), help: "Draw only the differences, on a transparent background.") var diffMask = false
    @Flag(name: .customLong("no-shift"), help: "Skip the shift-aware row alignment.") var noShift = false
    @Option(help: "Changed-pixel percentage above which the level is minor.") var minor = 0.0
    @Option(help: "Changed-pixel percentage above which the level is major.") var major = 1.0
    @Option(name: .customLong("pixel-limit"), help: "Largest accepted image, in pixels.") var pixelLimit = 100_000_000
    @Option(name: .customLong("layout"), parsing: .upToNextOption,
            help: ArgumentHelp("Layout snapshots taken with the two images (layout.json, baseline-layout.json of a run): say which elements and styles changed.",
                               valueName: "expected.json observed.json"))
    var layout: [String] = []
    @OptionGroup var output: JSONOutput

    func validate() throws {
        guard (0...1).contains(threshold) else { throw ValidationError("--threshold must be between 0 and 1") }
        guard pixelLimit > 0 else { throw ValidationError("--pixel-limit must be positive") }
        guard minor >= 0, major >= minor else { throw ValidationError("need 0 <= --minor <= --major") }
        guard layout.isEmpty || layout.count == 2 else { throw ValidationError("--layout takes two files: the expected image's snapshot, then the observed one's") }
        _ = try ignoreRegions()
    }

    private func ignoreRegions() throws -> [IgnoreRegion] {
        try ignore.flatMap { $0.split(separator: ",") }.map { text in
            guard let region = IgnoreRegion(parsing: String(text)) else {
                throw ValidationError("--ignore \(text): expected x1:y1-x2:y2 with non-negative integers")
            }
            return region
        }
    }

    func run() throws {
        let options = DiffOptions(
            pixelmatch: PixelmatchOptions(threshold: threshold, includeAA: includeAA, diffMask: diffMask),
            ignore: try ignoreRegions(), limits: DecodeLimits(maxPixels: pixelLimit), shiftAware: !noShift)
        let outcome = try ImageComparison.compare(
            expected: URL(fileURLWithPath: expected), observed: URL(fileURLWithPath: observed),
            writeDiffTo: diffOutput.map { URL(fileURLWithPath: $0) }, writeHeatmapTo: heatmap.map { URL(fileURLWithPath: $0) },
            options: options)
        var record = DiffRecord(outcome, level: outcome.level(minorPercent: minor, majorPercent: major))
        if layout.count == 2 {
            let before = try PageLayout.read(URL(fileURLWithPath: layout[0]))
            let after = try PageLayout.read(URL(fileURLWithPath: layout[1]))
            if LayoutDiff.worthExplaining(record) { record.explanation = LayoutDiff.explain(baseline: before, observed: after, comparison: record) }
        }
        if output.wanted() { try record.print() } else { printSummary(outcome, record) }
        if outcome.sizeChanged { throw ExitCode(.layoutDifference) }
        if outcome.diffPixels > 0 { throw ExitCode(.visualDifference) }
    }

    static func identicalLine(width: Int, height: Int) -> String { "identical (\(width)x\(height))" }

    /// `scene diff a b` with nothing else, on byte-identical files: the answer without ArgumentParser,
    /// whose start (command tree, conformance lookups in a static binary) is a third of this case's
    /// ~10 ms. Anything else — options, a third argument, differing or unreadable files — returns nil
    /// and takes the normal path, which also reports every error.
    static func identicalShortcut(_ arguments: [String]) -> String? {
        guard arguments.count == 3, arguments[0] == "diff", !arguments[1].hasPrefix("-"), !arguments[2].hasPrefix("-"),
              let size = try? ImageComparison.byteIdenticalImageSize(URL(fileURLWithPath: arguments[1]), URL(fileURLWithPath: arguments[2]))
        else { return nil }
        return identicalLine(width: size.width, height: size.height)
    }

    /// The findings, most significant first, then what no finding explains.
    static func explanationLines(_ e: LayoutExplanation, limit: Int = 20) -> [String] {
        var lines = ["what changed (\(e.findings.count) finding\(e.findings.count == 1 ? "" : "s"), \(e.matchedElements) of \(e.observedElements) elements paired):"]
        for f in e.findings.prefix(limit) {
            lines.append("  \(f.kind.rawValue): \(f.summary)\(f.visible ? "" : " [not visible]")")
        }
        if e.findings.count > limit { lines.append("  …and \(e.findings.count - limit) more") }
        if !e.unexplained.isEmpty {
            lines.append("  \(e.unexplained.count) changed region(s) no element or style change explains"
                         + (e.unexplained.first?.inside.map { ", first inside `\($0.selector)`" } ?? ""))
        }
        if e.truncated == true { lines.append("  (a layout snapshot stopped at its element limit: changes further down are not seen)") }
        return lines
    }

    private func printSummary(_ outcome: DiffResult, _ record: DiffRecord) {
        var lines: [String] = []
        if outcome.identical {
            lines.append(Self.identicalLine(width: outcome.width, height: outcome.height))
            if outcome.byteIdentical && (diffOutput != nil || heatmap != nil) {
                lines.append("byte-identical files: no diff image or heatmap written")
            }
        } else {
            if outcome.sizeChanged {
                lines.append("size changed: \(outcome.expectedWidth)x\(outcome.expectedHeight) -> \(outcome.width)x\(outcome.height)")
            }
            lines.append(String(format: "%d different pixels (%.4f%%), shift-aware %d, level %@",
                                outcome.diffPixels, outcome.diffPercentage, outcome.shiftAwareDiffPixels, record.level.rawValue))
            for band in outcome.bands {
                let from = band.fromY.map { " from y=\($0)" } ?? ""
                lines.append("  band \(band.kind.rawValue): y=\(band.y) height=\(band.height)\(from)")
            }
            for region in outcome.regions.prefix(10) {
                lines.append("  region x=\(region.x) y=\(region.y) \(region.width)x\(region.height): \(region.pixels) px")
            }
            if let explanation = record.explanation { lines += Self.explanationLines(explanation) }
        }
        print(lines.joined(separator: "\n"))
    }
}
