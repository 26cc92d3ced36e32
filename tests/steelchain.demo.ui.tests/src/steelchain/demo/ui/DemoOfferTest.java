package steelchain.demo.ui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DemoOfferTest {

    @Test
    void offeredOnlyForAnEmptyDatabaseWithTheJobInstalledAndNotDeclined() {
        assertTrue(DemoOffer.shouldOffer(true, true, false, () -> 0));
        assertFalse(DemoOffer.shouldOffer(true, true, false, () -> 2000), "data is there already");
        assertFalse(DemoOffer.shouldOffer(true, true, true, () -> 0), "the user said no before");
        assertFalse(DemoOffer.shouldOffer(true, false, false, () -> 0), "no demo-data job installed");
        assertFalse(DemoOffer.shouldOffer(false, true, false, () -> {
            throw new AssertionError("no database to ask");
        }));
    }
}
