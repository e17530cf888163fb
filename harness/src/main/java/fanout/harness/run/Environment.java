package fanout.harness.run;

import fanout.harness.model.HostInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/** Reads what a run records about where it ran: the machine, the JVM, the suite's version and commit. */
public final class Environment {
    private Environment() {}

    public static HostInfo host() {
        return new HostInfo(hostName(), System.getProperty("os.name"), System.getProperty("os.version"),
                System.getProperty("os.arch"), cpuModel(), Runtime.getRuntime().availableProcessors(), memoryBytes(),
                command(null, "git", "--version").orElse("not found"));
    }

    /** The suite's version, from the build. */
    public static String suiteVersion() {
        Properties properties = new Properties();
        try (InputStream in = Environment.class.getResourceAsStream("/fanout-harness.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }

    /**
     * The git commit of the suite's checkout, with "-dirty" if it has uncommitted changes; "unknown" outside git. The
     * checkout is the one the harness's classes were loaded from, not the working directory: the {@code fanout} script
     * runs the harness in the user's folder, which may be another repository or none.
     */
    public static String suiteCommit() {
        Path checkout = suiteLocation();
        return command(checkout, "git", "rev-parse", "HEAD")
                .map(commit -> command(checkout, "git", "status", "--porcelain", "--untracked-files=no")
                        .filter(status -> !status.isBlank()).map(status -> commit + "-dirty").orElse(commit))
                .orElse("unknown");
    }

    /** The folder of the harness's classes (harness/target/classes, or the folder of its jar); else the working one. */
    static Path suiteLocation() {
        try {
            Path code = Path.of(Environment.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(code) ? code : code.toAbsolutePath().getParent();
        } catch (RuntimeException | java.net.URISyntaxException e) {
            return Path.of("").toAbsolutePath(); // no code source to ask: as before, the working directory
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            String env = System.getenv("HOSTNAME");
            return env == null ? "unknown" : env;
        }
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        try {
            if (Files.isReadable(cpuinfo)) {
                for (String line : Files.readAllLines(cpuinfo, StandardCharsets.UTF_8)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return "unknown CPU (" + System.getProperty("os.arch") + ")";
    }

    private static long memoryBytes() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return -1;
    }

    /**
     * Runs a short command (no shell) in {@code directory} (null: the working one) and returns its trimmed output, or
     * empty if it fails.
     */
    static java.util.Optional<String> command(Path directory, String... command) {
        try {
            Process process = new ProcessBuilder(command).directory(directory == null ? null : directory.toFile())
                    .redirectErrorStream(true).start();
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            if (!process.waitFor(10, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(output);
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }
}
