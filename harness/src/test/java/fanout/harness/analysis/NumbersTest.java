package fanout.harness.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void intervalHasTheDecimalsOfItsHalfWidth() {
        assertEquals("[159.9, 162.5]", Numbers.interval(159.91, 162.49));
        assertEquals("161.2 ms [159.9, 162.5]", Numbers.withInterval(161.2049, " ms", 159.91, 162.49));
    }

    @Test
    void intervalIsRoundedOutwardSoThatItHoldsTheComputedOne() {
        assertEquals("[159.9, 162.5]", Numbers.interval(159.96, 162.41));
        assertEquals("[718, ∞]", Numbers.interval(718.6, Double.POSITIVE_INFINITY));
    }

    @Test
    void aPositiveLowerEndNeverPrintsAsZero() {
        assertEquals("[0.00400, 12.1]", Numbers.interval(0.004, 12.01));
    }

    @Test
    void ratioIntervalsAreRoundedOutwardWithThreeDecimalsOrThreeSignificantDigits() {
        assertEquals("[0.980, 1.021]", Numbers.preciseInterval(0.98049, 1.02001));
        assertEquals("[0.00123, 2346]", Numbers.preciseInterval(0.001234, 2345.1));
        assertEquals("[0.310, inf]", Numbers.preciseInterval(0.31, Double.POSITIVE_INFINITY));
    }

    @Test
    void countsAreGroupedFromTenThousand() {
        assertEquals("1000", Numbers.count(1000));
        assertEquals("10 000", Numbers.count(10_000));
        assertEquals("1 000 000", Numbers.count(1_000_000));
    }

    @Test
    void valuesKeepAboutThreeSignificantDigits() {
        assertEquals("10118", Numbers.value(10118.4));
        assertEquals("47.8", Numbers.value(47.81));
        assertEquals("1.05", Numbers.value(1.0512));
        assertEquals("0.0123", Numbers.value(0.012345));
        assertEquals("10", Numbers.plain(10.0));
    }

    @Test
    void bytesAreWholeAndGroupedFromAHundred() {
        assertEquals("1180", Numbers.bytes(1180.4));
        assertEquals("24 576", Numbers.bytes(24_576));
        assertEquals("2 500 000", Numbers.bytes(2_500_000));
        assertEquals("56.3", Numbers.bytes(56.3));
        assertEquals("0.125", Numbers.bytes(0.125));
        assertEquals("0", Numbers.bytes(0));
    }

    @Test
    void aConfidenceIsAPercentage() {
        assertEquals("95%", Numbers.confidence(0.95));
        assertEquals("99.9%", Numbers.confidence(0.999));
    }
}
