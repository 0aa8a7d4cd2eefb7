import SceneLocator
@testable import SceneLocate
import Testing

/// The words a redesign swaps for each other, read as one (`Vocabulary`), and the look-alikes
/// deliberately kept apart.
@Suite struct VocabularyTests {
    @Test func readsInterfaceSynonymsAndSpellingsAsOneWord() {
        for (a, b) in [("Submit report", "Send report"), ("Spam", "Junk"), ("Continue", "Resume"), ("Ban user", "Block user"),
                       ("Colour", "Color"), ("Catalogue", "Catalog"), ("Cancelled orders", "Canceled orders"),
                       ("Customise dashboard", "Customize dashboard"), ("My bookings", "My reservations"),
                       ("Manage labels", "Edit labels")] {
            #expect(Prepared(a).tokens == Prepared(b).tokens, "\(a) / \(b)")
        }
    }

    @Test func keepsApartWordsThatOnlySometimesMeanTheSame() {
        // Each of these, folded, made a wrong pick on the locate corpus: a council's "Bins" page is
        // no delete button, "Members" and "Users" are both links of one forum, a new course's
        // "Enroll" is not a removed course's "Enrol", "open" or "new" are a step's verbs, and one
        // mail app shows both "Compose" and "New message".
        for (a, b) in [("Bins", "Delete"), ("Members", "Users"), ("Members", "People"), ("Enrol", "Enroll"),
                       ("View", "Open"), ("New contact", "Create contact"), ("Compose", "New message")] {
            #expect(Prepared(a).tokens != Prepared(b).tokens, "\(a) / \(b)")
        }
    }

    @Test func healsAMailFolderRenamedByItsSynonym() {
        // "Spam (3)" became "Junk 3": no id, test id or path is left, only what the words mean.
        func link(_ index: Int, _ name: String, _ href: String) -> Element {
            Element(index: index, tag: "a", role: "link", name: name, text: name, href: href, regions: ["navigation: Folders"], heading: "Mail")
        }
        let before = Element(index: 3, tag: "a", role: "link", name: "Spam (3)", text: "Spam (3)", id: "nav-spam", href: "#spam",
                             regions: ["navigation: Folders"], heading: "Mail")
        let page = Snapshot(elements: [link(0, "Inbox", "#in"), link(1, "Sent", "#out"), link(2, "Drafts", "#drafts"),
                                       link(3, "Archive", "#archive"), link(4, "Junk 3", "#junk"), link(5, "Bin", "#bin")])
        let outcome = Healer().heal(kind: .click, failed: .css("#nav-spam"), failedText: nil, snapshot: page, previous: before)
        #expect(outcome.chosen?.element.index == 4, "\(outcome.error ?? outcome.reason)")
    }
}
