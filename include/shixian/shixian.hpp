#pragma once
// Everything public in one include, for programs that would rather not pick modules:
//
//   #include <shixian/shixian.hpp>
//
// Each module's header (shixian/<module>/*.hpp) explains its part of the model and can
// be included on its own. Public headers need only the C++20 standard library and
// date/date.h (libhowardhinnant-date-dev); every other dependency is private to the
// library. tests/consumers/ checks both: this file includes every public header, and
// no public header includes anything else.
#include "shixian/abi.hpp"
#include "shixian/audit/audit.hpp"
#include "shixian/audit/check_stream.hpp"
#include "shixian/audit/ignored_fields.hpp"
#include "shixian/audit/summary.hpp"
#include "shixian/audit/ticket_json.hpp"
#include "shixian/calendar/calendar.hpp"
#include "shixian/calendar/calendar_file.hpp"
#include "shixian/calendar/diff.hpp"
#include "shixian/calendar/export.hpp"
#include "shixian/calendar/notice.hpp"
#include "shixian/classify/classify.hpp"
#include "shixian/classify/lexicon.hpp"
#include "shixian/classify/ngram.hpp"
#include "shixian/classify/numerals.hpp"
#include "shixian/classify/wording.hpp"
#include "shixian/data/embedded.hpp"
#include "shixian/error.hpp"
#include "shixian/handling/archive.hpp"
#include "shixian/handling/callback.hpp"
#include "shixian/handling/contact.hpp"
#include "shixian/i18n/lang.hpp"
#include "shixian/i18n/terms.hpp"
#include "shixian/i18n/text.hpp"
#include "shixian/i18n/words.hpp"
#include "shixian/io/line_reader.hpp"
#include "shixian/io/pages.hpp"
#include "shixian/io/small_file.hpp"
#include "shixian/report/report.hpp"
#include "shixian/rules/names.hpp"
#include "shixian/rules/rule_set.hpp"
#include "shixian/sla/clocks.hpp"
#include "shixian/sla/deadlines.hpp"
#include "shixian/sla/explain.hpp"
#include "shixian/sla/lifecycle.hpp"
#include "shixian/sla/ticket.hpp"
#include "shixian/testing.hpp"
#include "shixian/time/text.hpp"
#include "shixian/time/types.hpp"
#include "shixian/time/zone.hpp"
