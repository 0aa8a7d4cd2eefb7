public import Foundation
public import SceneBundle

/// Copies the screencast frames around actions out of a trace, for the report.
public enum TraceFrames {
    /// Writes each distinct frame next to the actions (`frames/<n>.jpeg` under `directory`)
    /// and returns them as the run bundle lists them, relative to `directory`. Throws `TraceError`
    /// for a trace it cannot read and `StorageError` for a frame it cannot write.
    public static func export(_ analysis: TraceAnalysis, trace: URL, to directory: URL, limit: Int = 200,
                              limits: TraceLimits = .default) throws -> [TraceSummary.Frame] {
        var seen = Set<String>()
        let wanted = analysis.actions.flatMap(\.frames).filter { seen.insert($0.entry).inserted }.prefix(limit)
        guard !wanted.isEmpty else { return [] }
        let archive = try TraceArchive(url: trace, limits: limits)
        return try wanted.enumerated().map { n, frame in
            let name = "\(ExecutionFiles.frames)/\(n).jpeg"
            try BundleIO.writeAtomically(archive.data(frame.entry), to: directory.appendingPathComponent(name))
            // The frame is listed at the start of the first action it belongs to.
            let time = analysis.actions.first { $0.frames.contains(frame) }?.startMs ?? 0
            return TraceSummary.Frame(file: name, timeMs: time)
        }
    }
}
