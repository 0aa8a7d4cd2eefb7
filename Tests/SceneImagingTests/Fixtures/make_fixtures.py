#!/usr/bin/env python3
"""Writes the PNG decoder fixtures (every colour type, bit depth, tRNS, Adam7) and
bad-input files, plus expected.json holding the RGBA8 bytes each PNG must decode to.
Pure zlib/struct so the fixtures do not depend on the decoder under test.
Run from this folder: python3 make_fixtures.py"""
import json
import struct
import zlib

W, H = 7, 5  # odd sizes exercise partial Adam7 passes and sub-byte row padding


def chunk(kind, data):
    body = kind + data
    return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)


def unfilter_predictor(kind, a, b, c):
    if kind == 1:
        return a
    if kind == 2:
        return b
    if kind == 3:
        return (a + b) // 2
    if kind == 4:
        p = a + b - c
        pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
        return a if pa <= pb and pa <= pc else b if pb <= pc else c
    return 0


def filtered(rows, bpp):
    """8-bit rows, row y filtered with type (y + 2) % 5 (up, average, paeth, none, sub)."""
    out, prev = bytearray(), bytes(len(rows[0]))
    for y, row in enumerate(rows):
        kind = (y + 2) % 5
        out.append(kind)
        for i, v in enumerate(row):
            a = row[i - bpp] if i >= bpp else 0
            c = prev[i - bpp] if i >= bpp else 0
            out.append((v - unfilter_predictor(kind, a, prev[i], c)) % 256)
        prev = bytes(row)
    return bytes(out)


def split_idat(data, size):
    """IDAT split into `size`-byte chunks, an empty one first (decoders must walk chunk boundaries)."""
    return chunk(b"IDAT", b"") + b"".join(chunk(b"IDAT", data[i:i + size]) for i in range(0, len(data), size))


def png(width, height, depth, color, rows_of_samples, extra=b"", interlace=0, filters=False):
    """rows_of_samples: per row a list of sample values (already per channel).
    filters: 8-bit, non-interlaced only: every filter type, IDAT in 7-byte chunks."""
    def pack_row(samples, n):
        if depth == 16:
            return b"".join(struct.pack(">H", s) for s in samples)
        if depth == 8:
            return bytes(samples)
        out, acc, bits = bytearray(), 0, 0
        for s in samples:
            acc = (acc << depth) | s
            bits += depth
            if bits == 8:
                out.append(acc); acc, bits = 0, 0
        if bits:
            out.append(acc << (8 - bits))
        return bytes(out)

    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[color]
    raw = bytearray()
    if interlace == 0:
        for row in rows_of_samples:
            raw += b"\x00" + pack_row(row, width)
    else:
        passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        for x0, y0, dx, dy in passes:
            xs = list(range(x0, width, dx))
            if not xs:
                continue
            for y in range(y0, height, dy):
                row = rows_of_samples[y]
                samples = [row[x * channels + c] for x in xs for c in range(channels)]
                raw += b"\x00" + pack_row(samples, len(xs))
    ihdr = struct.pack(">IIBBBBB", width, height, depth, color, 0, 0, interlace)
    if filters:
        idat = split_idat(zlib.compress(filtered(rows_of_samples, channels), 9), 7)
        return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra + idat + chunk(b"IEND", b"")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + extra
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def to8(v, depth):
    if depth == 16:
        return round(v / 257)
    return v * 255 // ((1 << depth) - 1)


fixtures, expected = {}, {}


def add(name, data, rgba):
    fixtures[name] = data
    expected[name] = [int(v) for v in rgba]


def grey(depth, alpha=False, trns=None, interlace=0):
    maxv = (1 << depth) - 1
    rows, rgba = [], []
    for y in range(H):
        row = []
        for x in range(W):
            g = (x * 3 + y * 5) % (maxv + 1) if depth < 8 else (x * 37 + y * 61) * (maxv // 255) % (maxv + 1)
            a = ((x + y) * 41 * (maxv // 255 if depth > 8 else 1)) % (maxv + 1) if alpha else None
            row += [g] + ([a] if alpha else [])
            g8 = to8(g, depth)
            a8 = to8(a, depth) if alpha else (0 if trns is not None and g == trns else 255)
            rgba += [g8, g8, g8, a8]
        rows.append(row)
    color = 4 if alpha else 0
    extra = chunk(b"tRNS", struct.pack(">H", trns)) if trns is not None else b""
    return png(W, H, depth, color, rows, extra, interlace), rgba


def truecolour(depth, alpha=False, trns=None, interlace=0, filters=False):
    maxv = (1 << depth) - 1
    scale = maxv // 255
    rows, rgba = [], []
    for y in range(H):
        row = []
        for x in range(W):
            r, g, b = (x * 40 * scale) % (maxv + 1), (y * 60 * scale) % (maxv + 1), ((x + y) * 25 * scale + 7) % (maxv + 1)
            if trns is not None and (x, y) == (1, 1):
                r, g, b = trns
            a = ((x * 31 + y * 17) * scale) % (maxv + 1) if alpha else None
            row += [r, g, b] + ([a] if alpha else [])
            a8 = to8(a, depth) if alpha else (0 if trns is not None and (r, g, b) == tuple(trns) else 255)
            rgba += [to8(r, depth), to8(g, depth), to8(b, depth), a8]
        rows.append(row)
    color = 6 if alpha else 2
    extra = chunk(b"tRNS", struct.pack(">HHH", *trns)) if trns is not None else b""
    return png(W, H, depth, color, rows, extra, interlace, filters), rgba


def palette(depth, with_trns=False, interlace=0):
    n = 1 << depth
    entries = [((i * 73) % 256, (i * 151) % 256, (i * 199 + 5) % 256) for i in range(n)]
    alphas = [(i * 97) % 256 for i in range(n)] if with_trns else []
    rows, rgba = [], []
    for y in range(H):
        row = []
        for x in range(W):
            i = (x + y * 3) % n
            row.append(i)
            a = alphas[i] if with_trns else 255
            rgba += list(entries[i]) + [a]
        rows.append(row)
    extra = chunk(b"PLTE", bytes(v for e in entries for v in e))
    if with_trns:
        extra += chunk(b"tRNS", bytes(alphas))
    return png(W, H, depth, 3, rows, extra, interlace), rgba


for d in (1, 2, 4, 8, 16):
    add(f"grey{d}.png", *grey(d))
add("grey8-trns.png", *grey(8, trns=61))
add("grey16-trns.png", *grey(16, trns=0))
add("greyalpha8.png", *grey(8, alpha=True))
add("greyalpha16.png", *grey(16, alpha=True))
add("rgb8.png", *truecolour(8))
add("rgb16.png", *truecolour(16))
add("rgb8-trns.png", *truecolour(8, trns=(10, 20, 30)))
add("rgba8.png", *truecolour(8, alpha=True))
add("rgb8-filters.png", *truecolour(8, filters=True))
add("rgba8-filters.png", *truecolour(8, alpha=True, filters=True))
add("rgba16.png", *truecolour(16, alpha=True))
for d in (1, 2, 4, 8):
    add(f"palette{d}.png", *palette(d))
add("palette8-trns.png", *palette(8, with_trns=True))
add("rgba8-interlaced.png", *truecolour(8, alpha=True, interlace=1))
add("palette4-interlaced.png", *palette(4, interlace=1))
add("grey16-interlaced.png", *grey(16, interlace=1))

for name, data in fixtures.items():
    with open(name, "wb") as f:
        f.write(data)
with open("expected.json", "w") as f:
    json.dump(expected, f, indent=0, sort_keys=True)

def idat_crc_broken(data):
    """Flips one data byte of the last IDAT chunk, leaving its CRC stale."""
    at = data.rindex(b"IDAT") + 4
    return data[:at] + bytes([data[at] ^ 0x55]) + data[at + 1:]


# Bad input. Each file exercises one distinct failure path of the decoder.
good = fixtures["rgb8.png"]
bad = {
    "bad-empty.png": b"",
    "bad-not-png.png": b"GIF89a this is not a PNG at all\n",
    "bad-truncated.png": good[: len(good) - 30],
    # IHDR with a wrong CRC: a critical chunk, so libpng must refuse it.
    "bad-crc.png": good[:29] + bytes([good[29] ^ 0xFF]) + good[30:],
    # Header claims 2000 x 100000 (200 MP) but carries almost no data: stopped by the pixel limit.
    "bad-tall.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 2000, 100000, 8, 6, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"\x00" * 100)) + chunk(b"IEND", b""),
    # A decompression bomb: 30000 x 30000 of zeros compresses to under 1 MB.
    "bad-bomb.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 30000, 30000, 1, 0, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"\x00" * (30000 * 3751), 9)) + chunk(b"IEND", b""),
    # Bit depth 3 does not exist.
    "bad-depth.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 4, 4, 3, 0, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(b"\x00" * 20)) + chunk(b"IEND", b""),
    # 8-bit RGB screenshots take the decoder's own IDAT path: its failures, one file each.
    "bad-idat-crc.png": idat_crc_broken(fixtures["rgb8-filters.png"]),
    "bad-filter.png": png(W, H, 8, 2, [[0] * (3 * W)] * H).replace(
        chunk(b"IDAT", zlib.compress(bytes((3 * W + 1) * H), 9)),
        chunk(b"IDAT", zlib.compress(bytes([0] * (3 * W + 1) * (H - 1) + [5] + [0] * 3 * W), 9))),
    "bad-short-idat.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 2, 0, 0, 0))
    + chunk(b"IDAT", zlib.compress(bytes((3 * W + 1) * (H - 1)))) + chunk(b"IEND", b""),
    "bad-deflate.png": b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, H, 8, 6, 0, 0, 0))
    + chunk(b"IDAT", b"\x78\x9c\xff\xff\xff\xff") + chunk(b"IEND", b""),
    "bad-truncated.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb",
}
for name, data in bad.items():
    with open(name, "wb") as f:
        f.write(data)
