// Thin C layer over libpng and libjpeg: their errors longjmp, which Swift cannot
// survive, so every libpng/libjpeg call happens here behind a setjmp and comes back
// as a return code plus a message.
#ifndef SCENE_CODECS_H
#define SCENE_CODECS_H

#include <stddef.h>
#include <stdint.h>

#define SCENE_ERROR_LEN 256

/// Header facts of a PNG, filled by scene_png_reader_open.
typedef struct ScenePNGInfo {
    uint32_t width;
    uint32_t height;
    int bit_depth;
    int color_type;
    int interlaced;
    int has_trns;
} ScenePNGInfo;

typedef struct ScenePNGReader ScenePNGReader;

/// Opens `path` and reads the PNG header. Returns NULL only when out of memory.
/// On failure the reader is returned with a non-empty error (see scene_png_reader_error).
ScenePNGReader *scene_png_reader_open(const char *path);
const char *scene_png_reader_error(const ScenePNGReader *reader);
ScenePNGInfo scene_png_reader_info(const ScenePNGReader *reader);
/// Sets the transforms that turn every PNG kind into 8-bit RGBA. Call once after open.
int scene_png_reader_start_rgba8(ScenePNGReader *reader);
/// Reads the next `count` rows (non-interlaced PNGs only) into `rows`, `stride` bytes apart.
int scene_png_reader_read_rows(ScenePNGReader *reader, uint8_t *rows, size_t stride, uint32_t count);
/// Keeps a restart point every `interval` rows while reading, so rows can be read again with
/// scene_png_reader_seek (call after start_rgba8, before the first row). Returns -1 when this kind
/// of PNG cannot keep them (only 8-bit RGB/RGBA screenshots, read by the shim itself, can).
int scene_png_reader_keep_checkpoints(ScenePNGReader *reader, uint32_t interval);
/// Moves so the next read_rows starts at `row` (any row, before or after the current one); -1 when
/// no checkpoints were kept.
int scene_png_reader_seek(ScenePNGReader *reader, uint32_t row);
/// Reads the whole image (any interlacing) into `pixels` (height rows, `stride` apart).
int scene_png_reader_read_image(ScenePNGReader *reader, uint8_t *pixels, size_t stride);
void scene_png_reader_close(ScenePNGReader *reader);

typedef struct ScenePNGWriter ScenePNGWriter;

/// How a PNG writer stores the RGBA rows it is handed.
enum { SCENE_PNG_RGBA = 0, SCENE_PNG_RGB = 1, SCENE_PNG_PALETTE = 2 };

/// Creates `path` and writes a PNG header. `level` is the zlib level (0-9). Rows are handed
/// over as 8-bit RGBA, stored whole (SCENE_PNG_RGBA) or without the alpha bytes (SCENE_PNG_RGB),
/// or as one palette index a pixel (SCENE_PNG_PALETTE; `palette` holds `palette_count` RGBA
/// colours, 1-256).
/// `run_length` uses zlib's RLE strategy without row filters (fast; for flat images).
ScenePNGWriter *scene_png_writer_open(const char *path, uint32_t width, uint32_t height, int level, int layout,
                                      int run_length, const uint8_t *palette, int palette_count);
const char *scene_png_writer_error(const ScenePNGWriter *writer);
int scene_png_writer_write_rows(ScenePNGWriter *writer, const uint8_t *rows, size_t stride, uint32_t count);

/// How many pieces `scene_png_writer_compress` takes: SCENE_PNG_PIECES when the writer deflates
/// the IDAT stream itself (run-length, RGBA or palette), 0 when libpng does (use write_rows).
enum { SCENE_PNG_PIECES = 2 };
int scene_png_writer_pieces(const ScenePNGWriter *writer);
/// Deflates `count` rows into piece `piece` as a self-contained run of the zlib stream (raw
/// deflate ended by a sync flush). Distinct pieces may be compressed on different threads at once.
int scene_png_writer_compress(ScenePNGWriter *writer, int piece, const uint8_t *rows, size_t stride, uint32_t count);
/// Appends pieces 0..<count, in order, to the file as IDAT chunks (one thread; after compressing).
int scene_png_writer_append(ScenePNGWriter *writer, int count);
/// Writes the end of the PNG and closes the file; returns non-zero on failure.
int scene_png_writer_finish(ScenePNGWriter *writer);
void scene_png_writer_close(ScenePNGWriter *writer);

/// Header facts of a JPEG.
typedef struct SceneJPEGInfo {
    uint32_t width;
    uint32_t height;
    int components;
    int cmyk;
    int adobe_inverted;
} SceneJPEGInfo;

typedef struct SceneJPEGReader SceneJPEGReader;

SceneJPEGReader *scene_jpeg_reader_open(const char *path);
const char *scene_jpeg_reader_error(const SceneJPEGReader *reader);
SceneJPEGInfo scene_jpeg_reader_info(const SceneJPEGReader *reader);
/// Starts decompression: RGBA output, or 4-channel CMYK output when the JPEG is CMYK/YCCK.
int scene_jpeg_reader_start(SceneJPEGReader *reader);
int scene_jpeg_reader_read_rows(SceneJPEGReader *reader, uint8_t *rows, size_t stride, uint32_t count);
void scene_jpeg_reader_close(SceneJPEGReader *reader);

/// Writes an RGBA buffer as a baseline JPEG (alpha dropped). Returns 0 or fills `error`.
int scene_jpeg_write_rgba(const char *path, const uint8_t *pixels, uint32_t width, uint32_t height,
                          size_t stride, int quality, char *error);

#endif
