package steelchain.masterdata.edit;

import java.util.List;
import java.util.function.Predicate;

/**
 * The model of an editor of a record known by a code and named: plants, warehouses, work
 * centres, suppliers. A new record's code must not be taken; an existing record's code cannot
 * be changed (other records and files refer to it).
 */
public abstract class NamedRecordForm extends RecordForm {

    private final FormField code;
    private final FormField name;
    private final Predicate<String> codeTaken;

    /** @param codeTaken whether a record of the kind has the code already; asked for a new record only */
    protected NamedRecordForm(List<FormField> fields, Long id, long version, FormField code, FormField name,
            Predicate<String> codeTaken) {
        super(fields, id, version);
        this.code = code;
        this.name = name;
        this.codeTaken = codeTaken;
    }

    @Override
    public String businessKey() {
        return get(code).strip();
    }

    /** The code; null while it is invalid. */
    public String code() {
        return value(code);
    }

    /** The name; null while it is invalid. */
    public String name() {
        return value(name);
    }

    @Override
    protected void checkAcross() {
        notTaken(code, codeTaken);
        checkMore();
    }

    /** The record's rules across fields besides its code. */
    protected abstract void checkMore();
}
