package steelchain.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A steel works: one site with its work centres. */
@Entity
@Table(name = "PLANT")
public class Plant extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Embedded
    private Location location = new Location();

    protected Plant() {
    }

    public Plant(String code, String name, Location location) {
        this.code = code;
        this.name = name;
        this.location = location;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Location getLocation() {
        return location;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setLocation(Location location) {
        this.location = location;
    }
}
