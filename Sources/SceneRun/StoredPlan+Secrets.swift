import Foundation
import SceneBundle
import SceneConfig
import SceneTrace

/// plan.json keeps no secret step value: secret steps are stored with the placeholder, and
/// `--resume` takes their values back from the config file, which must be unchanged.
extension StoredPlan {
    /// A copy whose secret step values (see `Step.isSecret`) are the placeholder, and the values of
    /// `fill`/`type` steps that turned out to type into a password field (`typedSecrets`).
    func redactingSecrets(typedSecrets: Set<String> = []) -> StoredPlan {
        var copy = self
        for e in copy.executions.indices {
            for s in copy.executions[e].steps.indices {
                let step = copy.executions[e].steps[s]
                let typedIntoPassword = [.fill, .type].contains(step.kind) && step.value.map(typedSecrets.contains) == true
                guard step.isSecret || typedIntoPassword else { continue }
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

/// plan.json while a run goes: a step whose locator did not say "password" but whose value went
/// into a password field (the trace shows it) is stored as a secret as soon as an execution
/// finds out, before that execution is finished.
actor PlanFile {
    private let plan: StoredPlan
    private let url: URL
    private var typedSecrets: Set<String> = []

    init(plan: StoredPlan, bundle: RunBundle) { self.plan = plan; url = bundle.planURL }

    /// Marks the steps typing any of `values` secret; rewrites plan.json when that is news.
    func learn(typedSecrets values: [String]) throws {
        guard !Set(values).isSubset(of: typedSecrets) else { return }
        typedSecrets.formUnion(values)
        try BundleIO.writeJSON(plan.redactingSecrets(typedSecrets: typedSecrets), to: url)
    }
}
