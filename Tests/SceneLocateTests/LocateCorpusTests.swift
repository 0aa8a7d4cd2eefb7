import LocateCorpus
import SceneConfig
import SceneLocate
import Testing

/// The bars of issue 14 on the locate corpus (Tests/LocateCorpus): every healing case and plain
/// step played as the runner meets it, through `Resolver`. Every site is held to the rule that
/// needs no tuning (never a wrong element in silence) and to what it reaches today, so a change
/// that makes any site worse fails; the held-out sites (jobs, energy, insure, hr) are read as totals only.
/// Release build for the figures: `SCENE_BENCHMARKS=1 swift run -c release LocateBench corpus`.
@Suite struct LocateCorpusTests {
    static let corpus = Result { try Corpus.load() }
    static let results = Result { CorpusEvaluation().run(try corpus.get()) }

    /// What each site reaches (2026-12-07, evening): healed share, wrong picks after Scene looked,
    /// removed elements replaced; plain steps right, wrong, must-refuse steps acted on. Issue 14's
    /// bars (95 %, no wrong pick, every removed element refused) are met on some sites only: these
    /// keep every site from getting worse. Admin's 24 replaced are its v3 name links that became
    /// plain grid cells with the same name, in the same row: clicked, where the corpus says removed.
    static let reached: [String: (recall: Double, wrong: Int, goneWrong: Int, intactWrong: Int, plain: Double, plainWrong: Int, plainActed: Int)] = [
        "shop": (0.934, 0, 0, 0, 0.966, 0, 0),
        "admin": (0.935, 0, 24, 0, 0.983, 0, 0),
        "content": (0.947, 0, 0, 0, 0.972, 0, 0),
        "travel": (0.854, 0, 0, 0, 0.990, 0, 0),
        "clinic": (0.854, 5, 3, 0, 1.000, 0, 0),
        "events": (0.777, 5, 8, 0, 0.969, 0, 0),
        "bank": (0.775, 10, 0, 0, 0.993, 0, 0),
        "helpdesk": (0.779, 5, 18, 0, 0.934, 2, 3),
        "council": (0.707, 0, 137, 0, 0.875, 3, 9),
        "food": (0.709, 24, 23, 0, 0.839, 7, 5),
        "learn": (0.638, 0, 25, 0, 0.838, 9, 4),
        "tasks": (0.741, 9, 27, 0, 0.834, 7, 7),
        "rentals": (0.676, 17, 65, 0, 0.837, 7, 3),
        "forum": (0.557, 24, 47, 6, 0.718, 10, 5),
        "crm": (0.733, 25, 80, 1, 0.849, 9, 10),
        "mail": (0.677, 39, 124, 2, 0.742, 9, 12),
        "jobs": (0.776, 0, 39, 0, 0.917, 3, 3),
        "energy": (0.792, 26, 35, 0, 0.887, 18, 14),
        "insure": (0.687, 12, 79, 1, 0.848, 9, 11),
        "hr": (0.608, 8, 44, 0, 0.765, 8, 3),
    ]

    @Test func everySiteNeverActsOnAWrongElementInSilenceAndKeepsWhatItReaches() throws {
        let sites = try Self.results.get()
        #expect(Set(sites.map(\.site.name)) == Set(Self.reached.keys))
        #expect(Set(sites.filter(\.site.heldOut).map(\.site.name)) == ["jobs", "energy", "insure", "hr"], "the sites kept out of tuning")
        for site in sites {
            let t = HealingTally(site.heal), p = PlainTally(site.plain)
            let figures = CorpusReport.healingTable([site]) + "\n" + CorpusReport.plainTable([site])
            #expect(t.healable >= 50 && p.valid >= 40 && t.gone > 0 && p.mustRefuse > 0)
            let reached = try #require(Self.reached[site.site.name])
            #expect(t.silentWrong == 0 && t.intactWrong <= reached.intactWrong, "\(figures)")
            #expect(t.recall >= reached.recall && t.healedWrong <= reached.wrong && t.goneWrong <= reached.goneWrong, "\(figures)")
            #expect(p.recall >= reached.plain && p.wrong <= reached.plainWrong && p.actedWrongly <= reached.plainActed, "\(figures)")
            // What is refused is refused naming candidates (a removed select on a page with none left names none).
            #expect(t.goneRefused - t.goneRefusedNaming <= 1 && p.refusedNaming + p.actedWrongly >= p.mustRefuse - 2, "\(figures)")
        }
    }

    /// Issue 14 asks 95 % healed; the sixteen tuned sites reach 72.8 % together (2026-12-07,
    /// evening: shop 93.5, admin 93.5, content 94.8, travel 85.4, clinic 85.4, events 77.8,
    /// bank 77.5, helpdesk 77.9, council 70.7, food 71.0, learn 63.8, tasks 74.2, rentals 67.6,
    /// forum 55.8, crm 73.3, mail 67.7) and 85.1 % of plain steps, 63 wrong and 58 must-refuse
    /// steps acted on (crm and mail read since the night of 2026-12-06).
    @Test func tunedSitesHealMostAndResolveNearlyAllPlainSteps() throws {
        let tuned = try Self.results.get().filter { !$0.site.heldOut }
        #expect(HealingTally(tuned.flatMap(\.heal)).recall >= 0.727, "\(CorpusReport.healingTable(tuned))")
        let plain = PlainTally(tuned.flatMap(\.plain))
        #expect(plain.recall >= 0.850 && plain.wrong <= 63 && plain.actedWrongly <= 58, "\(CorpusReport.plainTable(tuned))")
    }

    /// The trap: the old locator (an nth, an XPath, a row index) still finds exactly one visible
    /// element, but not the baseline's. Scene heals it to the intended element, or fails the step
    /// with both elements named; it never acts on the match as if nothing happened.
    @Test func aLocatorThatFindsOneWrongElementIsHealedOrFailsNamingBoth() throws {
        let evaluation = CorpusEvaluation()
        var traps = 0, healed = 0, healedWrongly: [String] = [], confirmedWrongly: [String] = []
        for site in try Self.corpus.get().sites where !site.heldOut {
            for c in site.healCases where c.now.count == 1 && c.now.visible && c.now.found != c.intended {
                guard let before = site.page(c.from, c.page), let after = site.page(c.to, c.page), let i = before.expect[c.key],
                      let found = c.now.element else { continue }
                traps += 1
                var previous = before.snapshot.elements[i]
                previous.value = nil
                let step = Step(kind: c.action, locator: c.locator)
                let check = evaluation.resolver.resolve(ResolveRequest(requestId: 1, mode: .verify, step: step, failedLocator: c.locator.javaScript,
                                                                       snapshot: Snapshot(elements: []), previous: previous, found: found))
                #expect(!check.ok && check.expected == previous.described && check.found == found.described,
                        "\(site.name)/\(c.id): verify must doubt \(found.described)")
                let answer = evaluation.resolver.resolve(ResolveRequest(requestId: 2, mode: .heal, step: step, failedLocator: c.locator.javaScript,
                                                                        snapshot: after.snapshot, previous: previous, found: found,
                                                                        lookAlikes: CorpusEvaluation.lookAlikes(c, in: site)))
                if answer.ok {
                    if answer.confirmed == true { confirmedWrongly.append("\(site.name)/\(c.id)") }
                    if c.intended != nil && answer.element == c.intended.flatMap({ after.expect[$0] }) { healed += 1 }
                    else { healedWrongly.append("\(site.name)/\(c.id)") }
                } else {
                    let message = answer.error ?? ""
                    #expect(message.contains(previous.described) && message.contains(found.described),
                            "\(site.name)/\(c.id): the error must name the expected and the found element: \(message)")
                }
            }
        }
        #expect(traps >= 30 && healed > traps / 2, "\(healed) of \(traps) traps healed")
        // Three traps are healed to another element, named: clinic's Dr Haddad left, his row's
        // "Book" by position now finds Dr Moreau's, and the new Dr Patel's row (a grid row, no
        // title to tell it by) takes his place; helpdesk's tickets 4815 and 4819 left, their
        // row's "Close" by position finds another row's, and the bulk bar's "Close" is taken.
        // Reported as healed steps, not silent; not to grow. Since council and food joined the
        // tuned sites (2026-12-06, afternoon) 18 more: 13 of them the element the locator still
        // finds, doubted and then confirmed after Scene looked (council's nav "Contact us" gone, the
        // footer's "Contact us" to the same address found; food's v3 cuisine chips, whose "Thai"
        // now finds "Save Thai Orchid"). Each such confirmation is recorded as a healing naming
        // both elements, warned about and shown in the report (ElementIdentityRunTests, in
        // Chromium), never silent; held here so it cannot grow.
        // Since learn and tasks joined (2026-12-06, evening) 3 more: learn's notification setting
        // by its v2 XPath and CSS path on v3, and a task's "Post" by position. Since rentals and
        // forum joined (2026-12-06, night) 15 more healed to another element and 10 more kept
        // after doubt: rentals' v3 landlord rows whose "Delete", "Duplicate" and "Mark as let" by
        // position now find the row that moved up, forum's page links by position. 39 and 23 of
        // 838 traps, 564 healed right. Since crm and mail joined (2026-12-07, night) 46 more
        // healed to another element and 28 more kept after doubt (crm's deals 501 and 505 and
        // contact 301, mail's v3 header "New" and its budget row), each named with both elements.
        #expect(healedWrongly.count <= 85 && confirmedWrongly.count <= 51, "\(healedWrongly); confirmed: \(confirmedWrongly)")
    }
}
