package fanout.jmh;

import static org.junit.jupiter.api.Assertions.assertTrue;

import fanout.workload.CpuWork;
import java.lang.management.ManagementFactory;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** {@link ThreadsCpu} counts a thread that did not exist at the first reading with all of its CPU time. */
class ThreadsCpuTest {

    @Test
    void aNewThreadsWholeCpuTimeIsCounted() throws Exception {
        ThreadsCpu before = ThreadsCpu.now();
        AtomicLong ownCpu = new AtomicLong();
        CountDownLatch burnt = new CountDownLatch(1);
        CountDownLatch mayEnd = new CountDownLatch(1);
        Thread burner = new Thread(() -> {
            CpuWork.ofUnits(20_000_000).burn();
            ownCpu.set(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime());
            burnt.countDown();
            try {
                mayEnd.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        burner.start();
        burnt.await();
        long counted = ThreadsCpu.now().since(before);
        mayEnd.countDown();
        burner.join();
        assertTrue(ownCpu.get() > 0);
        assertTrue(counted >= ownCpu.get(), counted + " < " + ownCpu.get() + ", the burner's own CPU time");
    }
}
