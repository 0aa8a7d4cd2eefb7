import SceneConfig
import SceneLocator
@testable import SceneLocate
import Testing

/// Scoring rules of healing, each on the smallest page that shows it.
@Suite struct HealingRulesTests {
    @Test func readsAControlNamedAfterItsRowWhateverItsIconSays() {
        // "Remove item" drawn as a bin became "Remove Blue Mug" drawn as a cross: one of its words
        // (its name, not its icon) completed by its row's words, wherever they sit in the row.
        let before = Element(index: 0, tag: "button", role: "button", name: "Remove item", text: "\u{1F5D1}", ariaLabel: "Remove item",
                             container: "Zebra Mug Blue Mug Qty £18 Remove item")
        let scorer = HealingScorer(target: TargetProfile(element: before))
        func words(_ name: String) -> Double? {
            scorer.score(Element(index: 1, tag: "button", role: "button", name: name, text: "\u{00D7}", ariaLabel: name))
                .features.first { $0.feature == "words" }?.similarity
        }
        #expect(words("Remove Blue Mug") == HealingScorer.namedAfterRow)
        #expect(words("Remove Zebra Mug") == HealingScorer.namedAfterRow)
        // Words from elsewhere are not the row's.
        #expect((words("Remove Green Teapot") ?? 1) < HealingScorer.namedAfterRow)
    }

    /// A users table, one Edit button per row, as `snapshot.js` describes it.
    static func users(_ rows: [(name: String, email: String)]) -> [Element] {
        rows.enumerated().map { i, row in
            Element(index: i, tag: "button", role: "button", name: "Edit", text: "Edit", xpath: "/html/body/table/tbody/tr[\(i + 1)]/td[3]/button",
                    cssPath: "tr:nth-of-type(\(i + 1)) > td > button", container: "\(row.name) \(row.email) Edit", containerRole: "row",
                    regions: ["table", "main"], heading: "Users", peers: [i, rows.count])
        }
    }

    @Test func aCandidateAnotherRecordedElementIsMoreLikeIsNotTaken() throws {
        // Alan Turing's row is gone; Alan Kay's, which shares a word with it, is the closest row
        // left. Without the baseline's look-alikes that row is taken; with them, Alan Kay's Edit
        // is seen to be Alan Kay's own (recorded beside Alan Turing's): refused, candidates named.
        let before = Self.users([("Ada Lovelace", "ada@analytical.com"), ("Alan Turing", "turing@bletchley.org"),
                                 ("Alan Kay", "kay@parc.org"), ("Grace Hopper", "grace@navy.mil")])
        let after = Snapshot(elements: Self.users([("Ada Lovelace", "ada@analytical.com"), ("Alan Kay", "kay@parc.org"),
                                                   ("Grace Hopper", "grace@navy.mil")]))
        let target = before[1]
        let lookAlikes = Healer.lookAlikes(of: target, in: before)
        #expect(lookAlikes.count == 3 && !lookAlikes.contains { $0.xpath == target.xpath }, "every other row's Edit, not the element itself")
        let blind = Healer().heal(kind: .click, failed: .css("#edit-alan"), failedText: nil, snapshot: after, previous: target)
        #expect(blind.chosen?.element.container?.hasPrefix("Alan Kay") == true, "the trap: \(blind.error ?? blind.reason)")
        let seen = Healer().heal(kind: .click, failed: .css("#edit-alan"), failedText: nil, snapshot: after, previous: target, lookAlikes: lookAlikes)
        #expect(seen.chosen == nil)
        #expect(seen.error?.contains("Edit") == true, "\(seen.error ?? "")")
        // The same row re-sorted to the end is still healed to, look-alikes or not.
        let resorted = Snapshot(elements: Self.users([("Ada Lovelace", "ada@analytical.com"), ("Alan Kay", "kay@parc.org"),
                                                      ("Grace Hopper", "grace@navy.mil"), ("Alan Turing", "turing@bletchley.org")]))
        let healed = Healer().heal(kind: .click, failed: .css("#edit-alan"), failedText: nil, snapshot: resorted, previous: target, lookAlikes: lookAlikes)
        #expect(healed.chosen?.element.container?.hasPrefix("Alan Turing") == true, "\(healed.error ?? healed.reason)")
    }

    /// A footer with a newsletter form and two links, as `snapshot.js` describes them.
    static func footer(form: String, button: String) -> Snapshot {
        Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Delivery", text: "Delivery", href: "delivery.html", regions: ["contentinfo"]),
            Element(index: 1, tag: "a", role: "link", name: "Returns", text: "Returns", href: "returns.html", regions: ["contentinfo"]),
            Element(index: 2, tag: "input", role: "textbox", name: "Email", type: "email", label: "Email", regions: ["form: \(form)", "contentinfo"],
                    peers: [0, 1]),
            Element(index: 3, tag: "button", role: "button", name: button, text: button, regions: ["form: \(form)", "contentinfo"], peers: [0, 1]),
        ])
    }

    @Test func healsAFormsOnlySubmitButtonWhateverItNowSays() throws {
        // id, words and the form's name changed together: it is still the newsletter form's only
        // submit button, in the footer.
        let before = Self.footer(form: "Newsletter", button: "Subscribe")
        let after = Self.footer(form: "Get 10% off your first order", button: "Sign up")
        let outcome = Healer().heal(kind: .click, failed: .css("#nl-submit"), failedText: nil, snapshot: after, previous: before.elements[3])
        #expect(outcome.chosen?.element.index == 3, "\(outcome.error ?? outcome.reason)")
        // A button of another type is not its form's submit: only its place is left, and that is too little.
        var typed = after
        typed.elements[3].type = "button"
        let refused = Healer().heal(kind: .click, failed: .css("#nl-submit"), failedText: nil, snapshot: typed, previous: before.elements[3])
        #expect(refused.chosen == nil)
    }

    @Test func anOnlyCheckboxThatSaysAnotherThingIsNotHealedTo() {
        // The form's only checkbox lost "Remember me"; the one left says another thing.
        func form(_ label: String) -> Snapshot {
            Snapshot(elements: [
                Element(index: 0, tag: "input", role: "checkbox", name: label, type: "checkbox", label: label, regions: ["form: Sign in", "main"],
                        peers: [0, 1]),
                Element(index: 1, tag: "button", role: "button", name: "Sign in", text: "Sign in", type: "submit", regions: ["form: Sign in", "main"],
                        peers: [0, 1]),
            ])
        }
        let outcome = Healer().heal(kind: .check, failed: .css("#remember"), failedText: nil, snapshot: form("Email me product news"),
                                    previous: form("Remember me").elements[0])
        #expect(outcome.chosen == nil, "\(outcome.reason)")
    }

    @Test func healsAControlThatMovedAndStillSaysTheSame() {
        // The price filter moved from the sidebar into the page's content: its area, heading and
        // path all differ, only its words ("Max" is "Maximum") are the same, and only its.
        let before = Element(index: 0, tag: "input", role: "spinbutton", name: "Max price", id: "price-max", type: "number", label: "Max price",
                             regions: ["complementary: Filter"], heading: "Price")
        func field(_ index: Int, _ name: String) -> Element {
            Element(index: index, tag: "input", role: "spinbutton", name: name, type: "number", label: name, regions: ["main"], heading: "Shop")
        }
        // Below the floor and no clear winner otherwise: only reading the same takes it.
        let healer = Healer(policy: HealingPolicy(floor: 0.95, clearMargin: 1))
        let page = Snapshot(elements: [field(0, "Minimum price"), field(1, "Maximum price")])
        let outcome = healer.heal(kind: .fill, failed: .css("#price-max"), failedText: nil, snapshot: page, previous: before)
        #expect(outcome.chosen?.element.index == 1, "\(outcome.error ?? outcome.reason)")
        // Two that say the same are not told apart by it.
        let twice = Snapshot(elements: [field(0, "Maximum price"), field(1, "Maximum price")])
        #expect(healer.heal(kind: .fill, failed: .css("#price-max"), failedText: nil, snapshot: twice, previous: before).chosen == nil)
    }

    @Test func anAreaGoneFromThePageCountsAgainstNoCandidate() {
        // The edit dialog became a page: its checkbox is in the page's content now, like every
        // other control. While a dialog is still on the page, being outside it counts against.
        let before = Element(index: 0, tag: "input", role: "checkbox", name: "Publish content", type: "checkbox",
                             regions: ["group: Permissions", "form", "dialog: Edit member"])
        let publish = Element(index: 0, tag: "input", role: "checkbox", name: "Publish", type: "checkbox", regions: ["form", "main"])
        let dialog = Element(index: 1, tag: "button", role: "button", name: "Accept cookies", regions: ["dialog: Cookies"])
        let gone = HealingScorer(target: TargetProfile(element: before), page: [publish])
        let there = HealingScorer(target: TargetProfile(element: before), page: [publish, dialog])
        #expect(gone.areaGone && !there.areaGone)
        #expect(gone.score(publish).score > there.score(publish).score / HealingScorer.otherAreaFactor)
    }

    @Test func anElementWithoutARoleIsNoOtherKindOfControl() {
        // An FAQ's question buttons became `details`/`summary`: the summary has no role, which
        // says nothing against it; a link says "another kind" no more than before.
        let before = Element(index: 0, tag: "button", role: "button", name: "Can I reuse your photos?", text: "Can I reuse your photos?",
                             regions: ["main"], heading: "Frequently asked questions")
        let page = Snapshot(elements: [
            Element(index: 0, tag: "summary", text: "Can I reuse your photos?", interactive: true, container: "Can I reuse your photos? Answer.",
                    regions: ["main"], heading: "FAQ"),
            Element(index: 1, tag: "button", role: "button", name: "Send", text: "Send", type: "submit", regions: ["form: Contact form", "main"]),
        ])
        let outcome = Healer().heal(kind: .click, failed: .text("Can I reuse your photos?"), failedText: nil, snapshot: page, previous: before)
        #expect(outcome.chosen?.element.index == 0, "\(outcome.error ?? outcome.reason)")
    }
}

extension HealingRulesTests {
    @Test func theSamePlaceUnderTheSameHeadingIsMoreEvidenceThanInTheSameArea() {
        // "Min price" / "Max price" became "From" / "To": its words are gone, its place among the
        // two fields under "Price" is not.
        let before = Element(index: 0, tag: "input", role: "spinbutton", name: "Max price", type: "number", label: "Max price",
                             regions: ["complementary: Filter"], heading: "Price", peers: [1, 2])
        let scorer = HealingScorer(target: TargetProfile(element: before))
        func evidence(heading: String) -> Double {
            scorer.score(Element(index: 1, tag: "input", role: "spinbutton", name: "To", type: "number", label: "To",
                                 regions: ["complementary: Filter"], heading: heading, peers: [1, 2])).evidence
        }
        #expect(abs(evidence(heading: "Price") - HealingScorer.samePlaceUnderHeadingEvidence) < 1e-9)
        // Under another heading it is the same place among as many in its area, no more.
        #expect(abs(evidence(heading: "Sort") - HealingScorer.samePlaceEvidence) < 1e-9)
    }

    @Test func readsClockTimesOneWay() {
        #expect(Folder.clockTimes("9:30 am") == "09:30")
        #expect(Folder.clockTimes("2:00 pm") == "14:00")
        #expect(Folder.clockTimes("12:15 a.m.") == "00:15")
        #expect(Folder.clockTimes("Mon 9:05pm, Tue 10:00") == "Mon 21:05, Tue 10:00")
        // Already one way, or no time at all: nothing to rewrite.
        #expect(Folder.clockTimes("09:30") == nil)
        #expect(Folder.clockTimes("Ratio 1:2, 123:45, 24:00, 9:75") == nil)
        #expect(Folder.clockTimes("9:30 amazing") == "09:30 amazing")
        #expect(Prepared("9:30 am") == Prepared("09:30"))
    }

    /// A day's time slots as `snapshot.js` describes them: in a table (a column per day), or in
    /// a section per day (its heading), as buttons or as radios.
    static func slots(_ days: [String], times: [String], table: Bool, role: String = "button") -> Snapshot {
        var elements: [Element] = []
        for day in days {
            for time in times {
                elements.append(Element(index: elements.count, tag: role == "radio" ? "input" : "button", role: role, name: time,
                    text: role == "radio" ? nil : time, type: role == "radio" ? "radio" : nil, label: role == "radio" ? time : nil,
                        regions: table ? ["table"] : ["group: \(day)", "main"], heading: table ? "Choose a time" : day, column: table ? day : nil))
            }
        }
        return Snapshot(elements: elements)
    }

    @Test func healsATimeSlotByItsTimeAndItsDayWhereverTheDayIsWritten() {
        // A table with a column per day became a section per day with "9:30 am" times, then radios.
        let before = Self.slots(["Mon 9 Mar", "Tue 10 Mar"], times: ["09:00", "09:30"], table: true)
        let previous = before.elements[3]  // Tue, 09:30
        let sections = Self.slots(["Mon 9 Mar", "Tue 10 Mar"], times: ["9:00 am", "9:30 am"], table: false)
        let healed = Healer().heal(kind: .click, failed: .xpath("/html/body/table/tr[2]/td[2]/button"), failedText: nil, snapshot: sections,
            previous: previous)
        #expect(healed.chosen?.element.index == 3, "\(healed.error ?? healed.reason)")
        let radios = Self.slots(["Mon 9 Mar", "Tue 10 Mar"], times: ["09:00", "09:30"], table: false, role: "radio")
        let picked = Healer().heal(kind: .click, failed: .xpath("/html/body/table/tr[2]/td[2]/button"), failedText: nil, snapshot: radios,
            previous: previous)
        #expect(picked.chosen?.element.index == 3, "\(picked.error ?? picked.reason)")
        // A radio that says something else is another kind of control, not the slot.
        let other = Snapshot(elements: [Element(index: 0, tag: "input", role: "radio", name: "Morning", type: "radio", label: "Morning")])
        #expect(Healer().heal(kind: .click, failed: .css("#slot-2"), failedText: nil, snapshot: other, previous: previous).chosen == nil)
    }

    @Test func aSelectIsKnownByItsOptions() {
        // Relabelled, its id gone, moved into another fieldset: its choices are what is left of it.
        let previous = Element(index: 0, tag: "select", role: "combobox", name: "Insurance provider", id: "ins",
                               label: "Insurance provider", regions: ["form: Booking", "main"], heading: "Your details",
                               options: ["Self-pay", "Medicare Plus", "HealthFirst", "Bupa"])
        func select(_ index: Int, _ name: String, _ options: [String]) -> Element {
            Element(index: index, tag: "select", role: "combobox", name: name, label: name, regions: ["group: Payment", "form: Booking", "main"],
                    heading: "Payment", options: options)
        }
        let after = Snapshot(elements: [select(0, "Country", ["France", "Germany", "Spain", "Italy"]),
                                        select(1, "Cover", ["I'll pay myself", "Medicare Plus", "HealthFirst", "Bupa"])])
        let healed = Healer().heal(kind: .select, failed: .css("#ins"), failedText: nil, snapshot: after, previous: previous)
        #expect(healed.chosen?.element.index == 1, "\(healed.error ?? healed.reason)")
        // Without options to compare, nothing tells the two apart.
        var bare = after
        bare.elements[0].options = nil; bare.elements[1].options = nil
        #expect(Healer().heal(kind: .select, failed: .css("#ins"), failedText: nil, snapshot: bare, previous: previous).chosen == nil)
    }

    /// Cards of doctors, each with a "Book" button: the card's title (its heading, where its text starts) is the doctor.
    static func doctors(_ names: [String]) -> Snapshot {
        Snapshot(elements: names.enumerated().map { i, name in
            Element(index: i, tag: "button", role: "button", name: "Book", text: "Book", container: "\(name) General practice Mon 16 Mar Book",
                containerRole: "listitem", regions: ["main"], heading: name, unitPeers: [0, 1])
        })
    }

    @Test func aRemovedCardsButtonIsNotHealedToAnotherCardsInItsPlace() {
        let before = Self.doctors(["Dr Amara Okafor", "Dr Sami Haddad"])
        // Dr Haddad left; Dr Patel joined, in his place, with the same specialty and day.
        let after = Self.doctors(["Dr Amara Okafor", "Dr Rohan Patel"])
        let outcome = Healer().heal(kind: .click, failed: .xpath("/html/body/ul/li[2]/button"), failedText: nil, snapshot: after,
                                    previous: before.elements[1])
        #expect(outcome.chosen == nil, "\(outcome.reason)")
        #expect(outcome.error?.contains("Book") == true && outcome.ranked.contains { $0.candidate.element.index == 1 }, "\(outcome.error ?? "")")
        // Still on the page but after a newcomer's card: another doctor's card is not it.
        let scorer = HealingScorer(target: TargetProfile(element: before.elements[1]), page: Self.doctors(["Dr Rohan Patel",
            "Dr Sami Haddad"]).elements)
        let patel = scorer.score(Self.doctors(["Dr Rohan Patel"]).elements[0]), haddad = scorer.score(Self.doctors(["Dr Sami Haddad"]).elements[0])
        #expect(patel.score < haddad.score * 0.7, "\(patel.explanation) vs \(haddad.explanation)")
        // Re-sorted, the same doctor is found again.
        let resorted = Self.doctors(["Dr Sami Haddad", "Dr Amara Okafor"])
        let healed = Healer().heal(kind: .click, failed: .xpath("/html/body/ul/li[2]/button"), failedText: nil, snapshot: resorted,
                                   previous: before.elements[1])
        #expect(healed.chosen?.element.index == 0, "\(healed.error ?? healed.reason)")
    }

    @Test func aPlaceholderSharedBySiblingFieldsDoesNotMakeThemTheSame() {
        // "From" and "To" both said "City or airport"; the redesign relabelled both.
        let previous = Element(index: 0, tag: "input", role: "textbox", name: "From", id: "fromAirport", placeholder: "City or airport",
            type: "text", label: "From")
        let after = Snapshot(elements: [
            Element(index: 0, tag: "input", role: "combobox", name: "Leaving from", placeholder: "Airport or city", label: "Leaving from"),
            Element(index: 1, tag: "input", role: "combobox", name: "Going to", placeholder: "Airport or city", label: "Going to"),
        ])
        let scorer = HealingScorer(target: TargetProfile(element: previous), page: after.elements)
        let from = scorer.score(after.elements[0]), to = scorer.score(after.elements[1])
        #expect(from.score > to.score + 0.03, "\(from.explanation) vs \(to.explanation)")
    }

    @Test func theOnlyLinkToTheSameAddressIsNotTiedWithLinksElsewhere() {
        let previous = Element(index: 0, tag: "a", role: "link", name: "Hotels", id: "menuHotels", href: "hotels.html", regions: ["navigation",
            "banner"])
        let after = Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Skylark home", href: "index.html", regions: ["navigation", "banner"]),
            Element(index: 1, tag: "a", role: "link", name: "Stays", href: "hotels.html", regions: ["navigation", "banner"]),
            Element(index: 2, tag: "a", role: "link", name: "Sign in", href: "signin.html", regions: ["navigation", "banner"]),
        ])
        let healed = Healer().heal(kind: .click, failed: .css("#menuHotels"), failedText: nil, snapshot: after, previous: previous)
        #expect(healed.chosen?.element.index == 1, "\(healed.error ?? healed.reason)")
        // Two links to it: the address tells them apart no more.
        var twice = after
        twice.elements[2].href = "hotels.html"
        twice.elements[2].name = "Places to stay"
        let refused = Healer().heal(kind: .click, failed: .css("#menuHotels"), failedText: nil, snapshot: twice, previous: previous)
        #expect(refused.chosen == nil || refused.chosen?.element.index != 0)
    }

    @Test func thePagesOnlySearchFieldIsWhereTheSearchWent() {
        let previous = Element(index: 0, tag: "input", role: "textbox", name: "Search users", id: "user-search", placeholder: "Search users",
                               nameAttr: "search", type: "text", regions: ["banner", "main"], heading: "Users")
        let invite = Element(index: 0, tag: "button", role: "button", name: "Invite", text: "Invite", regions: ["main"], heading: "Users")
        let filter = Snapshot(elements: [invite, Element(index: 1, tag: "input", role: "searchbox", name: "Filter members", placeholder: "Filter by name",
                                                         type: "search", regions: ["main"], heading: "Users")])
        let healed = Healer().heal(kind: .fill, failed: .css("#user-search"), failedText: nil, snapshot: filter, previous: previous)
        #expect(healed.chosen?.element.index == 1, "\(healed.error ?? healed.reason)")
        // Two search fields: being one of them is no longer evidence.
        var two = filter
        two.elements.append(Element(index: 2, tag: "input", role: "searchbox", name: "Search orders", type: "search", regions: ["main"]))
        let refused = Healer().heal(kind: .fill, failed: .css("#user-search"), failedText: nil, snapshot: two, previous: previous)
        #expect(refused.chosen == nil, "\(refused.reason)")
    }

    @Test func aFooterLinkOfPlainDivsIsNotTheHeadersLink() {
        // v1: a footer of plain divs (no landmark) far down the page, its "Help" the page's second;
        // v2: the header's menu says "Support" (a synonym), the footer's "Help centre".
        let previous = Element(index: 0, tag: "a", role: "link", name: "Help", text: "Help", href: "help.html",
                               box: Box(x: 103, y: 772, width: 27, height: 15), heading: "Extras")
        let after = Snapshot(elements: [
            Element(index: 0, tag: "a", role: "link", name: "Support", text: "Support", href: "help.html",
                    box: Box(x: 298, y: 19, width: 56, height: 18), regions: ["navigation", "banner"]),
            Element(index: 1, tag: "a", role: "link", name: "Help centre", text: "Help centre", href: "help.html",
                    box: Box(x: 70, y: 723, width: 82, height: 17), regions: ["navigation: Legal", "contentinfo"]),
        ])
        let outcome = Healer().heal(kind: .click, failed: .xpath("/html/body/div[3]/a[2]"), failedText: nil, snapshot: after,
                                    previous: previous)
        #expect(outcome.chosen?.element.index != 0, "\(outcome.reason)")
        let scorer = HealingScorer(target: TargetProfile(element: previous), page: after.elements)
        #expect(scorer.score(after.elements[0]).score < scorer.score(after.elements[1]).score)
    }
}

@Suite struct HealingSectionRulesTests {
    @Test func aFormRowThatBecameAFieldsetIsNoOtherItem() {
        // A WebForms table row ("Post code *": its field and its Find Address button) became a
        // fieldset titled "Your address" that holds them and more. The row's words are all in the
        // fieldset: its title is a section's, not another item's, and the button is healed to,
        // not the header's Search (find and search are one word).
        let before = Element(index: 0, tag: "input", role: "button", name: "Find Address", id: "ctl00_Main_btnFindAddress",
                             type: "submit", container: "Post code *", containerRole: "row",
                             regions: ["table", "form: Parking Permit Application Form"], heading: "Parking Permit Application Form")
        let after = Snapshot(elements: [
            Element(index: 0, tag: "button", role: "button", name: "Search", text: "Search", testId: "site-search-submit", type: "submit",
                    regions: ["search", "banner"], heading: "Cookies"),
            Element(index: 1, tag: "input", role: "textbox", name: "Postcode", id: "postcode", type: "text", label: "Postcode",
                    container: "Your address Postcode Find address Select an address", containerRole: "div",
                    regions: ["group: Your address", "form: Your details", "main"], heading: "Your address"),
            Element(index: 2, tag: "button", role: "button", name: "Find address", text: "Find address", testId: "postcode-lookup", type: "button",
                    container: "Your address Postcode Find address Select an address", containerRole: "div",
                    regions: ["group: Your address", "form: Your details", "main"], heading: "Your address"),
        ])
        let healed = Healer().heal(kind: .click, failed: .css("#ctl00_Main_btnFindAddress"), failedText: nil, snapshot: after, previous: before)
        #expect(healed.chosen?.element.index == 2, "\(healed.error ?? healed.reason)")
    }

    @Test func anotherItemsCardIsStillAnotherItem() {
        // Alan Turing's row is gone; Alan Kay's card, titled with his name, holds an Edit too: the
        // card's words besides the button's are not the row's, so it stays another item's.
        let before = Element(index: 0, tag: "button", role: "button", name: "Edit", text: "Edit",
                             container: "Alan Turing turing@bletchley.org Edit", containerRole: "row", regions: ["table", "main"], heading: "Users")
        let card = Element(index: 1, tag: "button", role: "button", name: "Edit", text: "Edit",
                           container: "Alan Kay kay@parc.org Edit", containerRole: "article", regions: ["main"], heading: "Alan Kay")
        let scored = HealingScorer(target: TargetProfile(element: before)).score(card)
        #expect(scored.score < 0.3, "\(scored.score) \(scored.explanation)")
    }

    @Test func anIdentifierUnderAnotherNumberIsTheNumberedSibling() {
        // "Address line 2" (`delivery_line2`) became "Flat, floor, etc." (`delivery.line2`), line 1
        // "Street address" (`delivery.line1`) took its place and shares "address": the number its
        // words and its identifier say tells line 2 from line 1.
        let before = Element(index: 0, tag: "input", role: "textbox", name: "Address line 2", id: "delivery_line2", nameAttr: "delivery[line2]",
                             type: "text", label: "Address line 2", regions: ["form"], heading: "Delivery address", peers: [2, 7])
        let line1 = Element(index: 1, tag: "input", role: "textbox", name: "Street address", nameAttr: "delivery.line1", type: "text",
                            label: "Street address", regions: ["form"], heading: "Where should we deliver?", peers: [2, 7])
        let line2 = Element(index: 2, tag: "input", role: "textbox", name: "Flat, floor, etc. (optional)", nameAttr: "delivery.line2", type: "text",
                            label: "Flat, floor, etc. (optional)", regions: ["form"], heading: "Where should we deliver?", peers: [3, 7])
        let scorer = HealingScorer(target: TargetProfile(element: before), page: [line1, line2])
        #expect(scorer.score(line2).score > scorer.score(line1).score, "\(scorer.score(line1).explanation)")
    }

    /// A site's main menu, one link per entry, as `snapshot.js` describes it.
    static func menu(_ entries: [(name: String, href: String)]) -> [Element] {
        entries.enumerated().map { i, entry in
            Element(index: i, tag: "a", role: "link", name: entry.name, text: entry.name, href: entry.href,
                    regions: ["navigation: Main", "banner"], peers: [i, entries.count])
        }
    }

    @Test func aMenuThatStillSaysMyKeepsItsPersonalEntryApart() {
        // "My courses" became "My learning" and the catalogue "Course catalogue" became "Courses":
        // the menu still has an entry that says "my", so the one that does not is the catalogue,
        // though "my" is a stop word and "Courses" says all the rest.
        let before = Element(index: 0, tag: "a", role: "link", name: "My courses", text: "My courses", id: "nav_my", href: "my/index.php",
                             regions: ["table", "banner"])
        let after = Self.menu([("Courses", "/courses"), ("My learning", "/my-learning"), ("Help", "/help")])
        let courses = after[0]
        let reading = HealingScorer(target: TargetProfile(element: before), page: after).score(courses).score
        let blind = HealingScorer(target: TargetProfile(element: before), page: after, readsOwners: false).score(courses).score
        #expect(reading < blind, "\(reading) \(blind)")
        let healed = Healer().heal(kind: .click, failed: .css("#nav_my"), failedText: nil, snapshot: Snapshot(elements: after), previous: before)
        #expect(healed.chosen?.element.name != "Courses", "\(healed.reason)")
        // A menu that dropped "My" from every entry ("My account" now "Account") still heals to it.
        let account = Element(index: 0, tag: "a", role: "link", name: "My account", text: "My account", id: "nav_account", href: "account.php",
                              regions: ["table", "banner"])
        let plain = Snapshot(elements: Self.menu([("Courses", "/courses"), ("Account", "/account"), ("Help", "/help")]))
        let kept = Healer().heal(kind: .click, failed: .css("#nav_account"), failedText: nil, snapshot: plain, previous: account)
        #expect(kept.chosen?.element.name == "Account", "\(kept.error ?? kept.reason)")
    }
}
