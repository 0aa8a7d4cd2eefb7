import Foundation

/// A page's own password values, as a trace shows them: the attributes of `<input type=password>`
/// elements in DOM snapshots (`value`, and `__playwright_value_`, the value property Playwright
/// records) and the `value` attribute of such inputs in HTML the trace keeps (`resources/`).
/// Every value found is a secret for the rest of the trace and for every other output.
enum PasswordFields {
    /// Attributes of a password input: a `type` attribute (any case) whose value is `password`
    /// (any case: browsers match the keyword ASCII case-insensitively).
    static func isPasswordInput(_ attributes: [String: Any]) -> Bool {
        attributes.contains { key, value in
            key.lowercased() == "type" && (value as? String)?.trimmingCharacters(in: .whitespaces).lowercased() == "password"
        }
    }

    /// Attribute names holding a password input's value: `value` (any case) and Playwright's value property.
    static func isValueAttribute(_ name: String) -> Bool {
        name == "__playwright_value_" || name.lowercased() == "value"
    }

    /// The non-empty values of every password input in a parsed snapshot (any depth).
    static func collect(fromSnapshot value: Any, into found: inout Set<String>) {
        if let object = value as? [String: Any] {
            if isPasswordInput(object) {
                for (key, item) in object where isValueAttribute(key) {
                    if let text = item as? String, !text.isEmpty, text != TraceRedaction.placeholder { found.insert(text) }
                }
            }
            for item in object.values { collect(fromSnapshot: item, into: &found) }
        } else if let list = value as? [Any] {
            for item in list { collect(fromSnapshot: item, into: &found) }
        }
    }
}

/// Finds `<input … type=password … value=…>` in HTML fed in chunks (a tag may span chunks and
/// lines), whatever the case of names and keywords and the quoting of values. Reports each value
/// twice: as written (entities and all: what must be replaced in this very file) and decoded.
struct HTMLPasswordInputScanner {
    private(set) var values: Set<String> = []
    /// An `<input` tag cut by the end of the last chunk.
    private var pending = Data()
    /// Longer tags are not followed across chunks (no real input tag is that long).
    static let maxTagBytes = 64 << 10

    mutating func feed(_ chunk: Data) {
        var buffer = pending
        buffer.append(chunk)
        pending = Data()
        let bytes = [UInt8](buffer)
        var index = 0
        while let open = Self.nextInputTag(in: bytes, from: index) {
            guard let (attributes, end) = Self.attributes(in: bytes, from: open + 6) else {
                if bytes.count - open <= Self.maxTagBytes { pending = Data(bytes[open...]) }
                return
            }
            record(attributes)
            index = end
        }
        // Keep a tail that may be the start of `<input` cut by the chunk's end.
        if let lastOpen = bytes.lastIndex(of: UInt8(ascii: "<")), bytes.count - lastOpen <= 6, lastOpen >= index {
            pending = Data(bytes[lastOpen...])
        }
    }

    /// A tag still open at the end of the stream is read as far as it goes.
    mutating func finish() {
        defer { pending = Data() }
        let bytes = [UInt8](pending)
        guard bytes.count > 6, let (attributes, _) = Self.attributes(in: bytes + [UInt8(ascii: ">")], from: 6) else { return }
        record(attributes)
    }

    private mutating func record(_ attributes: [(name: String, raw: [UInt8])]) {
        var first: [String: [UInt8]] = [:]
        for (name, raw) in attributes where first[name] == nil { first[name] = raw }  // the first of a repeated attribute wins
        guard let type = first["type"], String(decoding: type, as: UTF8.self).lowercased() == "password",
              let raw = first["value"], !raw.isEmpty else { return }
        let written = String(decoding: raw, as: UTF8.self)
        values.insert(written)
        values.insert(HTMLEntities.decode(written))
    }

    /// The index of the next `<input` followed by a space, `/` or `>`.
    static func nextInputTag(in bytes: [UInt8], from start: Int) -> Int? {
        var i = start
        let name = Array("input".utf8)
        while i + 6 < bytes.count {
            if bytes[i] == UInt8(ascii: "<") {
                var k = 0
                while k < 5 && (bytes[i + 1 + k] | 0x20) == name[k] { k += 1 }
                if k == 5 && [0x20, 0x09, 0x0A, 0x0C, 0x0D, UInt8(ascii: "/"), UInt8(ascii: ">")].contains(bytes[i + 6]) { return i }
            }
            i += 1
        }
        return nil
    }

    /// The attributes (lower-cased names, raw values) of a tag whose name ends before `start`, and
    /// the index after its `>`; nil when the bytes end first. Follows HTML's attribute syntax:
    /// `name`, `name=value`, `name='value'`, `name="value"`, separated by white space or `/`.
    static func attributes(in bytes: [UInt8], from start: Int) -> ([(name: String, raw: [UInt8])], Int)? {
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        var found: [(name: String, raw: [UInt8])] = []
        var i = start
        while true {
            while i < bytes.count && (isSpace(bytes[i]) || bytes[i] == UInt8(ascii: "/")) { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: ">") { return (found, i + 1) }
            let nameStart = i
            i += 1  // a name may start with `=`
            while i < bytes.count && !isSpace(bytes[i]) && ![UInt8(ascii: "/"), UInt8(ascii: ">"), UInt8(ascii: "=")].contains(bytes[i]) { i += 1 }
            let name = String(decoding: bytes[nameStart..<i], as: UTF8.self).lowercased()
            while i < bytes.count && isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { return nil }
            guard bytes[i] == UInt8(ascii: "=") else {
                found.append((name, []))
                continue
            }
            i += 1
            while i < bytes.count && isSpace(bytes[i]) { i += 1 }
            guard i < bytes.count else { return nil }
            if bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") {
                let quote = bytes[i]
                guard let close = bytes[(i + 1)...].firstIndex(of: quote) else { return nil }
                found.append((name, Array(bytes[(i + 1)..<close])))
                i = close + 1
            } else {
                let valueStart = i
                while i < bytes.count && !isSpace(bytes[i]) && bytes[i] != UInt8(ascii: ">") { i += 1 }
                guard i < bytes.count else { return nil }
                found.append((name, Array(bytes[valueStart..<i])))
            }
        }
    }
}

/// The character references a server puts in attribute values: the five XML ones and numeric ones.
enum HTMLEntities {
    static let named: [String: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    static func decode(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let tail = rest[rest.index(after: amp)...]
            let end = tail.firstIndex(where: { !($0.isLetter || $0.isNumber || $0 == "#") }) ?? tail.endIndex
            let name = tail[..<end]
            var decoded: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                decoded = named[String(name)]
            }
            guard let decoded else {
                out += "&"
                rest = tail
                continue
            }
            out += decoded
            rest = end < tail.endIndex && tail[end] == ";" ? tail[tail.index(after: end)...] : tail[end...]
        }
        return out + rest
    }

    /// `text` as servers commonly escape it in HTML (two spellings of the quotes).
    static func encodedForms(_ text: String) -> [String] {
        let base = text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;")
        return [base.replacingOccurrences(of: "\"", with: "&quot;").replacingOccurrences(of: "'", with: "&#39;"),
                base.replacingOccurrences(of: "\"", with: "&#34;").replacingOccurrences(of: "'", with: "&#x27;")]
    }
}

extension ByteSearch {
    /// Whether `haystack` contains `needle` (lower-case ASCII) in any letter case.
    static func containsIgnoringCase(_ haystack: Data, _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        return haystack.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let bytes = raw.bindMemory(to: UInt8.self)
            let last = bytes.count - needle.count
            var i = 0
            while i <= last {
                if bytes[i] | 0x20 == first {
                    var k = 1
                    while k < needle.count && bytes[i + k] | 0x20 == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }
    }
}
