import Foundation
import Testing
import ZIPFoundation
@testable import SceneTrace

/// The page's own password values: found in DOM snapshots and HTML, removed from the whole trace.
@Suite struct RedactionTests {
    static let server = "Srv-Pw&9xQ"
    static let scripted = "It's-Js\\Pw"

    /// A trace shaped like Playwright's: a login page whose password input carries its value in
    /// the HTML (upper-case names, single quotes, an entity) and a second one set by script.
    static func loginTrace(at url: URL, extraLines: [String] = []) throws {
        let snapshot = #"{"type":"frame-snapshot","snapshot":{"callId":"c1","snapshotName":"before@c1","pageId":"p1","frameId":"f1","frameUrl":"http://x/","html":["HTML",{},["BODY",{},["INPUT",{"__playwright_value_":"Srv-Pw&9xQ","TYPE":"PassWord","name":"p","Value":"Srv-Pw&9xQ"}],["INPUT",{"__playwright_value_":"It's-Js\\Pw","id":"o","type":"password"}],["INPUT",{"__playwright_value_":"ada","name":"u","value":"ada"}]]],"viewport":{"width":1280,"height":720},"timestamp":3019.5,"wallTime":1796416622874}}"#
        let trace = ZipBuilder.lines([ZipBuilder.header, snapshot,
                                      #"{"type":"console","messageType":"log","text":"pw is It's-Js\\Pw","time":10}"#] + extraLines)
        let html = """
        <!doctype html><form><input name=u value=ada>
        <INPUT Type='PassWord' name=p
           VALUE='Srv-Pw&amp;9xQ'>
        <input id=o type=password></form>
        <script>document.getElementById('o').value = 'It\\'s-Js\\\\Pw'</script>
        """
        try ZipBuilder.write([("trace.trace", trace),
                              ("trace.network", ZipBuilder.lines([#"{"type":"resource-snapshot","snapshot":{"request":{"postData":{"text":"u=ada&p=Srv-Pw%269xQ"}}}}"#])),
                              ("resources/6bc9.html", Data(html.utf8)),
                              ("resources/096e.dat", Data("u=ada&p=Srv-Pw%269xQ".utf8))], to: url)
    }

    static func entries(of url: URL) throws -> [String: Data] {
        let archive = try Archive(url: url, accessMode: .read)
        var out: [String: Data] = [:]
        for entry in archive where entry.type == .file {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            out[entry.path] = data
        }
        return out
    }

    @Test func pagePasswordsLeaveEveryEntry() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("trace.zip")
        try Self.loginTrace(at: url)
        let report = try TraceRedactor.redact(trace: url, rules: TraceRedaction())
        #expect(Set(report.discoveredSecrets).isSuperset(of: [Self.server, Self.scripted, "Srv-Pw&amp;9xQ"]), "\(report.discoveredSecrets)")
        #expect(!report.discoveredSecrets.contains("ada"), "a text input's value is not a secret")
        let files = try Self.entries(of: url)
        // Every piece of both values, in every spelling, is gone from every entry.
        for (name, data) in files {
            for needle in ["Srv-Pw", "9xQ", "Js\\Pw", "Js\\\\Pw"] {
                #expect(data.range(of: Data(needle.utf8)) == nil, "\(needle) left in \(name): \(String(decoding: data, as: UTF8.self))")
            }
        }
        // The snapshot still reads as JSON, the text input keeps its value, the password inputs say [redacted].
        let trace = try #require(files["trace.trace"])
        for line in trace.split(separator: 0x0A) { #expect((try? JSONSerialization.jsonObject(with: Data(line))) != nil) }
        let text = String(decoding: trace, as: UTF8.self)
        #expect(text.contains(#""value":"ada""#))
        #expect(text.components(separatedBy: "[redacted]").count - 1 >= 4, "\(text)")
        #expect(String(decoding: try #require(files["resources/6bc9.html"]), as: UTF8.self).contains("VALUE='[redacted]'"))
    }

    /// A numeric password must not be replaced inside JSON numbers (the trace would stop parsing).
    @Test func numericPasswordKeepsJSONValid() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("trace.zip")
        let snapshot = #"{"type":"frame-snapshot","snapshot":{"html":["INPUT",{"type":"password","__playwright_value_":"301950"}],"timestamp":301950.25,"n":[301950]}}"#
        try ZipBuilder.write([("trace.trace", ZipBuilder.lines([ZipBuilder.header, snapshot, #"{"type":"console","text":"code 301950","time":301950}"#]))], to: url)
        let report = try TraceRedactor.redact(trace: url, rules: TraceRedaction())
        #expect(report.discoveredSecrets == ["301950"])
        let trace = try #require(try Self.entries(of: url)["trace.trace"])
        for line in trace.split(separator: 0x0A) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any], "\(String(decoding: line, as: UTF8.self))")
            if object["type"] as? String == "console" { #expect(object["text"] as? String == "code [redacted]" && object["time"] as? Int == 301950) }
        }
    }

    @Test func nothingToRedactLeavesTheFileAlone() throws {
        let dir = try TempDir()
        let url = dir.url.appendingPathComponent("trace.zip")
        try ZipBuilder.write([("trace.trace", ZipBuilder.lines([ZipBuilder.header, #"{"type":"frame-snapshot","snapshot":{"html":["LABEL",{},"Password",["INPUT",{"type":"password","__playwright_value_":""}]]}}"#]))], to: url)
        let before = try Data(contentsOf: url)
        let report = try TraceRedactor.redact(trace: url, rules: TraceRedaction())
        #expect(report.replaced == 0 && report.discoveredSecrets.isEmpty)
        #expect(try Data(contentsOf: url) == before)
    }

    @Test(arguments: [
        ("<input type=password value=abc123>", ["abc123"]),
        ("<INPUT VALUE=\"a b&quot;c\" TYPE=\"PASSWORD\">", ["a b&quot;c", "a b\"c"]),
        ("<input\n  type = 'password'\n  value = 'x>y'\n/>", ["x>y"]),
        ("<input type=password value=first value=second>", ["first"]),
        ("<input type=text value=visible><input type=passwordx value=no>", []),
        ("<inputs type=password value=no><input type=password>", []),
        ("<input type=password value=&#x41;&#66;c>", ["&#x41;&#66;c", "ABc"]),
    ])
    func htmlScanner(html: String, expected: [String]) {
        let bytes = Data(html.utf8)
        // Whole, and cut at every position (a tag spans chunks).
        for cut in 0...bytes.count {
            var scanner = HTMLPasswordInputScanner()
            scanner.feed(bytes.prefix(cut))
            scanner.feed(bytes.dropFirst(cut))
            scanner.finish()
            #expect(scanner.values == Set(expected), "cut at \(cut)")
        }
    }

    @Test func encodedFormsOfASecret() {
        let literals = SecretLiterals(["Pä'ss/\"w&rd"], withEncodedForms: true)
        for form in [#"P\u00e4'ss/\"w&rd"#, #"Pä'ss\/\"w&rd"#, #"Pä\'ss/"w&rd"#, "Pä&#39;ss/&quot;w&amp;rd", "Pä&#x27;ss/&#34;w&amp;rd", "P%C3%A4%27ss%2F%22w%26rd"] {
            #expect(literals.values.contains(form), "\(form) not in \(literals.values)")
        }
    }

    struct Record: Codable, Equatable {
        enum Status: String, Codable { case passed, failed }
        var title: String
        var status: Status
        var when: Date
        var notes: [String]
    }

    /// Page text in a record is cleaned; structure that merely contains the secret (a status, a date) is kept.
    @Test func recordStringsAreCleaned() {
        let record = Record(title: "Hello pass-Word99", status: .passed, when: Date(timeIntervalSince1970: 1_000_000_000),
                            notes: ["typed pass-Word99 twice: pass-Word99", "fine"])
        let clean = SecretLiterals(["pass-Word99", "pass", "2001"]).redacting(record)
        #expect(clean.title == "Hello [redacted]-Word99" || clean.title == "Hello [redacted]")
        #expect(clean.notes == ["typed [redacted] twice: [redacted]", "fine"])
        #expect(clean.status == .passed && clean.when == record.when)
        #expect(SecretLiterals(["absent"]).redacting(record) == record)
    }
}
