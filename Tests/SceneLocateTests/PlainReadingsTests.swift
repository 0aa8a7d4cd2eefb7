import SceneConfig
@testable import SceneLocate
import Testing

/// Readings of plain steps found on sites written by others: the value before the select it is
/// an option of, a control named by the sentence's first words, sentences with no verb the
/// grammar knows, words left out of a name, and refusals that always name elements.
@Suite struct PlainReadingsTests {
    /// A support inbox: a filter bar of selects, rows with the same controls, a conversation.
    static let inbox = Snapshot(elements: [
        Element(index: 0, tag: "select", role: "combobox", name: "Type", label: "Type", options: ["Question", "Problem", "Incident"]),
        Element(index: 1, tag: "select", role: "combobox", name: "Rows per page", label: "Rows per page", options: ["25", "50", "100"]),
        Element(index: 2, tag: "select", role: "combobox", name: "Status", id: "ticket_status", nameAttr: "ticket[status]", label: "Status",
                options: ["Open", "Pending", "Solved"]),
        Element(index: 3, tag: "a", role: "link", name: "Type", text: "Type", href: "?sort=type", regions: ["table"]),
        Element(index: 4, tag: "button", role: "button", name: "Snooze", text: "Snooze",
                container: "4817 Export to CSV times out Jonas Becker", containerRole: "row"),
        Element(index: 5, tag: "button", role: "button", name: "Snooze", text: "Snooze",
                container: "4812 Webhook deliveries failing with 502 Rahul Iyer", containerRole: "row"),
        Element(index: 6, tag: "button", role: "button", name: "Snooze", text: "Snooze",
                container: "4809 Shipping label not generated Olu Adeyemi", containerRole: "row"),
        Element(index: 7, tag: "button", role: "button", name: "Assign to me", text: "Assign to me", regions: ["toolbar: Bulk actions"]),
        Element(index: 8, tag: "a", role: "link", name: "Quote", text: "Quote", container: "Priya Raman 11 Mar 08:40 I still have not been refunded"),
        Element(index: 9, tag: "a", role: "link", name: "Quote", text: "Quote", container: "Marcus Lee 11 Mar 09:12 Sorry for the wait, Priya"),
        Element(index: 10, tag: "a", role: "link", name: "Exporting your data", text: "Exporting your data", href: "/export"),
        Element(index: 11, tag: "input", role: "textbox", name: "Display name", type: "text", label: "Display name"),
        Element(index: 12, tag: "input", role: "textbox", name: "Job title", type: "text", label: "Job title"),
        Element(index: 13, tag: "input", role: "textbox", name: "New password", type: "password", label: "New password"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.inbox) }

    @Test func aValueBeforeTheSelectItIsAnOptionOfIsSelected() {
        let asThe = read("Select Problem as the Type")
        #expect(asThe.step?.kind == .select && asThe.step?.value == "Problem" && asThe.element?.index == 0, "\(asThe.error ?? asThe.reason)")
        let bare = read("Choose 50 rows per page")
        #expect(bare.step?.kind == .select && bare.step?.value == "50" && bare.element?.index == 1, "\(bare.error ?? bare.reason)")
        // "Set ... to ..." on a select chooses the option.
        let set = read("Set Status to Pending")
        #expect(set.step?.kind == .select && set.step?.value == "Pending" && set.element?.index == 2, "\(set.error ?? set.reason)")
        // A value no select holds is no option reading: the Type select is not clicked for it.
        #expect(read("Select Chime as the Type").step?.kind != .select)
    }

    @Test func theFirstWordsMayNameTheControlAndTheRestWhichOne() {
        let quote = read("Click Quote on Marcus Lee's reply")
        #expect(quote.element?.index == 9, "\(quote.error ?? quote.reason)")
        // No verb the grammar knows: the control's name is the verb.
        let snooze = read("Snooze #4812")
        #expect(snooze.step?.kind == .click && snooze.element?.index == 5, "\(snooze.error ?? snooze.reason)")
        let byPerson = read("Snooze the ticket from Olu Adeyemi")
        #expect(byPerson.element?.index == 6, "\(byPerson.error ?? byPerson.reason)")
        let second = read("Snooze the second ticket")
        #expect(second.element?.index == 5, "\(second.error ?? second.reason)")
        // Without a row to tell them apart, three Snooze buttons are ambiguous: refused, named.
        let which = read("Snooze a ticket")
        #expect(!which.ok && which.candidates.count >= 3, "\(which.error ?? which.reason)")
    }

    @Test func aPickThatLeavesOutTheControlTheWordsBeginWithIsNotTaken() {
        // The ticket's own link says every other word; "Snooze" is the control, in its row.
        let page = Snapshot(elements: Self.inbox.elements + [
            Element(index: 14, tag: "a", role: "link", name: "Export to CSV times out", text: "Export to CSV times out",
                    container: "4817 Export to CSV times out Jonas Becker", containerRole: "row"),
        ])
        let outcome = Interpreter().interpret("Click Snooze Export to CSV times out", snapshot: page)
        #expect(outcome.element?.index == 4, "\(outcome.error ?? outcome.reason)")
    }

    @Test func aSentenceWithNoKnownVerbAndNoControlKeepsTheGrammarsError() {
        let outcome = read("Frobnicate the widget")
        #expect(!outcome.ok && outcome.error?.contains("no known action") == true, "\(outcome.error ?? outcome.reason)")
    }

    @Test func wordsLeftOutOfANameAreWhatTheStepIsAbout() {
        // No "Read more" on the page: the article's link is not it.
        let readMore = read("Click Read more for Exporting your data")
        #expect(!readMore.ok, "\(readMore.reason)")
        // A ticket number the page does not show is something absent, not the bulk "Assign to me".
        let absent = read("Click Assign #4819 to me")
        #expect(!absent.ok && absent.error?.contains("'4819'") == true, "\(absent.error ?? absent.reason)")
    }

    @Test func valuesKeepAnInitialsStopAndAClosingExclamationMark() {
        #expect(read("Change Display name to Dana W.").step?.value == "Dana W.")
        #expect(read("Fill New password with OldPass1!").step?.value == "OldPass1!")
        #expect(read("Type hello into Display name.").step?.value == "hello")
    }

    @Test func aRoleWordTheActionCannotTakeIsPartOfTheName() {
        // "title" is a heading's role word, and no heading can be filled.
        let outcome = read("Fill Job title with CTO")
        #expect(outcome.element?.index == 12 && outcome.step?.value == "CTO", "\(outcome.error ?? outcome.reason)")
    }

    @Test func whenNothingCanTakeTheActionTheElementsMostLikeTheWordsAreNamed() {
        let page = Snapshot(elements: [Element(index: 0, tag: "a", role: "link", name: "Currency and region", text: "Currency and region")])
        let outcome = Interpreter().interpret("Select EUR from Currency", snapshot: page)
        #expect(!outcome.ok && outcome.error?.contains("most like it: getByRole('link'") == true && !outcome.candidates.isEmpty,
                "\(outcome.error ?? outcome.reason)")
    }
}
