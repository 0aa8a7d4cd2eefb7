public import Foundation

extension TraceReader {
    /// Reads one NDJSON event stream (the content of a `*.trace` entry) without a zip around
    /// it: the parser the archive reader uses, for tools and fuzzing.
    public func read(events data: Data, file: String = "trace.trace") throws -> TraceModel {
        var builder = ModelBuilder()
        builder.beginContext(index: 0, file: file)
        var splitter = LineSplitter(maxLineBytes: limits.maxLineBytes)
        builder.model.stats.bytesParsed = UInt64(data.count)
        try splitter.feed(data) { try builder.consume(line: $0) }
        try splitter.finish { try builder.consume(line: $0) }
        builder.model.stats.oversizedLines += splitter.oversizedLines
        builder.model.stats.traceFiles = 1
        return builder.finish()
    }
}
