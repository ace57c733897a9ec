/* libshixian_c: the C ABI as a shared object. Its code is in the static library
 * (src/capi/), linked in whole; this file only gives the target a source. */
#include "shixian/shixian.h"
