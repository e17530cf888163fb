package fanout.harness.run;

import fanout.harness.model.ResultDocument;
import fanout.harness.report.Reports;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * A run's stop hook in a JVM of its own, for {@link StoppedBySignalTest} to stop with a real signal: it writes the
 * first three records of the sample run as a run stopped midway, installs {@link BenchmarkRun.StopHook} with the real
 * reporter, says {@code ready} and waits until the signal comes. A second hook, run during the shutdown as the run's
 * loop would be, takes the stop hook away and says whether it could.
 */
public final class StoppedRunChild {
    private StoppedRunChild() {}

    public static void main(String[] args) throws Exception {
        ResultDocument unfinished = StoppedRunTest.sampleStoppedAfterThree();
        RunDirectory directory = StoppedRunTest.stoppedRunDirectory(Path.of(args[0]));
        BenchmarkRun.Written written = new BenchmarkRun.Written(directory, unfinished);
        written.write(unfinished, fanout.harness.model.ResultsJson.mapper().createArrayNode());
        BenchmarkRun.StopHook hook = BenchmarkRun.StopHook.install(written,
                (document, dir) -> Reports.writeAll(document, dir.dir()), System.out);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> System.out.println("removed: " + hook.remove())));
        System.out.println("ready");
        System.out.flush();
        new CountDownLatch(1).await();
    }
}
