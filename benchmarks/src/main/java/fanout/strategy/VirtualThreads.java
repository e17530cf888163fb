package fanout.strategy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.Executors;

/**
 * The one door to virtual threads. The suite is compiled for Java 17 so that one jar runs on 17, 21 and 25;
 * virtual threads exist from JDK 21 on, so they are reached here through a method handle looked up once.
 * On an older JDK every method throws {@link UnsupportedOperationException} saying "needs JDK 21+".
 */
public final class VirtualThreads {
    private static final MethodHandle NEW_VIRTUAL_THREAD_PER_TASK_EXECUTOR = lookUp();
    /** {@code Thread.ofVirtual().factory()}: thread-safe, names nothing, made once. */
    private static final ThreadFactory FACTORY = virtualThreadFactory();

    private VirtualThreads() {}

    private static MethodHandle lookUp() {
        try {
            return MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }

    private static ThreadFactory virtualThreadFactory() {
        try {
            Object builder = Thread.class.getMethod("ofVirtual").invoke(null);
            return (ThreadFactory) Class.forName("java.lang.Thread$Builder").getMethod("factory").invoke(builder);
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }

    /** Whether this JVM has virtual threads (JDK 21+). */
    public static boolean available() {
        return NEW_VIRTUAL_THREAD_PER_TASK_EXECUTOR != null;
    }

    /**
     * Throws the "needs JDK 21+" error if this JVM has no virtual threads.
     *
     * @param what the name of what needs them, for the message
     */
    public static void require(String what) {
        if (!available()) {
            throw new UnsupportedOperationException(what + " needs JDK 21+ (virtual threads); this JVM is "
                    + Runtime.version().feature() + " (" + System.getProperty("java.home") + ")");
        }
    }

    /** {@code Thread.ofVirtual().factory()}; only where {@link #available()}. */
    static ThreadFactory factory() {
        require("a virtual-thread factory");
        return FACTORY;
    }

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}: a new virtual thread per task. */
    public static ExecutorService newThreadPerTaskExecutor() {
        require("a virtual-thread executor");
        try {
            return (ExecutorService) NEW_VIRTUAL_THREAD_PER_TASK_EXECUTOR.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The scope of one fan-out of {@code tasks} tasks: a new virtual thread per task, every one of them joined when
     * the scope closes (try-with-resources).
     */
    static CallScope scope(int tasks) {
        require("a virtual-thread scope");
        return new CallScope(FACTORY, tasks);
    }
}
