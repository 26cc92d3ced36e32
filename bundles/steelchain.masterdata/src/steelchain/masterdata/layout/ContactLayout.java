package steelchain.masterdata.layout;

import java.util.List;

/**
 * The fields of a customer's contact, with the lengths of the contact table. Not part of any
 * CSV file: contacts are entered in the customer editor.
 */
public final class ContactLayout {

    public static final Column NAME = Column.text("contact_name", "联系人", 100).required();
    public static final Column ROLE = Column.text("contact_role", "职务", 60);
    public static final Column PHONE = Column.text("phone", "电话", 40);
    public static final Column EMAIL = Column.text("email", "电子邮件", 120);

    public static final List<Column> COLUMNS = List.of(NAME, ROLE, PHONE, EMAIL);

    private ContactLayout() {
    }
}
