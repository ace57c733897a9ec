#pragma once
// Importing a holiday notice into the calendar file format (calendar_file.hpp).
//
// The State Council publishes each year's holidays as a short Chinese text
// (国务院办公厅关于YYYY年部分节假日安排的通知), often weeks before the year starts and
// sometimes with a supplement (2015: 抗战胜利70周年纪念日; 2019: 劳动节 changed; 2020:
// 春节 extended). An operations officer should be able to load it the hour it appears,
// without waiting for a release, so the text itself is read:
//
//   一、元旦：1月1日（周五）放假，共1天。
//   二、春节：2月6日（周六）至13日（周六）放假调休，共8天。2月20日（周六）上班。
//
// becomes
//
//   notice 2027 https://www.gov.cn/…
//   # 一、元旦：1月1日（周五）放假，共1天。
//   rest 2027-01-01 元旦
//   …
//
// The reading is strict: nothing is guessed. A sentence is refused, named in the error,
// when a weekday in parentheses does not match its date, when 共N天 does not match the
// days the sentence gives, when a date falls outside the year (or the adjacent December
// and January, where notices move days across New Year), when a clause is neither a
// holiday, a make-up working day nor one of the known harmless phrases (与周末连休,
// 不调休, 鼓励… sentences), or when the holidays announced in the preamble (现将…元旦、
// 春节…放假调休日期) are not all given an item, or when, preamble or not, a statutory
// holiday has no item (the seven of the 2008 regulations, the four before: a notice
// pasted in part). What is read is given back line by
// line as comments in the calendar file, so a reviewer sees which sentence made which
// fact.
//
// Supplements are further texts of the same year: an item for a holiday already in the
// notice replaces it (2019 劳动节), 延长…假期至DATE extends it (2020 春节), and a new one
// is added (2015). Items with no holiday name take it from the title.
//
// The per-year JSON format many public data sets publish ({"year": 2027, "papers": [...],
// "days": [{"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}) is read
// strictly too: unknown keys, duplicate dates and dates outside the year are errors.
#include "shixian/abi.hpp"
#include <string>
#include <string_view>
#include <vector>

#include "shixian/time/types.hpp"

SHIXIAN_NAMESPACE_BEGIN

struct NoticeText {
  std::string origin;  // a file name, for errors and provenance
  std::string text;    // UTF-8, as published (full-width or ASCII punctuation)
};

struct ImportedNotice {
  struct Fact {
    Date from, to;         // inclusive
    bool working;          // true: make-up working day (调休上班); false: rest
    std::string name;      // the holiday, e.g. "春节"
    std::string sentence;  // the sentence it was read from (provenance)
  };
  int year = 0;
  std::string title;                 // e.g. 国务院办公厅关于2026年部分节假日安排的通知
  std::vector<std::string> sources;  // addresses, from --source, "# source:" or "papers"
  std::vector<Fact> facts;           // in date order, ranges merged
  std::vector<std::string> notes;    // sentences read but holding no fact (鼓励…)
  std::string command = "import-notice";  // what read it, named in the file's provenance

  // The calendar file (calendar_file.hpp format) for this notice, with provenance.
  std::string calendar_text() const;
};

// Reads the notice for `year` and its supplements (texts[1..]). `sources` are recorded
// as the notice's addresses; when empty, "# source: URL" lines at the top of each text
// are used. Throws InputError naming the file and the sentence that cannot be read.
ImportedNotice import_notice(const std::vector<NoticeText>& texts, int year,
                             const std::vector<std::string>& sources = {});

// Reads one year of the public per-year JSON format. Throws InputError naming the
// file and the value.
ImportedNotice import_holiday_json(std::string_view text, std::string_view origin);

SHIXIAN_NAMESPACE_END
