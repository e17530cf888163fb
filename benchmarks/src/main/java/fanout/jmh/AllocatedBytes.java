package fanout.jmh;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.management.ManagementFactory;

/**
 * The bytes the whole JVM has allocated on the heap so far, by every thread alive or ended: HotSpot's
 * {@code com.sun.management.ThreadMXBean#getTotalThreadAllocatedBytes()} (JDK 21+). A virtual thread allocates
 * in its carrier's buffers, so its bytes are counted too. Read twice around a piece of work, the difference is what
 * that work allocated, give or take what other threads of the JVM (JMH's, the JIT's) allocated meanwhile.
 *
 * <p>On JDK 17 the method does not exist, and summing the live threads' counters would miss every thread that ended
 * in between (a thread per task): there is then no reading, and {@link #now()} returns -1.
 */
final class AllocatedBytes {
    private static final MethodHandle TOTAL = totalAllocatedBytes();

    private AllocatedBytes() {}

    /** The JVM's bytes allocated so far; -1 where this JVM cannot say. */
    static long now() {
        if (TOTAL == null) {
            return -1;
        }
        try {
            return (long) TOTAL.invoke(ManagementFactory.getThreadMXBean());
        } catch (Throwable e) {
            throw new IllegalStateException("reading the allocated bytes failed", e);
        }
    }

    private static MethodHandle totalAllocatedBytes() {
        try {
            Class<?> hotspot = Class.forName("com.sun.management.ThreadMXBean");
            java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
            if (!hotspot.isInstance(bean)) {
                return null;
            }
            MethodHandle total = MethodHandles.publicLookup().findVirtual(hotspot, "getTotalThreadAllocatedBytes",
                    MethodType.methodType(long.class)).asType(MethodType.methodType(long.class,
                    java.lang.management.ThreadMXBean.class));
            hotspot.getMethod("setThreadAllocatedMemoryEnabled", boolean.class).invoke(bean, true);
            return (long) total.invoke(bean) >= 0 ? total : null;
        } catch (Throwable e) {
            return null; // not HotSpot, or before JDK 21
        }
    }
}
