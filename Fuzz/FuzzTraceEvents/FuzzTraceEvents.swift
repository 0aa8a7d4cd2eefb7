import Foundation
import FuzzSupport
import SceneTrace

/// libFuzzer entry: any bytes as a `*.trace` NDJSON stream go through the event parser, the
/// action mapper and the redactor; the redactor must leave no secret and never crash.
/// (`LLVMFuzzerTestOneInput` in a fuzzing build; a plain function otherwise, so tests can link every target.)
public func fuzzTraceEvents(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    let reader = TraceReader(limits: TraceLimits(maxLineBytes: 1 << 20))
    if let model = try? reader.read(events: bytes) {
        _ = TraceAnalyzer.analyze(model: model, expected: [ExpectedAction(kind: .click)])
    }
    let secret = "hunter2-secret"
    let (clean, _) = TraceRedactor.redact(events: bytes, rules: TraceRedaction(secrets: [secret]), maxLineBytes: 1 << 20)
    if clean.range(of: Data(secret.utf8)) != nil { fatalError("the redactor left a secret in its output") }
    return 0
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzTraceEvents(data, size) }

@_cdecl("FuzzTraceEvents_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.drive(argc, argv, fuzzTraceEvents)
}
#else
@main
struct ReplayTraceEventsCorpus {
    static func main() { _ = Fuzz.replay(Array(CommandLine.arguments.dropFirst())) { $0.feed(fuzzTraceEvents) } }
}
#endif
