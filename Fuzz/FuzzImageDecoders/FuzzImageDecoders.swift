import Foundation
import FuzzSupport
import SceneImaging

/// libFuzzer entry: any bytes, decoded as PNG and as JPEG under a small pixel limit, must
/// give an image or an `ImagingError`, never a crash, hang or sanitizer report. The
/// decoders read files, so each input goes through one scratch file per process.
/// (`LLVMFuzzerTestOneInput` in a fuzzing build; a plain function otherwise, like the other fuzz targets.)
public func fuzzImageDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let limits = DecodeLimits(maxPixels: 4_000_000)
    let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("scene-fuzz-\(getpid()).bin")
    _ = FileManager.default.createFile(atPath: scratch.path, contents: Data(bytes: data, count: size))
    if let png = try? PNGRowReader(scratch, limits: limits) { _ = try? png.readImage() }
    if let jpeg = try? JPEGRowReader(scratch, limits: limits) { _ = try? jpeg.readImage() }
    _ = try? ImageReader.decode(scratch, limits: limits)
    return 0
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzImageDecoders(data, size) }

@_cdecl("FuzzImageDecoders_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.drive(argc, argv, fuzzImageDecoders)
}
#else
@main
struct ReplayImageCorpus {
    static func main() { _ = Fuzz.replay(Array(CommandLine.arguments.dropFirst())) { $0.feed(fuzzImageDecoders) } }
}
#endif
