#include "context.hpp"

#include <fmt/format.h>

#include "shixian/calendar/calendar_file.hpp"

namespace shixian::cli {

CalendarPtr load_calendar(const Globals& g) {
  if (g.calendar_files.empty()) return default_calendar();
  auto b = CalendarBuilder::with_defaults();
  for (const auto& f : g.calendar_files) b.load_file(f);
  return b.build();
}

Zone load_zone(const Globals& g) { return Zone::locate(g.zone); }

std::string json_string(std::string_view s) {
  std::string out = "\"";
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20) out += fmt::format("\\u{:04x}", c);
        else out += ch;
    }
  }
  return out + "\"";
}

std::string paint(const Globals& g, std::string_view text, int colour, bool bold) {
  if (!g.color) return std::string(text);
  return fmt::format("\x1b[{}{}m{}\x1b[0m", bold ? "1;" : "", colour, text);
}

}  // namespace shixian::cli
