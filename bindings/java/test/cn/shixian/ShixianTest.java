package cn.shixian;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/** Runs with plain `java` (no JUnit): exits 1 on the first failed check. */
public final class ShixianTest {
  static int failures = 0;

  static void check(boolean ok, String what) {
    if (!ok) {
      System.err.println("FAILED: " + what);
      ++failures;
    }
  }

  static void throwsNaming(Runnable r, String needle, String what) {
    try {
      r.run();
      check(false, what + ": no exception");
    } catch (Shixian.ShixianException e) {
      check(e.getMessage().contains(needle), what + ": message '" + e.getMessage() + "' lacks " + needle);
    }
  }

  // A ticket's event strings live in native copies that JNA frees when their Java owners
  // are collected: with a collector running beside the calls, an engine once read freed
  // memory in about 1 call in 1,000 ("unknown event '4!V'"). Each call's answer is checked.
  static void gcDuringCalls() {
    try (Shixian.Engine e = Shixian.Engine.defaults()) {
      final String expect = e.deadline("ordinary", Map.of("received", "2026-09-30T23:10"), "total").deadline.toString();
      final java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      Thread gc = new Thread(() -> {
        while (!stop.get()) {
          System.gc();
          byte[][] junk = new byte[200][];
          for (int i = 0; i < junk.length; i++) junk[i] = new byte[4096];
        }
      });
      gc.setDaemon(true);
      gc.start();
      int wrong = 0;
      String first = null;
      for (int i = 0; i < 30000; i++) {
        // Fresh strings each time, as a bank's own code would pass them.
        final Map<String, Object> ev = Map.of(new String("received".toCharArray()), new String("2026-09-30T23:10".toCharArray()));
        try {
          final String got = i % 2 == 0 ? e.deadline("ordinary", ev, "total").deadline.toString()
                                        : e.deadlineJson("ordinary", ev, List.of(), "total", false);
          if (i % 2 == 0 ? !got.equals(expect) : !got.contains("\"deadline\":\"2026-10-14T00:00:00+08:00\"")) {
            ++wrong;
            if (first == null) first = got;
          }
        } catch (Shixian.ShixianException x) {
          ++wrong;
          if (first == null) first = x.getMessage();
        }
      }
      stop.set(true);
      check(wrong == 0, wrong + " of 30000 calls with the collector running answered wrongly, first: " + first);
    }
  }

  // A new user's trial: close() while another thread was inside a call freed what the call
  // read, and the JVM died (SIGSEGV, 3 runs of 3). Now close waits for the call, and a
  // call after close throws IllegalStateException; nothing else may happen.
  static void closeDuringCalls() throws InterruptedException {
    int afterClose = 0;
    for (int round = 0; round < 300; round++) {
      final Shixian.Engine e = Shixian.Engine.defaults();
      final Shixian.Calendar cal = new Shixian.Calendar();
      final int[] seen = new int[3];  // answered, refused as closed, anything else
      Thread t = new Thread(() -> {
        for (int i = 0; i < 2000; i++) {
          try {
            e.deadline("ordinary", Map.of("received", "2026-09-30T16:30"), "total");
            cal.addWorkingDays(LocalDate.of(2026, 9, 30), 3);
            ++seen[0];
          } catch (IllegalStateException closed) {
            ++seen[1];
            return;
          } catch (RuntimeException other) {
            ++seen[2];
            return;
          }
        }
      });
      t.start();
      Thread.sleep(0, 50000);
      e.close();
      cal.close();
      e.close();  // twice is harmless
      t.join();
      check(seen[2] == 0, "a call racing close() failed otherwise than IllegalStateException");
      afterClose += seen[1];
    }
    final Shixian.Engine closed = Shixian.Engine.defaults();
    closed.close();
    try {
      closed.deadline("ordinary", Map.of("received", "2026-09-30T16:30"), "total");
      check(false, "a call after close() must throw");
    } catch (IllegalStateException expected) {
      check(expected.getMessage().contains("Engine is closed"), expected.getMessage());
    }
    System.out.println("close() raced " + afterClose + " calls in 300 rounds");
  }

  public static void main(String[] args) throws InterruptedException {
    try (Shixian.Calendar cal = new Shixian.Calendar(); Shixian.Engine e = Shixian.Engine.defaults()) {
      // The README's example ticket: 95580 rules, received 2026-09-30T23:10 Asia/Shanghai.
      Shixian.Deadline d = e.deadline("ordinary", Map.of("received", "2026-09-30T23:10"), "total");
      check(d.deadline.equals(OffsetDateTime.parse("2026-10-14T00:00:00+08:00").toInstant()), "README total deadline " + d.deadline);
      check("5wd".equals(d.target), "winning target 5wd");
      Instant received = OffsetDateTime.parse("2026-09-30T23:10:00+08:00").toInstant();
      check(e.deadline("ordinary", Map.of("received", received), "total").deadline.equals(d.deadline), "Instant input");
      String json = e.deadlineJson("ordinary", Map.of("received", received), List.of(), "total", true);
      check(json.contains("\"deadline\":\"2026-10-14T00:00:00+08:00\"") && json.contains("\"explanation\""), json);

      check(cal.addWorkingDays(LocalDate.of(2026, 9, 30), 1).equals(LocalDate.of(2026, 10, 8)), "after National Day");
      check(cal.isWorking(LocalDate.of(2026, 10, 10)), "make-up Saturday");
      check(cal.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12)) == 4, "between");
      check(cal.covered()[0].equals(LocalDate.of(2007, 1, 1)), "coverage");

      throwsNaming(() -> e.deadline("ordinery", Map.of("received", received), "total"), "ordinery", "bad class");
      // Chinese reaches the library and comes back whole under the C locale this test runs
      // in (LANG empty): it had become "??" (a bank engineer's trial).
      throwsNaming(() -> e.deadline("紧急", Map.of("received", received), "total"), "紧急", "Chinese class");
      // The versions its answers carry (session 33: Java had the calendar's only).
      check(e.ruleSetVersion().startsWith("95580 #") && e.calendarVersion().startsWith("cn 2007..2026 #"),
            e.ruleSetVersion() + " / " + e.calendarVersion());
      // A class by its Chinese name, as check reads it (session 33: it was refused).
      check(e.deadline("紧急投诉", Map.of("received", received), "total").deadline
                .equals(e.deadline("urgent", Map.of("received", received), "total").deadline),
            "a class by its Chinese name");
      try {
        Shixian.classify(null);
        check(false, "classify(null) must throw, not classify the word null");
      } catch (NullPointerException expected) {
      }
      throwsNaming(() -> e.deadline("ordinary", Map.of("received", "2026-09-31T10:00"), "total"), "2026-09-31", "bad time");
      throwsNaming(() -> cal.isWorking(LocalDate.of(1990, 1, 1)), "1990-01-01", "uncovered");
      // A value of another type was sent as its toString() and refused as a bad timestamp
      // "(expected YYYY-MM-DD)"; a Date is an instant (a new user's trial, session 31).
      check(e.deadline("ordinary", Map.of("received", java.util.Date.from(received)), "total").deadline.equals(d.deadline), "Date input");
      check(e.deadline("ordinary", Map.of("received", new StringBuilder("2026-09-30T23:10")), "total").deadline.equals(d.deadline), "CharSequence input");
      for (Object bad : new Object[] {1790757000L, LocalDate.of(2026, 9, 30), java.sql.Date.valueOf("2026-09-30")}) {
        try {
          e.deadline("ordinary", Map.of("received", bad), "total");
          check(false, bad + " must be refused");
        } catch (IllegalArgumentException x) {
          check(x.getMessage().contains("event 'received' is a " + bad.getClass().getName()), x.getMessage());
        }
      }
      try {
        java.util.HashMap<String, Object> withNull = new java.util.HashMap<>();
        withNull.put("received", null);
        e.deadline("ordinary", withNull, "total");
        check(false, "null must be refused");
      } catch (IllegalArgumentException x) {
        check(x.getMessage().contains("event 'received' is null"), x.getMessage());
      }
      throwsNaming(() -> new Shixian.Engine(null, cal, "Asia/Shangai", false), "Asia/Shangai", "bad zone");

      // Session 25 trial: contact_by reaches Java; a null calendar is the built-in one; a
      // ZonedDateTime is the instant it names (its toString was read as text and refused);
      // an auditor takes a zone.
      Shixian.Deadline reply = e.deadline("ordinary", Map.of("received", "2026-02-13T15:00", "resolved", "2026-02-13T19:30"), "reply");
      check(OffsetDateTime.parse("2026-02-14T18:00:00+08:00").toInstant().equals(reply.contactBy), "contactBy " + reply.contactBy);
      check(d.contactBy == null, "no contactBy for total");
      try (Shixian.Engine ny = new Shixian.Engine(null, null, "America/New_York", false)) {
        java.time.ZonedDateTime z = java.time.ZonedDateTime.of(2026, 9, 30, 23, 10, 0, 0, java.time.ZoneId.of("Asia/Shanghai"));
        check(ny.deadline("ordinary", Map.of("received", z), "hq_dispatch").deadline
                  .equals(ny.deadline("ordinary", Map.of("received", received), "hq_dispatch").deadline), "ZonedDateTime input");
      }
      // 01:30 on 2026-11-01 happens twice in New York: refused by default, read as chosen.
      try (Shixian.Engine ny = new Shixian.Engine(null, null, "America/New_York", false);
           Shixian.Engine late = new Shixian.Engine(null, null, "America/New_York", false, Shixian.Choose.LATEST)) {
        throwsNaming(() -> ny.deadline("ordinary", Map.of("received", "2026-11-01T01:30"), "hq_dispatch"), "Shixian.Choose", "ambiguous");
        check(late.deadline("ordinary", Map.of("received", "2026-11-01T01:30"), "hq_dispatch").start
                  .equals(OffsetDateTime.parse("2026-11-01T01:30:00-05:00").toInstant()), "Choose.LATEST");
      }
      try (Shixian.Auditor builtin = new Shixian.Auditor(null, null, null, OffsetDateTime.parse("2026-10-20T00:00:00+08:00").toInstant(), Shixian.Choose.REJECT)) {
        check(builtin.audit("{\"id\":\"T1\",\"class\":\"ordinary\",\"received\":\"2026-09-30T23:10\"}").contains("breached"), "auditor, built-in calendar");
      }
      // A provisional audit, as check --provisional (session 33: Java's Auditor could not):
      // 5 working days from 2026-12-28 need 2027, taken by the weekly rule and marked.
      String dec = "{\"id\":\"D1\",\"class\":\"ordinary\",\"received\":\"2026-12-28T10:00\"}";
      Instant jan = OffsetDateTime.parse("2027-01-10T00:00:00+08:00").toInstant();
      try (Shixian.Auditor strict = new Shixian.Auditor(null, null, null, jan, Shixian.Choose.REJECT);
           Shixian.Auditor prov = new Shixian.Auditor(null, null, null, jan, Shixian.Choose.REJECT, true)) {
        check(strict.audit(dec).contains("\"status\": \"error\""), "strict: the stage's error");
        String line = prov.audit(dec);
        check(line.contains("\"deadline\": \"2027-01-05T00:00:00+08:00\"") && line.contains("\"provisional\": true"), line);
      }
      try (Shixian.Auditor ny = new Shixian.Auditor(null, cal, "America/New_York", OffsetDateTime.parse("2026-10-20T00:00:00+08:00").toInstant())) {
        String line = ny.audit("{\"id\":\"T1\",\"class\":\"ordinary\",\"received\":\"2026-09-30T23:10\"}");
        check(line.contains("-04:00"), "an auditor in New York writes New York times: " + line);
      }

      try (Shixian.Auditor a = new Shixian.Auditor(null, cal, OffsetDateTime.parse("2026-10-20T00:00:00+08:00").toInstant())) {
        String line = a.audit("{\"id\":\"T1\",\"class\":\"ordinary\",\"received\":\"2026-09-30T23:10\"}");
        check(line.contains("\"T1\"") && line.contains("breached"), line);
        // The second line given to this auditor: line 2, as check numbers a file's.
        try {
          a.audit("{\"id\":\"T2\",\"class\":\"x\"}");
          check(false, "a bad line must throw");
        } catch (Shixian.BadLineException bad) {
          check(bad.getMessage().contains("\"line\": 2"), bad.getMessage());
          // The fields, without parsing the JSON (a new user's trial).
          check(bad instanceof Shixian.ShixianException && bad.status == 2, "a BadLineException is a ShixianException with its status");
          check(bad.line == 2 && "T2".equals(bad.id) && bad.reason.startsWith("unknown class 'x'"), bad.line + " " + bad.id + " " + bad.reason);
        }
        try {
          a.audit("{\"class\":\"ordinary\",\"received\":\"2026-02-03T10:00\"}");
          check(false, "a bad line must throw");
        } catch (Shixian.BadLineException bad) {
          check(bad.line == 3 && bad.id == null && bad.reason.startsWith("missing field 'id'"), bad.line + " " + bad.id + " " + bad.reason);
        }
        // A misspelt event is not read: ignoredFields names it and the field meant.
        a.audit("{\"id\":\"T3\",\"class\":\"ordinary\",\"received\":\"2026-09-30T23:10\",\"replyed\":\"2026-10-01T09:00\"}");
        String ignored = a.ignoredFields();
        check(ignored.contains("\"field\": \"replyed\", \"count\": 1, \"did_you_mean\": \"replied\""), ignored);
      }
    }
    // 盗刷 (fraudulent card use) is a fund-safety trigger: urgent.
    String c = Shixian.classify("我的卡被盗刷了");
    check(c.contains("\"class\":\"urgent\""), c);
    throwsNaming(() -> Shixian.classify("   "), "blank", "blank text");
    // Structured facts from Java, as C's shixian_classify_json (a new user's trial: only text).
    String facts = Shixian.classifyJson("{\"text\": \"柜员态度很差\", \"complainants\": 5}");
    check(facts.contains("\"class\":\"urgent\"") && facts.contains("group"), facts);
    throwsNaming(() -> Shixian.classifyJson("{\"complainants\": \"five\"}"), "complainants", "bad fact");

    gcDuringCalls();
    closeDuringCalls();

    if (failures > 0) System.exit(1);
    System.out.println("Java binding: README ticket, calendar, audit and classification passed");
  }
}
