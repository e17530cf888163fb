package fanout.strategy;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The one door to virtual threads. The suite is compiled for Java 17 so that one jar runs on 17, 21 and 25;
 * virtual threads exist from JDK 21 on, so they are reached here through a method handle looked up once.
 * On an older JDK every method throws {@link UnsupportedOperationException} saying "needs JDK 21+".
 */
public final class VirtualThreads {
    private static final MethodHandle NEW_VIRTUAL_THREAD_PER_TASK_EXECUTOR = lookUp();

    private VirtualThreads() {}

    private static MethodHandle lookUp() {
        try {
            return MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
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

    /** A virtual-thread-per-task executor closed (and awaited) by try-with-resources. */
    static OwnedExecutor scope() {
        return new OwnedExecutor(newThreadPerTaskExecutor());
    }
}
