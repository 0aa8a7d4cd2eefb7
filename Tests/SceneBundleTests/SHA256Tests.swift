import Foundation
import Testing
import SceneBundle

/// FIPS 180-4 (SHA-256) and RFC 4231 (HMAC-SHA256) test vectors.
@Suite struct SHA256Tests {
    private func hex(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        var it = s.makeIterator()
        while let a = it.next(), let b = it.next() { out.append(UInt8(String([a, b]), radix: 16)!) }
        return out
    }

    @Test(arguments: [
        ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"),
        ("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
         "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1"),
    ])
    func sha256Vectors(message: String, digest: String) {
        #expect(SceneHash.hex(SceneHash.sha256(Array(message.utf8))) == digest)
    }

    @Test func sha256MillionA() {
        let digest = SceneHash.sha256([UInt8](repeating: 0x61, count: 1_000_000))
        #expect(SceneHash.hex(digest) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test func paddingBoundaries() {
        // 55, 56 and 64 bytes straddle the one-block/two-block padding edge.
        #expect(SceneHash.hex(SceneHash.sha256([UInt8](repeating: 0x61, count: 55))) == "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318")
        #expect(SceneHash.hex(SceneHash.sha256([UInt8](repeating: 0x61, count: 56))) == "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a")
        #expect(SceneHash.hex(SceneHash.sha256([UInt8](repeating: 0x61, count: 64))) == "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb")
    }

    @Test(arguments: [
        // RFC 4231 test cases 1, 2, 3, 6 (key longer than a block), 7 (key and data longer than a block).
        ("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", "4869205468657265",
         "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"),
        ("4a656665", "7768617420646f2079612077616e7420666f72206e6f7468696e673f",
         "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"),
        (String(repeating: "aa", count: 20), String(repeating: "dd", count: 50),
         "773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe"),
        (String(repeating: "aa", count: 131),
         "54657374205573696e67204c6172676572205468616e20426c6f636b2d53697a65204b6579202d2048617368204b6579204669727374",
         "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54"),
        (String(repeating: "aa", count: 131),
         "5468697320697320612074657374207573696e672061206c6172676572207468616e20626c6f636b2d73697a65206b657920616e642061206c6172676572207468616e20626c6f636b2d73697a6520646174612e20546865206b6579206e6565647320746f20626520686173686564206265666f7265206265696e6720757365642062792074686520484d414320616c676f726974686d2e",
         "9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2"),
    ])
    func hmacVectors(key: String, data: String, mac: String) {
        #expect(SceneHash.hex(SceneHash.hmacSHA256(key: hex(key), message: hex(data))) == mac)
    }

    /// Pieces of every size give the digest of the whole, and a file's digest is its bytes' digest.
    @Test func streamingAndFilesMatchOneShot() throws {
        let message = (0 ..< 1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = SceneHash.sha256(message)
        for piece in [1, 3, 63, 64, 65, 200] {
            var hasher = SHA256()
            var i = 0
            while i < message.count { hasher.update(Array(message[i ..< min(i + piece, message.count)])); i += piece }
            #expect(hasher.finalize() == whole, "pieces of \(piece)")
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("scene-sha-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: url) }
        try Data(message).write(to: url)
        #expect(SceneHash.sha256(fileAtPath: url.path) == whole)
        #expect(SceneHash.sha256(fileAtPath: url.path + ".absent") == nil)
    }
}
