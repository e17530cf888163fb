package fanout.workload.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * CPU time of this process and of its reaped children, from {@code /proc/self/stat} (Linux): user and system
 * time of every JVM thread ({@code utime}, {@code stime}) plus that of every child the JVM has waited for
 * ({@code cutime}, {@code cstime}), so a git subprocess counts once it has exited and been reaped. The kernel
 * counts in clock ticks ({@code getconf CLK_TCK}, usually 100 per second: 10 ms resolution), so only
 * differences over many calls mean anything.
 */
public final class CpuTime {

    private static final Path STAT = Path.of("/proc/self/stat");

    private CpuTime() {}

    /** Whether {@code /proc/self/stat} can be read here. */
    public static boolean available() {
        return Files.isReadable(STAT);
    }

    /**
     * utime + stime + cutime + cstime of this process, in nanoseconds.
     *
     * @throws IllegalStateException when {@linkplain #available() not available}
     */
    public static long processAndChildrenNanos() {
        String stat;
        try {
            stat = Files.readString(STAT, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + STAT + " (CPU time is measured on Linux only): "
                    + e.getMessage(), e);
        }
        return parseTicks(stat) * (1_000_000_000L / Ticks.PER_SECOND);
    }

    /** utime + stime + cutime + cstime (fields 14 to 17) of a {@code /proc/<pid>/stat} line, in ticks. */
    static long parseTicks(String stat) {
        // the command (field 2) is in parentheses and may hold spaces and ')': fields resume after the last ')'
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).strip().split(" ");
        // fields[0] is field 3 (state), so field n is fields[n - 3]
        long ticks = 0;
        for (int field = 14; field <= 17; field++) {
            ticks += Long.parseLong(fields[field - 3]);
        }
        return ticks;
    }

    /** Clock ticks per second, asked once; 100 if {@code getconf} is unavailable. */
    static final class Ticks {
        static final long PER_SECOND = ask();

        private static long ask() {
            try {
                Process getconf = new ProcessBuilder(List.of("getconf", "CLK_TCK"))
                        .redirectErrorStream(true).redirectInput(ProcessBuilder.Redirect.PIPE).start();
                getconf.getOutputStream().close();
                String out = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
                if (getconf.waitFor() == 0 && out.matches("\\d+") && Long.parseLong(out) > 0) {
                    return Long.parseLong(out);
                }
                return 100;
            } catch (IOException e) {
                return 100; // no getconf: Linux's USER_HZ is 100 on every common architecture
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 100;
            }
        }
    }
}
