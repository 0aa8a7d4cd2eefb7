import Foundation
import FuzzSupport
import SceneBundle
import SceneLocator
import SceneTrace

/// libFuzzer entry: any bytes as a trace.zip must give a model and an analysis, or a
/// `TraceError`; never a crash, a hang or unbounded memory.
/// (`LLVMFuzzerTestOneInput` in a fuzzing build; a plain function otherwise, so tests can link every target.)
public func fuzzTraceZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let limits = TraceLimits(maxEntries: 2_000, maxEntryBytes: 8 << 20, maxTotalBytes: 16 << 20, maxLineBytes: 1 << 20)
    guard let model = try? TraceReader(limits: limits).read(data: Data(bytes: data, count: size)) else { return 0 }
    let expected = [ExpectedAction(kind: .navigate, url: "/"), ExpectedAction(kind: .fill, value: "x", redacted: true),
                    ExpectedAction(kind: .click, locators: [Locator(selector: "internal:role=button[name=\"Go\"i]")])]
    let analysis = TraceAnalyzer.analyze(model: model, expected: expected)
    _ = TraceSummary(analysis)
    return 0
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzTraceZip(data, size) }

@_cdecl("FuzzTraceZip_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.drive(argc, argv, fuzzTraceZip)
}
#else
@main
struct ReplayTraceZipCorpus {
    static func main() { _ = Fuzz.replay(Array(CommandLine.arguments.dropFirst())) { $0.feed(fuzzTraceZip) } }
}
#endif
