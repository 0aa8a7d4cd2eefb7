/// The words of web pages that mean the same to a person: "Basket" is a cart, "Qty" a
/// quantity, "ZIP / Postal code" a postcode, "Sign in" a login. Every token that folding reads
/// (see `Folder`) is mapped to its group's first word, so "Add to basket" and "Add to cart"
/// compare equal, for healing and for plain-language steps alike. Kept to vocabulary common
/// across sites; one place, so a new synonym is one line.
enum Vocabulary {
    /// Synonym groups, the canonical word first. A two-word variant ("zip code") is read as one token.
    static let groups: [[String]] = [
        ["cart", "basket", "bag", "trolley"],
        ["remove", "delete", "trash"],
        ["close", "dismiss", "\u{00D7}", "\u{2715}", "\u{2716}"],
        ["email", "e mail", "mail"],
        ["postcode", "post code", "postal code", "zip", "zip code", "zipcode"],
        ["phone", "telephone", "tel", "mobile", "cell", "phone number", "telephone number", "mobile number"],
        ["quantity", "qty"],
        ["firstname", "first name", "given name", "forename"],
        ["lastname", "last name", "surname", "family name"],
        ["login", "log in", "sign in", "signin", "logon"],
        ["logout", "log out", "sign out", "signout", "logoff", "log off"],
        ["signup", "sign up", "register"],
        ["cvc", "cvv", "csc", "security code"],
        ["expiry", "expiration", "expires", "expire", "exp"],
        ["search", "find", "magnifier", "magnifying glass"],
        ["wishlist", "wish list", "favourites", "favorites", "favourite", "favorite", "heart"],
        ["settings", "preferences", "cog", "gear"],
        ["readmore", "read more", "continue reading"],
        ["checkout", "check out"],
        ["username", "user name"],
        ["previous", "prev"],
        ["number", "num", "nr", "no"],
        ["promo", "discount", "coupon", "voucher"],
        ["main", "primary"],
        // What interface words a redesign swaps for each other, as a person reads them.
        ["shipping", "delivery", "postage"],
        ["careers", "jobs", "vacancies"],
        ["dashboard", "overview"],
        ["notifications", "alerts", "bell"],
        // A stepper's minus ("Add one seat" is no synonym of "Add seat": two-word variants of
        // add and remove are left out).
        ["decrease", "reduce", "fewer", "minus", "\u{2212}"],
        ["minimum", "min"],
        ["maximum", "max"],
        ["edit", "modify", "pencil", "change", "manage"],
        ["help", "support"],
        ["newsletter", "mailing list"],
        ["accept", "agree"],
        ["export", "download"],
        ["digest", "summary"],
        ["select", "choose", "pick"],
        ["continue", "next", "proceed", "resume"],
        ["reset", "clear"],
        // Words a redesign swaps for each other. Left out, each measured to pick wrongly on the
        // locate corpus: "bin" (a council's Bins page for Delete), members/people/users (one
        // forum links both), enrol/enroll (a new course's Enroll for a removed course's Enrol),
        // view/open/show and new/create (a step's own verbs read as a control's name), compose /
        // "new message" (one mail app has both buttons), home/homepage (measured with compose),
        // reorder / "order again" (a step's "Order … again" no longer found its button).
        ["spam", "junk"],
        ["submit", "send"],
        ["buy", "purchase"],
        ["booking", "reservation"],
        ["upload", "attach"],
        ["filter", "refine"],
        ["block", "ban"],
        // British and American spellings of the same interface word.
        ["organization", "organisation"],
        ["catalog", "catalogue"],
        ["color", "colour"],
        ["center", "centre"],
        ["canceled", "cancelled"],
        ["license", "licence"],
        ["program", "programme"],
        ["gray", "grey"],
        ["organize", "organise"],
        ["customize", "customise"],
        ["personalize", "personalise"],
        ["authorize", "authorise"],
        ["analyze", "analyse"],
        ["prioritize", "prioritise"],
        ["minimize", "minimise"],
        ["maximize", "maximise"],
        // Abbreviations forms and menus use.
        ["account", "acct", "acc"],
        ["password", "pwd", "passwd"],
    ]

    /// Words that carry little on their own: they count a quarter in weighted comparisons.
    static let stopWords: Set<String> = ["the", "a", "an", "to", "of", "for", "in", "on", "at", "by", "with", "and", "or", "your",
                                         "my", "our", "me", "this", "that", "is", "be", "it", "from", "as", "please"]

    /// FNV-1a over lower-cased bytes: the token hash `Folder` uses.
    static func hash<C: Collection>(_ bytes: C) -> UInt64 where C.Element == UInt8 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    /// The same hash over a string's bytes, read in place (no array built).
    static func hash(_ word: String) -> UInt64 { word.utf8.withContiguousStorageIfAvailable(hash) ?? hash(word.utf8) }

    /// Token hash -> canonical token hash (single words, plurals folded first).
    static let canonical: TokenTable<UInt64> = {
        var map = TokenTable<UInt64>()
        for group in groups {
            let target = hash(group[0])
            for word in group where !word.contains(" ") { map[hash(stem(Array(word.utf8)))] = target }
        }
        return map
    }()

    /// (first, second) token hashes of a two-word variant -> canonical token hash.
    static let pairs: TokenTable<UInt64> = {
        var map = TokenTable<UInt64>()
        for group in groups {
            let target = hash(group[0])
            for word in group where word.contains(" ") {
                let parts = word.split(separator: " ").map { hash(stem(Array($0.utf8))) }
                map[Pair(first: parts[0], second: parts[1]).key] = target
            }
        }
        return map
    }()

    static let stopHashes: TokenTable<Bool> = stopWords.reduce(into: TokenTable<Bool>()) { $0[hash($1)] = true }

    /// Whether two words are read as one ("first name", "zip code").
    static func isPair(_ first: String, _ second: String) -> Bool {
        pairs[Pair(first: hash(stem(Array(first.lowercased().utf8))), second: hash(stem(Array(second.lowercased().utf8)))).key] != nil
    }

    struct Pair: Hashable {
        var first: UInt64; var second: UInt64
        /// One token-table key for the two words (an odd multiplier keeps the order).
        var key: UInt64 { (first &* 0x9E37_79B9_7F4A_7C15) ^ second }
    }

    /// A plural "s" dropped from words longer than three letters ("items", "names"), not from
    /// -ss, -us, -is (address, status, this); then "-ure" from a word of seven letters or more,
    /// and a final "-y" or "-ie".
    static func stem(_ token: [UInt8]) -> ArraySlice<UInt8> {
        token.prefix(token.withUnsafeBufferPointer(stemCount))
    }

    /// How many leading bytes of the token its stem keeps (`stem`). Byte by byte, on a buffer:
    /// every token of a page passes here.
    static func stemCount(_ t: UnsafeBufferPointer<UInt8>) -> Int {
        var n = t.count
        if n > 3, t[n - 1] == 115 {  // "s"
            let before = t[n - 2]
            if !(before == 115 || before == 117 || before == 105) { n -= 1 }
        }
        // "-ure" makes another word of the same stem ("departure", "depart"; "closure", "close").
        if n >= 7, t[n - 1] == 101, t[n - 2] == 114, t[n - 3] == 117 { return n - 3 }  // "ure"
        // "-y" and its plural "-ies" (after the "s" went: "-ie") are one stem: enquiry,
        // enquiries; reply, replies; cookie, cookies.
        if n >= 5, t[n - 1] == 101, t[n - 2] == 105 { return n - 2 }  // "ie"
        if n >= 4, t[n - 1] == 121 { return n - 1 }  // "y"
        return n
    }
}
