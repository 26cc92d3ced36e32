package steelchain.masterdata.edit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import steelchain.core.model.Customer;
import steelchain.core.model.CustomerGrade;
import steelchain.core.model.Industry;
import steelchain.core.model.Location;
import steelchain.masterdata.ImportProblem.Reason;
import steelchain.masterdata.layout.Checked;
import steelchain.masterdata.layout.ContactLayout;
import steelchain.masterdata.layout.CustomerLayout;
import steelchain.masterdata.layout.FieldRules;
import steelchain.masterdata.validation.CustomerRow;

/**
 * The customer editor's model: the columns of a customers file, checked by the same rules, and
 * the customer's contacts. A new customer's code must not be taken; an existing customer's code
 * cannot be changed (orders refer to it).
 */
public final class CustomerForm extends NamedRecordForm {

    public static final FormField CODE = new FormField("customer.code", CustomerLayout.CODE);
    public static final FormField NAME = new FormField("customer.name", CustomerLayout.NAME);
    public static final FormField INDUSTRY = new FormField("customer.industry", CustomerLayout.INDUSTRY);
    public static final FormField PROVINCE = new FormField("customer.province", CustomerLayout.PROVINCE);
    public static final FormField CITY = new FormField("customer.city", CustomerLayout.CITY);
    public static final FormField CREDIT_LIMIT = new FormField("customer.creditLimit", CustomerLayout.CREDIT_LIMIT);
    public static final FormField GRADE = new FormField("customer.grade", CustomerLayout.GRADE);

    public static final FormField CONTACT_NAME = new FormField("contact.name", ContactLayout.NAME);
    public static final FormField CONTACT_ROLE = new FormField("contact.role", ContactLayout.ROLE);
    public static final FormField CONTACT_PHONE = new FormField("contact.phone", ContactLayout.PHONE);
    public static final FormField CONTACT_EMAIL = new FormField("contact.email", ContactLayout.EMAIL);
    /** The columns of the contacts list. */
    public static final List<FormField> CONTACT_FIELDS = List.of(CONTACT_NAME, CONTACT_ROLE, CONTACT_PHONE,
            CONTACT_EMAIL);

    /** Something, an @, a domain with a dot; deliberately loose, as addresses are. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final List<ContactLine> contacts = new ArrayList<>();

    private CustomerForm(Long id, long version, Predicate<String> codeTaken) {
        super(List.of(CODE, NAME, INDUSTRY, PROVINCE, CITY, CREDIT_LIMIT, GRADE), id, version, CODE, NAME,
                codeTaken);
    }

    /**
     * A form for a new customer: credit limit 0 and grade C, as the model starts a customer.
     *
     * @param codeTaken whether a customer with the code exists already
     */
    public static CustomerForm create(Predicate<String> codeTaken) {
        CustomerForm form = new CustomerForm(null, 0, codeTaken);
        form.set(CREDIT_LIMIT, "0");
        form.set(GRADE, CustomerGrade.C.name());
        return form;
    }

    /** A form with the values of {@code customer}; read its contacts inside the transaction. */
    public static CustomerForm of(Customer customer) {
        CustomerForm form = new CustomerForm(customer.getId(), customer.getVersion(), code -> false);
        Location location = customer.getLocation();
        form.set(CODE, customer.getCode());
        form.set(NAME, customer.getName());
        form.set(INDUSTRY, customer.getIndustry().name());
        form.set(PROVINCE, location == null ? null : location.getProvince());
        form.set(CITY, location == null ? null : location.getCity());
        form.set(CREDIT_LIMIT, customer.getCreditLimit().toPlainString());
        form.set(GRADE, customer.getGrade().name());
        customer.getContacts().forEach(contact -> form.contacts.add(ContactLine.of(contact)));
        form.validate();
        return form;
    }

    /** The contacts, in the editor's order. */
    public List<ContactLine> contacts() {
        return List.copyOf(contacts);
    }

    /** Adds an empty contact at the end; it must get a name before the form is valid. */
    public void addContact() {
        contacts.add(new ContactLine(null, "", "", "", ""));
        validate();
    }

    public void setContact(int index, FormField field, String text) {
        contacts.set(index, contacts.get(index).with(field, text == null ? "" : text));
        validate();
    }

    public void removeContact(int index) {
        contacts.remove(index);
        validate();
    }

    /** The customer's values as the importer has them; only for a valid form. */
    public CustomerRow row() {
        if (!isValid()) {
            throw new IllegalStateException("The customer form has problems: " + problems());
        }
        return new CustomerRow(value(CODE), value(NAME), Industry.valueOf(value(INDUSTRY)), value(PROVINCE),
                value(CITY), value(CREDIT_LIMIT), CustomerGrade.valueOf(value(GRADE)));
    }

    /** The contacts with their texts stripped; only for a valid form. */
    public List<ContactLine> contactValues() {
        if (!isValid()) {
            throw new IllegalStateException("The customer form has problems: " + problems());
        }
        return contacts.stream().map(c -> new ContactLine(c.id(), c.name().strip(), c.role().strip(),
                c.phone().strip(), c.email().strip())).toList();
    }

    /** The credit limit in CNY, or null while it is invalid. */
    public BigDecimal creditLimit() {
        return value(CREDIT_LIMIT);
    }

    @Override
    protected void checkMore() {
        for (int i = 0; i < contacts.size(); i++) {
            ContactLine contact = contacts.get(i);
            for (FormField field : CONTACT_FIELDS) {
                Checked<?> result = FieldRules.check(field.column(), contact.get(field));
                if (!result.isValid()) {
                    problem(field, i + 1, contact.get(field), result.reason(), result.arguments());
                } else if (field.equals(CONTACT_EMAIL) && result.value() != null
                        && !EMAIL.matcher((String) result.value()).matches()) {
                    problem(field, i + 1, contact.get(field), Reason.NOT_EMAIL, List.of());
                }
            }
        }
    }

    @Override
    protected List<FormField> otherFields() {
        return CONTACT_FIELDS;
    }
}
