import Foundation
public import SceneLocate

/// Counts over healing results: locators broken with their element still there (healable),
/// broken with the element removed (gone), and still finding it (intact).
public struct HealingTally: Sendable, Equatable {
    public var healable = 0, healedRight = 0, healedWrong = 0, healRefused = 0
    public var gone = 0, goneRefused = 0, goneRefusedNaming = 0, goneWrong = 0
    public var intact = 0, intactRight = 0, intactWrong = 0, intactRefused = 0
    /// Wrong elements acted on without Scene looking at them first.
    public var silentWrong = 0

    public init(_ results: [CorpusEvaluation.HealResult] = []) {
        for r in results { add(r) }
    }

    public mutating func add(_ r: CorpusEvaluation.HealResult) {
        if r.silentWrong { silentWrong += 1 }
        if r.intact {
            intact += 1
            if r.right { intactRight += 1 } else if r.wrong { intactWrong += 1 } else { intactRefused += 1 }
        } else if r.testCase.intended == nil {
            gone += 1
            if r.wrong { goneWrong += 1 } else { goneRefused += 1; if r.refusedNaming { goneRefusedNaming += 1 } }
        } else {
            healable += 1
            if r.right { healedRight += 1 } else if r.wrong { healedWrong += 1 } else { healRefused += 1 }
        }
    }

    /// Healable locators healed to the intended element.
    public var recall: Double { ratio(healedRight, healable) }
    /// Of the elements acted on for broken locators, the intended ones.
    public var precision: Double { ratio(healedRight, healedRight + healedWrong + goneWrong) }
    /// Every wrong element acted on (healed wrong, a removed element replaced, an intact locator moved).
    public var wrongPicks: Int { healedWrong + goneWrong + intactWrong }
}

/// Counts over plain-language results: valid steps, and steps that must be refused.
public struct PlainTally: Sendable, Equatable {
    public var valid = 0, right = 0, wrong = 0, refused = 0
    public var mustRefuse = 0, refusedRight = 0, refusedNaming = 0, actedWrongly = 0

    public init(_ results: [CorpusEvaluation.PlainResult] = []) {
        for r in results {
            if r.step.refuse != nil {
                mustRefuse += 1
                if r.refused { refusedRight += 1; if r.refusedNaming { refusedNaming += 1 } } else { actedWrongly += 1 }
            } else {
                valid += 1
                if r.right { right += 1 } else if r.wrong { wrong += 1 } else { refused += 1 }
            }
        }
    }

    public var recall: Double { ratio(right, valid) }
    public var precision: Double { ratio(right, right + wrong + actedWrongly) }
    public var wrongPicks: Int { wrong + actedWrongly }
}

func ratio(_ a: Int, _ b: Int) -> Double { b == 0 ? 1 : Double(a) / Double(b) }

/// The corpus figures as text: per site (tuned sites first, the held-out site apart), healing
/// and plain steps, and precision/recall across confidence floors.
public enum CorpusReport {
    public static func percent(_ x: Double) -> String { String(format: "%5.1f %%", x * 100) }

    /// `%-18@` does not pad in Foundation on Linux: pad by hand.
    static func name(_ s: String) -> NSString { (s.count >= 18 ? s : s + String(repeating: " ", count: 18 - s.count)) as NSString }

    public static func healingTable(_ results: [CorpusEvaluation.SiteResults]) -> String {
        var lines = ["healing            healable  right  wrong refused  recall  precision | removed refused(named) wrong | intact kept wrong refused | silent wrong"]
        func line(_ name: String, _ t: HealingTally) -> String {
            String(format: "%@ %8d %6d %6d %7d  %@  %@ | %7d %7d(%d) %5d | %6d %4d %5d %7d | %d",
                   self.name(name), t.healable, t.healedRight, t.healedWrong, t.healRefused, percent(t.recall) as NSString,
                   percent(t.precision) as NSString, t.gone, t.goneRefused, t.goneRefusedNaming, t.goneWrong, t.intact, t.intactRight,
                   t.intactWrong, t.intactRefused, t.silentWrong)
        }
        for group in [false, true] {
            let sites = results.filter { $0.site.heldOut == group }
            for s in sites { lines.append(line(s.site.name + (group ? " (held out)" : ""), HealingTally(s.heal))) }
            if !group && sites.count > 1 { lines.append(line("tuned, all", HealingTally(sites.flatMap(\.heal)))) }
        }
        return lines.joined(separator: "\n")
    }

    public static func plainTable(_ results: [CorpusEvaluation.SiteResults]) -> String {
        var lines = ["plain steps        valid  right  wrong refused  recall  precision | must refuse refused(named) acted"]
        func line(_ name: String, _ t: PlainTally) -> String {
            String(format: "%@ %5d %6d %6d %7d  %@  %@ | %11d %7d(%d) %5d",
                   self.name(name), t.valid, t.right, t.wrong, t.refused, percent(t.recall) as NSString, percent(t.precision) as NSString,
                   t.mustRefuse, t.refusedRight, t.refusedNaming, t.actedWrongly)
        }
        for group in [false, true] {
            let sites = results.filter { $0.site.heldOut == group }
            for s in sites { lines.append(line(s.site.name + (group ? " (held out)" : ""), PlainTally(s.plain))) }
            if !group && sites.count > 1 { lines.append(line("tuned, all", PlainTally(sites.flatMap(\.plain)))) }
        }
        return lines.joined(separator: "\n")
    }

    /// Healing strategies (how the broken locator was written): healable and healed right.
    public static func strategyTable(_ results: [CorpusEvaluation.SiteResults]) -> String {
        let all = results.flatMap(\.heal)
        var lines = ["strategy           healable  right  wrong  removed refused  intact wrong"]
        for strategy in Set(all.map(\.testCase.strategy)).sorted() {
            let t = HealingTally(all.filter { $0.testCase.strategy == strategy })
            lines.append(String(format: "%@ %9d %6d %6d %8d %7d %7d %5d", self.name(strategy), t.healable, t.healedRight, t.healedWrong,
                                t.gone, t.goneRefused, t.intact, t.intactWrong))
        }
        return lines.joined(separator: "\n")
    }

    /// Recall, precision and wrong picks for each floor, tuned sites and held-out site apart.
    public static func floorsTable(_ corpus: Corpus, floors: [Double], healer: (Double) -> Resolver, interpreter: (Double) -> Resolver) -> String {
        var lines = ["floor | healing tuned: recall precision wrong | held out: recall precision wrong || plain tuned: recall precision wrong | held out: recall precision wrong"]
        for floor in floors {
            let h = CorpusEvaluation(resolver: healer(floor)).run(corpus)
            let p = CorpusEvaluation(resolver: interpreter(floor)).run(corpus)
            func heal(_ heldOut: Bool) -> HealingTally { HealingTally(h.filter { $0.site.heldOut == heldOut }.flatMap(\.heal)) }
            func plain(_ heldOut: Bool) -> PlainTally { PlainTally(p.filter { $0.site.heldOut == heldOut }.flatMap(\.plain)) }
            let ht = heal(false), hh = heal(true), pt = plain(false), ph = plain(true)
            lines.append(String(format: "%5.2f | %@ %@ %5d | %@ %@ %5d || %@ %@ %5d | %@ %@ %5d", floor,
                                percent(ht.recall) as NSString, percent(ht.precision) as NSString, ht.wrongPicks,
                                percent(hh.recall) as NSString, percent(hh.precision) as NSString, hh.wrongPicks,
                                percent(pt.recall) as NSString, percent(pt.precision) as NSString, pt.wrongPicks,
                                percent(ph.recall) as NSString, percent(ph.precision) as NSString, ph.wrongPicks))
        }
        return lines.joined(separator: "\n")
    }
}
