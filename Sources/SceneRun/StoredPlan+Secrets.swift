import Foundation
import SceneConfig
import SceneTrace

/// plan.json keeps no secret step value: secret steps are stored with the placeholder, and
/// `--resume` takes their values back from the config file, which must be unchanged.
extension StoredPlan {
    /// A copy whose secret step values (see `Step.isSecret`) are the placeholder.
    func redactingSecrets() -> StoredPlan {
        var copy = self
        for e in copy.executions.indices {
            for s in copy.executions[e].steps.indices where copy.executions[e].steps[s].isSecret {
                copy.executions[e].steps[s].value = TraceRedaction.placeholder
                copy.executions[e].steps[s].secret = true
            }
        }
        return copy
    }

    var hasRedactedSecrets: Bool {
        executions.contains { $0.steps.contains { $0.secret == true && $0.value == TraceRedaction.placeholder } }
    }

    /// The plan with its secret values read again from the config it came from.
    func restoringSecrets(environment: [String: String]) throws -> StoredPlan {
        guard hasRedactedSecrets else { return self }
        guard let configPath, let data = FileManager.default.contents(atPath: configPath), ConfigDigest.of(data) == configDigest else {
            throw RunSetupError.notARun(configPath ?? "plan.json",
                                        "its secret step values are not stored and the config that holds them is gone or changed since the run started")
        }
        let fresh: Plan
        do {
            fresh = try Planner.plan(ConfigLoader.load(path: configPath, environment: environment), batch: batch.id, shard: shard,
                                     environment: environment)
        } catch {
            throw RunSetupError.notARun(configPath, "its secret step values must be read again from the config, which fails now: \(error)")
        }
        let byId = Dictionary(fresh.executions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var copy = self
        for e in copy.executions.indices {
            let steps = copy.executions[e].steps
            guard steps.contains(where: { $0.secret == true && $0.value == TraceRedaction.placeholder }) else { continue }
            guard let source = byId[copy.executions[e].id], source.steps.count == steps.count else {
                throw RunSetupError.notARun(configPath, "execution \(copy.executions[e].id) is no longer planned the same way by the config")
            }
            for s in steps.indices where steps[s].secret == true && steps[s].value == TraceRedaction.placeholder {
                copy.executions[e].steps[s].value = source.steps[s].value
            }
        }
        return copy
    }
}
