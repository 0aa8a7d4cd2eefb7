import Foundation
import FuzzSupport
import SceneConfig

/// libFuzzer entry: any bytes must give a config or diagnostics, never a crash or hang.
/// (`LLVMFuzzerTestOneInput` in a fuzzing build; a plain function otherwise, so tests can link every target.)
public func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var limits = ConfigLoader.Limits()
    limits.maxBytes = 1 << 20
    _ = ConfigLoader.validate(data: Data(bytes: data, count: size), file: "fuzz.yml", environment: ["P": "x"], limits: limits)
    return 0
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzConfig(data, size) }

@_cdecl("FuzzConfig_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.drive(argc, argv, fuzzConfig)
}
#else
/// Without libFuzzer (a normal build): replay corpus files or folders given as arguments.
@main
struct ReplayConfigCorpus {
    static func main() { _ = Fuzz.replay(Array(CommandLine.arguments.dropFirst())) { $0.feed(fuzzConfig) } }
}
#endif
