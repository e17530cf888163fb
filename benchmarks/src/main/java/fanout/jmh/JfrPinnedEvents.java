package fanout.jmh;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import jdk.jfr.EventType;
import jdk.jfr.FlightRecorder;
import jdk.jfr.consumer.RecordingStream;

/**
 * Counts the JVM's {@code jdk.VirtualThreadPinned} events (JDK 21+): a virtual thread that blocked while it could not
 * leave its carrier. The event's default threshold is 20 ms; this stream records every one (threshold 0). JFR delivers
 * events in batches about once a second, so a count read after a piece of work may still lack its last events: only
 * sums over many invocations (an iteration) mean anything.
 */
final class JfrPinnedEvents implements AutoCloseable {

    static final String EVENT = "jdk.VirtualThreadPinned";

    private final RecordingStream stream;
    private final AtomicLong count = new AtomicLong();
    private long lastRead;

    private JfrPinnedEvents(RecordingStream stream) {
        this.stream = stream;
    }

    /** A stream counting the event, started; or one that reads -1 each time where this JVM has no such event. */
    static JfrPinnedEvents start() {
        if (!available()) {
            return new JfrPinnedEvents(null);
        }
        RecordingStream stream = new RecordingStream();
        JfrPinnedEvents events = new JfrPinnedEvents(stream);
        stream.enable(EVENT).withThreshold(Duration.ZERO);
        stream.onEvent(EVENT, event -> events.count.incrementAndGet());
        stream.startAsync();
        return events;
    }

    /** Whether this JVM records the event. */
    static boolean available() {
        try {
            return FlightRecorder.isAvailable() && FlightRecorder.getFlightRecorder().getEventTypes().stream()
                    .map(EventType::getName).anyMatch(EVENT::equals);
        } catch (RuntimeException | Error e) {
            return false;
        }
    }

    /** Events delivered since the last read; -1 where the JVM has no such event. */
    long sinceLastRead() {
        if (stream == null) {
            return -1;
        }
        long now = count.get();
        long delta = now - lastRead;
        lastRead = now;
        return delta;
    }

    @Override
    public void close() {
        if (stream != null) {
            stream.close();
        }
    }
}
