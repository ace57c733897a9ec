// Reading the State Council's holiday notice (and the per-year JSON format) into
// calendar facts: see include/shixian/calendar/notice.hpp for the grammar and why it
// refuses rather than guesses.
#include "shixian/calendar/notice.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <map>
#include <optional>
#include <regex>
#include <set>
#include <simdjson.h>

#include "shixian/error.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace {

// ---- text normalisation ---------------------------------------------------------------

// Published texts mix full-width and ASCII punctuation (and republished copies swap
// them); both are read alike. Dashes become 至, the range word of every modern notice.
std::string normalise(std::string_view s) {
  static const std::pair<std::string_view, std::string_view> map[] = {
      {"\xEF\xBC\x8C", ","},  {"\xEF\xBC\x9A", ":"},  {"\xEF\xBC\x88", "("},
      {"\xEF\xBC\x89", ")"},  {"\xEF\xBC\x9B", ";"},  {"\xE2\x80\x94", "至"},
      {"\xEF\xBC\x8D", "至"}, {"\xE2\x80\x93", "至"}, {"\xEF\xBD\x9E", "至"},
      {"~", "至"},            {"-", "至"},            {"\xE3\x80\x80", ""},
      {"\xC2\xA0", ""},       {" ", ""},              {"\t", ""},
      {"\r", ""},             {"\xE2\x80\x9C", ""},   {"\xE2\x80\x9D", ""},
      {"\"", ""},
  };
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    // Full-width digits U+FF10..U+FF19.
    if (i + 2 < s.size() && s[i] == '\xEF' && s[i + 1] == '\xBC' &&
        static_cast<unsigned char>(s[i + 2]) >= 0x90 && static_cast<unsigned char>(s[i + 2]) <= 0x99) {
      out += static_cast<char>('0' + (static_cast<unsigned char>(s[i + 2]) - 0x90));
      i += 3;
      continue;
    }
    bool hit = false;
    for (const auto& [from, to] : map)
      if (s.substr(i, from.size()) == from) {
        out += to;
        i += from.size();
        hit = true;
        break;
      }
    if (!hit) out += s[i++];
  }
  return out;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Splits at any of `seps` (single bytes or UTF-8 words) outside parentheses.
std::vector<std::string> split_outside_parens(std::string_view s,
                                              std::initializer_list<std::string_view> seps) {
  std::vector<std::string> out;
  std::string cur;
  int depth = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '(') ++depth;
    if (s[i] == ')' && depth > 0) --depth;
    bool split = false;
    if (depth == 0)
      for (auto sep : seps)
        if (s.substr(i, sep.size()) == sep) {
          out.push_back(cur);
          cur.clear();
          i += sep.size();
          split = true;
          break;
        }
    if (!split) cur += s[i++];
  }
  out.push_back(cur);
  std::erase_if(out, [](const std::string& x) { return x.empty(); });
  return out;
}

// ---- dates in the text ------------------------------------------------------------------

struct DateToken {
  std::optional<int> y, m;
  int d = 0;
  std::string paren;       // the parenthesis after the date, without ( )
  std::string text;        // as written, for messages
  Date date{};             // resolved
};

// Reads "[YYYY年][M月]D日[(…)]" at s[i]; on success advances i.
std::optional<DateToken> read_date(std::string_view s, std::size_t& i) {
  auto number = [&](std::size_t& j, int& v) {
    std::size_t k = j;
    v = 0;
    while (k < s.size() && is_digit(s[k]) && k - j < 4) v = v * 10 + (s[k++] - '0');
    if (k == j) return false;
    j = k;
    return true;
  };
  DateToken t;
  std::size_t j = i;
  int v = 0;
  if (!number(j, v)) return std::nullopt;
  if (starts_with(s.substr(j), "年")) {
    std::size_t k = j + 3;
    int m = 0;
    if (!number(k, m) || !starts_with(s.substr(k), "月")) return std::nullopt;  // "2020年春节"
    t.y = v;
    j = k;
    v = m;
  }
  if (starts_with(s.substr(j), "月")) {
    t.m = v;
    j += 3;
    if (!number(j, v)) return std::nullopt;
  }
  if (!starts_with(s.substr(j), "日")) return std::nullopt;
  t.d = v;
  j += 3;
  t.text = std::string(s.substr(i, j - i));
  if (j < s.size() && s[j] == '(') {
    const auto close = s.find(')', j);
    if (close == std::string_view::npos) return std::nullopt;
    t.paren = std::string(s.substr(j + 1, close - j - 1));
    j = close + 1;
  }
  i = j;
  return t;
}

// A clause with its dates replaced by 'D': "D至D放假调休" — the shape that decides what
// the clause says.
struct Clause {
  std::string text;                // normalised
  std::string shape;
  std::vector<DateToken> dates;
};

Clause read_clause(std::string_view s) {
  Clause c;
  c.text = std::string(s);
  for (std::size_t i = 0; i < s.size();) {
    if (is_digit(s[i]) && (i == 0 || !is_digit(s[i - 1]))) {
      std::size_t j = i;
      if (auto t = read_date(s, j)) {
        c.dates.push_back(std::move(*t));
        c.shape += 'D';
        i = j;
        continue;
      }
    }
    c.shape += s[i++];
  }
  return c;
}

constexpr std::string_view weekday_words[] = {"日", "一", "二", "三", "四", "五", "六"};

// The weekday a parenthesis states ("周五", "星期六", "农历除夕、周二"), 0 = Sunday, or -1.
int stated_weekday(std::string_view paren) {
  for (std::string_view lead : {"星期", "周"}) {
    for (std::size_t p = paren.find(lead); p != std::string_view::npos; p = paren.find(lead, p + 1)) {
      const auto rest = paren.substr(p + lead.size());
      for (int w = 0; w < 7; ++w)
        if (starts_with(rest, weekday_words[w])) return w;
      if (starts_with(rest, "天")) return 0;
    }
  }
  return -1;
}

// ---- the notice ---------------------------------------------------------------------

struct Item {
  std::string name;       // "国庆节、中秋节"
  std::string line;       // as published, for provenance
  std::map<Date, bool> days;  // date -> working
  std::optional<std::pair<std::string, Date>> extend;  // 延长NAME假期至DATE
};

std::vector<std::string> name_parts(std::string_view name) {
  return split_outside_parens(name, {"、", "和"});
}

// Whether an item dates `holiday` ("中秋节" is in "中秋节、国庆节").
bool has_item_for(const std::vector<Item>& items, const std::string& holiday) {
  return std::any_of(items.begin(), items.end(), [&](const Item& it) {
    const auto parts = name_parts(it.name);
    return std::find(parts.begin(), parts.end(), holiday) != parts.end();
  });
}

class Reader {
 public:
  Reader(const NoticeText& t, int year) : origin_(t.origin), year_(year) {}

  [[noreturn]] void refuse(std::string_view sentence, const std::string& why) const {
    throw InputError(fmt::format("{}: cannot read with certainty: '{}': {}", origin_, sentence, why));
  }

  std::vector<Item> read(const std::string& raw, std::string& title, std::vector<std::string>& sources) {
    std::vector<std::pair<std::string, std::string>> lines;  // (original, normalised)
    std::size_t pos = 0;
    while (pos <= raw.size()) {
      auto eol = raw.find('\n', pos);
      if (eol == std::string::npos) eol = raw.size();
      std::string line = raw.substr(pos, eol - pos);
      pos = eol + 1;
      if (starts_with(line, "\xEF\xBB\xBF")) line = line.substr(3);
      if (starts_with(line, "#")) {
        const std::string_view rest = std::string_view(line).substr(1);
        const auto k = rest.find("source:");
        if (k != std::string_view::npos) {
          auto url = std::string(rest.substr(k + 7));
          url.erase(0, url.find_first_not_of(" \t"));
          url.erase(url.find_last_not_of(" \t\r") + 1);
          if (!url.empty()) sources.push_back(url);
        }
        continue;
      }
      auto n = normalise(line);
      if (!n.empty()) lines.emplace_back(line, std::move(n));
    }
    // The title: the first lines up to the one naming the notice (it may be broken).
    std::string norm_title;
    for (std::size_t i = 0; i < lines.size() && i < 3; ++i) {
      norm_title += lines[i].second;
      if (contains(lines[i].second, "通知")) {
        title = norm_title;
        break;
      }
    }
    if (title.empty()) refuse(lines.empty() ? "" : lines[0].second, "no title (…关于…的通知) in the first lines: is this a notice?");
    static const std::regex year_in_title("([0-9]{4})年");
    std::smatch m;
    if (std::regex_search(title, m, year_in_title) && std::stoi(m[1]) != year_)
      refuse(title, fmt::format("the notice is for {}, not {} (check --year)", m[1].str(), year_));
    title_name_ = name_from_title(title);

    std::vector<Item> items;
    static const std::regex numbered("^(一|二|三|四|五|六|七|八|九|十)+、");
    for (const auto& [orig, norm] : lines) {
      std::smatch nm;
      if (!std::regex_search(norm, nm, numbered)) continue;
      const std::string body = norm.substr(static_cast<std::size_t>(nm.length(0)));
      if (read_clause(body).dates.empty()) continue;  // 二、各地区、各部门要…: not a holiday
      items.push_back(read_item(body, orig));
    }
    if (items.empty()) {
      // A supplement without numbered items (2015): the text after "…如下调休：".
      for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto& norm = lines[i].second;
        const auto k = norm.find("如下");
        if (k == std::string::npos) continue;
        const auto colon = norm.find(':', k);
        if (colon == std::string::npos) continue;
        std::string body = norm.substr(colon + 1), orig = lines[i].first;
        for (std::size_t j = i + 1; j < lines.size() && !read_clause(lines[j].second).dates.empty(); ++j) {
          body += lines[j].second;
          orig += lines[j].first;
        }
        if (!read_clause(body).dates.empty()) items.push_back(read_item(body, orig, title_name_));
        break;
      }
    }
    if (items.empty()) refuse(title, "no holiday items found (expected 一、元旦：1月1日…放假…)");
    check_announcement(lines, items);
    return items;
  }

 private:
  static std::string name_from_title(std::string title) {
    const auto a = title.find("关于");
    if (a == std::string::npos) return {};
    title = title.substr(a + 6);
    const auto b = title.find("的通知");
    if (b != std::string::npos) title = title.substr(0, b);
    static const std::regex strip("调整|延长|[0-9]{4}年|部分节假日安排|假期安排|放假安排|调休放假|假期|放假");
    return std::regex_replace(title, strip, "");
  }

  // 现将2026年元旦、春节、…和国庆节放假调休日期的具体安排通知如下: every holiday it
  // names must have an item, or a line was lost.
  void check_announcement(const std::vector<std::pair<std::string, std::string>>& lines,
                          const std::vector<Item>& items) const {
    static const std::regex announce("现将([0-9]{4})年(.+?)放假调休日期");
    for (const auto& [orig, norm] : lines) {
      std::smatch m;
      if (!std::regex_search(norm, m, announce)) continue;
      if (std::stoi(m[1]) != year_)
        refuse(norm, fmt::format("the notice is for {}, not {} (check --year)", m[1].str(), year_));
      for (const auto& want : name_parts(m[2].str())) {
        if (!has_item_for(items, want))
          refuse(norm, fmt::format("it announces {} but no item gives its dates (a line lost?)", want));
      }
    }
  }

  Item read_item(const std::string& body, const std::string& orig, const std::string& forced_name = {}) {
    Item item;
    item.line = orig;
    anchor_.reset();  // an item's explicitly dated day anchors only that item's years
    std::string rest = body;
    // The name: before the first colon if no digit precedes it ("元旦:"), else the words
    // before the first date ("清明节4月4日…", 2009), else the title's holiday.
    const auto colon = body.find(':');
    const auto digit = std::find_if(body.begin(), body.end(), is_digit) - body.begin();
    if (!forced_name.empty()) {
      item.name = forced_name;
    } else if (colon != std::string::npos && static_cast<std::ptrdiff_t>(colon) < digit) {
      item.name = body.substr(0, colon);
      rest = body.substr(colon + 1);
    } else if (digit > 0 && !starts_with(body, "延长") && digit <= 30) {
      item.name = body.substr(0, static_cast<std::size_t>(digit));
      rest = body.substr(static_cast<std::size_t>(digit));
    } else {
      item.name = title_name_;
    }
    if (item.name.empty()) refuse(orig, "the item names no holiday and the title names none");

    std::vector<std::pair<std::string, std::vector<DateToken>>> descriptive;  // checked last
    for (const auto& sentence : split_outside_parens(rest, {"。", "\n"})) {
      if (starts_with(sentence, "鼓励")) {  // a recommendation, not a holiday (2024 除夕)
        notes_.push_back(sentence);
        continue;
      }
      read_sentence(sentence, item, descriptive);
    }
    // 2008/2009 explain each day ("1月1日为法定节假日", "公休日调至…"); 2015's supplement
    // says "9月4日调休": every day so named must be one the item gives.
    for (const auto& [sentence, dates] : descriptive)
      for (const auto& d : dates)
        if (!item.days.count(d.date) && !(item.extend && d.date <= item.extend->second))
          refuse(sentence, fmt::format("{} is explained here but is neither a holiday nor a "
                                       "make-up day of {}", d.text, item.name));
    return item;
  }

  void resolve(const std::string& sentence, std::vector<DateToken>& dates, std::optional<Date> anchor) const {
    std::optional<int> month, yr;
    for (auto& t : dates) {
      int m = t.m ? *t.m : (month ? *month : 0);
      if (!m) refuse(sentence, fmt::format("'{}' has no month and none comes before it", t.text));
      int y = 0;
      if (t.y) y = *t.y;
      else if (!t.m && yr) y = *yr;  // "21日" after "2月20日": the same month and year
      else {
        // The notice's year, or the adjacent December/January when an explicitly dated
        // day of the same item (2012: 2011年12月31日) puts it there.
        y = year_;
        if (anchor) {
          long best = 1L << 30;
          for (int cand : {year_ - 1, year_, year_ + 1}) {
            if ((cand == year_ - 1 && m != 12) || (cand == year_ + 1 && m != 1)) continue;
            const date::year_month_day ymd{date::year{cand} / m / t.d};
            if (!ymd.ok()) continue;
            const long dist = std::labs((Date{ymd} - *anchor).count());
            if (dist < best) best = dist, y = cand;
          }
        }
      }
      const date::year_month_day ymd{date::year{y} / m / t.d};
      if (!ymd.ok()) refuse(sentence, fmt::format("'{}' is not a date in {}", t.text, y));
      t.date = Date{ymd};
      month = m;
      yr = y;
      const Date lo{date::year{year_ - 1} / 12 / 1}, hi{date::year{year_ + 1} / 1 / 31};
      if (t.date < lo || t.date > hi)
        refuse(sentence, fmt::format("{} ({}) is outside {} and the adjacent December and January",
                                     t.text, format_date(t.date), year_));
      const int said = stated_weekday(t.paren);
      const int actual = static_cast<int>(date::weekday{t.date}.c_encoding());
      if (said >= 0 && said != actual)
        refuse(sentence, fmt::format("{} ({}) is a 星期{}, but the text says 星期{}", t.text,
                                     format_date(t.date), weekday_words[actual], weekday_words[said]));
    }
  }

  void read_sentence(const std::string& sentence, Item& item,
                     std::vector<std::pair<std::string, std::vector<DateToken>>>& descriptive) {
    static const std::regex rest_shape("^(其中)?D(至D)?(放假|放假调休|放假公休|调休放假|公休放假|放假休息)(([0-9]+)天)?$");
    static const std::regex count_shape("^共([0-9]+)天$");
    static const std::regex work_shape("^(其中)?D(、D)*上班$");
    static const std::regex extra_rest_shape("^D(、D)*补休$");
    static const std::regex extend_shape("^延长(?:[0-9]{4}年)?(.+)假期至D$");
    static const std::regex resume_shape("^D起正常上班$");
    static const std::regex harmless("^(与周末连休|不调休|其中|照常上班)$");
    static const std::regex explained("法定节假日|公休|调至|^D(、D)*调休$");

    // All dates of the sentence resolve together: "2月20日(星期六)、21日(星期日)" shares
    // a month, and the first explicitly dated day anchors the year of the others.
    std::vector<Clause> clauses;
    std::vector<DateToken> all;
    for (const auto& text : split_outside_parens(sentence, {",", ";", ":"})) {
      clauses.push_back(read_clause(text));
      for (auto& d : clauses.back().dates) all.push_back(d);
    }
    std::optional<Date> anchor = anchor_;
    for (auto& d : all)
      if (d.y && d.m) {
        const date::year_month_day ymd{date::year{*d.y} / *d.m / d.d};
        if (ymd.ok()) {
          anchor = Date{ymd};
          break;
        }
      }
    resolve(sentence, all, anchor);
    if (!anchor_ && anchor) anchor_ = anchor;
    std::size_t k = 0;
    for (auto& c : clauses)
      for (auto& d : c.dates) d = all[k++];

    int rest_days = 0;
    std::optional<int> count;
    auto add = [&](Date d, bool working, const std::string& clause) {
      const auto [it, fresh] = item.days.emplace(d, working);
      if (!fresh && it->second != working)
        refuse(sentence, fmt::format("{} is both a rest day and a working day in '{}'", format_date(d), clause));
      if (working && date::weekday{d} != date::Saturday && date::weekday{d} != date::Sunday)
        refuse(sentence, fmt::format("{} is a weekday: a make-up working day (上班) must be a weekend day",
                                     format_date(d)));
    };
    for (const auto& c : clauses) {
      std::smatch m;
      if (std::regex_match(c.shape, m, rest_shape)) {
        const Date a = c.dates[0].date;
        Date b = c.dates.size() > 1 ? c.dates[1].date : a;
        if (b < a) refuse(sentence, fmt::format("the range {}..{} ends before it starts", format_date(a), format_date(b)));
        if ((b - a).count() > 14) refuse(sentence, "a holiday of more than 15 days");
        for (Date d = a; d <= b; d += days{1}) add(d, false, c.text);
        // "其中9月3日放假" restates a day of the range: it adds nothing to 共N天.
        if (!m[1].matched) rest_days += static_cast<int>((b - a).count()) + 1;
        if (m[5].matched) count = std::stoi(m[5]);
      } else if (std::regex_match(c.shape, m, count_shape)) {
        count = std::stoi(m[1]);
      } else if (std::regex_match(c.shape, work_shape)) {
        for (const auto& d : c.dates) add(d.date, true, c.text);
      } else if (std::regex_match(c.shape, extra_rest_shape)) {
        for (const auto& d : c.dates) add(d.date, false, c.text);
      } else if (std::regex_match(c.shape, m, extend_shape)) {
        item.name = m[1];
        item.extend = std::pair{m[1].str(), c.dates[0].date};
      } else if (std::regex_match(c.shape, resume_shape)) {
        if (!item.extend || c.dates[0].date != item.extend->second + days{1})
          refuse(sentence, fmt::format("{} is not the day after the extended holiday", c.dates[0].text));
      } else if (std::regex_match(c.shape, harmless)) {
      } else if (!c.dates.empty() && std::regex_search(c.shape, explained)) {
        descriptive.emplace_back(sentence, c.dates);
      } else {
        refuse(sentence, fmt::format("the clause '{}' is not a holiday, a make-up working day or "
                                     "a known phrase", c.text));
      }
    }
    if (count && *count != rest_days)
      refuse(sentence, fmt::format("it says 共{}天 but gives {} day{}", *count, rest_days,
                                   rest_days == 1 ? "" : "s"));
  }

  std::string origin_;
  int year_;
  std::string title_name_;
  std::optional<Date> anchor_;

 public:
  std::vector<std::string> notes_;
};

bool shares_name(const Item& a, std::string_view name) {
  const auto pa = name_parts(a.name), pb = name_parts(name);
  return std::any_of(pa.begin(), pa.end(),
                     [&](const std::string& x) { return std::find(pb.begin(), pb.end(), x) != pb.end(); });
}

// Date-ordered facts, consecutive days of the same kind, name and sentence merged.
std::vector<ImportedNotice::Fact> to_facts(const std::vector<Item>& items, const std::string& origin) {
  struct Day {
    bool working;
    std::string name, sentence;
  };
  std::map<Date, Day> all;
  for (const auto& it : items)
    for (const auto& [d, w] : it.days) {
      const auto [pos, fresh] = all.emplace(d, Day{w, it.name, it.line});
      if (!fresh && pos->second.working != w)
        throw InputError(fmt::format("{}: cannot read with certainty: {} is a rest day in '{}' and a "
                                     "working day in '{}'", origin, format_date(d),
                                     w ? pos->second.sentence : it.line, w ? it.line : pos->second.sentence));
    }
  std::vector<ImportedNotice::Fact> facts;
  for (const auto& [d, day] : all) {
    if (!facts.empty() && facts.back().to + days{1} == d && facts.back().working == day.working &&
        facts.back().name == day.name && facts.back().sentence == day.sentence)
      facts.back().to = d;
    else
      facts.push_back({d, d, day.working, day.name, day.sentence});
  }
  return facts;
}

}  // namespace

namespace {
// Every year's notice dates each statutory holiday of the national holiday regulations
// (全国年节及纪念日放假办法: since its 2008 revision these seven, before it four), so a
// notice missing one lost a line: the preamble that would name it (check_announcement)
// may have been lost with it, as when only the items are pasted.
void check_statutory(const std::vector<Item>& items, int year, const std::string& origin) {
  static const std::vector<std::string> since_2008{"元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"};
  static const std::vector<std::string> before_2008{"元旦", "春节", "劳动节", "国庆节"};
  const auto& want = year >= 2008 ? since_2008 : before_2008;
  // The names notices have used for each (2007: “五一”, “十一”; 2008: “五一”国际劳动节).
  auto dated = [&](const std::string& holiday) {
    static const std::vector<std::pair<std::string, std::vector<std::string>>> called{
        {"清明节", {"清明"}}, {"劳动节", {"劳动节", "五一"}}, {"端午节", {"端午"}},
        {"中秋节", {"中秋"}}, {"国庆节", {"国庆", "十一"}}};
    std::vector<std::string> names{holiday};
    for (const auto& [h, aka] : called)
      if (h == holiday) names = aka;
    return std::any_of(items.begin(), items.end(), [&](const Item& it) {
      return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return it.name.find(n) != std::string::npos; });
    });
  };
  std::vector<std::string> missing;
  for (const auto& w : want)
    if (!dated(w)) missing.push_back(w);
  if (missing.empty()) return;
  std::string all, lost;
  for (const auto& w : want) all += (all.empty() ? "" : "、") + w;
  for (const auto& w : missing) lost += (lost.empty() ? "" : "、") + w;
  throw InputError(fmt::format("{}: cannot read with certainty: the notice gives no item for {}; every notice "
                               "{} dates {} (a line lost, or only part of the notice pasted?)",
                               origin, lost, year >= 2008 ? "since 2008" : "before 2008", all));
}
}  // namespace

ImportedNotice import_notice(const std::vector<NoticeText>& texts, int year,
                             const std::vector<std::string>& sources) {
  if (texts.empty()) throw InputError("no notice text given");
  if (year < 1900 || year > 2199)
    throw InputError(fmt::format("{} is not a valid year (expected 1900..2199)", year));
  ImportedNotice out;
  out.year = year;
  std::vector<std::string> found_sources;
  std::vector<Item> items;
  for (std::size_t i = 0; i < texts.size(); ++i) {
    Reader r(texts[i], year);
    std::string title;
    auto more = r.read(texts[i].text, title, found_sources);
    for (auto& n : r.notes_) out.notes.push_back(std::move(n));
    if (i == 0) {
      out.title = title;
      items = std::move(more);
      check_statutory(items, year, texts[0].origin);
      continue;
    }
    // A supplement: replaces, extends or adds items of the notice.
    for (auto& s : more) {
      auto base = std::find_if(items.begin(), items.end(), [&](const Item& it) { return shares_name(it, s.name); });
      if (s.extend) {
        if (base == items.end())
          throw InputError(fmt::format("{}: cannot read with certainty: '{}': the notice has no {} to extend",
                                       texts[i].origin, s.line, s.extend->first));
        Date last{};
        for (const auto& [d, w] : base->days)
          if (!w) last = std::max(last, d);
        if (s.extend->second <= last || (s.extend->second - last).count() > 31)
          throw InputError(fmt::format("{}: cannot read with certainty: '{}': {} does not extend {} "
                                       "(which ends {})", texts[i].origin, s.line,
                                       format_date(s.extend->second), base->name, format_date(last)));
        for (Date d = last + days{1}; d <= s.extend->second; d += days{1}) base->days[d] = false;
        base->line += "\n" + s.line;
      } else if (base != items.end()) {
        s.name = base->name;
        *base = std::move(s);
      } else {
        items.push_back(std::move(s));
      }
    }
  }
  out.sources = sources.empty() ? found_sources : sources;
  out.facts = to_facts(items, texts[0].origin);
  return out;
}

ImportedNotice import_holiday_json(std::string_view text, std::string_view origin) {
  auto fail = [&](const std::string& what) { return InputError(fmt::format("{}: {}", origin, what)); };
  simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (auto err = parser.parse(text.data(), text.size()).get(doc))
    throw fail(fmt::format("not valid JSON ({})", simdjson::error_message(err)));
  simdjson::dom::object obj;
  if (doc.get(obj)) throw fail("expected an object {\"year\": …, \"days\": [...]}");
  ImportedNotice out;
  out.command = "import-json";
  std::optional<simdjson::dom::array> days_array;
  for (auto [key, value] : obj) {
    if (key == "$schema" || key == "$id") continue;
    if (key == "year") {
      int64_t y = 0;
      if (value.get(y) || y < 1900 || y > 2199)
        throw fail(fmt::format("\"year\" is {} (expected a year 1900..2199)", simdjson::to_string(value)));
      out.year = static_cast<int>(y);
    } else if (key == "papers") {
      simdjson::dom::array a;
      if (value.get(a)) throw fail("\"papers\" must be a list of addresses");
      for (auto p : a) {
        std::string_view s;
        if (p.get(s)) throw fail(fmt::format("\"papers\" holds {} (expected an address)", simdjson::to_string(p)));
        out.sources.emplace_back(s);
      }
    } else if (key == "days") {
      simdjson::dom::array a;
      if (value.get(a)) throw fail("\"days\" must be a list");
      days_array = a;
    } else {
      throw fail(fmt::format("unknown key \"{}\" (expected year, papers, days)", key));
    }
  }
  if (!out.year) throw fail("no \"year\"");
  if (!days_array) throw fail("no \"days\"");
  out.title = fmt::format("{} holidays from {}", out.year, origin);
  std::vector<Item> items(1);
  std::map<Date, std::pair<bool, std::string>> seen;
  std::size_t n = 0;
  for (auto day : *days_array) {
    ++n;
    simdjson::dom::object o;
    if (day.get(o)) throw fail(fmt::format("day {} is not an object", n));
    std::optional<std::string_view> name, date_text;
    std::optional<bool> off;
    for (auto [key, value] : o) {
      if (key == "name") {
        std::string_view s;
        if (value.get(s) || s.empty()) throw fail(fmt::format("day {}: \"name\" must be a non-empty string", n));
        name = s;
      } else if (key == "date") {
        std::string_view s;
        if (value.get(s)) throw fail(fmt::format("day {}: \"date\" must be a string YYYY-MM-DD", n));
        date_text = s;
      } else if (key == "isOffDay") {
        bool b = false;
        if (value.get(b)) throw fail(fmt::format("day {}: \"isOffDay\" must be true or false", n));
        off = b;
      } else {
        throw fail(fmt::format("day {}: unknown key \"{}\" (expected name, date, isOffDay)", n, key));
      }
    }
    if (!name || !date_text || !off) throw fail(fmt::format("day {}: needs name, date and isOffDay", n));
    Date d{};
    try {
      d = parse_date(*date_text);
    } catch (const InputError& e) {
      throw fail(fmt::format("day {}: {}", n, e.what()));
    }
    const Date lo{date::year{out.year - 1} / 12 / 1}, hi{date::year{out.year + 1} / 1 / 31};
    if (d < lo || d > hi)
      throw fail(fmt::format("day {}: {} is outside {} and the adjacent December and January", n,
                             *date_text, out.year));
    if (seen.count(d)) throw fail(fmt::format("day {}: {} is listed twice", n, *date_text));
    seen[d] = {!*off, std::string(*name)};
  }
  if (seen.empty())
    throw fail(fmt::format("no days listed: the notice for {} is not in this file yet", out.year));
  // One item per name keeps the facts' names; the sentence is the JSON's own line.
  std::map<std::string, Item> by_name;
  for (const auto& [d, v] : seen) {
    auto& it = by_name[v.second];
    it.name = v.second;
    it.line = fmt::format("{} ({})", v.second, origin);
    it.days[d] = v.first;
  }
  std::vector<Item> list;
  for (auto& [k, it] : by_name) list.push_back(std::move(it));
  out.facts = to_facts(list, std::string(origin));
  return out;
}

std::string ImportedNotice::calendar_text() const {
  std::string out = fmt::format(
      "# {}\n# Imported by `shixian calendar {}`; each group of facts follows the "
      "sentence it was read from.\nnotice {}", title, command, year);
  for (const auto& s : sources) out += " " + s;
  out += "\n";
  std::string last_sentence;
  for (const auto& f : facts) {
    if (f.sentence != last_sentence) {
      std::string comment = f.sentence;
      for (std::size_t p = 0; (p = comment.find('\n', p)) != std::string::npos; p += 3)
        comment.replace(p, 1, "\n# ");
      out += "# " + comment + "\n";
      last_sentence = f.sentence;
    }
    const auto range = f.from == f.to ? format_date(f.from)
                                      : format_date(f.from) + ".." + format_date(f.to);
    out += fmt::format("{} {:<22} {}\n", f.working ? "work" : "rest", range, f.name);
  }
  return out;
}

SHIXIAN_NAMESPACE_END
