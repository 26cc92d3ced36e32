package steelchain.core.model;

/** The shape a steel product leaves the plant in. */
public enum ProductForm {
    HOT_ROLLED_COIL(false), COLD_ROLLED_COIL(false), GALVANIZED_COIL(false), PLATE(false), REBAR(true), WIRE_ROD(true);

    private final boolean round;

    ProductForm(boolean round) {
        this.round = round;
    }

    /** Round products (rebar, wire rod) have a diameter instead of thickness and width. */
    public boolean isRound() {
        return round;
    }
}
