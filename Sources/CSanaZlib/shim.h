#ifndef SANA_CZLIB_SHIM_H
#define SANA_CZLIB_SHIM_H

#include <zlib.h>

/* deflateInit2 and inflateInit2 are macros: wrap them for Swift. windowBits 15 + 16 selects the
   gzip wrapper (RFC 1952) on both sides. */

static inline int sana_gzip_deflate_init(z_stream *stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
}

static inline int sana_gzip_inflate_init(z_stream *stream) {
    return inflateInit2(stream, 15 + 16);
}

#endif
