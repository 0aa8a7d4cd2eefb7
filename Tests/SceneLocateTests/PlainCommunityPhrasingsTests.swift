import SceneConfig
@testable import SceneLocate
import Testing

/// Phrasings of plain steps met on a forum and a lettings site written by others: a bare name
/// several controls' names begin with, a verb that is a control's name, "don't" and "stop", a
/// field then " - ", " is " or a number first, a search in a named box, "X on Y's reply", an
/// ordinal in a verb's row words or of the row ("in the second row", "on the 4th listing").
@Suite struct PlainCommunityPhrasingsTests {
    static let post1 = "oskar_bakes 2 days ago Try a longer cold proof. Like (3) Reply"
    static let post2 = "priyak 1 day ago Steam matters more than flour. Like (1) Reply"
    static let topic1 = "Sticky: Community guidelines (updated March) by elena_moss in Announcements Follow"
    static let topic2 = "Show us your Friday pizza night by dough_daddy in Off-topic Follow"
    static let page = Snapshot(elements: [
        Element(index: 0, tag: "button", role: "button", name: "Save profile", text: "Save profile"),
        Element(index: 1, tag: "button", role: "button", name: "Save notification settings", text: "Save notification settings"),
        Element(index: 2, tag: "button", role: "button", name: "Save privacy settings", text: "Save privacy settings"),
        Element(index: 3, tag: "a", role: "link", name: "Community guidelines (updated March)", text: "Community guidelines (updated March)",
                container: topic1, containerRole: "row"),
        Element(index: 4, tag: "a", role: "link", name: "Follow", text: "Follow", container: topic1, containerRole: "row"),
        Element(index: 5, tag: "a", role: "link", name: "Show us your Friday pizza night", text: "Show us your Friday pizza night",
                container: topic2, containerRole: "row"),
        Element(index: 6, tag: "a", role: "link", name: "Follow", text: "Follow", container: topic2, containerRole: "row"),
        Element(index: 7, tag: "input", role: "checkbox", name: "Allow members to email me", type: "checkbox", label: "Allow members to email me"),
        Element(index: 8, tag: "input", role: "radio", name: "Yes", type: "radio", regions: ["group: Do you smoke?"]),
        Element(index: 9, tag: "input", role: "radio", name: "No", type: "radio", regions: ["group: Do you smoke?"]),
        Element(index: 10, tag: "input", role: "spinbutton", name: "Years at this address", type: "number", label: "Years at this address"),
        Element(index: 11, tag: "input", role: "spinbutton", name: "People moving in", type: "number", label: "People moving in"),
        Element(index: 12, tag: "input", role: "textbox", name: "First name", type: "text", label: "First name"),
        Element(index: 13, tag: "input", role: "searchbox", name: "Search the site", type: "search", regions: ["banner"]),
        Element(index: 14, tag: "input", role: "textbox", name: "Location", placeholder: "Area, postcode or station", type: "text", label: "Location"),
        Element(index: 15, tag: "a", role: "link", name: "Like (3)", text: "Like (3)", container: post1, containerRole: "article"),
        Element(index: 16, tag: "a", role: "link", name: "Reply", text: "Reply", container: post1, containerRole: "article"),
        Element(index: 17, tag: "a", role: "link", name: "Like (1)", text: "Like (1)", container: post2, containerRole: "article"),
        Element(index: 18, tag: "a", role: "link", name: "Reply", text: "Reply", container: post2, containerRole: "article"),
        Element(index: 19, tag: "a", role: "link", name: "Archive", text: "Archive", container: "Enquiry from Amira Hussain about Flat 2", containerRole: "row"),
        Element(index: 20, tag: "a", role: "link", name: "Archive", text: "Archive", container: "Enquiry from Yusuf Khan about Flat 4", containerRole: "row"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.page) }

    @Test func aBareNameSeveralControlsBeginWithIsAmbiguousNamingThemAll() {
        // "Save profile" scored 0.80 against 0.74 for the two longer names: shorter, not meant.
        let save = read("Click Save")
        #expect(!save.ok && save.candidates.prefix(3).compactMap(\.index).sorted() == [0, 1, 2], "\(save.error ?? save.reason)")
        #expect(save.error?.contains("ambiguous") == true)
        // The whole name, or the words that tell it, still pick it.
        #expect(read("Click Save profile").element?.index == 0)
        #expect(read("Click the Save privacy settings button").element?.index == 2)
    }

    @Test func aVerbThatIsAControlsNameIsThatControlInTheRowNamed() {
        // Before: the topic's own link (1.00) won over its Follow link (0.90 for a link, not a button).
        let follow = read("Follow 'Community guidelines (updated March)'")
        #expect(follow.element?.index == 4, "\(follow.error ?? follow.reason)")
        let like = read("Click Like on oskar_bakes's reply")
        #expect(like.element?.index == 15, "\(like.error ?? like.reason)")
        // An ordinal among the rows the verb's words name.
        let archive = read("Archive the second enquiry")
        #expect(archive.element?.index == 20, "\(archive.error ?? archive.reason)")
        // A control in the row counted in page order.
        let row = read("Click Archive in the second row")
        #expect(row.element?.index == 20, "\(row.error ?? row.reason)")
        #expect(read("Click Reply on the first card").element?.index == 16)
        #expect(!read("Click Reply on the third card").ok)
    }

    @Test func dontAndStopUntickAndARadioIsNeverUnticked() {
        let dont = read("Don't allow members to email me")
        #expect(dont.step?.kind == .uncheck && dont.element?.index == 7, "\(dont.error ?? dont.reason)")
        let stop = read("Stop allowing members to email me")
        #expect(stop.step?.kind == .uncheck && stop.element?.index == 7, "\(stop.error ?? stop.reason)")
        // A radio is unticked only by choosing another: no uncheck acts on one.
        #expect(!read("Uncheck No").ok)
        #expect(read("Do you smoke? No").element?.index == 9)
    }

    @Test func aFieldThenItsValueAfterADashOrIsOrANumberFirst() {
        let dash = read("Years at this address - 3")
        #expect(dash.step?.kind == .fill && dash.element?.index == 10 && dash.step?.value == "3", "\(dash.error ?? dash.reason)")
        let number = read("3 people moving in")
        #expect(number.step?.kind == .fill && number.element?.index == 11 && number.step?.value == "3", "\(number.error ?? number.reason)")
        let named = read("First name is Yusuf")
        #expect(named.step?.kind == .fill && named.element?.index == 12 && named.step?.value == "Yusuf", "\(named.error ?? named.reason)")
        // "is" before a phrase with an article names a box, not a field's value.
        let box = read("Allow members to email me is not what I want")
        #expect(box.step?.kind != .fill, "\(box.error ?? box.reason)")
        // A number before words that are no field's whole name is no such reading.
        #expect(!read("3 bedrooms wanted").ok)
    }

    @Test func aSearchInANamedBoxTypesIntoThatBox() {
        let search = read("Search for \"Salford\" in the location box")
        #expect(search.element?.index == 14 && search.step?.value == "Salford", "\(search.error ?? search.reason)")
        let plain = read("Search for Salford")
        #expect(plain.element?.index == 13 && plain.step?.value == "Salford", "\(plain.error ?? plain.reason)")
    }

    @Test func aWordAndItsPluralInIesAreOneStem() {
        #expect(Prepared("enquiries").tokens == Prepared("enquiry").tokens)
        #expect(Prepared("Replies").tokens == Prepared("reply").tokens)
        #expect(Prepared("cookies").tokens == Prepared("Cookie").tokens)
    }
}
