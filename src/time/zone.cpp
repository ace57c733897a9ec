// Builds a Zone's flat transition table from the OS tz database (date/tz, USE_OS_TZDB).
#include "shixian/time/zone.hpp"

#include <algorithm>
#include <climits>
#include <date/tz.h>
#include <fmt/format.h>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "shixian/error.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/time/text.hpp"
#include "time/posix_tz.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

// Where date/tz's reader of the OS database (USE_OS_TZDB) finds the zone files.
constexpr const char* zone_dir = "/usr/share/zoneinfo";

// Loaded zones are kept for the life of the process (as cctz does): a Zone is a cheap
// handle, and a bank's service asks for the same one or two zones millions of times.
std::mutex cache_mutex;
std::unordered_map<std::string, Zone>& cache() {
  static std::unordered_map<std::string, Zone> c;
  return c;
}

// The whole hours of an offset written as a zone name: "UTC+8", "GMT+08:00", "UTC-5",
// "+0800", "+8"; none for anything else, or for an offset with minutes (no Etc zone has
// them) or beyond ±14 hours.
std::optional<int> offset_hours(std::string_view s) {
  for (std::string_view prefix : {"UTC", "GMT"})  // any case: Utc+8 too
    if (s.size() >= 3 && same_name(s.substr(0, 3), prefix)) {
      s.remove_prefix(3);
      break;
    }
  if (s.empty() || (s[0] != '+' && s[0] != '-')) return std::nullopt;
  const int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  int h = 0;
  std::size_t i = 0;
  for (; i < s.size() && i < 2 && s[i] >= '0' && s[i] <= '9'; ++i) h = h * 10 + (s[i] - '0');
  if (i == 0) return std::nullopt;
  std::string_view rest = s.substr(i);
  if (rest.starts_with(':')) rest.remove_prefix(1);
  if (!rest.empty() && rest != "00") return std::nullopt;
  // The Etc zones run from Etc/GMT-14 (UTC+14) to Etc/GMT+12 (UTC-12).
  if (sign * h > 14 || sign * h < -12) return std::nullopt;
  return sign * h;
}

}  // namespace

Zone Zone::locate(std::string_view name) {
  std::lock_guard lock(cache_mutex);
  std::string key(name);
  if (auto it = cache().find(key); it != cache().end()) return it->second;
  const date::time_zone* tz = nullptr;
  try {
    if (!name.empty()) tz = date::locate_zone(key);
  } catch (const std::exception&) {
  }
  if (!tz) {
    // The zone probably meant ("Asia/Shanghia", "europe/london"), from the database's names.
    std::string near;
    try {
      const auto& db = date::get_tzdb();
      std::vector<std::string> names;
      names.reserve(db.zones.size());  // (Debian's date/tz reads the system's zoneinfo: no links list)
      for (const auto& z : db.zones) names.emplace_back(z.name());
      near = std::string(closest_name(name, names));
    } catch (const std::exception&) {
    }
    // An offset written as a zone (UTC+8, GMT+08:00, +0800) is closest in spelling to
    // "UTC", which would put every time 8 hours off: name the zone of that offset instead,
    // China's for +8, else the fixed Etc zone (whose sign POSIX reverses: UTC+5 is
    // Etc/GMT-5). A Chinese name for China's time has no spelling neighbour either.
    // An offset no Etc zone has (UTC-13, UTC+05:30) gets no suggestion rather than "UTC".
    if (near == "UTC" && name.find_first_of("+-") != std::string_view::npos) near.clear();
    if (const auto off = offset_hours(name)) {
      near = *off == 8 ? std::string("Asia/Shanghai")
             : *off == 0 ? std::string("UTC")
                           : fmt::format("Etc/GMT{:+d}", -*off);
    } else if (name == "北京" || name == "北京时间" || name == "中国" || name == "中国时间" || name == "CST" ||
               name == "China" || name == "PRC") {  // (Asia/Beijing: the city list below)
      near = "Asia/Shanghai";
    }
    // Mainland China is one zone, named after Shanghai: Asia/Beijing and its like are
    // what a bank's engineer writes first, and no spelling distance leads from them.
    if (near.empty()) {
      static const std::vector<std::string> mainland = {"Beijing", "Guangzhou", "Shenzhen", "Hangzhou", "Nanjing",
                                                        "Tianjin", "Wuhan", "Chengdu", "Xian", "Suzhou", "Peking"};
      const auto city = name.substr(name.rfind('/') == std::string_view::npos ? 0 : name.rfind('/') + 1);
      if (std::any_of(mainland.begin(), mainland.end(), [&](const std::string& c) { return same_name(c, city); }))
        near = "Asia/Shanghai";
    }
    ErrorDetail detail;
    detail.value = std::string(name);
    detail.expected = "an IANA time zone name, e.g. Asia/Shanghai";
    detail.suggestion = near;
    i18n::throw_worded(
        [n = std::string(name), near](const i18n::Terms& t) {
          return t.fill("error.unknown_zone", {n}) + (near.empty() ? std::string() : t.fill("error.did_you_mean", {near}));
        },
        std::move(detail));
  }
  auto impl = std::make_shared<Impl>();
  impl->name = tz->name();
  using namespace std::chrono;
  const auto from = sys_seconds{date::sys_days{date::year{1900} / 1 / 1}};
  const auto to = sys_seconds{date::sys_days{date::year{2200} / 1 / 1}};
  auto info = tz->get_info(from);
  impl->offsets.push_back(static_cast<int>(info.offset.count()));
  while (info.end < to) {
    auto next = tz->get_info(info.end);
    // Some rules change only the abbreviation or the dst flag; only offsets matter here.
    if (next.offset != info.offset) {
      impl->transitions.push_back(info.end.time_since_epoch().count());
      impl->offsets.push_back(static_cast<int>(next.offset.count()));
    }
    info = next;
  }
  // After its table (compiled zone files list changes up to 2037) a zone follows the
  // rule at the foot of its file, which date/tz's reader of the OS database does not
  // apply: without this, every zone with daylight saving time kept its 2037 offset.
  if (const auto foot = posix_tz::footer_of(std::string(zone_dir) + "/" + impl->name)) {
    const long long last = impl->transitions.empty() ? from.time_since_epoch().count() : impl->transitions.back();
    const int year = static_cast<int>(date::year_month_day{date::floor<date::days>(sys_seconds{seconds{last}})}.year());
    if (const auto more = posix_tz::changes(*foot, year, 2200))
      for (const auto& c : *more)
        if (c.at > last && c.at < to.time_since_epoch().count() && c.offset != impl->offsets.back()) {
          impl->transitions.push_back(c.at);
          impl->offsets.push_back(c.offset);
        }
  }
  impl->last_transition = impl->transitions.empty() ? LLONG_MIN : impl->transitions.back();
  Zone z{std::move(impl)};
  cache().emplace(key, z);
  return z;
}

Zone Zone::shanghai() {
  static const Zone z = locate("Asia/Shanghai");
  return z;
}

std::size_t Zone::index_at(long long s) const noexcept {
  const auto& t = impl_->transitions;
  return static_cast<std::size_t>(std::upper_bound(t.begin(), t.end(), s) - t.begin());
}

LocalLookup Zone::lookup(LocalTime t) const noexcept {
  using std::chrono::seconds;
  // Try the offsets in force a day either side: a local time maps to an instant
  // under offset o exactly when o is the offset at that instant.
  const Instant probe{t.time_since_epoch()};
  const auto o1 = offset_at(probe - days{1});
  const auto o2 = offset_at(probe + days{1});
  const Instant c1{t.time_since_epoch() - o1};
  const Instant c2{t.time_since_epoch() - o2};
  const bool ok1 = offset_at(c1) == o1;
  const bool ok2 = offset_at(c2) == o2;
  if (ok1 && ok2 && c1 != c2)
    return {LocalLookup::ambiguous, std::min(c1, c2), std::max(c1, c2)};
  if (ok1) return {LocalLookup::unique, c1, c1};
  if (ok2) return {LocalLookup::unique, c2, c2};
  // In a gap: the transition lies between the two candidates.
  const auto lo = std::min(c1, c2);
  const auto s = date::floor<seconds>(lo).time_since_epoch().count();
  const auto& tr = impl_->transitions;
  auto it = std::upper_bound(tr.begin(), tr.end(), s);
  const Instant transition = it == tr.end() ? lo : Instant{seconds{*it}};
  return {LocalLookup::nonexistent, transition, transition};
}

Instant Zone::to_instant_slow(LocalTime t, Choose choose) const {
  const auto r = lookup(t);
  if (r.kind == LocalLookup::unique) return r.first;
  const auto secs = date::floor<std::chrono::seconds>(t);
  std::string local = fmt::format("{}T{}", format_date(date_of(t)), format_time_of_day(secs - date_of(t)));
  // The fraction as given (09:00:00.25), so that the time named is the time read.
  if (const auto ns = (t - secs).count(); ns != 0) {
    std::string frac = fmt::format(".{:09d}", ns);
    while (frac.back() == '0') frac.pop_back();
    if (local.size() == 16) local += ":00";  // format_time_of_day leaves out zero seconds
    local += frac;
  }
  if (r.kind == LocalLookup::nonexistent) {
    if (choose != Choose::reject) return r.first;
    i18n::throw_worded([local, zone = name(), at = format_instant(r.first, *this)](const i18n::Terms& terms) {
      return terms.fill("error.local_nonexistent", {local, zone, at});
    });
  }
  if (choose == Choose::earliest) return r.first;
  if (choose == Choose::latest) return r.second;
  // The two readings keep the fraction, as the local time named does (01:59:59.5 is
  // 01:59:59.5-04:00 or 01:59:59.5-05:00, not the second before it).
  i18n::throw_worded([local, zone = name(), a = format_instant_exact(r.first, *this),
                      b = format_instant_exact(r.second, *this)](const i18n::Terms& terms) {
    return terms.fill("error.local_ambiguous", {local, zone, a, b});
  });
}

std::optional<Instant> Zone::next_change_after(Instant t) const noexcept {
  const auto s = date::floor<std::chrono::seconds>(t).time_since_epoch().count();
  if (s >= last_transition_) return std::nullopt;
  const auto& tr = impl_->transitions;
  const auto it = std::upper_bound(tr.begin(), tr.end(), s);
  if (it == tr.end()) return std::nullopt;
  return Instant{std::chrono::seconds{*it}};
}

bool Zone::fixed_offset_between(Instant a, Instant b) const noexcept {
  const auto sa = date::floor<std::chrono::seconds>(a).time_since_epoch().count();
  const auto sb = date::floor<std::chrono::seconds>(b).time_since_epoch().count();
  if (sa >= last_transition_) return true;
  return index_at(sa) == index_at(sb);
}

SHIXIAN_NAMESPACE_END
