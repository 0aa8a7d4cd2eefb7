import Foundation
import SceneImaging

/// libFuzzer entry: any bytes, decoded as PNG and as JPEG under a small pixel limit, must
/// give an image or an `ImagingError`, never a crash, hang or sanitizer report. The
/// decoders read files, so each input goes through one scratch file per process.
@_cdecl("LLVMFuzzerTestOneInput")
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
/// SwiftPM renames an executable's entry point to `<Module>_main`; hand it to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzImageDecoders_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzImageDecoders)
}
#else
/// Without libFuzzer (a normal build): replay corpus files or folders given as arguments.
@main
struct ReplayImageCorpus {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                _ = bytes.withUnsafeBytes { fuzzImageDecoders($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }
}
#endif
