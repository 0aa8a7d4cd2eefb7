import SceneConfig
import SceneLocator
@testable import SceneLocate
import Testing

/// Scoring rules of healing, each on the smallest page that shows it.
@Suite struct HealingRulesTests {
    @Test func readsAControlNamedAfterItsRowWhateverItsIconSays() {
        // "Remove item" drawn as a bin became "Remove Blue Mug" drawn as a cross: one of its words
        // (its name, not its icon) completed by its row's words, wherever they sit in the row.
        let before = Element(index: 0, tag: "button", role: "button", name: "Remove item", text: "\u{1F5D1}", ariaLabel: "Remove item",
                             container: "Zebra Mug Blue Mug Qty £18 Remove item")
        let scorer = HealingScorer(target: TargetProfile(element: before))
        func words(_ name: String) -> Double? {
            scorer.score(Element(index: 1, tag: "button", role: "button", name: name, text: "\u{00D7}", ariaLabel: name))
                .features.first { $0.feature == "words" }?.similarity
        }
        #expect(words("Remove Blue Mug") == HealingScorer.namedAfterRow)
        #expect(words("Remove Zebra Mug") == HealingScorer.namedAfterRow)
        // Words from elsewhere are not the row's.
        #expect((words("Remove Green Teapot") ?? 1) < HealingScorer.namedAfterRow)
    }

    /// A footer with a newsletter form and two links, as `snapshot.js` describes them.
    static func footer(form: String, button: String) -> Snapshot {
        Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Delivery", text: "Delivery", href: "delivery.html", regions: ["contentinfo"]),
            Element(index: 1, tag: "a", role: "link", name: "Returns", text: "Returns", href: "returns.html", regions: ["contentinfo"]),
            Element(index: 2, tag: "input", role: "textbox", name: "Email", type: "email", label: "Email", regions: ["form: \(form)", "contentinfo"],
                    peers: [0, 1]),
            Element(index: 3, tag: "button", role: "button", name: button, text: button, regions: ["form: \(form)", "contentinfo"], peers: [0, 1]),
        ])
    }

    @Test func healsAFormsOnlySubmitButtonWhateverItNowSays() throws {
        // id, words and the form's name changed together: it is still the newsletter form's only
        // submit button, in the footer.
        let before = Self.footer(form: "Newsletter", button: "Subscribe")
        let after = Self.footer(form: "Get 10% off your first order", button: "Sign up")
        let outcome = Healer().heal(kind: .click, failed: .css("#nl-submit"), failedText: nil, snapshot: after, previous: before.elements[3])
        #expect(outcome.chosen?.element.index == 3, "\(outcome.error ?? outcome.reason)")
        // A button of another type is not its form's submit: only its place is left, and that is too little.
        var typed = after
        typed.elements[3].type = "button"
        let refused = Healer().heal(kind: .click, failed: .css("#nl-submit"), failedText: nil, snapshot: typed, previous: before.elements[3])
        #expect(refused.chosen == nil)
    }

    @Test func anOnlyCheckboxThatSaysAnotherThingIsNotHealedTo() {
        // The form's only checkbox lost "Remember me"; the one left says another thing.
        func form(_ label: String) -> Snapshot {
            Snapshot(elements: [
                Element(index: 0, tag: "input", role: "checkbox", name: label, type: "checkbox", label: label, regions: ["form: Sign in", "main"],
                        peers: [0, 1]),
                Element(index: 1, tag: "button", role: "button", name: "Sign in", text: "Sign in", type: "submit", regions: ["form: Sign in", "main"],
                        peers: [0, 1]),
            ])
        }
        let outcome = Healer().heal(kind: .check, failed: .css("#remember"), failedText: nil, snapshot: form("Email me product news"),
                                    previous: form("Remember me").elements[0])
        #expect(outcome.chosen == nil, "\(outcome.reason)")
    }

    @Test func healsAControlThatMovedAndStillSaysTheSame() {
        // The price filter moved from the sidebar into the page's content: its area, heading and
        // path all differ, only its words ("Max" is "Maximum") are the same, and only its.
        let before = Element(index: 0, tag: "input", role: "spinbutton", name: "Max price", id: "price-max", type: "number", label: "Max price",
                             regions: ["complementary: Filter"], heading: "Price")
        func field(_ index: Int, _ name: String) -> Element {
            Element(index: index, tag: "input", role: "spinbutton", name: name, type: "number", label: name, regions: ["main"], heading: "Shop")
        }
        // Below the floor and no clear winner otherwise: only reading the same takes it.
        let healer = Healer(policy: HealingPolicy(floor: 0.95, clearMargin: 1))
        let page = Snapshot(elements: [field(0, "Minimum price"), field(1, "Maximum price")])
        let outcome = healer.heal(kind: .fill, failed: .css("#price-max"), failedText: nil, snapshot: page, previous: before)
        #expect(outcome.chosen?.element.index == 1, "\(outcome.error ?? outcome.reason)")
        // Two that say the same are not told apart by it.
        let twice = Snapshot(elements: [field(0, "Maximum price"), field(1, "Maximum price")])
        #expect(healer.heal(kind: .fill, failed: .css("#price-max"), failedText: nil, snapshot: twice, previous: before).chosen == nil)
    }

    @Test func anAreaGoneFromThePageCountsAgainstNoCandidate() {
        // The edit dialog became a page: its checkbox is in the page's content now, like every
        // other control. While a dialog is still on the page, being outside it counts against.
        let before = Element(index: 0, tag: "input", role: "checkbox", name: "Publish content", type: "checkbox",
                             regions: ["group: Permissions", "form", "dialog: Edit member"])
        let publish = Element(index: 0, tag: "input", role: "checkbox", name: "Publish", type: "checkbox", regions: ["form", "main"])
        let dialog = Element(index: 1, tag: "button", role: "button", name: "Accept cookies", regions: ["dialog: Cookies"])
        let gone = HealingScorer(target: TargetProfile(element: before), page: [publish])
        let there = HealingScorer(target: TargetProfile(element: before), page: [publish, dialog])
        #expect(gone.areaGone && !there.areaGone)
        #expect(gone.score(publish).score > there.score(publish).score / HealingScorer.otherAreaFactor)
    }

    @Test func anElementWithoutARoleIsNoOtherKindOfControl() {
        // An FAQ's question buttons became `details`/`summary`: the summary has no role, which
        // says nothing against it; a link says "another kind" no more than before.
        let before = Element(index: 0, tag: "button", role: "button", name: "Can I reuse your photos?", text: "Can I reuse your photos?",
                             regions: ["main"], heading: "Frequently asked questions")
        let page = Snapshot(elements: [
            Element(index: 0, tag: "summary", text: "Can I reuse your photos?", interactive: true, container: "Can I reuse your photos? Answer.",
                    regions: ["main"], heading: "FAQ"),
            Element(index: 1, tag: "button", role: "button", name: "Send", text: "Send", type: "submit", regions: ["form: Contact form", "main"]),
        ])
        let outcome = Healer().heal(kind: .click, failed: .text("Can I reuse your photos?"), failedText: nil, snapshot: page, previous: before)
        #expect(outcome.chosen?.element.index == 0, "\(outcome.error ?? outcome.reason)")
    }
}

extension HealingRulesTests {
    @Test func theSamePlaceUnderTheSameHeadingIsMoreEvidenceThanInTheSameArea() {
        // "Min price" / "Max price" became "From" / "To": its words are gone, its place among the
        // two fields under "Price" is not.
        let before = Element(index: 0, tag: "input", role: "spinbutton", name: "Max price", type: "number", label: "Max price",
                             regions: ["complementary: Filter"], heading: "Price", peers: [1, 2])
        let scorer = HealingScorer(target: TargetProfile(element: before))
        func evidence(heading: String) -> Double {
            scorer.score(Element(index: 1, tag: "input", role: "spinbutton", name: "To", type: "number", label: "To",
                                 regions: ["complementary: Filter"], heading: heading, peers: [1, 2])).evidence
        }
        #expect(abs(evidence(heading: "Price") - HealingScorer.samePlaceUnderHeadingEvidence) < 1e-9)
        // Under another heading it is the same place among as many in its area, no more.
        #expect(abs(evidence(heading: "Sort") - HealingScorer.samePlaceEvidence) < 1e-9)
    }
}
