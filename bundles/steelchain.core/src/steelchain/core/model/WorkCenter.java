package steelchain.core.model;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A production unit of a plant (blast furnace, converter, caster, mill, line) and its rate. */
@Entity
@Table(name = "WORK_CENTER")
public class WorkCenter extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @ManyToOne(optional = false)
    @JoinColumn(name = "PLANT_ID", nullable = false)
    private Plant plant;
    @Enumerated(EnumType.STRING)
    @Column(name = "WC_TYPE", length = 24, nullable = false)
    private WorkCenterType type;
    @Column(name = "CAPACITY_T_PER_H", precision = 9, scale = 1, nullable = false)
    private BigDecimal capacityTonnesPerHour;

    protected WorkCenter() {
    }

    public WorkCenter(String code, String name, Plant plant, WorkCenterType type, BigDecimal capacityTonnesPerHour) {
        this.code = code;
        this.name = name;
        this.plant = plant;
        this.type = type;
        this.capacityTonnesPerHour = capacityTonnesPerHour;
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

    public WorkCenterType getType() {
        return type;
    }

    public BigDecimal getCapacityTonnesPerHour() {
        return capacityTonnesPerHour;
    }

    public void setName(String name) {
        this.name = name;
    }

    public void setPlant(Plant plant) {
        this.plant = plant;
    }

    public void setType(WorkCenterType type) {
        this.type = type;
    }

    public void setCapacityTonnesPerHour(BigDecimal capacityTonnesPerHour) {
        this.capacityTonnesPerHour = capacityTonnesPerHour;
    }
}
