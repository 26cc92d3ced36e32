package steelchain.demo.ui;

import java.util.function.LongSupplier;

/** When the demo plant is offered: a database to fill, the job to fill it, nothing in it, not declined. */
final class DemoOffer {

    private DemoOffer() {
    }

    static boolean shouldOffer(boolean databaseAvailable, boolean demoJobInstalled, boolean declinedBefore,
            LongSupplier customerCount) {
        return databaseAvailable && demoJobInstalled && !declinedBefore && customerCount.getAsLong() == 0;
    }
}
