// cmark-gfm, the reference CommonMark parser with GitHub's extensions (tables, strikethrough,
// autolinks), from Debian's libcmark-gfm-dev and libcmark-gfm-extensions-dev.
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
