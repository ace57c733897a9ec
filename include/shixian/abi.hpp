#pragma once
// The library's ABI namespace. Every public name lives in shixian::v1, an inline
// namespace, so code says shixian::Zone while the linker sees shixian::v1::Zone: a
// later incompatible version (v2) can be installed beside this one and a program built
// against one never links silently against the other. Written as a macro pair so that
// the version is named in one place:
//
//   SHIXIAN_NAMESPACE_BEGIN          // namespace shixian { inline namespace v1 {
//   ...
//   SHIXIAN_NAMESPACE_END            // } }
//
// Nested namespaces go inside: SHIXIAN_NAMESPACE_BEGIN namespace audit { ... }
// SHIXIAN_NAMESPACE_END.
#define SHIXIAN_ABI_VERSION v1
#define SHIXIAN_NAMESPACE_BEGIN \
  namespace shixian {           \
  inline namespace v1 {
#define SHIXIAN_NAMESPACE_END \
  }                           \
  }
