import SceneConfig
@testable import SceneLocate
import Testing

/// A step that names the control it is done with ("Underline the text with the U button",
/// "Use the 'Skip to main content' link") presses that control, whatever its verb; a verb the
/// grammar does not know that begins the names of the page's controls ("Warn crustlord" where
/// every member's row has "Warn member") names the control where the rest of the step is; what
/// a step views ("Show the map") is opened by the tab or link of exactly that name. Each
/// case was first refused in the locate corpus; the traps are the readings that would be wrong.
@Suite struct PlainInstrumentsAndPageVerbsTests {
    static func button(_ i: Int, _ name: String, text: String? = nil, regions: [String] = ["main"], container: String? = nil) -> Element {
        Element(index: i, tag: "button", role: "button", name: name, text: text ?? name, interactive: true, container: container, regions: regions)
    }

    static func link(_ i: Int, _ name: String, regions: [String] = ["main"]) -> Element {
        Element(index: i, tag: "a", role: "link", name: name, text: name, href: "#\(i)", interactive: true, regions: regions)
    }

    /// A forum's reply page: a skip link, an editor toolbar, an "Add pet"-like stepper, results
    /// paging, and a members table with "Warn member" and "Ban" on every row.
    static let page = Snapshot(elements: [
        link(0, "Skip to main content", regions: ["banner"]),
        button(1, "Bold", text: "B", regions: ["toolbar: Formatting", "main"]),
        button(2, "Underline", text: "U", regions: ["toolbar: Formatting", "main"]),
        button(3, "Code", regions: ["toolbar: Formatting", "main"]),
        button(4, "Add link", text: "URL", regions: ["toolbar: Formatting", "main"]),
        button(5, "Add a photo", regions: ["main"]),
        button(6, "+", regions: ["group: Pets", "main"]),
        link(7, "Previous", regions: ["navigation: Pages", "main"]),
        link(8, "Next", regions: ["navigation: Pages", "main"]),
        button(9, "Warn member", container: "crustlord 30 Nov 2021 377 Warn member Ban"),
        button(10, "Ban", container: "crustlord 30 Nov 2021 377 Warn member Ban"),
        button(11, "Warn member", container: "ryebaker 2 Mar 2022 41 Warn member Ban"),
        button(12, "Ban", container: "ryebaker 2 Mar 2022 41 Warn member Ban"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    func expectClick(_ cases: [(String, Int)]) {
        for (sentence, index) in cases {
            let r = read(sentence)
            #expect(r.step?.kind == .click && r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
    }

    @Test func theControlAStepIsDoneWithIsPressed() {
        expectClick([("Underline the selected text with the U button", 2), ("Use the u button to underline", 2),
                     ("Wrap it in a code block with the Code button", 3), ("Insert a link using the URL button", 4),
                     ("Use the 'Skip to main content' link", 0), ("Go back one page of results using the Previous link", 7),
                     // A known verb ("add") whose own reading would look for an "Add …" control.
                     ("Add a pet with the + button", 6)])
    }

    @Test func theInstrumentMustStillBeOnThePage() {
        // No "Italic" control: refused, never the verb's reading ("Add a photo" for "add").
        let r = read("Add emphasis with the Italic button")
        #expect(r.step == nil, "\(r.reason)")
        #expect(r.error?.contains("Italic") == true, "\(r.error ?? "")")
    }

    @Test func aVerbThePageNamesItsControlsByIsReadAsThatControl() {
        expectClick([("Warn crustlord", 9), ("warn ryebaker", 11)])
    }

    @Test func aGoVerbMayBeTheControlsFirstWord() {
        // "Load more orders": the Orders link says "orders" too; the button's whole name is the sentence.
        let orders = Snapshot(elements: [Self.link(0, "Orders", regions: ["navigation"]), Self.button(1, "Load more orders"),
                                         Self.button(2, "Go", regions: ["search"]), Self.link(3, "Older messages")])
        let more = Interpreter().interpret("Load more orders", snapshot: orders)
        #expect(more.element?.index == 1, "\(more.error ?? more.reason)")
        // "Go" is no control's first word here: "Go to older messages" is the link, never the Go button.
        let older = Interpreter().interpret("Go to older messages", snapshot: orders)
        #expect(older.element?.index == 3, "\(older.error ?? older.reason)")
    }

    @Test func aVerbNoControlBeginsWithIsStillUnknown() {
        // "Caution" begins no control's name: the grammar's error stands, with the closest named.
        let r = read("Caution crustlord")
        #expect(r.step == nil)
        #expect(r.error?.contains("no known action") == true, "\(r.error ?? "")")
        // "Warn" with no row of that member: nothing to pick, refused.
        let nobody = read("Warn breadnerd")
        #expect(nobody.element?.index != 9 && nobody.element?.index != 11, "\(nobody.reason)")
    }

    @Test func whatAStepViewsIsOpenedByALinkOrTabOfExactlyItsName() {
        let menu = Snapshot(elements: [Self.link(0, "Deals", regions: ["navigation"]), Self.link(1, "Change password", regions: ["navigation"]),
                                       Self.link(2, "Allergens & nutrition"), Self.link(3, "My courses", regions: ["navigation"]),
                                       Element(index: 4, tag: "button", role: "tab", name: "Map", text: "Map", interactive: true, regions: ["main"])])
        for (sentence, index) in [("View allergens & nutrition", 2), ("Show the map", 4)] {
            let r = Interpreter().interpret(sentence, snapshot: menu)
            #expect(r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
        // A link that names a part of it is not what the step views: refused, never these links.
        for sentence in ["View the Security add-on deal", "Show password", "Show 20 courses per page"] {
            let r = Interpreter().interpret(sentence, snapshot: menu)
            #expect(r.step == nil, "\(sentence): \(r.reason)")
        }
    }
}
