package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import steelchain.core.model.Location;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.LocationLayout;

/**
 * The fields of a place, shared by the plant, warehouse and supplier forms: province, city and
 * the coordinates, which are given together or not at all.
 */
public final class LocationFields {

    public static final FormField PROVINCE = new FormField("location.province", LocationLayout.PROVINCE);
    public static final FormField CITY = new FormField("location.city", LocationLayout.CITY);
    public static final FormField LATITUDE = new FormField("location.latitude", LocationLayout.LATITUDE);
    public static final FormField LONGITUDE = new FormField("location.longitude", LocationLayout.LONGITUDE);

    /** In the order an editor shows them. */
    public static final List<FormField> ALL = List.of(PROVINCE, CITY, LATITUDE, LONGITUDE);

    private LocationFields() {
    }

    static void fill(RecordForm form, Location location) {
        if (location == null) {
            return;
        }
        form.set(PROVINCE, location.getProvince());
        form.set(CITY, location.getCity());
        form.set(LATITUDE, text(location.getLatitude()));
        form.set(LONGITUDE, text(location.getLongitude()));
    }

    /** The place of a valid form. */
    static Location location(RecordForm form) {
        BigDecimal latitude = form.value(LATITUDE);
        BigDecimal longitude = form.value(LONGITUDE);
        return new Location(form.value(PROVINCE), form.value(CITY),
                latitude == null ? null : latitude.doubleValue(), longitude == null ? null : longitude.doubleValue());
    }

    /** Reports a coordinate missing while the other one is given, on the missing one. */
    static void checkAcross(RecordForm form) {
        boolean latitude = !form.get(LATITUDE).isBlank();
        boolean longitude = !form.get(LONGITUDE).isBlank();
        if (latitude && !longitude) {
            form.problem(LONGITUDE, 0, "", Reason.COORDINATES_TOGETHER, List.of(LATITUDE));
        } else if (longitude && !latitude) {
            form.problem(LATITUDE, 0, "", Reason.COORDINATES_TOGETHER, List.of(LONGITUDE));
        }
    }

    /**
     * A stored coordinate to the field's six decimals (about 0.1 m), as a user writes it:
     * {@code 31.4} rather than {@code 31.400000}.
     */
    private static String text(Double degrees) {
        return degrees == null ? ""
                : BigDecimal.valueOf(degrees).setScale(LocationLayout.LATITUDE.scale(), RoundingMode.HALF_UP)
                        .stripTrailingZeros().toPlainString();
    }
}
