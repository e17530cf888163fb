package fanout.harness.report;

import fanout.harness.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Writes a report file whole or not at all ({@link AtomicFiles}); a failure is unchecked. */
final class ReportFiles {
    private ReportFiles() {}

    static void write(Path file, String text) {
        try {
            AtomicFiles.write(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
