package steelchain.core.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A company that buys steel. Users know it by its {@link #getCode() code}. */
@Entity
@Table(name = "CUSTOMER")
public class Customer extends BaseEntity {

    @Column(name = "CODE", length = 32, nullable = false, unique = true)
    private String code;
    @Column(name = "NAME", length = 200, nullable = false)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "INDUSTRY", length = 20, nullable = false)
    private Industry industry;
    @Embedded
    private Location location = new Location();
    /** In CNY. */
    @Column(name = "CREDIT_LIMIT", precision = 16, scale = 2, nullable = false)
    private BigDecimal creditLimit = BigDecimal.ZERO;
    @Enumerated(EnumType.STRING)
    @Column(name = "GRADE", length = 1, nullable = false)
    private CustomerGrade grade = CustomerGrade.C;
    @OneToMany(mappedBy = "customer", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("name")
    private List<Contact> contacts = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String code, String name, Industry industry) {
        this.code = code;
        this.name = name;
        this.industry = industry;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Industry getIndustry() {
        return industry;
    }

    public void setIndustry(Industry industry) {
        this.industry = industry;
    }

    public Location getLocation() {
        return location;
    }

    public void setLocation(Location location) {
        this.location = location;
    }

    public BigDecimal getCreditLimit() {
        return creditLimit;
    }

    public void setCreditLimit(BigDecimal creditLimit) {
        this.creditLimit = creditLimit;
    }

    public CustomerGrade getGrade() {
        return grade;
    }

    public void setGrade(CustomerGrade grade) {
        this.grade = grade;
    }

    public List<Contact> getContacts() {
        return contacts;
    }

    public Contact addContact(String contactName, String role, String phone, String email) {
        Contact contact = new Contact(this, contactName, role, phone, email);
        contacts.add(contact);
        return contact;
    }
}
