package fanout.workload;

import java.io.IOException;

/** The injected failure of a simulated call. */
public final class SimulatedIoException extends IOException {
    private static final long serialVersionUID = 1L;

    public SimulatedIoException(int index) {
        super("simulated I/O failure of call " + index);
    }
}
