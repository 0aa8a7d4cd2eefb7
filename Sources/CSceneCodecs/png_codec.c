// libpng behind setjmp: every entry point sets a jump target before touching libpng.
#include "scene_codecs.h"
#include "png_idat.h"

#include <png.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

struct ScenePNGReader {
    png_structp png;
    png_infop info;
    FILE *file;
    ScenePNGInfo header;
    uint8_t chunk_header[8];  // the last chunk header libpng read: the first IDAT's after png_read_info
    int fast;                 // rows come from `idat`, not libpng
    SceneIDAT idat;
    char error[SCENE_ERROR_LEN];
};

// One piece of the IDAT zlib stream, deflated on its own (see scene_png_writer_compress).
typedef struct ScenePNGPiece {
    z_stream z;
    int ready;               // z is initialised
    int filled;              // compressed since the last append
    uint8_t *out;            // compressed bytes of the last compress call
    size_t size, capacity;
    uint8_t *row;            // filter byte + one row
    uint32_t adler;          // Adler-32 of the piece's uncompressed bytes
    uLong length;            // and their count
    char error[SCENE_ERROR_LEN];
} ScenePNGPiece;

struct ScenePNGWriter {
    png_structp png;
    png_infop info;
    FILE *file;
    // Own IDAT stream (pigz-style: pieces deflated apart, joined by Adler-32 combination) when
    // `own`; libpng then writes only the header chunks.
    int own, level, started;
    size_t row_bytes;
    uint32_t adler;
    ScenePNGPiece pieces[SCENE_PNG_PIECES];
    char error[SCENE_ERROR_LEN];
};

// Writes PLTE, and tRNS when a colour is not opaque.
static void set_palette(png_structp png, png_infop info, const uint8_t *rgba, int count) {
    png_color colours[256];
    png_byte alphas[256];
    int last_translucent = -1;
    for (int i = 0; i < count; i++) {
        const uint8_t *c = rgba + 4 * i;
        colours[i].red = c[0]; colours[i].green = c[1]; colours[i].blue = c[2];
        alphas[i] = c[3];
        if (c[3] != 255) last_translucent = i;
    }
    png_set_PLTE(png, info, colours, count);
    if (last_translucent >= 0) png_set_tRNS(png, info, alphas, last_translucent + 1, NULL);
}

static void on_png_error(png_structp png, png_const_charp message) {
    char *error = (char *)png_get_error_ptr(png);
    if (error[0] == 0) snprintf(error, SCENE_ERROR_LEN, "%s", message);
    png_longjmp(png, 1);
}

static void on_png_warning(png_structp png, png_const_charp message) {
    (void)png; (void)message; // warnings (bad CRC in ancillary chunks, sRGB profile notes) are not failures
}

// A short read means the file ended early: say so instead of libpng's "Read Error".
static void read_from_file(png_structp png, png_bytep data, size_t length) {
    ScenePNGReader *r = (ScenePNGReader *)png_get_io_ptr(png);
    if (fread(data, 1, length, r->file) != length) png_error(png, "truncated (file ends before the image data does)");
    if (length == 8) memcpy(r->chunk_header, data, 8);  // libpng reads every chunk's length + type at once
}

ScenePNGReader *scene_png_reader_open(const char *path) {
    ScenePNGReader *r = calloc(1, sizeof(ScenePNGReader));
    if (!r) return NULL;
    r->file = fopen(path, "rb");
    if (!r->file) { snprintf(r->error, SCENE_ERROR_LEN, "cannot open file"); return r; }
    unsigned char signature[8];
    size_t got = fread(signature, 1, 8, r->file);
    if (got == 0) { snprintf(r->error, SCENE_ERROR_LEN, "empty file (zero length)"); return r; }
    if (got < 8 || png_sig_cmp(signature, 0, 8) != 0) { snprintf(r->error, SCENE_ERROR_LEN, "not a PNG file (bad signature)"); return r; }
    r->png = png_create_read_struct(PNG_LIBPNG_VER_STRING, r->error, on_png_error, on_png_warning);
    if (!r->png) { snprintf(r->error, SCENE_ERROR_LEN, "out of memory"); return r; }
    r->info = png_create_info_struct(r->png);
    if (!r->info) { snprintf(r->error, SCENE_ERROR_LEN, "out of memory"); return r; }
    if (setjmp(png_jmpbuf(r->png))) return r;
    png_set_read_fn(r->png, r, read_from_file);
    png_set_sig_bytes(r->png, 8);
    // The pixel limit is enforced by the caller from the header; let libpng accept any size up to it.
    png_set_user_limits(r->png, 0x7fffffff, 0x7fffffff);
    png_set_crc_action(r->png, PNG_CRC_DEFAULT, PNG_CRC_WARN_USE);
#ifdef PNG_IGNORE_ADLER32
    // Chunk CRCs still guard the data; skipping zlib's second checksum saves ~5 % of a decode.
    png_set_option(r->png, PNG_IGNORE_ADLER32, PNG_OPTION_ON);
#endif
    png_read_info(r->png, r->info);
    png_uint_32 w, h;
    int depth, color, interlace;
    png_get_IHDR(r->png, r->info, &w, &h, &depth, &color, &interlace, NULL, NULL);
    r->header.width = w;
    r->header.height = h;
    r->header.bit_depth = depth;
    r->header.color_type = color;
    r->header.interlaced = interlace != PNG_INTERLACE_NONE;
    r->header.has_trns = png_get_valid(r->png, r->info, PNG_INFO_tRNS) != 0;
    return r;
}

const char *scene_png_reader_error(const ScenePNGReader *r) { return r->error; }
ScenePNGInfo scene_png_reader_info(const ScenePNGReader *r) { return r->header; }

int scene_png_reader_start_rgba8(ScenePNGReader *r) {
    if (r->error[0]) return 1;
    if (setjmp(png_jmpbuf(r->png))) return 1;
    int color = r->header.color_type;
    if (!r->header.interlaced && r->header.bit_depth == 8 && !png_get_valid(r->png, r->info, PNG_INFO_tRNS) &&
        (color == PNG_COLOR_TYPE_RGB || color == PNG_COLOR_TYPE_RGB_ALPHA) && memcmp(r->chunk_header + 4, "IDAT", 4) == 0) {
        uint32_t length = png_get_uint_32(r->chunk_header);
        r->fast = 1;
        return scene_idat_start(&r->idat, r->file, length, r->header.width, color == PNG_COLOR_TYPE_RGB ? 3 : 4, r->error);
    }
    if (color == PNG_COLOR_TYPE_PALETTE) png_set_palette_to_rgb(r->png);
    if (color == PNG_COLOR_TYPE_GRAY && r->header.bit_depth < 8) png_set_expand_gray_1_2_4_to_8(r->png);
    if (png_get_valid(r->png, r->info, PNG_INFO_tRNS)) png_set_tRNS_to_alpha(r->png);
    if (r->header.bit_depth == 16) png_set_scale_16(r->png);
    if (color == PNG_COLOR_TYPE_GRAY || color == PNG_COLOR_TYPE_GRAY_ALPHA) png_set_gray_to_rgb(r->png);
    if (!(color & PNG_COLOR_MASK_ALPHA) && !png_get_valid(r->png, r->info, PNG_INFO_tRNS))
        png_set_filler(r->png, 0xff, PNG_FILLER_AFTER);
    if (r->header.interlaced) png_set_interlace_handling(r->png);
    png_read_update_info(r->png, r->info);
    if (png_get_rowbytes(r->png, r->info) != (size_t)r->header.width * 4) {
        snprintf(r->error, SCENE_ERROR_LEN, "unsupported pixel layout");
        return 1;
    }
    return 0;
}

int scene_png_reader_read_rows(ScenePNGReader *r, uint8_t *rows, size_t stride, uint32_t count) {
    if (r->error[0]) return 1;
    if (r->fast) return scene_idat_read_rows(&r->idat, rows, stride, count);
    if (setjmp(png_jmpbuf(r->png))) return 1;
    for (uint32_t i = 0; i < count; i++) png_read_row(r->png, rows + i * stride, NULL);
    return 0;
}

int scene_png_reader_keep_checkpoints(ScenePNGReader *r, uint32_t interval) {
    if (r->error[0]) return 1;
    if (!r->fast) return -1;
    return scene_idat_keep_checkpoints(&r->idat, interval);
}

int scene_png_reader_seek(ScenePNGReader *r, uint32_t row) {
    if (r->error[0]) return 1;
    if (!r->fast || r->idat.interval == 0) return -1;
    return scene_idat_seek(&r->idat, row);
}

int scene_png_reader_read_image(ScenePNGReader *r, uint8_t *pixels, size_t stride) {
    if (r->error[0]) return 1;
    png_bytep *rows = malloc(sizeof(png_bytep) * (r->header.height ? r->header.height : 1));
    if (!rows) { snprintf(r->error, SCENE_ERROR_LEN, "out of memory"); return 1; }
    for (uint32_t y = 0; y < r->header.height; y++) rows[y] = pixels + y * stride;
    if (setjmp(png_jmpbuf(r->png))) { free(rows); return 1; }
    png_read_image(r->png, rows);
    free(rows);
    return 0;
}

void scene_png_reader_close(ScenePNGReader *r) {
    if (!r) return;
    if (r->fast) scene_idat_end(&r->idat);
    if (r->png) png_destroy_read_struct(&r->png, r->info ? &r->info : NULL, NULL);
    if (r->file) fclose(r->file);
    free(r);
}

ScenePNGWriter *scene_png_writer_open(const char *path, uint32_t width, uint32_t height, int level, int layout,
                                      int run_length, const uint8_t *palette, int palette_count) {
    ScenePNGWriter *w = calloc(1, sizeof(ScenePNGWriter));
    if (!w) return NULL;
    if (layout == SCENE_PNG_PALETTE && (palette_count < 1 || palette_count > 256)) {
        snprintf(w->error, SCENE_ERROR_LEN, "a palette holds 1 to 256 colours");
        return w;
    }
    w->file = fopen(path, "wb");
    if (!w->file) { snprintf(w->error, SCENE_ERROR_LEN, "cannot create file"); return w; }
    w->png = png_create_write_struct(PNG_LIBPNG_VER_STRING, w->error, on_png_error, on_png_warning);
    if (!w->png) { snprintf(w->error, SCENE_ERROR_LEN, "out of memory"); return w; }
    w->info = png_create_info_struct(w->png);
    if (!w->info) { snprintf(w->error, SCENE_ERROR_LEN, "out of memory"); return w; }
    if (setjmp(png_jmpbuf(w->png))) return w;
    png_init_io(w->png, w->file);
    png_set_user_limits(w->png, 0x7fffffff, 0x7fffffff);
    png_set_compression_level(w->png, level);
    if (run_length) png_set_compression_strategy(w->png, Z_RLE);
    // SUB filtering alone is cheap and does well on screenshots; with RLE (flat diff images,
    // long runs of one grey) no filter is both faster and smaller.
    png_set_filter(w->png, PNG_FILTER_TYPE_BASE, run_length ? PNG_FILTER_NONE : PNG_FILTER_SUB);
    int colour_type = layout == SCENE_PNG_PALETTE ? PNG_COLOR_TYPE_PALETTE
                    : layout == SCENE_PNG_RGB ? PNG_COLOR_TYPE_RGB : PNG_COLOR_TYPE_RGB_ALPHA;
    png_set_IHDR(w->png, w->info, width, height, 8, colour_type, PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_DEFAULT,
                 PNG_FILTER_TYPE_DEFAULT);
    if (layout == SCENE_PNG_PALETTE) {
        set_palette(w->png, w->info, palette, palette_count);
        // The caller draws indices below palette_count; libpng's per-row check of that costs ~4 % of a diff.
        png_set_check_for_invalid_index(w->png, 0);
    }
    png_write_info(w->png, w->info);
    if (layout == SCENE_PNG_RGB) png_set_filler(w->png, 0, PNG_FILLER_AFTER);  // input rows stay RGBA
    // RLE without filters needs no look-back beyond one byte, so pieces deflated apart lose
    // almost nothing and can be deflated on two cores.
    // Rows must fit zlib's 32-bit input count (as on the reading side); wider ones stay with libpng.
    if (run_length && layout != SCENE_PNG_RGB && (uint64_t)width * 4 < 0xffffffffu) {
        w->own = 1; w->level = level; w->adler = (uint32_t)adler32(0, NULL, 0);
        w->row_bytes = (size_t)width * (layout == SCENE_PNG_PALETTE ? 1 : 4);
    }
    return w;
}

int scene_png_writer_pieces(const ScenePNGWriter *w) { return w->own ? SCENE_PNG_PIECES : 0; }

static int piece_fail(ScenePNGPiece *p, const char *message) {
    snprintf(p->error, SCENE_ERROR_LEN, "%s", message);
    return 1;
}

// Runs deflate over the piece's current input, growing its output buffer as needed.
static int piece_deflate(ScenePNGPiece *p, int flush) {
    do {
        if (p->capacity - p->size < 64) {
            size_t capacity = p->capacity * 2 + 65536;
            uint8_t *out = realloc(p->out, capacity);
            if (!out) return piece_fail(p, "out of memory");
            p->out = out; p->capacity = capacity;
        }
        p->z.next_out = p->out + p->size;
        p->z.avail_out = (uInt)(p->capacity - p->size);
        int status = deflate(&p->z, flush);
        p->size = p->capacity - p->z.avail_out;
        if (status == Z_STREAM_ERROR) return piece_fail(p, "deflate failed");
    } while (p->z.avail_in > 0 || p->z.avail_out == 0);
    return 0;
}

int scene_png_writer_compress(ScenePNGWriter *w, int piece, const uint8_t *rows, size_t stride, uint32_t count) {
    if (!w->own || piece < 0 || piece >= SCENE_PNG_PIECES) return 1;
    ScenePNGPiece *p = &w->pieces[piece];
    if (p->error[0]) return 1;
    if (!p->ready) {
        p->row = malloc(w->row_bytes + 1);
        if (!p->row) return piece_fail(p, "out of memory");
        if (deflateInit2(&p->z, w->level, Z_DEFLATED, -15, 8, Z_RLE) != Z_OK) return piece_fail(p, "deflateInit failed");
        p->ready = 1;
    } else if (deflateReset(&p->z) != Z_OK) return piece_fail(p, "deflateReset failed");
    p->size = 0;
    p->filled = 1;
    p->adler = (uint32_t)adler32(0, NULL, 0);
    p->length = 0;
    p->row[0] = 0;  // filter type None
    for (uint32_t i = 0; i < count; i++) {
        memcpy(p->row + 1, rows + i * stride, w->row_bytes);
        p->adler = (uint32_t)adler32(p->adler, p->row, (uInt)(w->row_bytes + 1));
        p->length += w->row_bytes + 1;
        p->z.next_in = p->row;
        p->z.avail_in = (uInt)(w->row_bytes + 1);
        if (piece_deflate(p, Z_NO_FLUSH) != 0) return 1;
    }
    // A sync flush ends the piece on a byte boundary with no final block, so pieces concatenate.
    return piece_deflate(p, Z_SYNC_FLUSH);
}

// Writes one IDAT chunk (`extra` first, then `data`).
static int write_idat(ScenePNGWriter *w, const uint8_t *extra, size_t extra_size, const uint8_t *data, size_t size) {
    size_t total = extra_size + size;
    if (total > 0x7fffffffu) { snprintf(w->error, SCENE_ERROR_LEN, "IDAT piece too large"); return 1; }
    uint8_t header[8] = {(uint8_t)(total >> 24), (uint8_t)(total >> 16), (uint8_t)(total >> 8), (uint8_t)total,
                         'I', 'D', 'A', 'T'};
    uLong crc = crc32(0, header + 4, 4);
    crc = crc32(crc, extra, (uInt)extra_size);
    crc = crc32_z(crc, data, size);
    uint8_t trailer[4] = {(uint8_t)(crc >> 24), (uint8_t)(crc >> 16), (uint8_t)(crc >> 8), (uint8_t)crc};
    if (fwrite(header, 1, 8, w->file) != 8 || (extra_size && fwrite(extra, 1, extra_size, w->file) != extra_size) ||
        (size && fwrite(data, 1, size, w->file) != size) || fwrite(trailer, 1, 4, w->file) != 4) {
        snprintf(w->error, SCENE_ERROR_LEN, "write failed (disk full?)");
        return 1;
    }
    return 0;
}

// Writes the next bytes of the zlib stream as an IDAT chunk, led by the zlib header in the first.
static int write_stream_idat(ScenePNGWriter *w, const uint8_t *data, size_t size) {
    // Deflate, 32 KB window, no dictionary, check bits (FLEVEL 0 is valid for any level).
    static const uint8_t zlib_header[2] = {0x78, 0x01};
    if (write_idat(w, zlib_header, w->started ? 0 : 2, data, size) != 0) return 1;
    w->started = 1;
    return 0;
}

int scene_png_writer_append(ScenePNGWriter *w, int count) {
    if (w->error[0] || !w->own || count < 0 || count > SCENE_PNG_PIECES) return 1;
    for (int i = 0; i < count; i++) {
        ScenePNGPiece *p = &w->pieces[i];
        if (p->error[0]) { snprintf(w->error, SCENE_ERROR_LEN, "%s", p->error); return 1; }
        if (!p->filled) { snprintf(w->error, SCENE_ERROR_LEN, "IDAT piece appended before it was compressed"); return 1; }
        p->filled = 0;
        if (write_stream_idat(w, p->out, p->size) != 0) return 1;
        w->adler = (uint32_t)adler32_combine(w->adler, p->adler, (z_off_t)p->length);
    }
    return 0;
}

const char *scene_png_writer_error(const ScenePNGWriter *w) { return w->error; }

int scene_png_writer_write_rows(ScenePNGWriter *w, const uint8_t *rows, size_t stride, uint32_t count) {
    if (w->error[0]) return 1;
    if (w->own) {
        scene_png_writer_compress(w, 0, rows, stride, count);  // a failure surfaces in append
        return scene_png_writer_append(w, 1);
    }
    if (setjmp(png_jmpbuf(w->png))) return 1;
    for (uint32_t i = 0; i < count; i++) png_write_row(w->png, (png_const_bytep)(rows + i * stride));
    return 0;
}

int scene_png_writer_finish(ScenePNGWriter *w) {
    if (w->error[0]) return 1;
    if (w->own) {
        // An empty final fixed-Huffman block ends the deflate stream, then the Adler-32 of all rows.
        uint32_t a = w->adler;
        uint8_t tail[6] = {0x03, 0x00, (uint8_t)(a >> 24), (uint8_t)(a >> 16), (uint8_t)(a >> 8), (uint8_t)a};
        if (write_stream_idat(w, tail, sizeof tail) != 0) return 1;
        static const uint8_t iend[12] = {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xae, 0x42, 0x60, 0x82};
        if (fwrite(iend, 1, sizeof iend, w->file) != sizeof iend) {
            snprintf(w->error, SCENE_ERROR_LEN, "write failed (disk full?)");
            return 1;
        }
    } else {
        if (setjmp(png_jmpbuf(w->png))) return 1;
        png_write_end(w->png, NULL);
    }
    if (fflush(w->file) != 0) { snprintf(w->error, SCENE_ERROR_LEN, "write failed (disk full?)"); return 1; }
    return 0;
}

void scene_png_writer_close(ScenePNGWriter *w) {
    if (!w) return;
    for (int i = 0; i < SCENE_PNG_PIECES; i++) {
        ScenePNGPiece *p = &w->pieces[i];
        if (p->ready) deflateEnd(&p->z);
        free(p->out);
        free(p->row);
    }
    if (w->png) png_destroy_write_struct(&w->png, w->info ? &w->info : NULL);
    if (w->file) fclose(w->file);
    free(w);
}
