import Foundation
import LocateCorpus
import SceneLocate

/// `LocateBench corpus`: every healing case and plain step of the locate corpus, with the
/// per-site tables; `--floors` adds precision/recall across confidence floors, `--misses`
/// lists every case of the tuned sites that was not right (`--held-out-misses` those of the
/// held-out site: not while tuning); `--explain <case id>` prints only that case's ranking.
/// Returns the exit status (1 when the corpus is unreadable).
func runCorpus(_ options: [String]) -> Int32 {
    let corpus: Corpus
    do { corpus = try Corpus.load() } catch {
        FileHandle.standardError.write(Data("LocateBench corpus: \(error)\n".utf8))
        return 1
    }
    // One case's ranking needs no whole-corpus run (four minutes).
    if let i = options.firstIndex(of: "--explain"), i + 1 < options.count {
        explain(corpus, options[i + 1])
        return 0
    }
    let start = ContinuousClock.now
    let results = CorpusEvaluation().run(corpus)
    let elapsed = ContinuousClock.now - start
    let cases = corpus.sites.reduce(0) { $0 + $1.healCases.count }, steps = corpus.sites.reduce(0) { $0 + $1.plainSteps.count }
    print("locate corpus: \(corpus.sites.count) sites, \(corpus.sites.reduce(0) { $0 + $1.pages.count }) page snapshots, "
          + "\(cases) healing cases, \(steps) plain steps; evaluated in \(elapsed)\n")
    print(CorpusReport.healingTable(results) + "\n")
    print(CorpusReport.strategyTable(results) + "\n")
    print(CorpusReport.plainTable(results) + "\n")
    if options.contains("--floors") {
        let floors = stride(from: 0.30, through: 0.901, by: 0.05).map { $0 }
        print(CorpusReport.floorsTable(corpus, floors: floors,
                                       healer: { Resolver(healer: Healer(policy: HealingPolicy(floor: $0))) },
                                       interpreter: { Resolver(interpreter: Interpreter(policy: InterpretPolicy(floor: $0))) }) + "\n")
    }
    if options.contains("--dump") { dumpRankings(corpus) }
    if options.contains("--misses") || options.contains("--held-out-misses") {
        for site in results where site.site.heldOut == options.contains("--held-out-misses") {
            for r in site.heal where !r.right && !(r.testCase.intended == nil && r.refusedNaming) {
                print("heal \(site.site.name) \(r.testCase.id) intended=\(r.testCase.intended ?? "removed") now=\(r.testCase.now.count)/\(r.testCase.now.found ?? "-"): \(r.action)")
            }
            for r in site.plain where !(r.right || (r.step.refuse != nil && r.refusedNaming)) {
                print("plain \(site.site.name) \(r.step.version)/\(r.step.page) \"\(r.step.sentence)\" wanted \(r.step.refuse.map { "refusal (\($0))" } ?? r.step.element ?? "-"): "
                      + (r.outcome.error ?? r.outcome.reason))
            }
        }
    }
    return 0
}

/// `--dump`: for every broken locator of the tuned sites, one JSON line with the healer's
/// ranking (best, runner-up, where the intended element ranks): the data behind the floors.
func dumpRankings(_ corpus: Corpus) {
    let healer = Healer(policy: HealingPolicy(listed: 40))
    for site in corpus.sites where !site.heldOut {
        for c in site.healCases {
            let intact = c.now.count == 1 && c.now.visible && c.now.found == c.intended && c.intended != nil
            guard !intact, let before = site.page(c.from, c.page), let after = site.page(c.to, c.page), let i = before.expect[c.key] else { continue }
            var previous = before.snapshot.elements[i]
            previous.value = nil
            let found = c.now.count == 1 && c.now.visible ? c.now.element : nil
            let outcome = healer.heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: after.snapshot, previous: previous, found: found,
                                      lookAlikes: CorpusEvaluation.lookAlikes(c, in: site) ?? [])
            let intended = c.intended.flatMap { after.expect[$0] }
            let rank = outcome.ranked.firstIndex { $0.candidate.element.index == intended }
            let best = outcome.ranked.first?.candidate, second = outcome.ranked.dropFirst().first?.candidate
            let foundIsBest = found != nil && outcome.ranked.first.map { b in b.candidate.element.xpath == found?.xpath && b.candidate.element.cssPath == found?.cssPath } == true
            func features(_ e: ScoredElement?) -> [String: Double] {
                Dictionary(e?.features.map { ($0.feature, $0.similarity) } ?? [], uniquingKeysWith: max)
            }
            let line: [String: Any] = ["id": "\(site.name)/\(c.id)", "gone": c.intended == nil, "rank": rank ?? -1, "foundIsBest": foundIsBest,
                                       "best": best?.score ?? 0, "evidence": best?.evidence ?? 0, "second": second?.score ?? 0,
                                       "secondEvidence": second?.evidence ?? 0, "found": found != nil,
                                       "bestFeatures": features(best), "secondFeatures": features(second),
                                       "intendedScore": rank.map { outcome.ranked[$0].candidate.score } ?? 0, "ok": outcome.ok,
                                       "why": best?.explanation ?? ""]
            if let data = try? JSONSerialization.data(withJSONObject: line, options: [.sortedKeys]) { print(String(decoding: data, as: UTF8.self)) }
        }
    }
}

/// `--explain <case id>`: the ranking of one healing case of a tuned site, with every feature.
func explain(_ corpus: Corpus, _ id: String) {
    for site in corpus.sites where !site.heldOut {
        for c in site.healCases where id.split(separator: ",").contains(where: { "\(site.name)/\(c.id)".hasPrefix($0) }) {
            guard let before = site.page(c.from, c.page), let after = site.page(c.to, c.page), let i = before.expect[c.key] else { continue }
            var previous = before.snapshot.elements[i]
            previous.value = nil
            let found = c.now.count == 1 && c.now.visible ? c.now.element : nil
            let outcome = Healer(policy: HealingPolicy(listed: 6)).heal(kind: c.action, failed: c.locator, failedText: nil, snapshot: after.snapshot,
                                                                         previous: previous, found: found,
                                                                         lookAlikes: CorpusEvaluation.lookAlikes(c, in: site) ?? [])
            print("== \(site.name)/\(c.id) intended \(c.intended ?? "removed") (index \(c.intended.flatMap { after.expect[$0] }.map(String.init) ?? "-"))")
            print("   previous: \(previous.described) regions \(previous.regions ?? []) heading \(previous.heading ?? "-")")
            if let found { print("   found: \(found.described)") }
            print("   " + (outcome.error ?? outcome.reason))
            for r in outcome.ranked {
                let f = r.candidate.features.map { "\($0.feature) \(String(format: "%.2f", $0.similarity))×\(String(format: "%.2g", $0.weight))" }
                print(String(format: "   %.3f ev %.2f #%d %@: %@", r.candidate.score, r.candidate.evidence, r.candidate.element.index,
                             r.candidate.element.described, f.joined(separator: ", ")))
            }
        }
    }
}
