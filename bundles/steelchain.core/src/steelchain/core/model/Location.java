package steelchain.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where something is: province and city, and coordinates (WGS84 degrees) where they are known. */
@Embeddable
public class Location {

    @Column(name = "PROVINCE", length = 40)
    private String province;
    @Column(name = "CITY", length = 40)
    private String city;
    @Column(name = "LATITUDE")
    private Double latitude;
    @Column(name = "LONGITUDE")
    private Double longitude;

    public Location() {
    }

    public Location(String province, String city, Double latitude, Double longitude) {
        this.province = province;
        this.city = city;
        this.latitude = latitude;
        this.longitude = longitude;
    }

    public String getProvince() {
        return province;
    }

    public String getCity() {
        return city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }
}
