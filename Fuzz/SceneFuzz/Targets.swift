import Foundation
import SceneBundle
import SceneConfig
import SceneImaging
import SceneLocator
import SceneTrace

/// The fuzz targets, by the name of their corpus folder (`Fuzz/corpus/<name>/`).
let targets: [String: Fuzz.Callback] = [
    "config": fuzzConfig, "tracezip": fuzzTraceZip, "traceevents": fuzzTraceEvents,
    "recording": fuzzRecording, "imagedecoders": fuzzImageDecoders,
]

/// libFuzzer entry: any bytes must give a config or diagnostics, never a crash or hang.
func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    var limits = ConfigLoader.Limits()
    limits.maxBytes = 1 << 20
    _ = ConfigLoader.validate(data: Data(bytes: data, count: size), file: "fuzz.yml", environment: ["P": "x"], limits: limits)
    return 0
}

/// libFuzzer entry: any bytes as a trace.zip must give a model and an analysis, or a
/// `TraceError`; never a crash, a hang or unbounded memory.
func fuzzTraceZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let limits = TraceLimits(maxEntries: 2_000, maxEntryBytes: 8 << 20, maxTotalBytes: 16 << 20, maxLineBytes: 1 << 20)
    guard let model = try? TraceReader(limits: limits).read(data: Data(bytes: data, count: size)) else { return 0 }
    let expected = [ExpectedAction(kind: .navigate, url: "/"), ExpectedAction(kind: .fill, value: "x", redacted: true),
                    ExpectedAction(kind: .click, locators: [Locator(selector: "internal:role=button[name=\"Go\"i]")])]
    let analysis = TraceAnalyzer.analyze(model: model, expected: expected)
    _ = TraceSummary(analysis)
    return 0
}

/// libFuzzer entry: any bytes as a `*.trace` NDJSON stream go through the event parser, the
/// action mapper and the redactor; the redactor must leave no secret and never crash.
func fuzzTraceEvents(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
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

/// libFuzzer entry: any bytes as a recording (any format `Recording` reads) must
/// give expected actions or a `TraceError`, and aligning them with a trace must not crash.
func fuzzRecording(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(bytes: data, count: size)
    guard let expected = try? Recording.read(bytes).expectedActions() else { return 0 }
    let performed = [TraceAction(index: 0, kind: .navigate, url: "http://127.0.0.1/"),
                     TraceAction(index: 1, kind: .click, locator: Locator(selector: "internal:testid=[data-testid=\"go\"s]"),
                                 target: ElementIdentity(tag: "button", attributes: [.init(name: "data-testid", value: "go")], text: "Go",
                                                         ancestors: [.init(tag: "html"), .init(tag: "body")], ancestorsComplete: true))]
    _ = ActionAlignment.align(expected: expected, performed: performed)
    return 0
}

/// libFuzzer entry: any bytes, decoded as PNG and as JPEG under a small pixel limit, must
/// give an image or an `ImagingError`, never a crash, hang or sanitizer report. The
/// decoders read files, so each input goes through one scratch file per process.
func fuzzImageDecoders(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let limits = DecodeLimits(maxPixels: 4_000_000)
    let scratch = URL(fileURLWithPath: NSTemporaryDirectory()).appendingPathComponent("scene-fuzz-\(getpid()).bin")
    _ = FileManager.default.createFile(atPath: scratch.path, contents: Data(bytes: data, count: size))
    if let png = try? PNGRowReader(scratch, limits: limits) { _ = try? png.readImage() }
    if let jpeg = try? JPEGRowReader(scratch, limits: limits) { _ = try? jpeg.readImage() }
    _ = try? ImageReader.decode(scratch, limits: limits)
    return 0
}
