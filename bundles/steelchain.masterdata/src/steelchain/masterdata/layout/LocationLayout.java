package steelchain.masterdata.layout;

import steelchain.masterdata.layout.Column.Bound;

/**
 * The columns of a place: province and city as customers have them, and the coordinates
 * (WGS84 degrees, six decimals: about 0.1 m) that distances for transport are computed from.
 */
public final class LocationLayout {

    public static final Column PROVINCE = CustomerLayout.PROVINCE;
    public static final Column CITY = CustomerLayout.CITY;
    public static final Column LATITUDE = Column.decimal("latitude", "纬度", 8, 6).bounded(Bound.LATITUDE);
    public static final Column LONGITUDE = Column.decimal("longitude", "经度", 9, 6).bounded(Bound.LONGITUDE);

    private LocationLayout() {
    }
}
