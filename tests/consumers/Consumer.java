// The README's Java example, run as a single source file against the installed jar:
//   java -cp /usr/share/java/shixian.jar:/usr/share/java/jna.jar Consumer.java
// Prints: total deadline 2026-10-14T00:00:00+08:00
import cn.shixian.Shixian;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;

public class Consumer {
  public static void main(String[] args) {
    try (Shixian.Engine e = Shixian.Engine.defaults()) {
      var due = e.deadline("ordinary", Map.of("received", "2026-09-30T23:10"), "total").deadline;
      var rfc3339 = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
      System.out.println("total deadline " + due.atZone(ZoneId.of("Asia/Shanghai")).format(rfc3339));
    }
  }
}
