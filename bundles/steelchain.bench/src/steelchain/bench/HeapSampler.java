package steelchain.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** The highest heap use seen while a piece of work runs, sampled every few milliseconds. */
final class HeapSampler implements AutoCloseable {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private final Thread thread;
    private volatile long peak;
    private volatile boolean running = true;

    private HeapSampler() {
        peak = MEMORY.getHeapMemoryUsage().getUsed();
        thread = Thread.ofPlatform().daemon().name("heap-sampler").start(() -> {
            while (running) {
                peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
    }

    /** Starts sampling after a garbage collection, so that earlier garbage does not count. */
    static HeapSampler start() {
        System.gc();
        return new HeapSampler();
    }

    long peakBytes() {
        return peak;
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
