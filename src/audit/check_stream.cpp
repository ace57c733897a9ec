// Streaming audit: see include/shixian/audit/check_stream.hpp for the model.
#include "shixian/audit/check_stream.hpp"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>

#include <fmt/format.h>

#include "shixian/io/line_reader.hpp"
#include "shixian/time/text.hpp"

SHIXIAN_NAMESPACE_BEGIN
namespace audit {

LineAuditor::LineAuditor(const Auditor& auditor, Choose choose, Summary* summary,
                         std::shared_ptr<const classify::Lexicon> lexicon, const Auditor* compare,
                         std::shared_ptr<const std::vector<Date>> changed_days)
    : auditor_(auditor),
      parser_(auditor.rules(), auditor.zone(), choose, std::move(lexicon)),
      writer_(auditor.rules(), auditor.zone()),
      summary_(summary),
      compare_(compare),
      changed_days_(std::move(changed_days)) {}

namespace {

// What an auditor compares: the deadline (when there is one), the status, the error.
bool same_result(const StageAudit& a, const StageAudit& b) noexcept {
  if (a.status != b.status || a.has_deadline() != b.has_deadline() || a.paused != b.paused) return false;
  if (a.has_deadline() && a.deadline != b.deadline) return false;
  return a.status != Status::error || a.error == b.error;
}

void append_side(std::string& out, const StageAudit& s, const Zone& zone) {
  out += "{";
  if (s.has_deadline()) out += "\"deadline\": \"" + format_instant(s.deadline, zone) + "\", ";
  out += "\"status\": \"";
  out += to_string(s.status);
  out += "\"";
  if (s.status == Status::error) out += ", \"error\": " + io::json_string(s.error);
  out += "}";
}

}  // namespace

// Compare mode: the common case (nothing changed) costs a second audit and a compare;
// only a changed ticket is written, through ordinary strings (they are few).
bool LineAuditor::stage_changed(std::size_t i) const noexcept {
  return i >= audit_.stages.size() || i >= compared_.stages.size() || !same_result(audit_.stages[i], compared_.stages[i]);
}

bool LineAuditor::differs() const noexcept {
  if (audit_.stages.size() != compared_.stages.size()) return true;
  for (std::size_t i = 0; i < audit_.stages.size(); ++i)
    if (stage_changed(i)) return true;
  return false;
}

void LineAuditor::write_change(OutBuffer& out, std::string_view id) {
  const auto& rs = auditor_.rules();
  const auto& zone = auditor_.zone();
  std::string line = "{\"id\": " + io::json_string(id) + ", \"changes\": {";
  Date from = Date::max(), to = Date::min();
  bool first = true;
  const std::size_t n = std::min(audit_.stages.size(), compared_.stages.size());
  for (std::size_t i = 0; i < n; ++i) {
    const auto& a = audit_.stages[i];
    const auto& b = compared_.stages[i];
    if (same_result(a, b)) continue;
    const std::size_t cycle = i / audit_.stage_count, stage = i % audit_.stage_count;
    line += first ? "" : ", ";
    first = false;
    line += io::json_string(cycle == 0 ? rs.stages[stage].id : fmt::format("{} (cycle {})", rs.stages[stage].id, cycle + 1));
    line += ": {\"old\": ";
    append_side(line, a, zone);
    line += ", \"new\": ";
    append_side(line, b, zone);
    line += "}";
    // The days that can have moved it: from the start day to the later deadline's day.
    from = std::min(from, date_of(zone.to_local(a.start)));
    for (const auto* s : {&a, &b})
      if (s->has_deadline()) to = std::max(to, date_of(zone.to_local(s->deadline)));
  }
  line += "}, \"days\": [";
  if (changed_days_ && to >= from) {
    const auto& d = *changed_days_;
    bool f = true;
    for (auto it = std::lower_bound(d.begin(), d.end(), from); it != d.end() && *it <= to; ++it) {
      line += (f ? "\"" : ", \"") + format_date(*it) + "\"";
      f = false;
    }
  }
  line += "]}\n";
  out.append(line);
}

namespace {

// Instants are nanoseconds (they span 1678..2262), and timestamps are read for years
// 1900..2199, so two of them may be 300 years apart: more than a Duration holds, and a
// lateness computed across them would wrap to a negative number. A ticket whose events
// or audit time lie more than this far from its receipt is rejected instead.
constexpr long long kMaxTicketSpanSeconds = 250LL * 366 * 86400;

long long seconds_of(Instant t) noexcept {
  return std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

// "" when every event of the record, and `now`, lies within kMaxTicketSpanSeconds of the
// first cycle's receipt; else the error for the line. Compared in seconds, which do not
// overflow, rather than as a difference of instants, which might.
std::string span_error(const TicketRecord& r, const RuleSet& rules, Instant now) {
  if (!r.ticket.has(0)) return {};
  const long long from = seconds_of(r.ticket.event(0));
  // The common answer without the walk: the parser has checked that events are in
  // lifecycle order within a cycle and that each cycle begins after the previous one
  // ends, so no event lies before the receipt and the last cycle's last event is the
  // latest. When that one and `now` are near, every event is. (Records come only from
  // TicketParser here, in LineAuditor::process; the walk below words an error.)
  {
    const Ticket& last = r.reopened.empty() ? r.ticket : r.reopened.back();
    const std::uint32_t present = last.events_present();
    if (present != 0) {
      const long long latest = seconds_of(last.event(31 - __builtin_clz(present)));
      const long long n = seconds_of(now);
      if (latest >= from && latest - from <= kMaxTicketSpanSeconds && n - from <= kMaxTicketSpanSeconds &&
          from - n <= kMaxTicketSpanSeconds)
        return {};
    }
  }
  auto too_far = [&](Instant t) {
    const long long s = seconds_of(t);
    return s - from > kMaxTicketSpanSeconds || from - s > kMaxTicketSpanSeconds;
  };
  auto check = [&](const Ticket& t) -> std::string {
    for (std::size_t e = 0; e < rules.events.size(); ++e)
      if (t.has(static_cast<int>(e)) && too_far(t.event(static_cast<int>(e))))
        return fmt::format("event '{}' is more than 250 years after '{}': no audit spans that long",
                           rules.events[e], rules.events[0]);
    return {};
  };
  if (auto e = check(r.ticket); !e.empty()) return e;
  for (const auto& c : r.reopened)
    if (auto e = check(c); !e.empty()) return e;
  if (too_far(now))
    return fmt::format("'{}' is more than 250 years from the audit time (--now): no audit spans that long",
                       rules.events[0]);
  return {};
}

}  // namespace

bool LineAuditor::too_long(std::string_view file, std::size_t number, std::uint64_t order, std::size_t max_line,
                           bool rest_unread, OutBuffer* bad) {
  const std::string error = io::too_long_error(max_line, rest_unread);
  last_error_ = error;
  if (bad) append_bad_line(*bad, file, number, false, {}, error);
  if (summary_) summary_->add_bad_line(order, file, number, error);
  return false;
}

bool LineAuditor::process(std::string_view line, std::size_t readable_after, std::string_view file,
                          std::size_t number, std::uint64_t order, OutBuffer* good, OutBuffer* bad) {
  auto reject = [&](std::string_view error) {
    last_error_.assign(error);
    if (bad) append_bad_line(*bad, file, number, parser_.has_id(), parser_.id(), error);
    if (summary_) summary_->add_bad_line(order, file, number, error);
    return false;
  };
  if (!parser_.parse(line, readable_after, record_)) return reject(parser_.error());
  // An error while auditing one ticket is that ticket's line: it must not abandon the
  // batch (--jobs 1) or leave a worker thread (--jobs N, std::terminate). What was
  // written of the ticket's line is taken back first.
  const std::size_t mark = good ? good->size() : 0;
  try {
    if (const auto why = span_error(record_, auditor_.rules(), auditor_.settings().now); !why.empty())
      return reject(why);
    auditor_.audit(record_, audit_);
    if (compare_) {
      compare_->audit(record_, compared_);
      last_changed_ = differs();
      changed_ += last_changed_;
      if (good && last_changed_) write_change(*good, parser_.id());
    } else if (good) {
      writer_.line(*good, parser_.id(), audit_, parser_.classified());
    }
  } catch (const std::exception& e) {
    if (good) good->truncate(mark);
    return reject(fmt::format("cannot audit this ticket: {}", e.what()));
  }
  if (summary_) {
    summary_->add(record_, audit_, parser_.id(), order, parser_.classified() != nullptr);
    summary_->add_id(parser_.id(), order, file, number);
  }
  return true;
}

namespace {

// One thread's input block and output flush size: a quarter MiB each, so that the block
// being read and the output being written stay in a core's L2 cache (1 MiB blocks and
// 64 KiB flushes cost a one-core check of 1,000,000 tickets about 5%: the copies out of
// the page cache and back, and twice the write calls, since stdio splits each large write).
constexpr std::size_t kInlineBlock = std::size_t{1} << 18;
constexpr std::size_t kFlushAt = std::size_t{1} << 18;
// A batch is handed on once it holds this much: one run of a regular file's 1 MiB
// block, several of a pipe's (64 KiB a read).
constexpr std::size_t kBatchBytes = std::size_t{512} << 10;
// Output bytes reserved per input byte of a batch (see Pipeline::work).
constexpr std::size_t kOutPerIn = 3;
constexpr std::size_t kProgressEvery = 16384;

void write_all(std::FILE* f, OutBuffer& buf) {
  if (f && !buf.empty()) std::fwrite(buf.view().data(), 1, buf.size(), f);
  buf.clear();
}

StreamCounts run_inline(const Auditor& auditor, io::LineReader& in, std::string_view file, const StreamOptions& o) {
  StreamCounts n;
  LineAuditor worker(auditor, o.choose, o.summary, o.lexicon, o.compare, o.changed_days);
  OutBuffer out, bad;
  out.reserve(kFlushAt + 4096);
  OutBuffer* good_buf = o.write_lines ? &out : nullptr;
  OutBuffer* bad_buf = o.on_bad_line ? nullptr : o.write_lines ? &out : (o.bad_out ? &bad : nullptr);
  // Before the reader waits on a pipe or terminal, what is written so far goes out: one
  // ticket typed or tailed in is answered then, not at the end of input.
  in.on_wait([&] {
    write_all(o.out, out);
    write_all(o.bad_out, bad);
    if (o.out) std::fflush(o.out);
    if (o.bad_out && o.bad_out != o.out) std::fflush(o.bad_out);
  });
  io::Line line;
  while (in.next(line)) {
    ++n.lines;
    n.bytes += line.text.size() + 1;
    if (line.blank()) {
      ++n.blank;
      continue;
    }
    if (line.too_long ? worker.too_long(file, line.number, o.order_base + line.number, o.max_line, line.rest_unread, bad_buf)
                      : worker.process(line.text, io::LineReader::kPadding, file, line.number,
                                       o.order_base + line.number, good_buf, bad_buf)) {
      ++n.ok;
      if (o.on_ticket) o.on_ticket(line.text, worker, o.order_base + line.number);
    } else {
      ++n.bad;
      if (o.on_bad_line)  // a line too long was not parsed: no id of its own
        o.on_bad_line(file, line.number, !line.too_long && worker.has_id() ? worker.id() : std::string_view(),
                      worker.last_error());
    }
    if (out.size() >= kFlushAt) write_all(o.out, out);
    if (!bad.empty()) write_all(o.bad_out, bad);
    if (o.progress && n.lines % kProgressEvery == 0) o.progress(n);
  }
  in.on_wait(nullptr);  // its captures end here; the reader may be read on
  write_all(o.out, out);
  write_all(o.bad_out, bad);
  n.unterminated = in.last_line_unterminated();
  n.ignored = worker.ignored();
  n.changed = worker.changed();
  return n;
}

// A batch is whole lines as they lie in the input (LineReader::next_lines' runs, one
// after another), cut into lines by the worker that audits them: the reader only reads
// and copies blocks, so the one serial thread does little per line.
struct Batch {
  std::uint64_t seq = 0;
  // The lines: a large run in the read buffer it was read into (handed over by the
  // reader, no copy), or smaller runs copied one after another into `data` (a pipe's).
  io::ReadBuffer block;
  std::string data;
  std::string_view text;
  const char* readable_end = nullptr;  // padding: readable bytes after `text` up to here
  bool handed_over = false;            // `text` lies in `block`
  io::LineRun run;  // first line's number; too_long (a batch of its own) and rest_unread
  OutBuffer out, bad;
  std::uint64_t ok = 0, bad_count = 0, lines = 0, blank = 0, bytes = 0;
};

class Pipeline {
 public:
  Pipeline(const Auditor& auditor, std::string_view file, const StreamOptions& o)
      : auditor_(auditor), file_(file), o_(o), pool_(2 * o.jobs + 2), done_(pool_.size(), nullptr), ignored_(o.jobs) {
    for (auto& b : pool_) {
      // No reserve up front: a batch grows to its size once and keeps its capacity as
      // it is reused, so the steady state is the same, and a short input does not pay
      // for a block per batch (a one-line `check --jobs 2`, a fuzz run).
      b = std::make_unique<Batch>();
      free_.push_back(b.get());
    }
    for (unsigned j = 0; j < o.jobs; ++j)
      summaries_.push_back(o.summary ? std::make_unique<Summary>(o.summary->empty_copy()) : nullptr);
  }

  StreamCounts run(io::LineReader& in) {
    for (unsigned j = 0; j < o_.jobs; ++j) workers_.emplace_back([this, j] { work(j); });
    std::thread writer([this] { write(); });
    StreamCounts n;
    std::exception_ptr failure;
    try {
      read(in);
    } catch (...) {
      failure = std::current_exception();
    }
    {
      std::lock_guard lock(m_);
      reading_done_ = true;
      total_batches_ = next_seq_;
    }
    cv_work_.notify_all();
    cv_done_.notify_all();
    for (auto& w : workers_) w.join();
    writer.join();
    if (failure) std::rethrow_exception(failure);
    n.lines = lines_;
    n.blank = blank_;
    n.bytes = bytes_;
    n.ok = ok_;
    n.changed = changed_;
    n.bad = bad_;
    n.unterminated = in.last_line_unterminated();
    for (const auto& i : ignored_) n.ignored.merge(i);
    if (o_.summary)
      for (auto& s : summaries_) o_.summary->merge(*s);
    return n;
  }

 private:
  Batch* take_free() {
    std::unique_lock lock(m_);
    cv_free_.wait(lock, [&] { return !free_.empty(); });
    Batch* b = free_.back();
    free_.pop_back();
    return b;
  }

  void submit(Batch* b) {
    if (!b->handed_over) {  // copied (or no text): padding after the copy
      b->data.append(io::LineReader::kPadding, ' ');
      b->text = std::string_view(b->data.data(), b->data.size() - io::LineReader::kPadding);
      b->readable_end = b->data.data() + b->data.size();
    }
    {
      std::lock_guard lock(m_);
      b->seq = next_seq_++;
      work_.push_back(b);
    }
    cv_work_.notify_one();
  }

  Batch* start(const io::LineRun& run) {
    Batch* b = take_free();
    b->data.clear();
    b->text = {};
    b->handed_over = false;
    b->run = run;
    b->run.text = {};
    return b;
  }

  void read(io::LineReader& in) {
    Batch* b = nullptr;
    io::LineRun run;
    std::uint64_t lines = 0, bytes = 0;
    while (in.next_lines(run)) {
      // Progress as lines are read, every kProgressEvery or so (a run holds thousands):
      // lines as read; bytes as read (line ends included); the rest as written so far.
      if (o_.progress && (lines + run.count) / kProgressEvery != lines / kProgressEvery) {
        StreamCounts shown;
        shown.lines = lines + run.count;
        shown.bytes = bytes + std::max<std::size_t>(run.text.size(), 1);
        shown.blank = blank_.load(std::memory_order_relaxed);
        shown.ok = ok_.load(std::memory_order_relaxed);
        shown.bad = bad_.load(std::memory_order_relaxed);
        o_.progress(shown);
      }
      lines += run.count;
      bytes += std::max<std::size_t>(run.text.size(), 1);
      if (run.too_long) {  // a batch of its own: no text, one line
        if (b) submit(b);
        b = nullptr;
        submit(start(run));
        continue;
      }
      if (!b && run.text.size() >= kBatchBytes) {  // a regular file's block: its buffer
        Batch* t = start(run);
        in.hand_over(t->block);
        t->handed_over = true;
        t->text = run.text;
        t->readable_end = run.text.data() + run.text.size() + io::LineReader::kPadding;
        submit(t);
        continue;
      }
      if (!b) b = start(run);
      b->data.append(run.text);
      if (b->data.size() >= kBatchBytes) {
        submit(b);
        b = nullptr;
      }
    }
    if (b) submit(b);
  }

  void work(unsigned j) {
    LineAuditor worker(auditor_, o_.choose, summaries_[j].get(), o_.lexicon, o_.compare, o_.changed_days);
    for (;;) {
      Batch* b;
      {
        std::unique_lock lock(m_);
        cv_work_.wait(lock, [&] { return !work_.empty() || reading_done_; });
        if (work_.empty()) {
          ignored_[j] = worker.ignored();  // this worker's own slot, read after the join
          changed_ += worker.changed();
          return;
        }
        b = work_.front();
        work_.pop_front();
      }
      b->out.clear();
      b->bad.clear();
      // Room for the batch's output at once (a line in is about 320 bytes, out about
      // 700): grown by doubling from nothing, each batch touched about twice the pages it
      // keeps, freshly mapped, and those page faults cost `--jobs 2` about a tenth of
      // its time on a 1,000,000-ticket file (6,700 against 600 with one job). Untouched
      // room costs nothing; a batch that outgrows it still grows.
      if (o_.write_lines) b->out.reserve(b->text.size() * kOutPerIn);
      b->ok = b->bad_count = b->lines = b->blank = b->bytes = 0;
      OutBuffer* good_buf = o_.write_lines ? &b->out : nullptr;
      OutBuffer* bad_buf = o_.write_lines ? &b->out : (o_.bad_out ? &b->bad : nullptr);
      io::LineRun run = b->run;
      run.text = b->text;
      io::LineCutter cut(run, o_.max_line);
      const char* const data_end = b->readable_end;
      io::Line line;
      while (cut.next(line)) {
        ++b->lines;
        b->bytes += line.text.size() + 1;
        if (line.blank()) {
          ++b->blank;
          continue;
        }
        // process() turns a ticket's error into its line; this is the last guard (memory
        // exhausted while writing one): the line is counted bad and the run goes on, since
        // an exception leaving this thread would end the process.
        bool ok = false;
        try {
          const std::size_t after =
              line.too_long ? 0 : static_cast<std::size_t>(data_end - (line.text.data() + line.text.size()));
          ok = line.too_long ? worker.too_long(file_, line.number, o_.order_base + line.number, o_.max_line,
                                               line.rest_unread, bad_buf)
                             : worker.process(line.text, after, file_, line.number, o_.order_base + line.number,
                                              good_buf, bad_buf);
        } catch (...) {
        }
        if (ok)
          ++b->ok;
        else
          ++b->bad_count;
      }
      {
        std::lock_guard lock(m_);
        done_[b->seq % done_.size()] = b;
      }
      cv_done_.notify_all();
    }
  }

  void write() {
    for (std::uint64_t seq = 0;; ++seq) {
      Batch* b;
      {
        std::unique_lock lock(m_);
        cv_done_.wait(lock, [&] {
          return done_[seq % done_.size()] != nullptr || (reading_done_ && seq >= total_batches_);
        });
        b = done_[seq % done_.size()];
        if (!b) return;
        done_[seq % done_.size()] = nullptr;
      }
      write_all(o_.out, b->out);
      write_all(o_.bad_out, b->bad);
      ok_ += b->ok;
      bad_ += b->bad_count;
      blank_ += b->blank;
      lines_ += b->lines;
      bytes_ += b->bytes;
      {
        std::lock_guard lock(m_);
        free_.push_back(b);
      }
      cv_free_.notify_one();
    }
  }

  const Auditor& auditor_;
  std::string_view file_;
  const StreamOptions& o_;
  std::vector<std::unique_ptr<Batch>> pool_;
  std::vector<Batch*> free_;
  std::deque<Batch*> work_;
  std::vector<Batch*> done_;  // by seq % pool size: at most pool size batches are in flight
  std::vector<std::unique_ptr<Summary>> summaries_;
  std::vector<IgnoredFields> ignored_;  // per worker
  std::vector<std::thread> workers_;
  std::mutex m_;
  std::condition_variable cv_work_, cv_done_, cv_free_;
  std::uint64_t next_seq_ = 0, total_batches_ = 0;
  bool reading_done_ = false;
  std::atomic<std::uint64_t> ok_{0}, bad_{0}, changed_{0}, blank_{0};
  std::uint64_t lines_ = 0, bytes_ = 0;  // the writer's, read after the join
};

// The fields a stream did not read go into its summary too, which says them.
StreamCounts counted_in_summary(const StreamOptions& options, StreamCounts n) {
  if (options.summary) options.summary->add_ignored(n.ignored);
  return n;
}

}  // namespace

StreamCounts check_stream(const Auditor& auditor, int fd, std::string_view file, const StreamOptions& options) {
  // The pipeline hands whole read blocks to its workers (Pipeline::read): those stay large.
  const bool inline_run = options.jobs <= 1 || options.on_ticket || options.on_bad_line;
  io::LineReader in(fd, inline_run ? kInlineBlock : io::LineReader::kDefaultBlock, options.max_line);
  return counted_in_summary(options, inline_run ? run_inline(auditor, in, file, options) : Pipeline(auditor, file, options).run(in));
}

StreamCounts check_text(const Auditor& auditor, std::string_view text, std::string_view file,
                        const StreamOptions& options) {
  io::LineReader in(text, io::LineReader::kDefaultBlock, options.max_line);
  const bool inline_run = options.jobs <= 1 || options.on_ticket || options.on_bad_line;
  return counted_in_summary(options, inline_run ? run_inline(auditor, in, file, options) : Pipeline(auditor, file, options).run(in));
}

}  // namespace audit
SHIXIAN_NAMESPACE_END
