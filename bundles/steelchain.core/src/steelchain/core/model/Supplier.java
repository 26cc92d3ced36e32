package steelchain.core.model;

import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;

/** A company that sells materials to the plant. */
@Entity
@Table(name = "SUPPLIER")
public class Supplier extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Embedded
    private Location location = new Location();
    @ManyToMany
    @JoinTable(name = "SUPPLIER_MATERIAL", joinColumns = @JoinColumn(name = "SUPPLIER_ID"),
            inverseJoinColumns = @JoinColumn(name = "MATERIAL_ID"))
    private Set<Material> materials = new HashSet<>();

    protected Supplier() {
    }

    public Supplier(String code, String name, Location location) {
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

    /** The materials it can deliver. */
    public Set<Material> getMaterials() {
        return materials;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setLocation(Location location) {
        this.location = location;
    }
}
