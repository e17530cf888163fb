package fanout.jmh;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;

/**
 * The CPU time of every live platform thread of the JVM, by thread id, read to the nanosecond
 * ({@link ThreadMXBean#getThreadCpuTime(long)}: the thread's own CPU clock). A virtual thread's work is its carrier's,
 * and carriers are platform threads, so it is counted too.
 *
 * <p><b>Why not the process's CPU time.</b> {@code OperatingSystemMXBean.getProcessCpuTime()} counts in clock ticks
 * on Linux (10 ms), so a fan-out of 40 ms read one of 30 or 50, and a bound computed from it could land above the
 * time it bounds. {@link #since} can only undercount: the CPU of a thread that ended between the two readings is lost,
 * and the JVM's own compiler and GC threads are not Java threads it sees. So CPU / cores from it is a lower bound on
 * the wall time that the work could have taken on that many cores, never above it.
 */
final class ThreadsCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final Map<Long, Long> byThread;

    private ThreadsCpu(Map<Long, Long> byThread) {
        this.byThread = byThread;
    }

    /** Every live platform thread's CPU time now. */
    static ThreadsCpu now() {
        if (!THREADS.isThreadCpuTimeSupported()) {
            throw new IllegalStateException("this JVM cannot measure threads' CPU time");
        }
        if (!THREADS.isThreadCpuTimeEnabled()) {
            THREADS.setThreadCpuTimeEnabled(true);
        }
        long[] ids = THREADS.getAllThreadIds();
        Map<Long, Long> byThread = new HashMap<>(ids.length * 2);
        for (long id : ids) {
            long nanos = THREADS.getThreadCpuTime(id);
            if (nanos >= 0) { // -1: the thread ended meanwhile
                byThread.put(id, nanos);
            }
        }
        return new ThreadsCpu(byThread);
    }

    /**
     * The CPU time the threads alive now spent since {@code before}: for a thread that did not exist then (a new
     * carrier, a thread per task), all of its CPU time, which it spent after {@code before}.
     */
    long since(ThreadsCpu before) {
        long total = 0;
        for (Map.Entry<Long, Long> thread : byThread.entrySet()) {
            total += thread.getValue() - before.byThread.getOrDefault(thread.getKey(), 0L);
        }
        return total;
    }
}
