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
        let alphabet = ["a", "A", "b", "1", " ", "-", "\t"]
        func all(_ length: Int) -> [String] { length == 0 ? [""] : all(length - 1).flatMap { s in alphabet.map { s + $0 } } }
        let texts = (0...4).flatMap(all), parts = (1...2).flatMap(all)
        var found = 0
        for text in texts {
            for part in parts {
                let expected = text.range(of: part, options: .caseInsensitive) != nil
                #expect(LocatorMatcher.asciiContains(text, part) == expected, "\(text) / \(part)")
                if expected { found += 1 }
                // Playwright's matching (whitespace collapsed, then exact or a substring without
                // case), prepared once and read in place, against the same done with Foundation.
                let w = LocatorMatcher.normalizeSpaces(part), a = LocatorMatcher.normalizeSpaces(text)
                #expect(LocatorMatcher.textMatches(part, text, exact: false) == (!w.isEmpty && a.range(of: w, options: .caseInsensitive) != nil), "\(text) / \(part)")
                #expect(LocatorMatcher.textMatches(part, text, exact: true) == (w == a), "\(text) / \(part)")
            }
        }
        #expect(found > 1000)
        // Another alphabet, or nothing to look for, is left to Foundation.
        #expect(LocatorMatcher.asciiContains("Straße", "STRASSE") == nil)
        #expect(LocatorMatcher.asciiContains("abc", "") == nil)
        #expect(LocatorMatcher.textMatches("add to cart", "Add  to\tCART now", exact: false))
        #expect(LocatorMatcher.textMatches("ünïcode", "Ünïcode Name", exact: false))
        #expect(!LocatorMatcher.textMatches("add to basket", "Add to cart", exact: false))
        #expect(LocatorMatcher.textMatches("Add to cart", "Add  to cart", exact: true))
        #expect(!LocatorMatcher.textMatches("Add to cart", "add to cart", exact: true))
        #expect(LocatorMatcher.textMatches("Add to cart", "Add to cart ", exact: false))
        #expect(LocatorMatcher.textMatches("", "", exact: true) && !LocatorMatcher.textMatches("", "x", exact: false))
    }

    @Test func pathsCompareByTheirLongestCommonRun() {
        #expect(Similarity.pathSimilarity(["html", "body", "main"], ["html", "body", "main"]) == 1)
        #expect(Similarity.pathSimilarity(["a", "b", "c"], ["a", "c"]) == 0.8)
        #expect(Similarity.pathSimilarity(["a"], ["b"]) == 0)
        #expect(Similarity.pathSimilarity([], []) == 1 && Similarity.pathSimilarity(["a"], []) == 0)
    }

    /// The bit-parallel path score (common ends trimmed, the middle a bit per ancestor) against
    /// the textbook table, on random paths over a few tags, some deeper than the limit.
    @Test func pathsScoreAsTheLongestCommonSubsequenceTable() {
        func table(_ a: [String], _ b: [String]) -> Int {
            var row = [Int](repeating: 0, count: b.count + 1)
            for x in a {
                var diagonal = 0
                for j in 1...max(1, b.count) where !b.isEmpty {
                    let above = row[j]
                    row[j] = x == b[j - 1] ? diagonal + 1 : max(row[j], row[j - 1])
                    diagonal = above
                }
            }
            return row[b.count]
        }
        var seed: UInt64 = 7
        func next(_ n: Int) -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(seed >> 33) % n }
        let tags = ["div", "section", "main", "ul", "li", "form", "div.card", "é"]
        for round in 0..<3000 {
            let limit = Similarity.pathLimit
            func path() -> [String] { ["html", "body"] + (0..<next(round % 10 == 0 ? limit + 20 : 14)).map { _ in tags[next(tags.count)] } }
            // Half the time the other path is this one with ancestors dropped, as a refactor does.
            let a = path(), b = next(2) == 0 ? a.filter { _ in next(3) > 0 } : path()
            let x = Array(a.suffix(limit)), y = Array(b.suffix(limit))
            #expect(Similarity.pathSimilarity(a, b) == 2 * Double(table(x, y)) / Double(x.count + y.count), "\(a) \(b)")
        }
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
