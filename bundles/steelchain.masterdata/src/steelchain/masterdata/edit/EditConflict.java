package steelchain.masterdata.edit;

import java.util.Locale;

/**
 * A save that was refused because the database changed since the editor read the record.
 * Nothing of the save was written.
 */
public final class EditConflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** What changed. */
    public enum Kind {
        /** Someone else saved the record since it was read. */
        CHANGED,
        /** Someone else deleted the record since it was read. */
        DELETED,
        /** Someone else created a record with the new record's code. */
        CODE_EXISTS,
        /** Someone else deleted a record the form refers to (a warehouse's plant, a supplier's material). */
        REFERENCE_DELETED,
        /** Another module took the record over since it was read (the sales loop confirmed the order). */
        TAKEN_OVER
    }

    private final Kind kind;
    private final String businessKey;
    private final String reason;

    public EditConflict(Kind kind, String businessKey, Throwable cause) {
        this(kind, businessKey, "", cause);
    }

    /** @param reason the other side's reason, in the user's words, as the message ends with it */
    public EditConflict(Kind kind, String businessKey, String reason, Throwable cause) {
        super(kind + ": " + businessKey, cause);
        this.kind = kind;
        this.businessKey = businessKey;
        this.reason = reason;
    }

    public Kind kind() {
        return kind;
    }

    /** E.g. "C00017 was changed by someone else since you opened it; reopen it to see their change." */
    public String message(Locale locale) {
        return EditTexts.get(locale, "conflict." + kind.name(), businessKey, reason);
    }
}
