package fanout.harness.model;

import java.util.Locale;

/**
 * The machine a run measured on.
 *
 * @param name host name
 * @param os operating system name
 * @param osVersion kernel or OS version
 * @param arch CPU architecture
 * @param cpuModel CPU model name, e.g. from /proc/cpuinfo; "unknown" where it cannot be read
 * @param cores logical cores available to the JVM
 * @param memoryBytes physical memory
 * @param gitVersion {@code git --version}, or "not found"
 */
public record HostInfo(String name, String os, String osVersion, String arch, String cpuModel, int cores,
        long memoryBytes, String gitVersion) {

    /** One line for chart footers and report headers, e.g. "Intel Xeon, 2 cores, 23.4 GiB, Linux". */
    public String summary() {
        return cpuModel + ", " + cores + " cores, " + memory() + ", " + os + " " + osVersion;
    }

    /** The physical memory in GiB with one decimal, e.g. "23.4 GiB". */
    public String memory() {
        return String.format(Locale.ROOT, "%.1f GiB", memoryBytes / (1024.0 * 1024 * 1024));
    }
}
