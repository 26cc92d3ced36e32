package steelchain.masterdata.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import steelchain.core.model.ElementRange;
import steelchain.core.model.Industry;
import steelchain.core.model.OrderStatus;
import steelchain.core.model.ProductForm;
import steelchain.core.model.WorkCenterType;

class MasterDataTextsTest {

    @Test
    void everyValueOfTheModelHasAWordInBothLanguages() {
        Stream.of(Industry.values(), ProductForm.values(), OrderStatus.values(), WorkCenterType.values())
                .flatMap(Stream::of).forEach(value -> {
                    String english = MasterDataTexts.of(value, Locale.ENGLISH);
                    String chinese = MasterDataTexts.of(value, Locale.SIMPLIFIED_CHINESE);
                    assertFalse(english.isBlank(), value::toString);
                    assertFalse(english.equals(chinese), () -> value + " has no Chinese word");
                });
        assertEquals("Hot-rolled coil", MasterDataTexts.of(ProductForm.HOT_ROLLED_COIL, Locale.ENGLISH));
        assertEquals("热轧卷", MasterDataTexts.of(ProductForm.HOT_ROLLED_COIL, Locale.SIMPLIFIED_CHINESE));
        assertEquals("", MasterDataTexts.of(null, Locale.ENGLISH));
    }

    @Test
    void chemistryIsWrittenAsMetallurgistsWriteIt() {
        assertEquals("C 0.42\u20130.5  Mn \u22641.6  Al \u22650.015", GradesView.chemistry(List.of(
                new ElementRange("C", new BigDecimal("0.4200"), new BigDecimal("0.5000")),
                new ElementRange("Mn", null, new BigDecimal("1.6000")),
                new ElementRange("Al", new BigDecimal("0.0150"), null))));
    }
}
