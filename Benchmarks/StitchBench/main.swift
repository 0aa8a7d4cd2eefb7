// StitchBench: the stitcher alone on real tiles, its wall time and peak RSS.
//   .venv/bin/python Benchmarks/StitchBench/capture_tiles.py URL OUT_DIR [--width 1280]   # tiles by the runner's own capture code
//   swift build -c release --product StitchBench && .build/release/StitchBench OUT.png OUT_DIR/*.png
import Foundation
import SceneImaging

let arguments = Array(CommandLine.arguments.dropFirst())
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: StitchBench OUTPUT.png TILE.png...\n".utf8))
    exit(64)
}
let output = URL(fileURLWithPath: arguments[0])
let tiles = arguments.dropFirst().map { URL(fileURLWithPath: $0) }
let start = ContinuousClock.now
let size = try TileStitcher.stitch(tiles, to: output, limits: DecodeLimits(maxPixels: 1_000_000_000))
let elapsed = ContinuousClock.now - start
var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
let bytes = (try? FileManager.default.attributesOfItem(atPath: output.path)[.size] as? Int) ?? 0
print(String(format: "stitched %d tiles into %dx%d (%.0f MP, %.1f MB) in %.2f s, peak RSS %.1f MB",
             tiles.count, size.width, size.height, Double(size.width * size.height) / 1e6, Double(bytes) / 1e6,
             Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18, Double(usage.ru_maxrss) / 1024))
