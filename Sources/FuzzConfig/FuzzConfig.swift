import Foundation
import SceneConfig

/// libFuzzer entry: any bytes must give a config or diagnostics, never a crash or hang.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var limits = ConfigLoader.Limits()
    limits.maxBytes = 1 << 20
    _ = ConfigLoader.validate(data: Data(bytes: data, count: size), file: "fuzz.yml", environment: ["P": "x"], limits: limits)
    return 0
}

#if FUZZING
/// SwiftPM renames an executable's entry point to `<Module>_main`; hand it to libFuzzer's driver.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

@_cdecl("FuzzConfig_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv, fuzzConfig)
}
#else
/// Without libFuzzer (a normal build): replay corpus files or folders given as arguments,
/// so every saved input keeps running as a regression check.
@main
struct ReplayConfigCorpus {
    static func main() {
        var count = 0
        for path in CommandLine.arguments.dropFirst() {
            var isDir: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isDir)
            let files = isDir.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { "\(path)/\($0)" }
                : [path]
            for file in files {
                guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                _ = bytes.withUnsafeBytes { fuzzConfig($0.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, bytes.count) }
                count += 1
            }
        }
        print("replayed \(count) inputs")
    }
}
#endif
