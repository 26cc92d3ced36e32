package steelchain.core.model;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;

/**
 * Surrogate id and optimistic-lock version of every SteelChain entity. Ids come from one table
 * generator in blocks of a thousand, so that bulk inserts can be batched (identity columns
 * would force a round trip per row).
 */
@MappedSuperclass
public abstract class BaseEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "steelchain_ids")
    @TableGenerator(name = "steelchain_ids", table = "SC_ID_SEQUENCE", pkColumnName = "NAME",
            valueColumnName = "NEXT_VALUE", pkColumnValue = "steelchain", allocationSize = 1000)
    private Long id;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    /** Incremented on every update; a stale copy cannot overwrite a newer one. */
    public long getVersion() {
        return version;
    }
}
