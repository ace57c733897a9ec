package cn.shixian;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.Structure;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * shixian from Java, over the C ABI (include/shixian/shixian.h) with JNA.
 *
 * <pre>
 * try (Shixian.Engine e = Shixian.Engine.defaults()) {
 *   Shixian.Deadline d = e.deadline("ordinary", Map.of("received", "2026-09-30T23:10"), "total");
 *   d.deadline;  // 2026-10-13T16:00:00Z (2026-10-14T00:00+08:00)
 * }
 * </pre>
 *
 * The native library is libshixian_c.so (or, with -Dshixian.library=shixian, a shared
 * libshixian.so), found on jna.library.path. Engines and
 * calendars are immutable and thread-safe; an Auditor is for one thread. Every failure
 * is a {@link ShixianException} carrying the library's message, which names the value.
 */
public final class Shixian {
  private Shixian() {}

  /** A failure of the library: status code and the message naming the bad value. */
  public static class ShixianException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final int status;

    ShixianException(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /**
   * A ticket line `Auditor.audit` could not audit (a ShixianException, as before): the message is check's bad-line object
   * (JSON, for logs and programs); `line`, `id` (null when the line had none) and `reason`
   * are its fields, so a caller need not parse it (a new user's trial).
   */
  public static final class BadLineException extends ShixianException {
    private static final long serialVersionUID = 1L;
    public final long line;
    public final String id;
    public final String reason;

    BadLineException(int status, String json) {
      super(status, json);
      this.line = number(json, "line");
      this.id = string(json, "id");
      String r = string(json, "error");
      this.reason = r != null ? r : json;
    }

    /** A field of the flat object our writer makes: "key": N. */
    private static long number(String json, String key) {
      int at = json.indexOf("\"" + key + "\": ");
      if (at < 0) return 0;
      int i = at + key.length() + 4, j = i;
      while (j < json.length() && Character.isDigit(json.charAt(j))) ++j;
      return j > i ? Long.parseLong(json.substring(i, j)) : 0;
    }

    /** A string field of that object, its JSON escapes undone; null when absent. */
    private static String string(String json, String key) {
      int at = json.indexOf("\"" + key + "\": \"");
      if (at < 0) return null;
      StringBuilder out = new StringBuilder();
      for (int i = at + key.length() + 5; i < json.length(); ++i) {
        char c = json.charAt(i);
        if (c == '"') return out.toString();
        if (c != '\\' || i + 1 >= json.length()) {
          out.append(c);
          continue;
        }
        char e = json.charAt(++i);
        switch (e) {
          case 'n': out.append('\n'); break;
          case 't': out.append('\t'); break;
          case 'r': out.append('\r'); break;
          case 'b': out.append('\b'); break;
          case 'f': out.append('\f'); break;
          case 'u':
            if (i + 4 < json.length()) {
              out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
              i += 4;
            }
            break;
          default: out.append(e);  // \" \\ \/
        }
      }
      return null;
    }
  }

  /** The C functions, as declared in shixian.h. */
  interface C extends Library {
    // libshixian_c.so beside a static libshixian; -Dshixian.library=shixian for a shared one.
    // UTF-8 whatever the locale: under LANG=C the platform charset turned every Chinese
    // name and text into "??" on its way to the library (a bank engineer's trial).
    C LIB = Native.load(System.getProperty("shixian.library", "shixian_c"), C.class,
                        java.util.Map.of(Library.OPTION_STRING_ENCODING, "UTF-8"));

    String shixian_last_error();
    String shixian_version();
    void shixian_free(Pointer s);

    int shixian_calendar_load(String[] files, long count, PointerByReference out);
    void shixian_calendar_free(Pointer cal);
    String shixian_calendar_version(Pointer cal);
    int shixian_calendar_range(Pointer cal, IntByReference first, IntByReference last);
    int shixian_calendar_is_working(Pointer cal, int date, IntByReference working);
    int shixian_calendar_add_working_days(Pointer cal, int date, int n, IntByReference out);
    int shixian_calendar_between(Pointer cal, int a, int b, IntByReference out);

    int shixian_rules_load(String nameOrPath, PointerByReference out);
    void shixian_rules_free(Pointer rules);
    String shixian_rules_zone(Pointer rules);
    int shixian_zone_locate(String name, PointerByReference out);
    void shixian_zone_free(Pointer zone);

    int shixian_engine_new_choosing(Pointer rules, Pointer cal, Pointer zone, int provisional, int choose, PointerByReference out);
    void shixian_engine_free(Pointer engine);
    String shixian_engine_rule_set_version(Pointer engine);
    String shixian_engine_calendar_version(Pointer engine);
    int shixian_stage_deadline(Pointer engine, TicketC ticket, String stage, DeadlineC out);
    int shixian_stage_deadline_json(Pointer engine, TicketC ticket, String stage, int explain, PointerByReference out);

    int shixian_auditor_new_choosing(Pointer rules, Pointer cal, Pointer zone, long nowNs, int provisional, int choose,
                                     PointerByReference out);
    void shixian_auditor_free(Pointer auditor);
    int shixian_audit_line(Pointer auditor, byte[] line, long length, PointerByReference out);
    int shixian_auditor_ignored_fields(Pointer auditor, PointerByReference out);

    // Texts go as NUL-terminated UTF-8 bytes: JNA's String would use the locale's charset
    // (nothing may depend on LANG, and complaint texts are Chinese).
    int shixian_classify_text(byte[] text, PointerByReference out);
    int shixian_classify_json(byte[] complaintJson, PointerByReference out);
  }

  @Structure.FieldOrder({"name", "unix_ns", "text"})
  public static class EventC extends Structure {
    public String name;
    public long unix_ns;
    public String text;

    public EventC() {
      setStringEncoding("UTF-8");  // the library's, not the locale's (see C.LIB)
    }
  }

  @Structure.FieldOrder({"ticket_class", "flags", "flag_count", "events", "event_count"})
  public static class TicketC extends Structure {
    public String ticket_class;
    public Pointer flags;
    public long flag_count;
    public Pointer events;
    public long event_count;
    // The events' structures own the native copies of their strings (JNA frees a copy when
    // its structure is collected): kept here, so they live as long as the ticket does.
    // Not public, so not part of the native layout.
    EventC[] eventStructs;

    public TicketC() {
      setStringEncoding("UTF-8");
    }
  }

  @Structure.FieldOrder({"state", "start_ns", "deadline_ns", "target", "provisional", "has_contact_by", "contact_by_ns"})
  public static class DeadlineC extends Structure {
    public int state;
    public long start_ns, deadline_ns;
    public String target;
    public int provisional, has_contact_by;
    public long contact_by_ns;

    public DeadlineC() {
      setStringEncoding("UTF-8");
    }
  }

  static void check(int status) {
    if (status != 0) throw new ShixianException(status, C.LIB.shixian_last_error());
  }

  static String take(Pointer p) {
    if (p == null) return null;
    try {
      return p.getString(0, "UTF-8");
    } finally {
      C.LIB.shixian_free(p);
    }
  }

  /** A C constructor taking a rule set, calendar and zone, as Engine's and Auditor's do. */
  interface Maker {
    int make(Pointer rules, Pointer calendar, Pointer zone, PointerByReference out);
  }

  /**
   * The handle `maker` makes from the rule set `rules` (null: 95580), `calendar` (null: the
   * built-in one) and `zone` (null: the rule set's). What is loaded here is freed here: the
   * handle keeps its own references.
   */
  static Pointer make(String rules, Calendar calendar, String zone, Maker maker) {
    if (calendar == null) {
      try (Calendar builtin = new Calendar()) {
        return make(rules, builtin, zone, maker);
      }
    }
    PointerByReference r = new PointerByReference(), z = new PointerByReference(), out = new PointerByReference();
    check(C.LIB.shixian_rules_load(rules, r));
    try {
      check(C.LIB.shixian_zone_locate(zone != null ? zone : C.LIB.shixian_rules_zone(r.getValue()), z));
      try {
        check(calendar.handle.with(c -> maker.make(r.getValue(), c, z.getValue(), out)));
      } finally {
        C.LIB.shixian_zone_free(z.getValue());
      }
    } finally {
      C.LIB.shixian_rules_free(r.getValue());
    }
    return out.getValue();
  }

  public static String version() {
    return C.LIB.shixian_version();
  }

  /** The JSON object of `shixian classify` for one complaint text. */
  public static String classify(String text) {
    // null is no text (it was classified as the word "null").
    java.util.Objects.requireNonNull(text, "text is null");
    PointerByReference out = new PointerByReference();
    check(C.LIB.shixian_classify_text((text + "\0").getBytes(StandardCharsets.UTF_8), out));
    return take(out.getValue());
  }

  /**
   * The same for a complaint given as a JSON object, as a `shixian classify` input line:
   * {"text": …, "complainants": 5, "amount": 60000, "channel": "12378", "repeat": true, …}
   * (structured facts with or without text). A bad object throws, naming the field.
   */
  public static String classifyJson(String complaintJson) {
    java.util.Objects.requireNonNull(complaintJson, "complaintJson is null");
    PointerByReference out = new PointerByReference();
    check(C.LIB.shixian_classify_json((complaintJson + "\0").getBytes(StandardCharsets.UTF_8), out));
    return take(out.getValue());
  }

  static Instant instant(long ns) {
    return Instant.ofEpochSecond(Math.floorDiv(ns, 1_000_000_000L), Math.floorMod(ns, 1_000_000_000L));
  }

  static long nanos(Instant t) {
    return Math.addExact(Math.multiplyExact(t.getEpochSecond(), 1_000_000_000L), t.getNano());
  }

  /**
   * A native handle that close() frees only when no call is using it. A bank service that
   * closed an engine while another thread's request was inside it freed memory that call
   * was reading, and the JVM died (SIGSEGV, a new user's trial): every call holds the read
   * lock, close() takes the write lock, so it waits for calls under way, and a call after
   * it throws IllegalStateException naming what was closed.
   */
  static final class Handle {
    private final Pointer pointer;
    private final java.util.function.Consumer<Pointer> free;
    private final String what;
    private final java.util.concurrent.locks.ReentrantReadWriteLock lock = new java.util.concurrent.locks.ReentrantReadWriteLock();
    private boolean closed;

    Handle(Pointer pointer, java.util.function.Consumer<Pointer> free, String what) {
      this.pointer = pointer;
      this.free = free;
      this.what = what;
    }

    interface Call<T> {
      T run(Pointer p);
    }

    <T> T with(Call<T> call) {
      lock.readLock().lock();
      try {
        if (closed) throw new IllegalStateException(what + " is closed: make a new one, or close it only after its last call");
        return call.run(pointer);
      } finally {
        lock.readLock().unlock();
      }
    }

    void close() {
      lock.writeLock().lock();
      try {
        if (!closed) {
          closed = true;
          free.accept(pointer);
        }
      } finally {
        lock.writeLock().unlock();
      }
    }
  }

  /** A business calendar: the built-in China one with calendar files merged in. */
  public static final class Calendar implements AutoCloseable {
    final Handle handle;

    public Calendar(String... files) {
      PointerByReference out = new PointerByReference();
      check(C.LIB.shixian_calendar_load(files.length == 0 ? null : files, files.length, out));
      handle = new Handle(out.getValue(), C.LIB::shixian_calendar_free, "this Calendar");
    }

    public String version() {
      return handle.with(C.LIB::shixian_calendar_version);
    }

    public LocalDate[] covered() {
      IntByReference a = new IntByReference(), b = new IntByReference();
      check(handle.with(h -> C.LIB.shixian_calendar_range(h, a, b)));
      return new LocalDate[] {LocalDate.ofEpochDay(a.getValue()), LocalDate.ofEpochDay(b.getValue())};
    }

    public boolean isWorking(LocalDate d) {
      IntByReference w = new IntByReference();
      check(handle.with(h -> C.LIB.shixian_calendar_is_working(h, Math.toIntExact(d.toEpochDay()), w)));
      return w.getValue() != 0;
    }

    public LocalDate addWorkingDays(LocalDate d, int n) {
      IntByReference o = new IntByReference();
      check(handle.with(h -> C.LIB.shixian_calendar_add_working_days(h, Math.toIntExact(d.toEpochDay()), n, o)));
      return LocalDate.ofEpochDay(o.getValue());
    }

    public int workingDaysBetween(LocalDate a, LocalDate b) {
      IntByReference o = new IntByReference();
      check(handle.with(h -> C.LIB.shixian_calendar_between(h, Math.toIntExact(a.toEpochDay()), Math.toIntExact(b.toEpochDay()), o)));
      return o.getValue();
    }

    /** Frees the calendar once calls under way on other threads have returned; engines made from it keep their own. */
    @Override
    public void close() {
      handle.close();
    }
  }

  /** One stage's deadline. */
  /**
   * How a local time that a daylight-saving change makes ambiguous (it happens twice) or
   * skips is read: REJECT throws naming both readings; EARLIEST and LATEST take that
   * reading, as the CLI's --choose does. (Ordinal = C's shixian_choose.)
   */
  public enum Choose { REJECT, EARLIEST, LATEST }

  public static final class Deadline {
    public enum State { COMPUTED, NOT_STARTED, PAUSED }

    public final State state;
    public final Instant start, deadline;
    public final String target;
    public final boolean provisional;
    /**
     * A stage that calls the customer: the latest time to reach them outside quiet hours
     * before the deadline (as the CLI's and C's contact_by); null when there is none.
     */
    public final Instant contactBy;

    Deadline(DeadlineC d) {
      state = State.values()[d.state];
      start = state == State.NOT_STARTED ? null : instant(d.start_ns);
      deadline = state == State.COMPUTED ? instant(d.deadline_ns) : null;
      target = d.target;
      provisional = d.provisional != 0;
      contactBy = state == State.COMPUTED && d.has_contact_by != 0 ? instant(d.contact_by_ns) : null;
    }
  }

  /** Deadlines under a rule set, calendar and zone. Immutable, thread-safe. */
  public static final class Engine implements AutoCloseable {
    final Handle handle;

    /**
     * rules: a built-in name or TOML path (null: 95580); calendar null: the built-in one;
     * zone null: the rule set's.
     */
    public Engine(String rules, Calendar calendar, String zone, boolean provisional) {
      this(rules, calendar, zone, provisional, Choose.REJECT);
    }

    /** choose: how events' local times in a daylight-saving change are read. */
    public Engine(String rules, Calendar calendar, String zone, boolean provisional, Choose choose) {
      java.util.Objects.requireNonNull(choose, "choose is null (Choose.REJECT is the default)");
      handle = new Handle(make(rules, calendar, zone, (r, c, z, out) ->
          C.LIB.shixian_engine_new_choosing(r, c, z, provisional ? 1 : 0, choose.ordinal(), out)),
          C.LIB::shixian_engine_free, "this Engine");
    }

    /**
     * The data versions this engine's answers are computed with (RULES.md §2), as check's
     * summary names them: "95580 #f4359e73" and "cn 2007..2026 #9258c05a".
     */
    public String ruleSetVersion() {
      return handle.with(C.LIB::shixian_engine_rule_set_version);
    }

    public String calendarVersion() {
      return handle.with(C.LIB::shixian_engine_calendar_version);
    }

    public static Engine defaults() {
      try (Calendar c = new Calendar()) {
        return new Engine(null, c, null, false);
      }
    }

    /**
     * Events: name to Instant, OffsetDateTime, ZonedDateTime or java.util.Date (the instant
     * it names), or to String or LocalDateTime (RFC 3339, or local time in the engine's
     * zone). Any other value, null included, is an IllegalArgumentException naming the event.
     */
    private TicketC ticket(String ticketClass, Map<String, ?> events, List<String> flags) {
      TicketC t = new TicketC();
      t.ticket_class = ticketClass;
      if (!events.isEmpty()) {
        EventC first = new EventC();
        EventC[] ev = (EventC[]) first.toArray(events.size());
        int i = 0;
        for (Map.Entry<String, ?> en : events.entrySet()) {
          ev[i].name = en.getKey();
          final Object v = en.getValue();
          // A ZonedDateTime's toString ends in "[Asia/Shanghai]", which no reader takes.
          if (v instanceof Instant) ev[i].unix_ns = nanos((Instant) v);
          else if (v instanceof java.time.ZonedDateTime) ev[i].unix_ns = nanos(((java.time.ZonedDateTime) v).toInstant());
          else if (v instanceof java.time.OffsetDateTime) ev[i].unix_ns = nanos(((java.time.OffsetDateTime) v).toInstant());
          // java.sql.Date and Time are a day or a time of day alone (their toInstant throws):
          // refused below with the others; a java.sql.Timestamp is an instant.
          else if (v instanceof java.util.Date && !(v instanceof java.sql.Date) && !(v instanceof java.sql.Time))
            ev[i].unix_ns = nanos(((java.util.Date) v).toInstant());
          else if (v instanceof CharSequence || v instanceof java.time.LocalDateTime) ev[i].text = v.toString();
          // Anything else was sent as its toString() and refused as "not a valid timestamp
          // (expected YYYY-MM-DD)", which misled (a new user's trial: a Long, null, a Date).
          else if (v == null)
            throw new IllegalArgumentException("event '" + en.getKey() + "' is null: leave an event that has not happened out of the map");
          else
            throw new IllegalArgumentException("event '" + en.getKey() + "' is a " + v.getClass().getName() + " (" + v +
                "): give an Instant, OffsetDateTime, ZonedDateTime, java.util.Date, LocalDateTime (in the engine's zone) or RFC 3339 text");
          ev[i].write();
          ++i;
        }
        t.events = first.getPointer();
        t.event_count = events.size();
        t.eventStructs = ev;
      }
      if (!flags.isEmpty()) {
        t.flags = new com.sun.jna.StringArray(flags.toArray(new String[0]), "UTF-8");
        t.flag_count = flags.size();
      }
      return t;
    }

    public Deadline deadline(String ticketClass, Map<String, ?> events, String stage) {
      return deadline(ticketClass, events, List.of(), stage);
    }

    public Deadline deadline(String ticketClass, Map<String, ?> events, List<String> flags, String stage) {
      DeadlineC d = new DeadlineC();
      final TicketC t = ticket(ticketClass, events, flags);
      try {
        check(handle.with(h -> C.LIB.shixian_stage_deadline(h, t, stage, d)));
      } finally {
        // The ticket and what it owns must outlive the native call: once JNA has written
        // it out, nothing else in Java refers to it, and the collector could free its
        // strings while the library still reads them.
        java.lang.ref.Reference.reachabilityFence(t);
      }
      return new Deadline(d);
    }

    /** The same as JSON, instants as RFC 3339 text, with the explanation when asked. */
    public String deadlineJson(String ticketClass, Map<String, ?> events, List<String> flags, String stage, boolean explain) {
      PointerByReference out = new PointerByReference();
      final TicketC t = ticket(ticketClass, events, flags);
      try {
        check(handle.with(h -> C.LIB.shixian_stage_deadline_json(h, t, stage, explain ? 1 : 0, out)));
      } finally {
        java.lang.ref.Reference.reachabilityFence(t);  // as in deadline()
      }
      return take(out.getValue());
    }

    /** Frees the engine once calls under way on other threads have returned; a later call throws IllegalStateException. */
    @Override
    public void close() {
      handle.close();
    }
  }

  /** `shixian check` one line at a time, as of an instant. One per thread. */
  public static final class Auditor implements AutoCloseable {
    final Handle handle;

    public Auditor(String rules, Calendar calendar, Instant now) {
      this(rules, calendar, null, now);
    }

    /** zone: where local times on the lines are read and output is written (null: the rule set's). */
    public Auditor(String rules, Calendar calendar, String zone, Instant now) {
      this(rules, calendar, zone, now, Choose.REJECT);
    }

    /**
     * choose: how the lines' local times in a daylight-saving change are read; calendar
     * null: the built-in one, as for Engine.
     */
    public Auditor(String rules, Calendar calendar, String zone, Instant now, Choose choose) {
      this(rules, calendar, zone, now, choose, false);
    }

    /**
     * provisional: outside the calendar's coverage, answer by the weekly rule alone and mark
     * each such result "provisional": true (check --provisional; Engine's provisional).
     * Without it a deadline that needs next year's notice is the stage's error.
     */
    public Auditor(String rules, Calendar calendar, String zone, Instant now, Choose choose, boolean provisional) {
      java.util.Objects.requireNonNull(choose, "choose is null (Choose.REJECT is the default)");
      java.util.Objects.requireNonNull(now, "now is null (the instant to audit as of)");
      handle = new Handle(make(rules, calendar, zone, (r, c, z, out) ->
          C.LIB.shixian_auditor_new_choosing(r, c, z, nanos(now), provisional ? 1 : 0, choose.ordinal(), out)),
          C.LIB::shixian_auditor_free, "this Auditor");
    }

    /**
     * The output line of `check` for one ticket line; a bad line throws BadLineException
     * (its message check's bad-line object; line, id and reason as fields).
     */
    public String audit(String line) {
      byte[] b = line.getBytes(StandardCharsets.UTF_8);
      PointerByReference out = new PointerByReference();
      int status = handle.with(h -> C.LIB.shixian_audit_line(h, b, b.length, out));
      String text = take(out.getValue());
      if (status != 0 && text != null && text.startsWith("{")) throw new BadLineException(status, text);
      if (status != 0) throw new ShixianException(status, text != null && !text.isEmpty() ? text : C.LIB.shixian_last_error());
      return text;
    }

    /**
     * Fields the lines audited so far carried that check does not read, as JSON:
     * {"fields": [{"field": "replyed", "count": 2, "did_you_mean": "replied"}], "others": 0}. A
     * misspelt event reads as "not happened": look here after a batch, as check prints it.
     */
    public String ignoredFields() {
      PointerByReference out = new PointerByReference();
      check(handle.with(h -> C.LIB.shixian_auditor_ignored_fields(h, out)));
      return take(out.getValue());
    }

    @Override
    public void close() {
      handle.close();
    }
  }
}
