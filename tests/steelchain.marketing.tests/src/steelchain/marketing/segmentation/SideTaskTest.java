package steelchain.marketing.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A side task's result and failure reach the caller, on its own thread or in line. */
class SideTaskTest {

    private static final class Sum extends SideTask {
        private final int upTo;
        long sum;
        Thread ranOn;

        Sum(int upTo) {
            super("sum");
            this.upTo = upTo;
        }

        @Override
        protected void work() {
            ranOn = Thread.currentThread();
            if (upTo < 0) {
                throw new IllegalArgumentException("negative: " + upTo);
            }
            for (int i = 1; i <= upTo; i++) {
                sum += i;
            }
        }
    }

    @Test
    void theResultIsThereAfterAwaitOnEitherThread() {
        for (boolean parallel : new boolean[] { true, false }) {
            Sum task = new Sum(100_000);
            task.fork(parallel);
            task.await();
            assertEquals(5_000_050_000L, task.sum);
            if (parallel) {
                assertSame(task, task.ranOn);
            } else {
                assertSame(Thread.currentThread(), task.ranOn);
            }
            assertNotEquals(Thread.State.RUNNABLE, task.getState());
        }
    }

    @Test
    void aFailureIsThrownByAwait() {
        for (boolean parallel : new boolean[] { true, false }) {
            Sum task = new Sum(-1);
            task.fork(parallel);
            IllegalArgumentException thrown = assertThrows(IllegalArgumentException.class, task::await);
            assertEquals("negative: -1", thrown.getMessage());
        }
    }
}
