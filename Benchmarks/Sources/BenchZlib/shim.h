// The system zlib, for the archive benchmarks' baseline.
#include <zlib.h>
