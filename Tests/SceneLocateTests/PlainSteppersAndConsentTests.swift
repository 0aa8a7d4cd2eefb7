import SceneConfig
@testable import SceneLocate
import Testing

/// Verbs a person uses for a stepper ("Decrease the Garlic bread by one"), for a consent box
/// ("Opt in to offers", "Allow credit checks"), for reading ("Read the brief", "Browse
/// courses"), and an icon named by its picture ("the bell icon", "the magnifier"). Each case
/// was first refused in the locate corpus; the traps are the readings that would have been wrong.
@Suite struct PlainSteppersAndConsentTests {
    static func button(_ i: Int, _ name: String, row: String? = nil, regions: [String]? = ["main"]) -> Element {
        Element(index: i, tag: "button", role: "button", name: name, text: name, interactive: true, container: row, regions: regions)
    }
    static func link(_ i: Int, _ name: String, row: String? = nil) -> Element {
        Element(index: i, tag: "a", role: "link", name: name, text: name, interactive: true, container: row, regions: ["main"])
    }
    static func box(_ i: Int, _ label: String) -> Element {
        Element(index: i, tag: "input", role: "checkbox", name: label, type: "checkbox", label: label, checked: false, interactive: true, regions: ["form"])
    }

    /// An order with two lines, each with a stepper; a reading list; consent boxes; a header bell.
    static let page = Snapshot(elements: [
        button(0, "Decrease quantity of Margherita", row: "Margherita £9 1"), button(1, "Increase quantity of Margherita", row: "Margherita £9 1"),
        button(2, "Decrease", row: "Coca-Cola 330ml £2 2"), button(3, "Increase", row: "Coca-Cola 330ml £2 2"),
        button(4, "Fewer pets", row: "Pets 1"), button(5, "More pets", row: "Pets 1"),
        link(6, "Final project brief", row: "Final project brief 6 min Read"), link(7, "Read", row: "Final project brief 6 min Read"),
        link(8, "Terms"), link(9, "Browse courses"), link(10, "Read more"), link(11, "More"),
        box(12, "Send me news and offers"), box(13, "I allow credit and referencing checks"), button(14, "Allow all cookies"),
        button(15, "Notifications", regions: ["banner"]),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    @Test func aStepperIsDrivenByItsVerbWhereTheItemIs() {
        for (sentence, index) in [("Lower the Margherita quantity", 0), ("Increase the Margherita quantity by one", 1),
                                  ("Decrease the Coca-Cola by one", 2), ("Increase the quantity of the Coca-Cola", 3),
                                  ("Decrease the number of pets", 4), ("Reduce the Margherita by 1", 0)] {
            let r = read(sentence)
            #expect(r.step?.kind == .click && r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
        // No item of that name: refused, never the other line's button.
        #expect(read("Decrease the Garlic bread by one").step == nil)
        // "Raise" is no stepper verb: a ticket is raised, not increased.
        #expect(read("Raise a ticket").step == nil)
    }

    @Test func readingIsTheReadControlWhereItIsOrTheLink() {
        #expect(read("Read the final project brief").element?.index == 7)
        #expect(read("Read the Terms").element?.index == 8)
        #expect(read("Browse courses").element?.index == 9)
        // The sentence is a control's name: never the bare "More".
        #expect(read("Read more").element?.index == 10)
    }

    @Test func consentIsATickAndAllowMayBeAButtonsName() {
        for (sentence, index, kind) in [("Opt in to news and offers", 12, StepKind.check), ("Allow credit and referencing checks", 13, .check),
                                        ("Allow all cookies", 14, .click)] {
            let r = read(sentence)
            #expect(r.step?.kind == kind && r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
        let out = read("Opt out of news and offers")
        #expect(out.step?.kind == .uncheck && out.element?.index == 12, "\(out.error ?? out.reason)")
    }

    @Test func iconWordsAreWhatTheyShowButAddOneSeatIsStillAddSeat() {
        #expect(read("Click the bell icon").element?.index == 15)
        #expect(Prepared("Fewer pets").tokens == Prepared("decrease pets").tokens)
        #expect(Prepared("magnifying glass").tokens == Prepared("Search").tokens && Prepared("magnifier").tokens == Prepared("find").tokens)
        // "Add one" is no stepper word: "Add one seat" stays close to "Add seat" (a renamed button).
        #expect(Set(Prepared("Add one seat").tokens).isSuperset(of: Prepared("Add seat").tokens))
    }
}
