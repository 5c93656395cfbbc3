// The system zlib, for raw DEFLATE in plug-in archives.
#include <zlib.h>
