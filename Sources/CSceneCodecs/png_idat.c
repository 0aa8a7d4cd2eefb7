#include "png_idat.h"
#include "scene_codecs.h"

#include <png.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

enum { INPUT_SIZE = 1 << 16 };

static int fail(SceneIDAT *d, const char *message) {
    if (d->error[0] == 0) snprintf(d->error, SCENE_ERROR_LEN, "%s", message);
    return 1;
}

static uint32_t load32(const uint8_t *p) { uint32_t v; memcpy(&v, p, 4); return v; }
static void store32(uint8_t *p, uint32_t v) { memcpy(p, &v, 4); }

// Byte-wise x + y (mod 256 in every byte) without carries between bytes.
static uint32_t add8(uint32_t x, uint32_t y) {
    return ((x & 0x7f7f7f7fu) + (y & 0x7f7f7f7fu)) ^ ((x ^ y) & 0x80808080u);
}

// Byte-wise floor((x + y) / 2).
static uint32_t average8(uint32_t x, uint32_t y) { return (x & y) + (((x ^ y) & 0xfefefefeu) >> 1); }

static uint8_t paeth(uint8_t a, uint8_t b, uint8_t c) {
    int pa = abs(b - c), pb = abs(a - c), pc = abs(a + b - 2 * c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

int scene_idat_start(SceneIDAT *d, FILE *file, uint32_t length, uint32_t width, int channels, char *error) {
    memset(d, 0, sizeof *d);
    d->file = file; d->error = error; d->width = width; d->channels = channels;
    d->chunk_left = length;
    d->verify_crc = 1;
    d->crc = (uint32_t)crc32(0, (const Bytef *)"IDAT", 4);
    // The inflater counts output in 32 bits: one row (filter byte + samples) must fit (any sane pixel limit does).
    if ((uint64_t)width * channels + 1 > 0xffffffffu) return fail(d, "image too wide for one inflate call");
    d->raw = calloc((size_t)width * channels + 1 + 4, 1);
    d->prev = calloc((size_t)width * 4 + 4, 1);
    d->in = malloc(INPUT_SIZE);
    d->inflate = malloc(sizeof *d->inflate);
    if (!d->raw || !d->prev || !d->in || !d->inflate) return fail(d, "out of memory");
    // Raw deflate after a header checked here: chunk CRCs guard the data, and the zlib trailer's
    // Adler-32 is not verified (libpng's PNG_IGNORE_ADLER32, as browsers do).
    isal_inflate_init(d->inflate);
    d->inflate->crc_flag = ISAL_DEFLATE;
    return 0;
}

// Reads the next piece of the current IDAT chunk into the input buffer, adding it to the chunk's CRC.
static int read_piece(SceneIDAT *d, uint32_t *got) {
    *got = d->chunk_left < INPUT_SIZE ? d->chunk_left : INPUT_SIZE;
    if (fread(d->in, 1, *got, d->file) != *got) return fail(d, "truncated (file ends before the image data does)");
    d->crc = (uint32_t)crc32(d->crc, d->in, *got);
    d->chunk_left -= *got;
    return 0;
}

// Refills the input buffer from the current IDAT chunk, moving on to the next one at its end.
static int feed(SceneIDAT *d) {
    while (d->chunk_left == 0) {
        uint8_t bytes[12];
        if (fread(bytes, 1, 4, d->file) != 4) return fail(d, "truncated (file ends before the image data does)");
        uint32_t stored = png_get_uint_32(bytes);
        if (d->verify_crc && stored != d->crc) return fail(d, "IDAT: CRC error");
        if (fread(bytes, 1, 8, d->file) != 8) return fail(d, "truncated (file ends before the image data does)");
        if (memcmp(bytes + 4, "IDAT", 4) != 0) return fail(d, "Not enough image data");
        uint32_t length = png_get_uint_32(bytes);
        if (length > 0x7fffffffu) return fail(d, "IDAT: invalid chunk length");
        d->chunk_left = length;
        d->crc = (uint32_t)crc32(0, bytes + 4, 4);
    }
    uint32_t got = 0;
    if (read_piece(d, &got)) return 1;
    d->inflate->next_in = d->in;
    d->inflate->avail_in = got;
    return 0;
}

// The data ended before the last row. A damaged chunk is the likelier cause: its CRC is checked first.
static int stream_short(SceneIDAT *d) {
    uint32_t got = 0;
    while (d->verify_crc && d->chunk_left > 0) {
        d->inflate->avail_in = 0;  // the buffer is overwritten: what it held is done with
        if (read_piece(d, &got)) return 1;
    }
    uint8_t stored[4];
    if (d->verify_crc && fread(stored, 1, 4, d->file) == 4 && png_get_uint_32(stored) != d->crc)
        return fail(d, "IDAT: CRC error");
    return fail(d, "Not enough image data");
}

// Consumes the two-byte zlib header (RFC 1950): deflate, a window of at most 32 KB, no preset dictionary.
static int read_header(SceneIDAT *d) {
    struct inflate_state *s = d->inflate;
    while (d->header_read < 2 && s->avail_in > 0) {
        d->header[d->header_read++] = *s->next_in++;
        s->avail_in--;
    }
    if (d->header_read < 2) return 0;
    const unsigned cmf = d->header[0], flg = d->header[1];
    if ((cmf & 0x0f) != 8 || (cmf >> 4) > 7 || (cmf * 256 + flg) % 31 != 0 || (flg & 0x20))
        return fail(d, "IDAT: invalid zlib header");
    return 0;
}

static const char *inflate_error(int status) {
    switch (status) {
    case ISAL_INVALID_BLOCK: return "IDAT: invalid compressed data (bad block)";
    case ISAL_INVALID_SYMBOL: return "IDAT: invalid compressed data (bad code)";
    case ISAL_INVALID_LOOKBACK: return "IDAT: invalid compressed data (distance too far back)";
    default: return "IDAT: invalid compressed data";
    }
}

// Inflates the next filter byte + filtered row into d->raw.
static int inflate_row(SceneIDAT *d, size_t length) {
    struct inflate_state *s = d->inflate;
    s->next_out = d->raw;
    s->avail_out = (uint32_t)length;
    // ISA-L may hold decoded bytes back once its input is used up: it asks for more input only
    // when a call wrote nothing.
    int starved = 0;
    while (s->avail_out > 0) {
        if (d->stream_ended) return stream_short(d);
        if (starved && feed(d)) return 1;
        if (d->header_read < 2) {
            if (read_header(d)) return 1;
            starved = s->avail_in == 0;
            continue;
        }
        const uint32_t wanted = s->avail_out, offered = s->avail_in;
        int status = isal_inflate(s);
        if (status < 0) return fail(d, inflate_error(status));
        if (s->block_state == ISAL_BLOCK_FINISH) d->stream_ended = 1;
        const int wrote = s->avail_out != wanted;
        // Neither output nor input moved: nothing more will come of this stream.
        if (!wrote && !d->stream_ended && offered > 0 && s->avail_in == offered) return fail(d, inflate_error(0));
        starved = !wrote && s->avail_in == 0;
    }
    return 0;
}

#ifdef __SSE2__
static __m128i widen(uint32_t v) { return _mm_unpacklo_epi8(_mm_cvtsi32_si128((int)v), _mm_setzero_si128()); }
static __m128i abs16(__m128i x) { return _mm_max_epi16(x, _mm_sub_epi16(_mm_setzero_si128(), x)); }
#endif

// One row of Paeth: four 16-bit lanes per pixel, the three (or four) channels at once.
static void unpaeth(uint8_t *out, const uint8_t *src, const uint8_t *up, uint32_t width, int bpp, uint32_t keep,
                    uint32_t alpha) {
#ifdef __SSE2__
    // Everything that does not wait on the previous pixel (b, c, |b - c|) is off the chain; the chain
    // (a → |a - c|, |a + b - 2c| → comparisons → select → sum) stays in 16-bit lanes, so no pack or unpack.
    const __m128i low = _mm_set1_epi16(0xff), zero = _mm_setzero_si128();
    __m128i a = zero, c = zero;
    for (uint32_t x = 0; x < width; x++) {
        __m128i b = widen(load32(up + 4 * x));
        __m128i s = widen(load32(src + (size_t)bpp * x));
        __m128i da = _mm_sub_epi16(b, c), pa = abs16(da);
        __m128i db = _mm_sub_epi16(a, c), nb = _mm_sub_epi16(c, a);
        __m128i pb = _mm_max_epi16(db, nb);
        __m128i sum = _mm_add_epi16(da, db), nsum = _mm_sub_epi16(nb, da);
        __m128i pc = _mm_max_epi16(sum, nsum);
        __m128i not_a = _mm_or_si128(_mm_cmpgt_epi16(pa, pb), _mm_cmpgt_epi16(pa, pc));
        __m128i use_c = _mm_cmpgt_epi16(pb, pc);
        __m128i b_or_c = _mm_or_si128(_mm_and_si128(use_c, c), _mm_andnot_si128(use_c, b));
        __m128i predictor = _mm_or_si128(_mm_and_si128(not_a, b_or_c), _mm_andnot_si128(not_a, a));
        a = _mm_and_si128(_mm_add_epi16(s, predictor), low);
        store32(out + 4 * x, ((uint32_t)_mm_cvtsi128_si32(_mm_packus_epi16(a, a)) & keep) | alpha);
        c = b;
    }
#else
    for (uint32_t x = 0; x < width; x++)
        for (int k = 0; k < bpp; k++)
            out[4 * x + k] = (uint8_t)(src[bpp * x + k] + paeth(x ? out[4 * x - 4 + k] : 0, up[4 * x + k],
                                                                 x ? up[4 * x - 4 + k] : 0));
    if (alpha) for (uint32_t x = 0; x < width; x++) out[4 * x + 3] = 255;
#endif
}

// Unfilters d->raw (filter byte, then `bpp` bytes a pixel) into an RGBA row, `up` being the row above.
static int unfilter(SceneIDAT *d, uint8_t *out, const uint8_t *up) {
    const uint8_t *src = d->raw + 1;
    const int bpp = d->channels;
    const uint32_t width = d->width;
    // RGB rows come in 3 bytes a pixel, loaded 4 at a time: drop the 4th byte, set alpha opaque.
    static const uint8_t opaque[4] = {0, 0, 0, 255}, colour[4] = {255, 255, 255, 0};
    const uint32_t alpha = bpp == 3 ? load32(opaque) : 0, keep = bpp == 3 ? load32(colour) : 0xffffffffu;
    uint32_t left = 0;
    switch (d->raw[0]) {
    case 0:
        for (uint32_t x = 0; x < width; x++) store32(out + 4 * x, (load32(src + (size_t)bpp * x) & keep) | alpha);
        break;
    case 1:
        for (uint32_t x = 0; x < width; x++) {
            left = add8(load32(src + (size_t)bpp * x), left);
            store32(out + 4 * x, (left & keep) | alpha);
        }
        break;
    case 2: {  // most rows of a screenshot: four pixels at a time
        uint32_t x = 0;
#ifdef __SSE2__
        const __m128i keep4 = _mm_set1_epi32((int)keep), alpha4 = _mm_set1_epi32((int)alpha);
        for (; x + 4 <= width; x += 4) {
            const uint8_t *s = src + (size_t)bpp * x;
            __m128i pixels = _mm_setr_epi32((int)load32(s), (int)load32(s + bpp), (int)load32(s + 2 * bpp),
                                            (int)load32(s + 3 * bpp));
            __m128i sum = _mm_add_epi8(pixels, _mm_loadu_si128((const __m128i *)(up + 4 * x)));
            _mm_storeu_si128((__m128i *)(out + 4 * x), _mm_or_si128(_mm_and_si128(sum, keep4), alpha4));
        }
#endif
        for (; x < width; x++)
            store32(out + 4 * x, (add8(load32(src + (size_t)bpp * x), load32(up + 4 * x)) & keep) | alpha);
        break;
    }
    case 3:
        for (uint32_t x = 0; x < width; x++) {
            left = add8(load32(src + (size_t)bpp * x), average8(left, load32(up + 4 * x)));
            store32(out + 4 * x, (left & keep) | alpha);
        }
        break;
    case 4:
        unpaeth(out, src, up, width, bpp, keep, alpha);
        break;
    default:
        return fail(d, "bad adaptive filter value");
    }
    return 0;
}

static int take_checkpoint(SceneIDAT *d) {
    SceneIDATCheckpoint **list = realloc(d->checkpoints, sizeof *list * (d->checkpoint_count + 1));
    if (!list) return fail(d, "out of memory");
    d->checkpoints = list;
    SceneIDATCheckpoint *c = calloc(1, sizeof *c);
    if (!c) return fail(d, "out of memory");
    c->prev = malloc((size_t)d->width * 4 + 4);
    // Only the valid part of the state's output buffer (its history) is kept: 20-90 KB instead of 87.
    c->inflate_size = offsetof(struct inflate_state, tmp_out_buffer) + (size_t)d->inflate->tmp_out_valid;
    c->inflate = malloc(c->inflate_size);
    if (!c->prev || !c->inflate) { free(c->prev); free(c->inflate); free(c); return fail(d, "out of memory"); }
    memcpy(c->inflate, d->inflate, c->inflate_size);
    list[d->checkpoint_count] = c;
    memcpy(c->prev, d->prev, (size_t)d->width * 4);
    c->row = d->row;
    // Input already read but not inflated belongs to the current chunk: resume at its first byte.
    c->file_pos = ftell(d->file) - (long)d->inflate->avail_in;
    c->chunk_left = d->chunk_left + d->inflate->avail_in;
    c->stream_ended = d->stream_ended;
    c->header_read = d->header_read;
    d->checkpoint_count++;
    return 0;
}

int scene_idat_read_rows(SceneIDAT *d, uint8_t *rows, size_t stride, uint32_t count) {
    const size_t length = (size_t)d->width * d->channels + 1;
    const uint8_t *up = d->prev;
    for (uint32_t i = 0; i < count; i++) {
        if (d->interval && d->row % d->interval == 0 && d->row / d->interval == d->checkpoint_count) {
            if (i > 0) memcpy(d->prev, up, (size_t)d->width * 4);
            if (take_checkpoint(d)) return 1;
        }
        uint8_t *out = rows + i * stride;
        if (inflate_row(d, length) || unfilter(d, out, up)) return 1;
        up = out;
        d->row++;
    }
    if (count > 0) memcpy(d->prev, up, (size_t)d->width * 4);
    return 0;
}

int scene_idat_keep_checkpoints(SceneIDAT *d, uint32_t interval) {
    if (d->row != 0 || d->checkpoint_count != 0) return fail(d, "checkpoints must be asked for before the first row");
    d->interval = interval;
    return 0;
}

static int restore(SceneIDAT *d, const SceneIDATCheckpoint *c) {
    memcpy(d->inflate, c->inflate, c->inflate_size);
    d->inflate->next_in = d->in;
    d->inflate->avail_in = 0;
    d->header_read = c->header_read;
    if (fseek(d->file, c->file_pos, SEEK_SET) != 0) return fail(d, "cannot read the file again");
    d->chunk_left = c->chunk_left;
    d->stream_ended = c->stream_ended;
    d->verify_crc = 0;
    memcpy(d->prev, c->prev, (size_t)d->width * 4);
    d->row = c->row;
    return 0;
}

int scene_idat_seek(SceneIDAT *d, uint32_t row) {
    if (d->interval == 0) return fail(d, "no checkpoints kept");
    uint32_t nearest = row / d->interval;
    if (nearest >= d->checkpoint_count) nearest = d->checkpoint_count ? d->checkpoint_count - 1 : 0;
    if (d->checkpoint_count == 0 || (row >= d->row && d->checkpoints[nearest]->row <= d->row)) {
        if (row < d->row) return fail(d, "no checkpoint before that row");
    } else if (restore(d, d->checkpoints[nearest])) {
        return 1;
    }
    uint8_t *scratch = malloc((size_t)d->width * 4 + 4);
    if (!scratch) return fail(d, "out of memory");
    int failed = 0;
    while (d->row < row && !failed) failed = scene_idat_read_rows(d, scratch, 0, 1);
    free(scratch);
    return failed;
}

void scene_idat_end(SceneIDAT *d) {
    for (uint32_t i = 0; i < d->checkpoint_count; i++) {
        free(d->checkpoints[i]->inflate);
        free(d->checkpoints[i]->prev);
        free(d->checkpoints[i]);
    }
    free(d->checkpoints);
    free(d->raw); free(d->prev); free(d->in); free(d->inflate);
    memset(d, 0, sizeof *d);
}
