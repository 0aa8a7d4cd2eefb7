import Foundation
@testable import SceneLocate
import Testing

/// The folding and matching primitives scoring runs for every element of a page, rewritten over
/// buffers for speed: what they return must not have changed.
@Suite struct FoldingTests {
    @Test func foldsToLowerCasedWordsWithOneSpaceBetween() {
        #expect(Prepared("  Sign-Up  NOW!! ").bytes == Array("sign up now".utf8))
        #expect(Prepared("loginBtn").bytes == Array("loginbtn".utf8))
        #expect(Prepared("loginBtn").tokens == Prepared("login btn").tokens)
        #expect(Prepared("").isEmpty && Prepared(" -- ").isEmpty)
        // Non-ASCII bytes are letters: kept as they are, never split.
        #expect(Prepared("Café Zürich").bytes == Array("café zürich".utf8))
        #expect(Prepared("Café Zürich").tokens.count == 2)
    }

    @Test func foldsPluralsPairsAndTimesLikeTheVocabulary() {
        #expect(Prepared("Replies").tokens == Prepared("reply").tokens)
        #expect(Prepared("Cookies").tokens == Prepared("cookie").tokens)
        #expect(Prepared("Status").tokens == [Vocabulary.hash("status")])
        #expect(Prepared("Zip code").tokens == Prepared("postcode").tokens)
        #expect(Prepared("E-mail").tokens == Prepared("email").tokens)
        // Each token once, sorted.
        let repeated = Prepared("save Save SAVE draft").tokens
        #expect(repeated == Prepared("draft save").tokens && repeated == repeated.sorted())
        #expect(Prepared("Slot 9:30 am").bytes == Array("slot 09 30".utf8))
        #expect(Prepared("Slot 9:30 am").tokens == Prepared("slot 09:30").tokens)
    }

    @Test func stemsKeepWhatTheRuleKeeps() {
        func stem(_ s: String) -> String { String(decoding: Vocabulary.stem(Array(s.utf8)), as: UTF8.self) }
        #expect(stem("items") == "item" && stem("address") == "address" && stem("status") == "status")
        #expect(stem("departure") == "depart" && stem("enquiries") == "enquir" && stem("reply") == "repl")
        #expect(stem("bus") == "bus" && stem("sky") == "sky" && stem("") == "")
    }

    @Test func theSameLettersIgnoreSpacesOnly() {
        #expect(Similarity.sameLetters(Array("time zone".utf8), Array("timezone".utf8)))
        #expect(Similarity.sameLetters(Array(" a  b ".utf8), Array("ab".utf8)))
        #expect(Similarity.sameLetters(Array("  ".utf8), []))
        #expect(!Similarity.sameLetters(Array("ab".utf8), Array("a b c".utf8)))
        #expect(!Similarity.sameLetters(Array("abc".utf8), Array("ab".utf8)))
    }

    @Test func asciiSubstringsAgreeWithFoundation() {
        // Every text of up to four characters and every part of one or two, over letters of both
        // cases, a digit and separators.
        let alphabet = ["a", "A", "b", "1", " ", "-"]
        func all(_ length: Int) -> [String] { length == 0 ? [""] : all(length - 1).flatMap { s in alphabet.map { s + $0 } } }
        let texts = (0...4).flatMap(all), parts = (1...2).flatMap(all)
        var found = 0
        for text in texts {
            for part in parts {
                let expected = text.range(of: part, options: .caseInsensitive) != nil
                #expect(LocatorMatcher.asciiContains(text, part) == expected, "\(text) / \(part)")
                if expected { found += 1 }
            }
        }
        #expect(found > 1000)
        // Another alphabet, or nothing to look for, is left to Foundation.
        #expect(LocatorMatcher.asciiContains("Straße", "STRASSE") == nil)
        #expect(LocatorMatcher.asciiContains("abc", "") == nil)
        #expect(LocatorMatcher.textMatches("add to cart", "Add  to\tCART now", exact: false))
        #expect(LocatorMatcher.textMatches("ünïcode", "Ünïcode Name", exact: false))
        #expect(!LocatorMatcher.textMatches("add to basket", "Add to cart", exact: false))
    }

    @Test func pathsCompareByTheirLongestCommonRun() {
        #expect(Similarity.pathSimilarity(["html", "body", "main"], ["html", "body", "main"]) == 1)
        #expect(Similarity.pathSimilarity(["a", "b", "c"], ["a", "c"]) == 0.8)
        #expect(Similarity.pathSimilarity(["a"], ["b"]) == 0)
        #expect(Similarity.pathSimilarity([], []) == 1 && Similarity.pathSimilarity(["a"], []) == 0)
    }

    @Test func aLinksPathIsReadBeforeItsQueryAndFragment() {
        let mine = "/orders/12?tab=items", prepared = Prepared(mine)
        func score(_ theirs: String) -> Double { HealingScorer.hrefSimilarity(mine, prepared, theirs, Prepared(theirs).tokens) }
        #expect(score(mine) == 1)
        #expect(score("/orders/12#top") == 0.8)
        #expect(score("/orders/13?tab=items") < 0.8)
        #expect(HealingScorer.hrefSimilarity("?a", Prepared("?a"), "?b", Prepared("?b").tokens) < 0.8)
    }
}
