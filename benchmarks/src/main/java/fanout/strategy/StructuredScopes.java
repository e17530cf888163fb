package fanout.strategy;

import java.util.List;
import java.util.concurrent.Callable;

/**
 * The one door to {@link Strategy#STRUCTURED_SCOPE}. {@code StructuredTaskScope} is a preview API whose shape
 * changed between JDK 21 and 25, so its strategy lives in its own module ({@code structured/}), compiled with
 * {@code --release 25 --enable-preview}: its classes load only on JDK {@value #RELEASE} run with
 * {@code --enable-preview}, and the module is built only where the build's JDK is {@value #RELEASE}. Everything
 * else reaches it through this class, by name, and learns here in one sentence why it cannot run.
 */
public final class StructuredScopes {

    /** The only JDK feature release whose preview {@code StructuredTaskScope} the strategy is compiled for. */
    public static final int RELEASE = 25;

    /** The strategy's class, in the {@code structured/} module. */
    static final String IMPLEMENTATION = "fanout.strategy.StructuredScope";

    /** The bare primitive it wraps, for the overhead benchmark. */
    static final String BARE_IMPLEMENTATION = "fanout.strategy.StructuredScopeBare";

    private StructuredScopes() {}

    /** A fan-out written directly against a JDK API, without the suite's contract: a bare primitive. */
    public interface BareFanOut {
        /** Runs every task and returns their values in input order; throws if any task threw. */
        <T> List<T> run(List<? extends Callable<T>> tasks) throws Exception;
    }

    /** Whether the class path holds the {@code structured/} module's classes (the build had JDK 25). */
    public static boolean built() {
        return StructuredScopes.class.getClassLoader().getResource(IMPLEMENTATION.replace('.', '/') + ".class")
                != null;
    }

    /** Why this JVM cannot run STRUCTURED_SCOPE, or null if it can. */
    public static String unavailableReason() {
        return Availability.REASON;
    }

    /**
     * Why a JVM of feature release {@code feature}, started with this class path, cannot run STRUCTURED_SCOPE, or
     * null if it can (given {@code --enable-preview}): what the harness asks of every JDK of a run before it forks.
     * A phrase to follow the strategy's name, e.g. "needs JDK 25 (StructuredTaskScope is a preview API)".
     */
    public static String unavailableReason(int feature) {
        if (feature != RELEASE) {
            return "needs JDK " + RELEASE + " (StructuredTaskScope is a preview API)";
        }
        if (!built()) {
            return "is not built: its module, structured/, is compiled only where the build runs on JDK " + RELEASE
                    + " and was not skipped (see docs/building.md)";
        }
        return null;
    }

    /** Throws {@link UnsupportedOperationException} with {@link #unavailableReason()} if there is one. */
    public static void require(String what) {
        String reason = unavailableReason();
        if (reason != null) {
            throw new UnsupportedOperationException(what + " " + reason);
        }
    }

    /** A new STRUCTURED_SCOPE fan-out, once {@link Strategy#create} has checked that it can run here. */
    static FanOut create() {
        return instantiate(IMPLEMENTATION, FanOut.class);
    }

    /** {@code StructuredTaskScope.open(Joiner.allSuccessfulOrThrow())}, a fork per task, {@code join()}. */
    public static BareFanOut bare() {
        require("bare " + Strategy.STRUCTURED_SCOPE.name());
        return instantiate(BARE_IMPLEMENTATION, BareFanOut.class);
    }

    private static <T> T instantiate(String className, Class<T> type) {
        try {
            return Class.forName(className).asSubclass(type).getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create " + className + ": " + e, e);
        }
    }

    /** Worked out once per JVM: whether the strategy's classes are here and load. */
    private static final class Availability {
        static final String REASON = reason();

        private static String reason() {
            int feature = Runtime.version().feature();
            String reason = unavailableReason(feature);
            if (reason != null) {
                return feature == RELEASE ? reason
                        : reason + "; this JVM is " + feature + " (" + System.getProperty("java.home") + ")";
            }
            try {
                Class.forName(IMPLEMENTATION);
                return null;
            } catch (UnsupportedClassVersionError e) {
                return "needs the JVM flag --enable-preview (StructuredTaskScope is a preview API in JDK "
                        + RELEASE + ")";
            } catch (ClassNotFoundException | LinkageError e) {
                return "cannot be loaded: " + e;
            }
        }
    }
}
