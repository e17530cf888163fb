package fanout.strategy;

/**
 * Prints what the suite needs to know about the JVM it runs on, one {@code key=value} per line: the harness
 * starts it on every JDK it is asked to measure on, so that records of that JDK carry the JDK's own answers
 * (version, vendor, what {@code CompletableFuture.runAsync} without an executor runs on, and how many processors a
 * JVM started there may use: {@code availableProcessors()} follows CPU affinity and a container's CPU quota).
 */
public final class JvmProbe {
    private JvmProbe() {}

    public static void main(String[] args) {
        System.out.println("java.version=" + System.getProperty("java.version"));
        System.out.println("java.vendor=" + System.getProperty("java.vendor"));
        System.out.println("java.vm.name=" + System.getProperty("java.vm.name"));
        System.out.println("java.vm.version=" + System.getProperty("java.vm.version"));
        System.out.println("feature=" + Runtime.version().feature());
        System.out.println("defaultAsyncParallelism=" + ExecutorKind.defaultAsyncParallelism());
        System.out.println("cores=" + Runtime.getRuntime().availableProcessors());
    }
}
