package steelchain.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A raw or auxiliary material, bought by the tonne. */
@Entity
@Table(name = "MATERIAL")
public class Material extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "MATERIAL_TYPE", length = 20, nullable = false)
    private MaterialType type;

    protected Material() {
    }

    public Material(String code, String name, MaterialType type) {
        this.code = code;
        this.name = name;
        this.type = type;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public MaterialType getType() {
        return type;
    }
}
