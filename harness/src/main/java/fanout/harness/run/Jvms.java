package fanout.harness.run;

import fanout.harness.UsageException;
import fanout.harness.model.JvmInfo;
import fanout.strategy.JvmProbe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The JVMs a run measures on: the harness's own ({@code current}), a list of JDK homes, or every JDK found
 * ({@code auto}: {@code JAVA_HOME}, {@code JAVA<N>_HOME}, the folders under {@code /usr/lib/jvm} and
 * {@code /Library/Java/JavaVirtualMachines}). Each is asked what it is by starting {@link JvmProbe} on it.
 */
public final class Jvms {
    /** The oldest JDK the suite runs on. */
    static final int MINIMUM_FEATURE = 17;

    private Jvms() {}

    /**
     * The JVMs named by {@code spec}: {@code current}, {@code auto}, or JDK homes separated by commas.
     *
     * @param notes receives a line for each JDK found by {@code auto} and left out, with the reason
     * @throws UsageException for a path that is not a JDK, a JDK older than 17, or {@code auto} finding none
     */
    public static List<JvmInfo> resolve(String spec, List<String> notes) {
        if (spec == null || spec.isBlank() || spec.equals("current")) {
            return List.of(probe(Path.of(System.getProperty("java.home")), "the running JVM"));
        }
        List<JvmInfo> jvms = new ArrayList<>();
        if (spec.equals("auto")) {
            for (Path home : candidates()) {
                if (!Files.isExecutable(home.resolve("bin").resolve("java"))) {
                    continue; // not a JDK (a .jinfo file, a folder of links to one found elsewhere)
                }
                try {
                    jvms.add(probe(home, home.toString()));
                } catch (UsageException e) {
                    notes.add("JDK discovery: left out " + home + ": " + e.getMessage());
                }
            }
            if (jvms.isEmpty()) {
                throw new UsageException("--jvms auto found no JDK " + MINIMUM_FEATURE + "+ (looked at JAVA_HOME,"
                        + " JAVA<N>_HOME and /usr/lib/jvm); name JDK homes with --jvms PATH,PATH");
            }
        } else {
            for (String home : spec.split(",")) {
                jvms.add(probe(Path.of(home.strip()), home.strip()));
            }
        }
        return withUniqueIds(dedupe(jvms));
    }

    /** Where JDKs are installed, each real path once, in a stable order. */
    static List<Path> candidates() {
        List<Path> found = new ArrayList<>();
        Map<String, String> env = System.getenv();
        if (env.get("JAVA_HOME") != null) {
            found.add(Path.of(env.get("JAVA_HOME")));
        }
        env.keySet().stream().filter(name -> name.matches("JAVA\\d+_HOME")).sorted()
                .forEach(name -> found.add(Path.of(env.get(name))));
        for (String root : List.of("/usr/lib/jvm", "/Library/Java/JavaVirtualMachines")) {
            Path dir = Path.of(root);
            if (Files.isDirectory(dir)) {
                try (Stream<Path> children = Files.list(dir)) {
                    children.sorted().forEach(child -> found.add(
                            Files.isDirectory(child.resolve("Contents/Home")) ? child.resolve("Contents/Home") : child));
                } catch (IOException e) {
                    // an unreadable folder holds no JDK we can use
                }
            }
        }
        Map<Path, Path> byRealPath = new LinkedHashMap<>();
        for (Path home : found) {
            try {
                byRealPath.putIfAbsent(home.toRealPath(), home);
            } catch (IOException e) {
                // a dangling link or a missing JAVA_HOME: nothing there
            }
        }
        return List.copyOf(byRealPath.keySet());
    }

    /**
     * Asks the JDK at {@code home} what it is.
     *
     * @throws UsageException if it is not a JDK, cannot run the probe, or is older than 17
     */
    static JvmInfo probe(Path home, String asGiven) {
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new UsageException(asGiven + " is not a JDK (no executable bin/java in it)");
        }
        Map<String, String> answers = new HashMap<>();
        try {
            Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    JvmProbe.class.getName()).redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new UsageException(asGiven + ": its java did not answer within 60 s");
            }
            for (String line : output.split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    answers.put(line.substring(0, eq).strip(), line.substring(eq + 1).strip());
                }
            }
            if (process.exitValue() != 0 || !answers.containsKey("feature")) {
                String first = output.lines().findFirst().orElse("no output");
                throw new UsageException(asGiven + ": cannot run the suite on it (" + first + ")");
            }
        } catch (IOException e) {
            throw new UsageException(asGiven + ": cannot start its java (" + e.getMessage() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UsageException("interrupted while asking " + asGiven + " what it is");
        }
        int feature = Integer.parseInt(answers.get("feature"));
        if (feature < MINIMUM_FEATURE) {
            throw new UsageException(asGiven + " is JDK " + feature + "; fanout-bench needs JDK " + MINIMUM_FEATURE
                    + " or newer");
        }
        return new JvmInfo("jdk" + feature, java.toString(), answers.get("java.version"), answers.get("java.vendor"),
                answers.get("java.vm.name"), answers.get("java.vm.version"), JmhLauncher.FORK_JVM_ARGS,
                Integer.parseInt(answers.getOrDefault("defaultAsyncParallelism", "0")),
                Integer.parseInt(answers.getOrDefault("cores", "0")));
    }

    private static List<JvmInfo> dedupe(List<JvmInfo> jvms) {
        Map<String, JvmInfo> byPath = new LinkedHashMap<>();
        for (JvmInfo jvm : jvms) {
            String key;
            try {
                key = Path.of(jvm.path()).toRealPath().toString();
            } catch (IOException e) {
                key = jvm.path();
            }
            byPath.putIfAbsent(key, jvm);
        }
        return List.copyOf(byPath.values());
    }

    /** {@code jdk17}, {@code jdk25}; a second JDK of the same release gets {@code -2}, and so on. */
    private static List<JvmInfo> withUniqueIds(List<JvmInfo> jvms) {
        Map<String, Integer> seen = new HashMap<>();
        List<JvmInfo> unique = new ArrayList<>();
        for (JvmInfo jvm : jvms) {
            int count = seen.merge(jvm.id(), 1, Integer::sum);
            unique.add(count == 1 ? jvm : new JvmInfo(jvm.id() + "-" + count, jvm.path(), jvm.version(),
                    jvm.vendor(), jvm.vmName(), jvm.vmVersion(), jvm.jvmArgs(), jvm.defaultAsyncParallelism(),
                    jvm.cores()));
        }
        return unique;
    }
}
