import SceneConfig
@testable import SceneLocate
import Testing

/// A field and its value where the field's name begins with a verb ("Email address: …", "Add a
/// note: …"), and two fields of one name told apart by the group the step names ("the lead
/// tenant's email"). Each case was first refused or picked wrongly in the locate corpus.
@Suite struct PlainFieldGroupsTests {
    static func field(_ i: Int, _ label: String, group: String, tag: String = "input") -> Element {
        Element(index: i, tag: tag, role: "textbox", name: label, type: tag == "input" ? "text" : nil, label: label, interactive: true,
                regions: ["group: \(group)", "form", "main"], heading: group)
    }
    static func legend(_ i: Int, _ text: String, under heading: String) -> Element {
        Element(index: i, tag: "legend", text: text, interactive: false, regions: ["group: \(text)", "form", "main"], heading: heading)
    }

    /// A tenancy application: two tenants with the same fields under their group's legend, and a
    /// note; the page has an Email link and a "Remove joint tenant" button too.
    static let page = Snapshot(elements: [
        Element(index: 0, tag: "a", role: "link", name: "Email us", text: "Email us", interactive: true, regions: ["banner"]),
        legend(1, "Lead tenant", under: "Your tenancy"),
        field(2, "First name", group: "Lead tenant"), field(3, "Email address", group: "Lead tenant"),
        legend(4, "Joint tenant", under: "Lead tenant"),
        Element(index: 5, tag: "button", role: "button", name: "Remove joint tenant", text: "Remove joint tenant", interactive: true,
                regions: ["group: Joint tenant", "form", "main"], heading: "Joint tenant"),
        field(6, "First name", group: "Joint tenant"), field(7, "Email address", group: "Joint tenant"),
        field(8, "Note", group: "Anything else", tag: "textarea"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    @Test func aFieldWhoseNameBeginsWithAVerbTakesTheValueAfterTheSeparator() {
        for (sentence, index, value) in [("Email address for the lead tenant: amira@example.com", 3, "amira@example.com"),
                                         ("Email address of the joint tenant: omar@example.com", 7, "omar@example.com")] {
            let r = read(sentence)
            #expect(r.step?.kind == .fill && r.element?.index == index && r.step?.value == value, "\(sentence): \(r.error ?? r.reason)")
        }
        // Without a group the two Email address fields tie: refused, both named, never the Email link.
        let tied = read("Email address: amira@example.com")
        #expect(tied.step == nil && tied.error?.contains(".first()") == true && tied.error?.contains(".nth(1)") == true, "\(tied.error ?? tied.reason)")
        // The verb still reads first where it finds its control.
        #expect(read("Email us").element?.index == 0)
    }

    @Test func theGroupThatSaysMoreOfTheStepWins() {
        // Both names say "First name"; the group says "lead tenant" of one only, "tenant" of both.
        for (sentence, index) in [("Fill the lead tenant first name with Amira", 2), ("Fill the joint tenant first name with Omar", 6)] {
            let r = read(sentence)
            #expect(r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
    }
}
