// libjpeg behind setjmp: its error_exit is replaced by a longjmp back into this file.
#include "scene_codecs.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <jpeglib.h>

struct SceneErrorManager {
    struct jpeg_error_mgr base;
    jmp_buf jump;
    char *error;
};

struct SceneJPEGReader {
    struct jpeg_decompress_struct cinfo;
    struct SceneErrorManager jerr;
    FILE *file;
    int created;
    SceneJPEGInfo header;
    char error[SCENE_ERROR_LEN];
};

static void on_jpeg_error(j_common_ptr cinfo) {
    struct SceneErrorManager *manager = (struct SceneErrorManager *)cinfo->err;
    char message[JMSG_LENGTH_MAX];
    cinfo->err->format_message(cinfo, message);
    if (manager->error[0] == 0) snprintf(manager->error, SCENE_ERROR_LEN, "%s", message);
    longjmp(manager->jump, 1);
}

// Corrupt-data warnings ("premature end of data") would otherwise print to stderr and
// yield grey rows; treat them as failures so a truncated JPEG is reported.
static void on_jpeg_warning(j_common_ptr cinfo, int level) {
    if (level < 0) on_jpeg_error(cinfo);
}

SceneJPEGReader *scene_jpeg_reader_open(const char *path) {
    SceneJPEGReader *r = calloc(1, sizeof(SceneJPEGReader));
    if (!r) return NULL;
    r->file = fopen(path, "rb");
    if (!r->file) { snprintf(r->error, SCENE_ERROR_LEN, "cannot open file"); return r; }
    unsigned char magic[3] = {0, 0, 0};
    size_t got = fread(magic, 1, 3, r->file);
    if (got == 0) { snprintf(r->error, SCENE_ERROR_LEN, "empty file (zero length)"); return r; }
    if (got < 3 || magic[0] != 0xFF || magic[1] != 0xD8 || magic[2] != 0xFF) {
        snprintf(r->error, SCENE_ERROR_LEN, "not a JPEG file (bad signature)"); return r;
    }
    rewind(r->file);
    r->cinfo.err = jpeg_std_error(&r->jerr.base);
    r->jerr.base.error_exit = on_jpeg_error;
    r->jerr.base.emit_message = on_jpeg_warning;
    r->jerr.error = r->error;
    if (setjmp(r->jerr.jump)) return r;
    jpeg_create_decompress(&r->cinfo);
    r->created = 1;
    jpeg_stdio_src(&r->cinfo, r->file);
    jpeg_read_header(&r->cinfo, TRUE);
    r->header.width = r->cinfo.image_width;
    r->header.height = r->cinfo.image_height;
    r->header.components = r->cinfo.num_components;
    r->header.cmyk = r->cinfo.jpeg_color_space == JCS_CMYK || r->cinfo.jpeg_color_space == JCS_YCCK;
    r->header.adobe_inverted = r->cinfo.saw_Adobe_marker;
    return r;
}

const char *scene_jpeg_reader_error(const SceneJPEGReader *r) { return r->error; }
SceneJPEGInfo scene_jpeg_reader_info(const SceneJPEGReader *r) { return r->header; }

int scene_jpeg_reader_start(SceneJPEGReader *r) {
    if (r->error[0]) return 1;
    if (setjmp(r->jerr.jump)) return 1;
    r->cinfo.out_color_space = r->header.cmyk ? JCS_CMYK : JCS_EXT_RGBA;
    jpeg_start_decompress(&r->cinfo);
    if (r->cinfo.output_components != 4) {
        snprintf(r->error, SCENE_ERROR_LEN, "unsupported JPEG colour layout");
        return 1;
    }
    return 0;
}

int scene_jpeg_reader_read_rows(SceneJPEGReader *r, uint8_t *rows, size_t stride, uint32_t count) {
    if (r->error[0]) return 1;
    if (setjmp(r->jerr.jump)) return 1;
    for (uint32_t i = 0; i < count; i++) {
        JSAMPROW row = rows + i * stride;
        if (jpeg_read_scanlines(&r->cinfo, &row, 1) != 1) {
            snprintf(r->error, SCENE_ERROR_LEN, "truncated (file ends before the image data does)");
            return 1;
        }
    }
    return 0;
}

void scene_jpeg_reader_close(SceneJPEGReader *r) {
    if (!r) return;
    if (r->created) {
        if (setjmp(r->jerr.jump) == 0) jpeg_destroy_decompress(&r->cinfo);
    }
    if (r->file) fclose(r->file);
    free(r);
}

int scene_jpeg_write_rgba(const char *path, const uint8_t *pixels, uint32_t width, uint32_t height,
                          size_t stride, int quality, char *error) {
    error[0] = 0;
    FILE *file = fopen(path, "wb");
    if (!file) { snprintf(error, SCENE_ERROR_LEN, "cannot create file"); return 1; }
    struct jpeg_compress_struct cinfo;
    struct SceneErrorManager jerr;
    memset(&cinfo, 0, sizeof(cinfo));
    cinfo.err = jpeg_std_error(&jerr.base);
    jerr.base.error_exit = on_jpeg_error;
    jerr.error = error;
    if (setjmp(jerr.jump)) {
        jpeg_destroy_compress(&cinfo);
        fclose(file);
        return 1;
    }
    jpeg_create_compress(&cinfo);
    jpeg_stdio_dest(&cinfo, file);
    cinfo.image_width = width;
    cinfo.image_height = height;
    cinfo.input_components = 4;
    cinfo.in_color_space = JCS_EXT_RGBA;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    /* Huffman tables fitted to the image: a few % smaller, same pixels. */
    cinfo.optimize_coding = TRUE;
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = (JSAMPROW)(pixels + cinfo.next_scanline * stride);
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    jpeg_destroy_compress(&cinfo);
    int failed = fclose(file) != 0;
    if (failed) snprintf(error, SCENE_ERROR_LEN, "write failed (disk full?)");
    return failed;
}
