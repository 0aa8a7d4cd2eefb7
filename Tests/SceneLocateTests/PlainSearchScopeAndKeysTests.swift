import SceneConfig
@testable import SceneLocate
import Testing

/// A search step that says what it searches ("Search macros for refund", "Search by name:
/// nadia") types into that search field, not the page's global one; a key pressed in a field
/// ("Press Enter in the search box") is pressed there. Each case was first refused or picked
/// wrongly in the locate corpus; the traps are the readings that would have been wrong.
@Suite struct PlainSearchScopeAndKeysTests {
    static func field(_ i: Int, _ name: String, role: String = "textbox", placeholder: String? = nil, regions: [String] = ["main"]) -> Element {
        Element(index: i, tag: "input", role: role, name: name, placeholder: placeholder, type: "text", interactive: true, regions: regions)
    }

    /// A help desk ticket: the header's global search, a macro picker that searches macros, the
    /// team list's member search, a reply box and a sort select whose name also says "replies".
    static let page = Snapshot(elements: [
        field(0, "Search everything", role: "searchbox", regions: ["search", "banner"]),
        field(1, "Macro", role: "combobox", placeholder: "Search macros", regions: ["form", "main"]),
        field(2, "Search by name or email", role: "searchbox", regions: ["region: Team", "main"]),
        Element(index: 3, tag: "select", role: "combobox", name: "Sort replies", interactive: true, regions: ["main"], options: ["Newest", "Oldest"]),
        Element(index: 4, tag: "textarea", role: "textbox", name: "Write your reply", placeholder: "Write your reply", interactive: true,
                regions: ["region: Your reply", "main"]),
        Element(index: 5, tag: "button", role: "button", name: "Send", text: "Send", interactive: true, regions: ["region: Your reply", "main"]),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    /// Each sentence is read as `kind` on the element at its index, with its value.
    func expect(_ kind: StepKind, _ cases: [(String, Int, String)]) {
        for (sentence, index, value) in cases {
            let r = read(sentence)
            #expect(r.step?.kind == kind && r.element?.index == index && r.step?.value == value, "\(sentence): \(r.error ?? r.reason)")
        }
    }

    @Test func aSearchThatSaysWhatItSearchesTypesIntoThatField() {
        expect(.fill, [("Search macros for refund", 1, "refund"), ("Search by name: nadia", 2, "nadia"),
                       ("Search members by name or email for ramani", 2, "ramani")])
        // Nothing scoped: the page's search box.
        let plain = read("Search for refund")
        #expect(plain.element?.index == 0 && plain.step?.value == "refund", "\(plain.error ?? plain.reason)")
    }

    @Test func aKeyPressedInAFieldIsPressedThere() {
        expect(.press, [("Press Enter in the macro search", 1, "Enter"), ("hit Tab in \"Search by name or email\"", 2, "Tab"),
                        ("Press Control+Enter in the reply field", 4, "Control+Enter")])
        // Without a place, the key goes to the page.
        let bare = read("Press Escape")
        #expect(bare.step?.kind == .press && bare.element == nil && bare.step?.value == "Escape")
    }

    @Test func aKeyGoesWhereOneTypesNeverToASelectThatSharesAWord() {
        // "reply box": the select's name says "replies" better than the text area's, but a key
        // pressed "in" something goes where one types. Close enough to tie: refused, both named.
        let r = read("Press Control+Enter in the reply box")
        #expect(r.element?.index != 3, "\(r.reason)")
        if r.step == nil { #expect(r.error?.contains("Sort replies") == true && r.error?.contains("Write your reply") == true, "\(r.error ?? "")") }
    }
}
