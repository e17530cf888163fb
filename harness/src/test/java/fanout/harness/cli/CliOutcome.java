package fanout.harness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;

/** What one call of the command line gave: its exit status and what it printed on stdout and stderr. */
record CliOutcome(int status, String out, String err) {

    /** Runs {@code fanout} with {@code args} (each turned into a string), capturing both streams. */
    static CliOutcome run(Object... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] strings = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        int status = FanoutCli.execute(strings, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliOutcome(status, out.toString(), err.toString());
    }

    /** The lines of stdout that contain {@code text}. */
    List<String> rowsWith(String text) {
        return out.lines().filter(l -> l.contains(text)).toList();
    }

    /**
     * Asserts what bad input must give: exit status 2, one line on stderr starting "fanout: " and saying
     * {@code expected}, no stack trace, nothing on stdout.
     */
    static void expectUsage(CliOutcome outcome, String expected) {
        assertEquals(FanoutCli.EXIT_USAGE, outcome.status(), outcome.out() + outcome.err());
        String err = outcome.err().strip();
        assertTrue(err.contains(expected), () -> "stderr should say '" + expected + "' but was: " + err);
        assertEquals(1, err.lines().count(), () -> "one line expected, got: " + err);
        assertTrue(err.startsWith("fanout: "), err);
        assertFalse(err.contains("Exception"), err);
        assertEquals("", outcome.out(), "nothing on stdout for bad input");
    }
}
