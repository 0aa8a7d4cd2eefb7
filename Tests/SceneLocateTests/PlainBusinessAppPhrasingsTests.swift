import SceneConfig
@testable import SceneLocate
import Testing

/// Phrasings of plain steps met on a sales CRM and a webmail client written by others: "the
/// third Delete" among a toolbar's and a row's, custom lists (a combobox button), verbs that are
/// a row's control ("Email Marcus Bell", "Send an email to…", "Mark … lost"), values that end the
/// sentence with a full stop or say where their field is, and "Select <row>".
@Suite struct PlainBusinessAppPhrasingsTests {
    static func row(_ who: String) -> String { "\(who) \(who.lowercased().replacingOccurrences(of: " ", with: "."))@example.com Email | Edit | Delete" }
    static let page = Snapshot(elements: [
        Element(index: 0, tag: "a", role: "link", name: "Contacts", text: "Contacts", regions: ["navigation"]),
        Element(index: 1, tag: "a", role: "link", name: "Trash", text: "Trash", regions: ["navigation"]),
        Element(index: 2, tag: "input", role: "searchbox", name: "Search mail", type: "search", regions: ["banner"]),
        Element(index: 3, tag: "button", role: "button", name: "Delete", text: "Delete", regions: ["toolbar"]),
        Element(index: 4, tag: "button", role: "button", name: "My contacts", text: "My contacts", interactive: true),
        Element(index: 5, tag: "input", role: "checkbox", type: "checkbox", container: row("Greta Lindqvist"), containerRole: "row"),
        Element(index: 6, tag: "a", role: "link", name: "Greta Lindqvist", text: "Greta Lindqvist", container: row("Greta Lindqvist"), containerRole: "row"),
        Element(index: 7, tag: "a", role: "link", name: "Email", text: "Email", container: row("Greta Lindqvist"), containerRole: "row"),
        Element(index: 8, tag: "a", role: "link", name: "Delete", text: "Delete", container: row("Greta Lindqvist"), containerRole: "row"),
        Element(index: 9, tag: "input", role: "checkbox", type: "checkbox", container: row("Marcus Bell"), containerRole: "row"),
        Element(index: 10, tag: "a", role: "link", name: "Marcus Bell", text: "Marcus Bell", container: row("Marcus Bell"), containerRole: "row"),
        Element(index: 11, tag: "button", role: "button", name: "Send email", text: "✉", container: row("Marcus Bell"), containerRole: "row"),
        Element(index: 12, tag: "a", role: "link", name: "Delete", text: "Delete", container: row("Marcus Bell"), containerRole: "row"),
        Element(index: 13, tag: "input", role: "checkbox", type: "checkbox", container: row("Linh Tran"), containerRole: "row"),
        Element(index: 14, tag: "a", role: "link", name: "Linh Tran", text: "Linh Tran", container: row("Linh Tran"), containerRole: "row"),
        Element(index: 15, tag: "a", role: "link", name: "Email", text: "Email", container: row("Linh Tran"), containerRole: "row"),
        Element(index: 16, tag: "a", role: "link", name: "Delete", text: "Delete", container: row("Linh Tran"), containerRole: "row"),
        Element(index: 17, tag: "button", role: "combobox", name: "Signature", text: "Work ▾", type: "button"),
        Element(index: 18, tag: "button", role: "combobox", name: "Related contact", text: "Choose a contact ▾"),
        Element(index: 19, tag: "input", role: "textbox", name: "Company name", type: "text", label: "Company name"),
        Element(index: 20, tag: "input", role: "searchbox", name: "Search contacts", type: "search", regions: ["main"]),
        Element(index: 21, tag: "a", role: "link", name: "Mark lost", text: "Mark lost", container: "Studio licences $9,000 Edit · Mark lost", containerRole: "row"),
        Element(index: 22, tag: "a", role: "link", name: "Mark lost", text: "Mark lost", container: "Clinic rollout $21,000 Edit · Mark lost", containerRole: "row"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    @Test func anOrdinalCountsTheRepeatedControlNotTheToolbarsOrALinkOfLikeMeaning() {
        // Before: "Trash" (a synonym) and the toolbar's Delete came first, and "the second" was the first row's.
        let second = read("Click Delete on the second row")
        #expect(second.element?.index == 12, "\(second.error ?? second.reason)")
        #expect(read("Delete the third message").element?.index == 16)
        // Several names, none repeated more: every match is counted.
        #expect(counted([1, 3], ordinal: 1).map(\.element.index) == [1, 3])
    }

    func counted(_ indexes: [Int], ordinal: Int) -> [InterpretCandidate] {
        Interpreter.counted(indexes.map { InterpretCandidate(element: Self.page.elements[$0], score: 1, field: "name", words: 1, factors: []) },
                            ordinal: ordinal)
    }

    @Test func aComboboxButtonIsACustomListChosenFromNeverTypedInto() {
        #expect(!ActionFit.accepts(.fill, Self.page.elements[17]) && Interpreter.isSelect(Self.page.elements[17]))
        let signature = read("Signature: Mobile")
        #expect(signature.step?.kind == .select && signature.element?.index == 17 && signature.step?.value == "Mobile",
                "\(signature.error ?? signature.reason)")
        // A role word is no value; "open" opens the list.
        let dropdown = read("Signature dropdown")
        #expect(dropdown.step?.kind == .click && dropdown.element?.index == 17, "\(dropdown.error ?? dropdown.reason)")
        let open = read("Open Related contact")
        #expect(open.step?.kind == .click && open.element?.index == 18, "\(open.error ?? open.reason)")
    }

    @Test func verbsThatAreARowsControlActWhereTheRowIs() {
        let email = read("Email Marcus Bell")
        #expect(email.element?.index == 11, "\(email.error ?? email.reason)")
        let send = read("Send an email to Linh Tran")
        #expect(send.element?.index == 15, "\(send.error ?? send.reason)")
        let lost = read("mark studio licences lost")
        #expect(lost.element?.index == 21, "\(lost.error ?? lost.reason)")
        // A capital "My" is part of the name: not the "Contacts" link.
        let mine = read("Toggle My contacts")
        #expect(mine.element?.index == 4, "\(mine.error ?? mine.reason)")
    }

    @Test func aValueKeepsItsFullStopWhenItIsPartOfItAndMaySayWhereItsFieldIs() {
        let company = read("Company name Northwind Logistics Inc.")
        #expect(company.element?.index == 19 && company.step?.value == "Northwind Logistics Inc.", "\(company.error ?? company.reason)")
        #expect(read("Fill Company name with Jo Smith.").step?.value == "Jo Smith")
        let header = read("Search for Alder in the header")
        #expect(header.element?.index == 2 && header.step?.value == "Alder", "\(header.error ?? header.reason)")
        // A place no area of the page is stays part of the value.
        #expect(read("Search contacts for lunch in the park").step?.value == "lunch in the park")
    }

    @Test func selectingARowTicksItsOwnBox() {
        let greta = read("Select Greta")
        #expect(greta.step?.kind == .check && greta.element?.index == 5, "\(greta.error ?? greta.reason)")
        let marcus = read("Select Marcus Bell")
        #expect(marcus.step?.kind == .check && marcus.element?.index == 9, "\(marcus.error ?? marcus.reason)")
    }
}
