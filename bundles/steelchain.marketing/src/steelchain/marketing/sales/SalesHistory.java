package steelchain.marketing.sales;

import java.time.LocalDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import steelchain.core.model.BaseEntity;

/** One change of a sales record: who, when, from which state to which, what changed and why. */
@Entity
@Table(name = "MK_SALES_HISTORY")
public class SalesHistory extends BaseEntity {

    @Enumerated(EnumType.STRING)
    @Column(name = "RECORD_TYPE", length = 16, nullable = false)
    private SalesRecordType recordType;
    @Column(name = "RECORD_NUMBER", length = 32, nullable = false)
    private String recordNumber;
    @Column(name = "CHANGED_AT", nullable = false)
    private LocalDateTime changedAt;
    @Column(name = "CHANGED_BY", length = 64, nullable = false)
    private String changedBy;
    /** None when the record was created. */
    @Column(name = "FROM_STATE", length = 16)
    private String fromState;
    @Column(name = "TO_STATE", length = 16, nullable = false)
    private String toState;
    /** The key of what changed, a {@link SalesMessage}; none for entries written before messages. */
    @Column(name = "CHANGE_KEY", length = 64)
    private String changeKey;
    @Column(name = "CHANGE_ARGS", length = 1000)
    private String changeArguments;
    /** What changed in English, for entries written before messages. */
    @Column(name = "CHANGE_TEXT", length = 1000)
    private String change;
    @Column(name = "REASON", length = 500)
    private String reason;

    protected SalesHistory() {
    }

    SalesHistory(SalesRecordType recordType, String recordNumber, LocalDateTime changedAt, String changedBy,
            String fromState, String toState, SalesMessage change, String reason) {
        this.recordType = recordType;
        this.recordNumber = recordNumber;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.fromState = fromState;
        this.toState = toState;
        if (change != null) {
            this.changeKey = change.key();
            this.changeArguments = change.encodedArguments();
            this.change = change.plainText();
        }
        this.reason = reason;
    }

    public SalesRecordType getRecordType() {
        return recordType;
    }

    public String getRecordNumber() {
        return recordNumber;
    }

    public LocalDateTime getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    public String getFromState() {
        return fromState;
    }

    public String getToState() {
        return toState;
    }

    /** What changed, or null. */
    public SalesMessage getChange() {
        return changeKey == null && change == null ? null : SalesMessage.stored(changeKey, changeArguments, change);
    }

    public String getReason() {
        return reason;
    }
}
