import Foundation
import FuzzSupport
import SceneLocator
import SceneTrace

/// libFuzzer entry: any bytes as a recording (`metadata.json`, or codegen JSON lines) must
/// give expected actions or a `TraceError`, and aligning them with a trace must not crash.
/// (`LLVMFuzzerTestOneInput` in a fuzzing build; a plain function otherwise, so tests can link every target.)
public func fuzzRecording(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    var expected: [ExpectedAction]?
    if (try? JSONSerialization.jsonObject(with: bytes)) is [String: Any] {
        expected = try? ExpectedActionsLoader.recording(bytes)
    } else {
        expected = try? ExpectedActionsLoader.codegen(bytes)
    }
    guard let expected else { return 0 }
    let performed = [TraceAction(index: 0, kind: .navigate, url: "http://127.0.0.1/"),
                     TraceAction(index: 1, kind: .click, locator: Locator(selector: "internal:testid=[data-testid=\"go\"s]"))]
    _ = ActionAlignment.align(expected: expected, performed: performed)
    return 0
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt { fuzzRecording(data, size) }

@_cdecl("FuzzRecording_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    Fuzz.drive(argc, argv, fuzzRecording)
}
#else
@main
struct ReplayRecordingCorpus {
    static func main() { _ = Fuzz.replay(Array(CommandLine.arguments.dropFirst())) { $0.feed(fuzzRecording) } }
}
#endif
