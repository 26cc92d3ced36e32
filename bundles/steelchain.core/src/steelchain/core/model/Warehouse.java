package steelchain.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A store for finished steel: at a plant, or a distribution centre near the market. */
@Entity
@Table(name = "WAREHOUSE")
public class Warehouse extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    /** The plant it belongs to, or none for a distribution centre. */
    @ManyToOne
    @JoinColumn(name = "PLANT_ID")
    private Plant plant;
    @Embedded
    private Location location = new Location();
    @Column(name = "CAPACITY_T", precision = 12, scale = 1, nullable = false)
    private BigDecimal capacityTonnes;

    protected Warehouse() {
    }

    public Warehouse(String code, String name, Plant plant, Location location, BigDecimal capacityTonnes) {
        this.code = code;
        this.name = name;
        this.plant = plant;
        this.location = location;
        this.capacityTonnes = capacityTonnes;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Plant getPlant() {
        return plant;
    }

    public Location getLocation() {
        return location;
    }

    public BigDecimal getCapacityTonnes() {
        return capacityTonnes;
    }

    public void setName(String name) {
        this.name = name;
    }

    /** @param plant the plant it belongs to, or null for a distribution centre */
    public void setPlant(Plant plant) {
        this.plant = plant;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public void setCapacityTonnes(BigDecimal capacityTonnes) {
        this.capacityTonnes = capacityTonnes;
    }
}
