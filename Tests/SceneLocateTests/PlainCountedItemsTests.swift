import SceneConfig
@testable import SceneLocate
import Testing

/// "Edit the last deal in the list", "Email the first contact in the grid", "click Order now on
/// the first restaurant card": the words after a count say what kind of item is counted, not
/// its text, so the repeated controls themselves are counted (one per row or card). Each case
/// was first refused in the locate corpus; the traps are the counts that would be wrong.
@Suite struct PlainCountedItemsTests {
    static func button(_ i: Int, _ name: String, container: String?, regions: [String] = ["main"]) -> Element {
        Element(index: i, tag: "button", role: "button", name: name, text: name, interactive: true, container: container, regions: regions)
    }

    /// A deals board: every row has "Edit <deal>" and "Email <contact>"; restaurant cards have "Order now".
    static let rows: [Element] = [
        button(0, "Edit Studio licences", container: "Studio licences Northwind £12,000"),
        button(1, "Email Priya Raman", container: "Studio licences Northwind £12,000"),
        button(2, "Edit Fleet tracking renewal", container: "Fleet tracking renewal Corvid £8,400"),
        button(3, "Email Luis Moreno", container: "Fleet tracking renewal Corvid £8,400"),
        button(4, "Edit Driver app expansion", container: "Driver app expansion Lumen £30,000"),
        button(5, "Email Ama Boateng", container: "Driver app expansion Lumen £30,000"),
        Element(index: 6, tag: "a", role: "link", name: "Order now", text: "Order now", href: "/r/1", interactive: true, container: "Casa Verde Mexican 4.5"),
        Element(index: 7, tag: "a", role: "link", name: "Order now", text: "Order now", href: "/r/2", interactive: true, container: "Sakura Sushi Japanese 4.7"),
    ]

    func read(_ sentence: String, _ elements: [Element] = rows) -> InterpretResult {
        Interpreter().interpret(sentence, snapshot: Snapshot(elements: elements))
    }

    @Test func theControlsOfAListAreCounted() {
        for (sentence, index) in [("edit the last deal in the list", 4), ("Edit the first deal", 0), ("Email the second contact in the grid", 3),
                                  ("click Order now on the first restaurant card", 6), ("Click Order now in the second row of results", 7)] {
            let r = read(sentence)
            #expect(r.step?.kind == .click && r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
    }

    @Test func controlsThatAreNotItemsAreNeverCounted() {
        // A compose form's "Add option" and "Add the file" sit in no row: "a second poll" is absent.
        let form = [Element(index: 0, tag: "a", role: "link", name: "Add option", text: "Add option", href: "#", interactive: true),
                    Self.button(1, "Add the file", container: nil)]
        let r = read("Add a second poll", form)
        #expect(r.step == nil, "\(r.reason)")
        #expect(r.error?.contains("not one per row or card") == true && r.error?.contains("Add option") == true, "\(r.error ?? "")")
        // An "Edit profile" outside the rows matches "edit" as well as the rows' controls: counting
        // would start in the header, so the step is refused rather than read as the first row.
        let withHeader = [Self.button(8, "Edit profile", container: nil, regions: ["banner"])] + Self.rows
        let first = read("Edit the first deal", withHeader)
        #expect(first.element?.index != 8, "\(first.reason)")
    }

    @Test func wordsThatAreTheRowsTextStillPickTheRow() {
        // "the first Fleet tracking renewal" names the row by its text: the context reading finds it.
        let r = read("Edit the Fleet tracking renewal deal")
        #expect(r.element?.index == 2, "\(r.error ?? r.reason)")
    }
}
