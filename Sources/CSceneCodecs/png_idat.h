// Fast path for the PNGs screenshots are: 8-bit RGB or RGBA, not interlaced, no tRNS.
// libpng reads the header chunks; this reads the IDAT chunks itself (zlib inflate,
// CRC checked), unfilters a pixel at a time and writes RGBA rows straight away, so the
// byte-wise generic unfilter and the separate filler pass of libpng are skipped.
#ifndef SCENE_PNG_IDAT_H
#define SCENE_PNG_IDAT_H

#include <stdint.h>
#include <stdio.h>
#include <zlib.h>

typedef struct SceneIDAT {
    FILE *file;
    char *error;           // the reader's message buffer (SCENE_ERROR_LEN bytes)
    z_stream z;
    int z_ready;
    int channels;          // 3 (RGB) or 4 (RGBA) in the file
    uint32_t width;
    uint32_t chunk_left;   // bytes of the current IDAT chunk not yet read from the file
    uint32_t crc;          // running CRC of the current chunk (type + data)
    int stream_ended;
    uint8_t *raw;          // filter byte + one filtered row + 4 bytes of slack for 32-bit loads
    uint8_t *prev;         // the previous unfiltered row, RGBA (zeros before the first row)
    uint8_t *in;           // compressed input buffer
} SceneIDAT;

/// Takes over `file` positioned just after the header of the first IDAT chunk (`length` data bytes).
int scene_idat_start(SceneIDAT *d, FILE *file, uint32_t length, uint32_t width, int channels, char *error);
/// Decodes the next `count` rows as RGBA into `rows`, `stride` bytes apart.
int scene_idat_read_rows(SceneIDAT *d, uint8_t *rows, size_t stride, uint32_t count);
void scene_idat_end(SceneIDAT *d);

#endif
