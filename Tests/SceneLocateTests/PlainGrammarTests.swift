import SceneConfig
@testable import SceneLocate
import SceneTestSupport
import Testing

@Suite struct PlainGrammarTests {
    @Test func readsVerbsValuesRoleWordsAndOrdinals() throws {
        let fill = try PlainGrammar.parse("Type 'alice@example.com' into the Email field.")
        #expect(fill.kind == .fill && fill.value == "alice@example.com")
        #expect(fill.target?.words == "Email" && fill.target?.roleWord == "field")
        let second = try PlainGrammar.parse("Click the second Add to cart button")
        #expect(second.target?.ordinal == 1 && second.target?.words == "Add to cart" && second.target?.roles == ["button"])
        let last = try PlainGrammar.parse("click the last 'Details' link")
        #expect(last.target?.ordinal == -1 && last.target?.quoted == true)
        let nth = try PlainGrammar.parse("Click the 2nd Details link")
        #expect(nth.target?.ordinal == 1)
        #expect(try PlainGrammar.parse("Select “Germany” from Country").value == "Germany")
        #expect(try PlainGrammar.parse("Press Escape").value == "Escape")
        #expect(try PlainGrammar.parse("press shift+tab").value == "Shift+Tab")
        #expect(try PlainGrammar.parse("Scroll up by 300 px").scrollY == -300)
        #expect(try PlainGrammar.parse("Wait 1.5 seconds").wait == .timeout(ms: 1500))
        #expect(try PlainGrammar.parse("wait 250ms").wait == .timeout(ms: 250))
        #expect(try PlainGrammar.parse("Wait for the network to be idle").wait == .networkIdle)
        #expect(try PlainGrammar.parse("Go to https://example.com/a").value == "https://example.com/a")
        #expect(try PlainGrammar.parse("Verify that the page title is 'Shop - Sign in'").kind == .assertTitle)
        #expect(try PlainGrammar.parse("Check that 'Saved' is displayed").kind == .assertVisible)
        #expect(try PlainGrammar.parse("Double-click the 'Name' cell").kind == .dblclick)
        // An apostrophe inside a word is no quote.
        #expect(try PlainGrammar.parse("Click Don't ask again").target?.words == "Don't ask again")
        // Quotes protect words the grammar would read: "in" inside the literal.
        let literal = try PlainGrammar.parse("Type 'log in now' into Search")
        #expect(literal.value == "log in now" && literal.target?.words == "Search")
    }

    @Test func rejectsWhatItCannotRead() {
        #expect(throws: PlainLanguageError.self) { try PlainGrammar.parse("Frobnicate the widget") }
        #expect(throws: PlainLanguageError.self) { try PlainGrammar.parse("   ") }
    }

    @Test func ambiguityAndNoMatchNameTheBestCandidates() throws {
        let shop = try LocateFixtures.page("v1", "shop.html").snapshot
        let ambiguous = Interpreter().interpret("Click Add to cart", snapshot: shop)
        #expect(!ambiguous.ok)
        let message = try #require(ambiguous.error)
        #expect(message.contains("ambiguous: 4 elements"))
        #expect(message.contains("getByTestId('add-sku-1')") && message.contains("getByTestId('add-sku-4')"))
        #expect(message.contains("the second Add to cart"))
        let none = Interpreter().interpret("Click the Frobnicate button", snapshot: shop)
        #expect(!none.ok)
        #expect(none.error?.contains("no element matches 'Frobnicate' button") == true)
        let tooFew = Interpreter().interpret("Click the ninth Add to cart button", snapshot: shop)
        #expect(tooFew.error?.contains("only 4 matches") == true)
        // A field cannot be checked: the role word and the action both filter.
        let login = try LocateFixtures.page("v1", "login.html").snapshot
        #expect(!Interpreter().interpret("Check the Email field", snapshot: login).ok)
    }

    @Test func waitsForTextThatIsNotOnThePageYet() throws {
        let login = try LocateFixtures.page("v1", "login.html").snapshot
        let outcome = Interpreter().interpret("Wait for 'Order confirmed'", snapshot: login)
        #expect(outcome.step?.wait == .text("Order confirmed"))
        // Unquoted and not on the page: waited for by its words, said with less confidence.
        let unquoted = Interpreter().interpret("Wait for Order confirmed", snapshot: login)
        #expect(unquoted.step?.wait == .text("Order confirmed"))
        #expect(unquoted.confidence < 0.7)
    }

    /// Quoted text in a wait is waited for as written: never replaced by the closest text on the page as
    /// it is now (which would end the wait at once, or wait for the wrong words).
    @Test func quotedWaitsWaitForTheirOwnWords() throws {
        let login = try LocateFixtures.page("v1", "login.html").snapshot
        for sentence in ["Wait for the text 'Sign in'", "Wait for 'Sign in'", "wait until 'Sign in' appears", "Wait for the text Sign in",
                         "Wait until the text \"Sign in\" is visible"] {
            let outcome = Interpreter().interpret(sentence, snapshot: login)
            #expect(outcome.step?.kind == .wait, "\(sentence)")
            #expect(outcome.step?.wait == .text("Sign in"), "\(sentence): \(outcome.reason)")
            #expect(outcome.element == nil, "\(sentence)")
            #expect(outcome.reason == "read as wait for the text 'Sign in'", "\(sentence)")
        }
        #expect(try PlainGrammar.parse("Wait for the text 'Saved' to appear").wait == .text("Saved"))
    }

    /// A flight search form as `snapshot.js` describes it.
    static let flightSearch = Snapshot(elements: [
        Element(index: 0, tag: "input", role: "textbox", name: "From", placeholder: "City or airport", type: "text", label: "From"),
        Element(index: 1, tag: "input", role: "textbox", name: "To", placeholder: "City or airport", type: "text", label: "To"),
        Element(index: 2, tag: "select", role: "combobox", name: "Title", label: "Title", options: ["Mr", "Ms", "Dr"]),
        Element(index: 3, tag: "select", role: "combobox", id: "currencySel", nameAttr: "cur", options: ["EUR", "GBP"]),
        Element(index: 4, tag: "h1", role: "heading", name: "Find flights", text: "Find flights", interactive: false),
        Element(index: 5, tag: "a", role: "link", name: "My appointments", text: "My appointments", href: "appointments.html"),
        Element(index: 6, tag: "button", role: "button", name: "Cancel appointment with Dr Okafor", text: "Cancel"),
    ])

    @Test func readsTheFieldAfterIntoEvenWhenItIsAStopWord() throws {
        let step = try PlainGrammar.parse("Type Lisbon into the To field")
        #expect(step.value == "Lisbon" && step.target?.words == "To")
        #expect(Interpreter().interpret("Type Lisbon into the To field", snapshot: Self.flightSearch).element?.index == 1)
    }

    @Test func aRoleWordAloneMayBeTheName() {
        // "Title" is a role word (a heading); here it is the select's label.
        let outcome = Interpreter().interpret("Select Dr from Title", snapshot: Self.flightSearch)
        #expect(outcome.element?.index == 2 && outcome.step?.value == "Dr", "\(outcome.error ?? outcome.reason)")
    }

    @Test func aFieldNothingNamesAnswersToItsIdWords() {
        let outcome = Interpreter().interpret("Select GBP from the currency dropdown", snapshot: Self.flightSearch)
        #expect(outcome.element?.index == 3, "\(outcome.error ?? outcome.reason)")
    }

    @Test func aNameThePageDoesNotShowIsRefusedAsAbsent() {
        let absent = Interpreter().interpret("Click Cancel appointment with Dr Haddad", snapshot: Self.flightSearch)
        #expect(absent.step == nil && absent.error?.contains("nothing on the page says 'Haddad'") == true, "\(absent.error ?? absent.reason)")
        // The same words for a doctor the page shows are understood.
        let present = Interpreter().interpret("Click Cancel appointment with Dr Okafor", snapshot: Self.flightSearch)
        #expect(present.element?.index == 6, "\(present.error ?? present.reason)")
        // A capital at the start is no name: "Click Flights" is not about something absent.
        #expect(Interpreter.absentNames(TargetPhrase(words: "Flights"), PageWords(Self.flightSearch.elements)).isEmpty)
        #expect(Interpreter.absentNames(TargetPhrase(words: "Select", context: "flight SK105"), PageWords(Self.flightSearch.elements)) == ["SK105"])
    }
}
