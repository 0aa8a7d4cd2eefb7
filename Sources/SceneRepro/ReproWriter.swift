public import Foundation

/// Writes `repro.py`, `repro.spec.ts` and `repro.txt` into a folder, each atomically.
public enum ReproWriter {
    @discardableResult
    public static func write(actions: [ReproAction], to directory: URL, options: ReproOptions = ReproOptions(),
                             formats: [ReproFormat] = ReproFormat.allCases) throws -> [URL] {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        return try formats.map { format in
            let url = directory.appendingPathComponent(format.fileName)
            try Data(ReproGenerator.generate(actions, format: format, options: options).utf8).write(to: url, options: .atomic)
            return url
        }
    }
}
