// Fast path for the PNGs screenshots are: 8-bit RGB or RGBA, not interlaced, no tRNS.
// libpng reads the header chunks; this reads the IDAT chunks itself (ISA-L's inflate, about five
// times zlib's speed on screenshot rows; CRC checked), unfilters a pixel at a time and writes RGBA rows straight away, so the
// byte-wise generic unfilter and the separate filler pass of libpng are skipped.
#ifndef SCENE_PNG_IDAT_H
#define SCENE_PNG_IDAT_H

#include <stdint.h>
#include <stdio.h>
#include <isa-l/igzip_lib.h>

// Where decoding can start again: the inflate state (self-contained: it keeps its 32 KB of history), the row above,
// taken before row `row`; compressed input resumes at `file_pos` with `chunk_left` bytes of that chunk.
typedef struct SceneIDATCheckpoint {
    uint32_t row;
    long file_pos;
    uint32_t chunk_left;
    int stream_ended;
    int header_read;
    struct inflate_state *inflate;  // its first `inflate_size` bytes: the rest of its output buffer is unused
    size_t inflate_size;
    uint8_t *prev;
} SceneIDATCheckpoint;

typedef struct SceneIDAT {
    FILE *file;
    char *error;           // the reader's message buffer (SCENE_ERROR_LEN bytes)
    struct inflate_state *inflate;   // raw deflate: the two-byte zlib header is checked here
    int header_read;       // bytes of the zlib header consumed (2: the deflate data follows)
    uint8_t header[2];
    int channels;          // 3 (RGB) or 4 (RGBA) in the file
    uint32_t width;
    uint32_t chunk_left;   // bytes of the current IDAT chunk not yet read from the file
    uint32_t crc;          // running CRC of the current chunk (type + data)
    int stream_ended;
    uint8_t *raw;          // filter byte + one filtered row + 4 bytes of slack for 32-bit loads
    uint8_t *prev;         // the previous unfiltered row, RGBA (zeros before the first row)
    uint8_t *in;           // compressed input buffer
    uint32_t row;          // the next row to decode
    int verify_crc;        // off once decoding resumed from a checkpoint (those chunks were checked)
    uint32_t interval;     // a checkpoint every `interval` rows (0: none)
    SceneIDATCheckpoint **checkpoints;
    uint32_t checkpoint_count;
} SceneIDAT;

/// Takes over `file` positioned just after the header of the first IDAT chunk (`length` data bytes).
int scene_idat_start(SceneIDAT *d, FILE *file, uint32_t length, uint32_t width, int channels, char *error);
/// Decodes the next `count` rows as RGBA into `rows`, `stride` bytes apart.
int scene_idat_read_rows(SceneIDAT *d, uint8_t *rows, size_t stride, uint32_t count);
/// Keeps a checkpoint every `interval` rows from now on (call before the first row).
int scene_idat_keep_checkpoints(SceneIDAT *d, uint32_t interval);
/// Moves to `row` so the next read starts there: from the nearest checkpoint at or above it
/// (unless the current position is nearer), decoding the rows in between.
int scene_idat_seek(SceneIDAT *d, uint32_t row);
void scene_idat_end(SceneIDAT *d);

#endif
