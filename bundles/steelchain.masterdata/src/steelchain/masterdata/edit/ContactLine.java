package steelchain.masterdata.edit;

import steelchain.core.model.Contact;

/**
 * One contact in the customer editor: name, role, phone and e-mail as typed; empty, never
 * null, for a field not filled.
 *
 * @param id the contact's database id, or null for a contact added in the editor
 */
public record ContactLine(Long id, String name, String role, String phone, String email) {

    public ContactLine {
        name = name == null ? "" : name;
        role = role == null ? "" : role;
        phone = phone == null ? "" : phone;
        email = email == null ? "" : email;
    }

    static ContactLine of(Contact contact) {
        return new ContactLine(contact.getId(), contact.getName(), contact.getRole(), contact.getPhone(),
                contact.getEmail());
    }

    /** The text of one of the {@link CustomerForm#CONTACT_FIELDS}. */
    public String get(FormField field) {
        if (field.equals(CustomerForm.CONTACT_NAME)) {
            return name;
        }
        if (field.equals(CustomerForm.CONTACT_ROLE)) {
            return role;
        }
        if (field.equals(CustomerForm.CONTACT_PHONE)) {
            return phone;
        }
        if (field.equals(CustomerForm.CONTACT_EMAIL)) {
            return email;
        }
        throw new IllegalArgumentException("Not a contact field: " + field.key());
    }

    /** This contact with {@code field} set to {@code text}. */
    public ContactLine with(FormField field, String text) {
        return new ContactLine(id, field.equals(CustomerForm.CONTACT_NAME) ? text : name,
                field.equals(CustomerForm.CONTACT_ROLE) ? text : role,
                field.equals(CustomerForm.CONTACT_PHONE) ? text : phone,
                field.equals(CustomerForm.CONTACT_EMAIL) ? text : email);
    }
}
