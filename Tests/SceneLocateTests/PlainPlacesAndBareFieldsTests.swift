import SceneConfig
@testable import SceneLocate
import Testing

/// Steps that say where a control is on the screen ("in the footer", "(top nav)", "the side
/// menu", "the breadcrumb") on pages built of tables, without landmarks; a field named by its
/// label without its bracketed hint ("Postcode AB2 4PL" for "Postcode (optional)"); a wish or a
/// please around the step. Each case was first refused in the locate corpus.
@Suite struct PlainPlacesAndBareFieldsTests {
    static func link(_ i: Int, _ name: String, x: Double, y: Double, regions: [String]? = ["table"]) -> Element {
        Element(index: i, tag: "a", role: "link", name: name, text: name, box: Box(x: x, y: y, width: 60, height: 14), interactive: true, regions: regions)
    }
    static func field(_ i: Int, _ label: String, y: Double) -> Element {
        Element(index: i, tag: "input", role: "textbox", name: label, type: "text", label: label, box: Box(x: 300, y: y, width: 200, height: 20),
                interactive: true, regions: ["table", "form"])
    }
    /// A page of tables, 1,280 × 1,000: a top bar, a left menu, a main column, a footer row.
    static let tables = Snapshot(elements: [
        link(0, "Help", x: 900, y: 10), link(1, "Settings", x: 980, y: 10),
        link(2, "My bins", x: 20, y: 200), link(3, "Payments", x: 20, y: 230),
        link(4, "My bins", x: 400, y: 500), link(5, "Settings", x: 400, y: 530),
        field(6, "Postcode (optional)", y: 600), field(7, "ZIP / Postal code", y: 640), field(8, "Due date (YYYY-MM-DD)", y: 680),
        link(9, "Help", x: 100, y: 960), link(10, "Settings", x: 200, y: 960),
        link(11, "Companies", x: 400, y: 100), link(12, "Sign out", x: 1200, y: 10),
    ])
    /// The same links where the page has landmarks: a breadcrumb trail, a banner.
    static let landmarks = Snapshot(elements: [
        link(0, "Companies", x: 40, y: 10, regions: ["navigation: Primary", "banner"]),
        link(1, "Companies", x: 40, y: 90, regions: ["navigation: Breadcrumb", "main"]),
        link(2, "Sign out", x: 1200, y: 10, regions: ["banner"]),
        link(3, "Overview", x: 20, y: 200, regions: ["navigation: Account", "main"]),
    ])

    func read(_ sentence: String, _ page: Snapshot = Self.tables) -> InterpretResult { Interpreter().interpret(sentence, snapshot: page) }

    @Test func aFieldIsNamedByItsLabelWithoutItsBracketedHintOrByOneOfItsAlternatives() {
        for (sentence, index, value) in [("Postcode AB2 4PL", 6, "AB2 4PL"), ("ZIP 94607", 7, "94607"), ("Due date 2025-03-28", 8, "2025-03-28")] {
            let r = read(sentence)
            #expect(r.step?.kind == .fill && r.element?.index == index && r.step?.value == value, "\(sentence): \(r.error ?? r.reason)")
        }
        #expect(ControlNames.wholeNames("Town/City (optional)").contains("city"))
        // Words that are only part of a name are still no field's whole name.
        #expect(read("Code AB2 4PL").step?.kind != .fill)
        // Word for word as the vocabulary reads them ("phone number" is a phone), unless a field
        // is named letter for letter ("Telephone" beside "Mobile").
        let phones = Snapshot(elements: [Self.field(0, "Phone", y: 100), Self.field(1, "Email", y: 140)])
        #expect(read("Phone number 07700 900222", phones).element?.index == 0)
        let two = Snapshot(elements: [Self.field(0, "Mobile", y: 100), Self.field(1, "Telephone", y: 140)])
        #expect(read("Telephone 0161 496 0777", two).element?.index == 1)
        #expect(read("Phone 0161 496 0777", two).step == nil)
    }

    @Test func onAPageWithoutLandmarksAnAreaNamedByWhereItIsIsFoundThere() {
        for (sentence, index) in [("Click Help in the footer", 9), ("Click My bins in the side menu", 2), ("Settings (top nav)", 1),
                                  ("Go to Settings at the top of the page", 1), ("Help in the header", 0)] {
            let r = read(sentence)
            #expect(r.element?.index == index, "\(sentence): \(r.error ?? r.reason)")
        }
        // Said nowhere else on the page: still no guess between the two.
        #expect(read("Click My bins").step == nil)
    }

    @Test func aSideMenuIsNeverTheHeadersEndAndABreadcrumbIsItsTrail() {
        // The header's Sign out sits at the right edge, in the banner: no side menu's.
        #expect(read("Click Sign out in the side menu", Self.landmarks).step == nil)
        #expect(read("Companies breadcrumb", Self.landmarks).element?.index == 1)
        #expect(read("Go back to Companies via the breadcrumb", Self.landmarks).element?.index == 1)
        // A trail that is no landmark cannot be told from the page: the one link of that name is it.
        #expect(read("Companies breadcrumb").element?.index == 11)
    }

    @Test func onlyAPlaceOnTheScreenFollowsFromOrAt() {
        #expect(PlainGrammar.screenPlace("top of the page") == "top")
        #expect(PlainGrammar.screenPlace("left-hand menu") == "left-hand menu")
        #expect(PlainGrammar.screenPlace("foe list") == nil && PlainGrammar.screenPlace("top of the topic") == nil)
        let profile = PlainGrammar.phrase("bakeshop's profile from the foe list", [])
        #expect(profile.area == nil)
    }

    @Test func twoFieldsOfOneLabelAreToldApartByTheGroupTheirIdsName() {
        // Two address blocks in one table, each under a row of text (no heading): only the ids say which.
        func city(_ i: Int, _ id: String) -> Element {
            Element(index: i, tag: "input", role: "textbox", name: "City/town", id: id, nameAttr: id, type: "text", label: "City/town", regions: ["table", "form"])
        }
        let page = Snapshot(elements: [city(0, "id_billing_city"), city(1, "id_cert_city"),
                                       Element(index: 2, tag: "select", role: "combobox", name: "Assignee", id: "assignee-list", options: ["Nadia Haddad"]),
                                       Element(index: 3, tag: "select", role: "combobox", name: "Assignee", id: "reviewer", options: ["Nadia Haddad"])])
        let billing = Interpreter().interpret("Put Leeds in the billing city/town", snapshot: page)
        #expect(billing.element?.index == 0, "\(billing.error ?? billing.reason)")
        // An id's word for its kind of control names no group: still two alike.
        #expect(Interpreter().interpret("Pick Nadia Haddad from the assignee list", snapshot: page).step == nil)
    }

    @Test func aWishOrAPleaseAroundTheStepIsNoPartOfIt() throws {
        #expect(try PlainGrammar.parse("I want to click Payments").target?.words == "Payments")
        #expect(try PlainGrammar.parse("Please click on 'Payments'").target?.words == "Payments")
        #expect(try PlainGrammar.parse("Go to Payments, please").target?.words == "Payments")
        #expect(read("Please click on Payments").element?.index == 3)
    }
}
