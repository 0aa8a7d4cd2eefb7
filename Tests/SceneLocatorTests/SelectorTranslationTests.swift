import Testing
@testable import SceneLocator

@Suite struct SelectorTranslationTests {
    static let table: [(String, String, String)] = [
        (#"internal:role=button[name="Go"i]"#, "getByRole('button', { name: 'Go' })", #"get_by_role("button", name="Go")"#),
        (#"internal:role=button[name="Go"s]"#, "getByRole('button', { name: 'Go', exact: true })", #"get_by_role("button", name="Go", exact=True)"#),
        (#"internal:role=checkbox[checked=true][name="Sub"i]"#, "getByRole('checkbox', { name: 'Sub', checked: true })", #"get_by_role("checkbox", name="Sub", checked=True)"#),
        (#"internal:role=heading[level=2]"#, "getByRole('heading', { level: 2 })", #"get_by_role("heading", level=2)"#),
        (#"internal:role=link[name=/sign ?in/i]"#, "getByRole('link', { name: /sign ?in/i })", #"get_by_role("link", name=re.compile("sign ?in", re.IGNORECASE))"#),
        (#"internal:label="Email"i"#, "getByLabel('Email')", #"get_by_label("Email")"#),
        (#"internal:label="Email"s"#, "getByLabel('Email', { exact: true })", #"get_by_label("Email", exact=True)"#),
        (#"internal:testid=[data-testid="go"s]"#, "getByTestId('go')", #"get_by_test_id("go")"#),
        (#"internal:text="Next page"i"#, "getByText('Next page')", #"get_by_text("Next page")"#),
        (#"internal:attr=[placeholder="Search here"i]"#, "getByPlaceholder('Search here')", #"get_by_placeholder("Search here")"#),
        (#"internal:attr=[alt="Logo"s]"#, "getByAltText('Logo', { exact: true })", #"get_by_alt_text("Logo", exact=True)"#),
        (#"internal:attr=[title="Help"i]"#, "getByTitle('Help')", #"get_by_title("Help")"#),
        ("#q", "locator('#q')", ##"locator("#q")"##),
        ("xpath=//h1", "locator('//h1')", #"locator("//h1")"#),
        ("//div[@id='a']", "locator('//div[@id=\\'a\\']')", #"locator("//div[@id='a']")"#),
        ("form >> button >> nth=0", "locator('form').locator('button').first()", #"locator("form").locator("button").first"#),
        ("li >> nth=-1", "locator('li').last()", #"locator("li").last"#),
        ("li >> nth=3", "locator('li').nth(3)", #"locator("li").nth(3)"#),
        (#"li >> internal:has-text="Milk"i"#, "locator('li').filter({ hasText: 'Milk' })", #"locator("li").filter(has_text="Milk")"#),
        (#"li >> internal:has="internal:role=button[name=\"Buy\"i]""#, "locator('li').filter({ has: page.getByRole('button', { name: 'Buy' }) })",
         #"locator("li").filter(has=page.get_by_role("button", name="Buy"))"#),
        (#"iframe >> internal:control=enter-frame >> internal:role=button[name="Pay"i]"#,
         "locator('iframe').contentFrame().getByRole('button', { name: 'Pay' })", #"locator("iframe").content_frame.get_by_role("button", name="Pay")"#),
        (#"internal:label="Say \"hi\"\n"i"#, #"getByLabel('Say "hi"\n')"#, #"get_by_label("Say \"hi\"\n")"#),
        ("text=Sign in", "getByText('Sign in')", #"get_by_text("Sign in")"#),
        ("data-testid=submit", "getByTestId('submit')", #"get_by_test_id("submit")"#),
        ("div.a[data-x=\"1 >> 2\"]", #"locator('div.a[data-x="1 >> 2"]')"#, #"locator("div.a[data-x=\"1 >> 2\"]")"#),
    ]

    @Test(arguments: table)
    func translates(row: (String, String, String)) {
        let locator = Locator(selector: row.0)
        #expect(locator.javaScript == row.1)
        #expect(locator.python == row.2)
    }

    @Test func plainWords() {
        #expect(Locator(selector: #"internal:role=button[name="Submit"i]"#).plainDescription == #""Submit" button"#)
        #expect(Locator(selector: #"internal:label="Email"i"#).plainDescription == #""Email" field"#)
        #expect(Locator(selector: "li >> nth=1").plainDescription == #"element "li" (match #2)"#)
    }
}
