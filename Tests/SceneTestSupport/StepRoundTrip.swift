import Foundation
public import SceneConfig
public import Testing

/// Writes `steps` as one task's YAML, loads it, and expects the same steps back.
public func expectStepsReadBack(_ steps: [Step], sourceLocation: SourceLocation = #_sourceLocation) throws {
    var yaml = "project: t\npages:\n  - id: p\n    url: http://127.0.0.1/\ntasks:\n  - id: t\n    steps:\n"
    for step in steps { yaml += "      " + StepShorthand.item(step) + "\n" }
    let (config, diagnostics) = ConfigLoader.validate(data: Data(yaml.utf8), file: "healed.yml")
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)\n\(yaml)", sourceLocation: sourceLocation)
    let read = try #require(config?.tasks.first { $0.id == "t" }?.steps, sourceLocation: sourceLocation)
        .map { s -> Step in var s = s; s.source = nil; return s }
    #expect(read.count == steps.count, sourceLocation: sourceLocation)
    for (a, b) in zip(read, steps) { #expect(a == b, "\(StepShorthand.item(b))", sourceLocation: sourceLocation) }
}
