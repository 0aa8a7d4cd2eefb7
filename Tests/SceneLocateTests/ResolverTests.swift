import SceneLocator
import Foundation
import SceneBundle
import SceneConfig
import SceneLocate
import SceneTestSupport
import Testing

@Suite struct ResolverTests {
    @Test func answersAHealRequestInTheProtocolShape() throws {
        let v1 = try LocateFixtures.page("v1", "login.html"), v2 = try LocateFixtures.page("v2", "login.html")
        let request = ResolveRequest(requestId: 7, executionId: "login~default~desktop~chromium", mode: .heal,
                                     step: Step(kind: .click, locator: Locator.testId("login-submit")),
                                     failedLocator: "getByTestId('login-submit')", error: "Timeout 5000ms exceeded", attempt: 1,
                                     snapshot: v2.snapshot, previous: v1.element("login-submit"))
        // Through JSON both ways, as the runner sends it.
        let wire = try JSONDecoder().decode(ResolveRequest.self, from: JSONEncoder().encode(request))
        let response = Resolver().resolve(wire)
        #expect(response.ok && response.type == "resolved" && response.requestId == 7)
        #expect(response.locator == "getByTestId('signin-button')")
        #expect(response.step?.locator == Locator.testId("signin-button"))
        #expect(response.element == v2.expect["login-submit"])
        #expect(response.confidence > 0.6)
        #expect(response.reason.contains("matched words 1.00"))
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(response)) as? [String: Any])
        #expect(json["error"] is NSNull, "error is null when ok")
        for key in ["type", "requestId", "ok", "step", "locator", "confidence", "candidates", "reason"] { #expect(json[key] != nil, "\(key)") }
    }

    @Test func answersALookAlikesRequestWithThePagesMostSimilarElements() throws {
        let v1 = try LocateFixtures.page("v1", "login.html")
        let button = try #require(v1.element("login-submit"))
        let wire = try JSONDecoder().decode(ResolveRequest.self, from: JSONEncoder().encode(
            ResolveRequest(requestId: 3, mode: .lookAlikes, step: Step(kind: .click, locator: Locator.testId("login-submit")),
                           snapshot: v1.snapshot, previous: button)))
        let response = Resolver().resolve(wire)
        let found = try #require(response.lookAlikes)
        #expect(response.ok && !found.isEmpty && found.count <= Healer.lookAlikeCount)
        #expect(!found.contains { $0.xpath == button.xpath }, "the element itself is no look-alike")
        #expect(found.allSatisfy { $0.value == nil })
        let json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(response)) as? [String: Any])
        #expect((json["lookAlikes"] as? [Any])?.count == found.count)
        // Without the element there is nothing to compare with: a clear error.
        let missing = Resolver().resolve(ResolveRequest(requestId: 4, mode: .lookAlikes, step: Step(kind: .click), snapshot: v1.snapshot))
        #expect(!missing.ok && missing.error?.contains("previous") == true)
    }

    @Test func decodesTheContractExample() throws {
        let text = #"""
        {"type":"resolve","requestId":3,"executionId":"x","mode":"heal","step":{"kind":"click","locator":{"css":"#login-btn"}},
         "failedLocator":"locator('#login-btn')","error":"strict mode violation","attempt":2,
         "snapshot":{"url":"http://127.0.0.1/","title":"T","elements":[
           {"index":0,"tag":"button","role":"button","name":"Log in","text":"Log in","classes":["btn"],"box":{"x":1,"y":2,"width":3,"height":4},"inViewport":true,"isTop":true,"ancestors":["html","body"],"frame":null}]},
         "previous":null}
        """#
        let request = try JSONDecoder().decode(ResolveRequest.self, from: Data(text.utf8))
        #expect(request.mode == .heal && request.attempt == 2 && request.snapshot.elements.count == 1)
        let response = Resolver().resolve(request)
        // Only the locator's id is known: its words ("login") are the button's ("Log in" reads as one word).
        #expect(response.ok && response.locator == "getByRole('button', { name: 'Log in' })", "\(response)")
        #expect(response.reason.contains("idWords 1.00"))
        // An id whose words nothing on the page has: refused, naming the best candidates.
        var other = request
        other.step.locator = .css("#frobnicate")
        other.failedLocator = "locator('#frobnicate')"
        let refused = Resolver().resolve(other)
        #expect(!refused.ok)
        #expect(refused.error?.contains("getByRole('button', { name: 'Log in' })") == true)
    }

    @Test func interpretsAPlainStepAndKeepsItsSource() throws {
        let shop = try LocateFixtures.page("v1", "shop.html")
        let request = ResolveRequest(requestId: 1, mode: .interpret,
                                     step: Step(kind: .plain, value: "Click the second Add to cart button", timeoutMs: 3000, source: "scene.yml:12:9"),
                                     snapshot: shop.snapshot)
        let response = Resolver().resolve(request)
        #expect(response.ok)
        #expect(response.step?.kind == .click && response.step?.source == "scene.yml:12:9" && response.step?.timeoutMs == 3000)
        #expect(response.locator == "getByTestId('add-sku-2')")
        #expect(response.element == shop.expect["add-cart-2"])
        let bad = Resolver().resolve(ResolveRequest(requestId: 2, mode: .interpret, step: Step(kind: .plain), snapshot: shop.snapshot))
        #expect(!bad.ok && bad.error != nil)
    }

    @Test func healingRecordsCarryRunnerUpAndReason() throws {
        let v1 = try LocateFixtures.page("v1", "shop.html"), v2 = try LocateFixtures.page("v2", "shop.html")
        let healed = Healer().heal(kind: .click, failed: Locator.testId("add-sku-2"), failedText: nil,
                                   snapshot: v2.snapshot, previous: v1.element("add-cart-2"))
        let record = healed.record(step: 4)
        #expect(record.step == 4 && record.failedLocator == "getByTestId('add-sku-2')")
        #expect(record.chosenLocator == "getByTestId('cart-add-sku-2')")
        #expect(record.runnerUp != nil && (record.runnerUpScore ?? 1) < record.score)
        let gone = Healer().heal(kind: .click, failed: Locator.testId("add-sku-4"), failedText: nil,
                                 snapshot: v2.snapshot, previous: v1.element("add-cart-4")).record(step: 5)
        #expect(gone.chosenLocator == nil && gone.reason.contains("ambiguous"))
    }
}
