package steelchain.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

/**
 * A steel grade as a standard defines it, e.g. Q355B to GB/T 1591: chemistry ranges and
 * mechanical properties. {@link #getRevision()} counts approved changes of the specification.
 */
@Entity
@Table(name = "STEEL_GRADE")
public class SteelGrade extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "STANDARD", length = 40, nullable = false)
    private String standard;
    @Column(name = "DESCRIPTION", length = 200)
    private String description;
    @ElementCollection
    @CollectionTable(name = "GRADE_CHEMISTRY", joinColumns = @JoinColumn(name = "GRADE_ID"))
    @OrderColumn(name = "SEQ")
    private List<ElementRange> chemistry = new ArrayList<>();
    /** Minimum yield strength ReH / Rp0.2, MPa. */
    @Column(name = "YIELD_MIN_MPA")
    private Integer yieldMinMpa;
    @Column(name = "TENSILE_MIN_MPA")
    private Integer tensileMinMpa;
    @Column(name = "TENSILE_MAX_MPA")
    private Integer tensileMaxMpa;
    /** Minimum elongation after fracture A, %. */
    @Column(name = "ELONGATION_MIN_PCT", precision = 5, scale = 1)
    private BigDecimal elongationMinPercent;
    @Column(name = "REVISION", nullable = false)
    private int revision = 1;

    protected SteelGrade() {
    }

    public SteelGrade(String code, String standard) {
        this.code = code;
        this.standard = standard;
    }

    public String getCode() {
        return code;
    }

    public String getStandard() {
        return standard;
    }

    public void setStandard(String standard) {
        this.standard = standard;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<ElementRange> getChemistry() {
        return chemistry;
    }

    public Integer getYieldMinMpa() {
        return yieldMinMpa;
    }

    public Integer getTensileMinMpa() {
        return tensileMinMpa;
    }

    public Integer getTensileMaxMpa() {
        return tensileMaxMpa;
    }

    public BigDecimal getElongationMinPercent() {
        return elongationMinPercent;
    }

    /** Sets the mechanical properties; {@code null} where the standard sets no limit. */
    public void setMechanical(Integer yieldMin, Integer tensileMin, Integer tensileMax, BigDecimal elongationMin) {
        this.yieldMinMpa = yieldMin;
        this.tensileMinMpa = tensileMin;
        this.tensileMaxMpa = tensileMax;
        this.elongationMinPercent = elongationMin;
    }

    public int getRevision() {
        return revision;
    }

    /** A changed specification is a new revision. */
    public void newRevision() {
        revision++;
    }
}
