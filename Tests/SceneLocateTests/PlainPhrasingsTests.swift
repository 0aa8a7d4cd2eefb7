import SceneConfig
@testable import SceneLocate
import Testing

/// Phrasings of plain steps met on sites written by others (council, food): a place or a subject
/// before the verb, a field then its value with no verb, "Enter <field> <value>", answers to a
/// question, "next to" and "on the <X> card", a whole sentence naming a box, an unlabelled field
/// in a row, and a number the step gives for where the element is.
@Suite struct PlainPhrasingsTests {
    /// A checkout: two address sections with the same labels, dishes in rows with unlabelled
    /// quantity boxes and an Add per row, a yes/no question, favourites named only "Favourite".
    static let checkout = Snapshot(elements: [
        Element(index: 0, tag: "input", role: "textbox", name: "Postcode", type: "text", label: "Postcode", regions: ["group: Delivery address"],
                heading: "Delivery address"),
        Element(index: 1, tag: "input", role: "textbox", name: "Postcode", type: "text", label: "Postcode", regions: ["group: Billing address"],
                heading: "Billing address"),
        Element(index: 2, tag: "input", role: "textbox", name: "Full name", type: "text", label: "Full name"),
        Element(index: 3, tag: "input", role: "textbox", name: "Custom tip", type: "text", label: "Custom tip"),
        Element(index: 4, tag: "select", role: "combobox", name: "Colour", label: "Colour", options: ["Black", "Silver", "Blue"]),
        Element(index: 5, tag: "input", role: "textbox", nameAttr: "qty_112", type: "text", container: "Penne arrabbiata Tomato, garlic £10.50",
                containerRole: "row"),
        Element(index: 6, tag: "input", role: "textbox", nameAttr: "qty_113", type: "text", container: "Tiramisu Mascarpone, coffee £6.00",
                containerRole: "row"),
        Element(index: 7, tag: "button", role: "button", name: "Add", text: "Add", container: "Penne arrabbiata Tomato, garlic £10.50", containerRole: "row"),
        Element(index: 8, tag: "button", role: "button", name: "Add", text: "Add", container: "Tiramisu Mascarpone, coffee £6.00", containerRole: "row"),
        Element(index: 9, tag: "input", role: "radio", name: "Yes", type: "radio", regions: ["group: Is it dangerous?"], heading: "Report a problem"),
        Element(index: 10, tag: "input", role: "radio", name: "No", type: "radio", regions: ["group: Is it dangerous?"], heading: "Report a problem"),
        Element(index: 11, tag: "button", role: "button", name: "Favourite", ariaLabel: "Favourite", container: "Pho Saigon Vietnamese 4.6",
                containerRole: "article"),
        Element(index: 12, tag: "button", role: "button", name: "Favourite", ariaLabel: "Favourite", container: "Casa Verde Mexican 4.4",
                containerRole: "article"),
        Element(index: 13, tag: "input", role: "checkbox", name: "Include cutlery and napkins", type: "checkbox", label: "Include cutlery and napkins"),
        Element(index: 14, tag: "button", role: "button", name: "Get help", text: "Get help", container: "Order #10398 Pho Saigon Delivered",
                containerRole: "article"),
        Element(index: 15, tag: "a", role: "link", name: "Drinks", text: "Drinks", href: "#drinks", regions: ["navigation: Menu sections"]),
        Element(index: 16, tag: "a", role: "link", name: "Drinks", text: "Drinks", href: "/drinks", regions: ["contentinfo"]),
        // Two boxes, each with an Apply of its own in a row of their own: only the box names it.
        Element(index: 17, tag: "input", role: "textbox", name: "Promo code", placeholder: "Promo code", container: "Apply"),
        Element(index: 18, tag: "button", role: "button", name: "Apply", text: "Apply"),
        Element(index: 19, tag: "input", role: "textbox", name: "Gift card number", placeholder: "Gift card number", container: "Apply"),
        Element(index: 20, tag: "button", role: "button", name: "Apply", text: "Apply"),
    ])

    func read(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.checkout) }

    @Test func aPlaceBeforeTheVerbIsWhereTheElementIs() {
        let comma = read("In the Billing address section, type N1 9GU into Postcode")
        #expect(comma.element?.index == 1 && comma.step?.value == "N1 9GU", "\(comma.error ?? comma.reason)")
        let bare = read("Under Delivery address enter E8 4RU in the Postcode field")
        #expect(bare.element?.index == 0 && bare.step?.value == "E8 4RU", "\(bare.error ?? bare.reason)")
        let menu = read("In the menu sections, jump to Drinks")
        #expect(menu.element?.index == 15, "\(menu.error ?? menu.reason)")
        // A clause of when, not where, is dropped; a subject and its verb's -s are read past.
        let when = read("Before paying, tick Include cutlery and napkins")
        #expect(when.step?.kind == .check && when.element?.index == 13, "\(when.error ?? when.reason)")
        let subject = read("The customer adds the Tiramisu")
        #expect(subject.element?.index == 8, "\(subject.error ?? subject.reason)")
        // A clause that is neither is no place: the sentence stays unread.
        #expect(!read("Green and glossy, frobnicate the widget").ok)
    }

    @Test func aWordOfTheStepInAFieldsGroupTellsSameNamedFieldsApart() {
        let delivery = read("Fill the delivery postcode with E8 3PN")
        #expect(delivery.element?.index == 0 && delivery.step?.value == "E8 3PN", "\(delivery.error ?? delivery.reason)")
        let billing = read("Type N1 9GU into the billing postcode")
        #expect(billing.element?.index == 1, "\(billing.error ?? billing.reason)")
        // Without a word of either group, the two stay equal: named, not guessed.
        let either = read("Type N1 9GU into the postcode")
        #expect(!either.ok && (either.error ?? "").contains("ambiguous"), "\(either.error ?? either.reason)")
    }

    @Test func aControlIsToldByTheFieldItServes() {
        let promo = read("Apply the promo code")
        #expect(promo.element?.index == 18, "\(promo.error ?? promo.reason)")
        let gift = read("Click Apply for the gift card")
        #expect(gift.element?.index == 20, "\(gift.error ?? gift.reason)")
        #expect(!read("Click Apply").ok, "two Apply buttons and no word of either box: named, not guessed")
    }

    /// A team table: a Role select per member, a heading, boxes and a switch.
    static let team = Snapshot(elements: [
        Element(index: 0, tag: "h2", role: "heading", name: "Password", text: "Password", interactive: false),
        Element(index: 1, tag: "select", role: "combobox", name: "Role", nameAttr: "role_m1", container: "Priya Nair priya@loom.work Admin",
                containerRole: "row", options: ["Admin", "Member", "Guest"]),
        Element(index: 2, tag: "select", role: "combobox", name: "Role", nameAttr: "role_m2", container: "Tom Becker tom@loom.work Member",
                containerRole: "row", options: ["Admin", "Member", "Guest"]),
        Element(index: 3, tag: "input", role: "checkbox", name: "Accuracy", type: "checkbox", label: "Accuracy"),
        Element(index: 4, tag: "button", role: "switch", name: "Subtitles", text: "Subtitles"),
    ])

    func readTeam(_ sentence: String) -> InterpretResult { Interpreter().interpret(sentence, snapshot: Self.team) }

    @Test func aNameWithItsPossessiveIsTheRowOfTheElement() {
        let tom = readTeam("Change Tom Becker's role to Member")
        #expect(tom.element?.index == 2 && tom.step?.value == "Member", "\(tom.error ?? tom.reason)")
        // Nobody of that name: refused, not the first Role.
        #expect(!readTeam("Change Marcus Reed's role to Admin").ok)
    }

    @Test func textThatIsNoControlMustSayAllTheStepSays() {
        // The heading "Password" is no "Show password" button.
        let show = readTeam("Click Show password")
        #expect(!show.ok, "\(show.reason)")
    }

    @Test func aControlMustDoTheVerbItsNameStartsWith() {
        let link = Element(index: 0, tag: "a", role: "link", name: "Settings", text: "Settings", href: "/settings")
        let save = Interpreter().interpret("Click Save notification settings", snapshot: Snapshot(elements: [link]))
        #expect(!save.ok, "the Settings link does not save: \(save.reason)")
        // A control that does say it (in other words) is it.
        let button = Element(index: 1, tag: "button", role: "button", name: "Save preferences", text: "Save preferences")
        let preferences = Interpreter().interpret("Click Save notification settings", snapshot: Snapshot(elements: [link, button]))
        #expect(preferences.element?.index == 1, "\(preferences.error ?? preferences.reason)")
    }

    @Test func aFieldsNameLastAndTheRowBeforeIt() {
        let page = Snapshot(elements: [
            Element(index: 0, tag: "input", role: "spinbutton", name: "Quantity", type: "number", label: "Quantity",
                    container: "Margherita Tomato, mozzarella £9.50", containerRole: "row"),
            Element(index: 1, tag: "input", role: "spinbutton", name: "Quantity", type: "number", label: "Quantity",
                    container: "Tiramisu Mascarpone, coffee £6.00", containerRole: "row"),
        ])
        let tiramisu = Interpreter().interpret("Enter 3 in the Tiramisu quantity box", snapshot: page)
        #expect(tiramisu.element?.index == 1 && tiramisu.step?.value == "3", "\(tiramisu.error ?? tiramisu.reason) \(String(describing: tiramisu.reading))")
        let margherita = Interpreter().interpret("Set the Margherita qty to 2", snapshot: page)
        #expect(margherita.element?.index == 0, "\(margherita.error ?? margherita.reason)")
        #expect(!Interpreter().interpret("Set the Lasagne quantity to 2", snapshot: page).ok, "no Lasagne row")
    }

    @Test func aMembersRoleIsTheOptionOfTheListInTheirRow() {
        for sentence in ["Make Tom Becker a guest", "Demote Tom Becker to Guest", "Tom Becker -> Guest", "Tom Becker: Guest"] {
            let r = readTeam(sentence)
            #expect(r.step?.kind == .select && r.element?.index == 2 && r.step?.value == "Guest", "\(sentence): \(r.error ?? r.reason)")
        }
        #expect(!readTeam("Make Marcus Reed a guest").ok, "nobody of that name")
    }

    @Test func markAsAndMakeDefaultNameTheItemsControl() {
        let page = Snapshot(elements: [
            Element(index: 0, tag: "input", role: "checkbox", name: "Sketch three layouts", type: "checkbox", label: "Sketch three layouts"),
            Element(index: 1, tag: "a", role: "link", name: "Make default", text: "Make default", container: "Visa ending 4242 Default",
                    containerRole: "listitem"),
            Element(index: 2, tag: "a", role: "link", name: "Make default", text: "Make default", container: "Mastercard ending 5100",
                    containerRole: "listitem"),
            Element(index: 3, tag: "button", role: "button", name: "Helpful", text: "Helpful", container: "Ravi P. Great course, clear labs",
                    containerRole: "article"),
            Element(index: 4, tag: "button", role: "button", name: "Helpful", text: "Helpful", container: "Mina K. Too fast for me",
                    containerRole: "article"),
        ])
        let done = Interpreter().interpret("Mark 'Sketch three layouts' as done", snapshot: page)
        #expect(done.step?.kind == .check && done.element?.index == 0, "\(done.error ?? done.reason)")
        let card = Interpreter().interpret("Make the Mastercard the default card", snapshot: page)
        #expect(card.element?.index == 2, "\(card.error ?? card.reason)")
        let review = Interpreter().interpret("Mark Mina K.'s review as helpful", snapshot: page)
        #expect(review.element?.index == 4, "\(review.error ?? review.reason)")
    }

    @Test func aNameWithItsRoleWordAndNoVerbIsClicked() {
        let page = Snapshot(elements: [
            Element(index: 0, tag: "button", role: "tab", name: "Comments", text: "Comments"),
            Element(index: 1, tag: "button", role: "tab", name: "Activity", text: "Activity"),
            Element(index: 2, tag: "input", role: "radio", name: "Credit or debit card", type: "radio", label: "Credit or debit card"),
        ])
        let tab = Interpreter().interpret("Comments tab", snapshot: page)
        #expect(tab.step?.kind == .click && tab.element?.index == 0, "\(tab.error ?? tab.reason)")
        // A weak partial name, without a verb, is not enough.
        #expect(!Interpreter().interpret("Comments about the delivery tab", snapshot: page).ok)
    }

    @Test func searchingForSomethingCalledXTypesX() {
        let page = Snapshot(elements: [Element(index: 0, tag: "input", role: "searchbox", name: "Search services", type: "search")])
        let r = Interpreter().interpret("Search for a service called 'tip'", snapshot: page)
        #expect(r.step?.value == "tip" && r.element?.index == 0, "\(r.error ?? r.reason)")
    }

    @Test func scenarioKeywordsAndStatesToReachAreRead() {
        let then = readTeam("Then I tick Accuracy")
        #expect(then.step?.kind == .check && then.element?.index == 3, "\(then.error ?? then.reason)")
        let sure = readTeam("Make sure Accuracy is not ticked")
        #expect(sure.step?.kind == .uncheck && sure.element?.index == 3, "\(sure.error ?? sure.reason)")
        let on = readTeam("Turn subtitles on")
        #expect(on.step?.kind == .check && on.element?.index == 4, "\(on.error ?? on.reason)")
        let off = readTeam("also switch Subtitles off")
        #expect(off.step?.kind == .uncheck && off.element?.index == 4, "\(off.error ?? off.reason)")
    }

    @Test func aFieldThenItsValueIsFilled() {
        let colon = read("Full name: Jane Okafor")
        #expect(colon.step?.kind == .fill && colon.element?.index == 2 && colon.step?.value == "Jane Okafor", "\(colon.error ?? colon.reason)")
        let equals = read("colour = Silver")
        #expect(equals.step?.kind == .select && equals.element?.index == 4 && equals.step?.value == "Silver", "\(equals.error ?? equals.reason)")
        let bare = read("Full name Jane Okafor")
        #expect(bare.element?.index == 2 && bare.step?.value == "Jane Okafor", "\(bare.error ?? bare.reason)")
        // With nothing between them, the words must be a field's whole name: "Tip" is no field
        // ("Custom tip" is another one), so "Tip £2" is not typed into it.
        let tip = read("Tip £2")
        #expect(!tip.ok || tip.element?.index != 3, "\(tip.reason)")
        let entered = read("Enter full name 'Sam Okafor'")
        #expect(entered.element?.index == 2 && entered.step?.value == "Sam Okafor", "\(entered.error ?? entered.reason)")
    }

    @Test func anAnswerToAQuestionIsChecked() {
        let no = read("Answer No to 'Is it dangerous?'")
        #expect(no.step?.kind == .check && no.element?.index == 10, "\(no.error ?? no.reason)")
    }

    @Test func aControlNamedAfterItsRowIsComparedWithoutTheRowsWords() {
        let page = Snapshot(elements: Self.checkout.elements + [
            Element(index: 17, tag: "button", role: "button", name: "Add Arancini to order", ariaLabel: "Add Arancini to order",
                    container: "Arancini Rice balls £6.50", containerRole: "article"),
            Element(index: 18, tag: "button", role: "button", name: "Add Burrata to order", ariaLabel: "Add Burrata to order",
                    container: "Burrata Cream cheese £8.00", containerRole: "article"),
        ])
        let add = Interpreter().interpret("Add the Arancini", snapshot: page)
        #expect(add.element?.index == 17, "\(add.error ?? add.reason)")
    }

    @Test func changeIsAnEditControlsWord() {
        let summary = Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Edit", text: "Edit", container: "Telephone 07700 900318", containerRole: "row"),
            Element(index: 1, tag: "a", role: "link", name: "Edit", text: "Edit", container: "Vehicle colour Silver", containerRole: "row"),
        ])
        let change = Interpreter().interpret("Change the vehicle colour", snapshot: summary)
        #expect(change.element?.index == 1, "\(change.error ?? change.reason)")
    }

    @Test func theSectionThatSaysNothingMoreIsTheOneNamed() {
        let form = Snapshot(elements: [
            Element(index: 0, tag: "input", role: "textbox", name: "Postcode", type: "text", label: "Postcode", regions: ["group: Your address"]),
            Element(index: 1, tag: "input", role: "textbox", name: "Postcode", type: "text", label: "Postcode",
                    regions: ["group: Correspondence address"]),
        ])
        let yours = Interpreter().interpret("Enter AB2 4PL in the postcode under Your address", snapshot: form)
        #expect(yours.element?.index == 0, "\(yours.error ?? yours.reason)")
    }

    @Test func filtersAndBackAreReadAsAPersonMeansThem() {
        let page = Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Back", text: "Back", href: "/"),
            Element(index: 1, tag: "a", role: "link", name: "My orders", text: "My orders", href: "/orders"),
            Element(index: 2, tag: "select", role: "combobox", name: "Status", label: "Status", options: ["All", "Delivered", "Cancelled"]),
            Element(index: 3, tag: "input", role: "checkbox", name: "Free delivery", type: "checkbox", label: "Free delivery"),
        ])
        let back = Interpreter().interpret("Go back", snapshot: page)
        #expect(back.element?.index == 0, "\(back.error ?? back.reason)")
        let listed = Interpreter().interpret("Only list Delivered orders", snapshot: page)
        #expect(listed.step?.kind == .select && listed.element?.index == 2 && listed.step?.value == "Delivered", "\(listed.error ?? listed.reason)")
        let shown = Interpreter().interpret("Only show restaurants with free delivery", snapshot: page)
        #expect(shown.step?.kind == .check && shown.element?.index == 3, "\(shown.error ?? shown.reason)")
    }

    @Test func nextToAndOnTheCardSayWhichOne() {
        let card = read("Tap the heart on the Casa Verde card")
        #expect(card.element?.index == 12, "\(card.error ?? card.reason)")
        let next = read("Click Add next to Tiramisu")
        #expect(next.element?.index == 8, "\(next.error ?? next.reason)")
    }

    @Test func aWholeSentenceNamingABoxChecksIt() {
        let include = read("Include cutlery and napkins")
        #expect(include.step?.kind == .check && include.element?.index == 13, "\(include.error ?? include.reason)")
    }

    @Test func anUnlabelledFieldInARowIsFoundByTheRow() {
        let of = read("Set the quantity of Penne arrabbiata to 2")
        #expect(of.element?.index == 5 && of.step?.value == "2", "\(of.error ?? of.reason)")
        let row = read("Change the quantity in the Tiramisu row to 3")
        #expect(row.element?.index == 6 && row.step?.value == "3", "\(row.error ?? row.reason)")
    }

    @Test func aNumberTheStepGivesForWhereMustBeThere() {
        // Only order 10398 has Get help: the step about order 10433 is refused, naming it.
        let other = read("Click Get help for order 10433")
        #expect(!other.ok && other.error?.contains("10433") == true && !other.candidates.isEmpty, "\(other.error ?? other.reason)")
        let same = read("Click Get help for order 10398")
        #expect(same.element?.index == 14, "\(same.error ?? same.reason)")
    }
}
