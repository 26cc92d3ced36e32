package steelchain.core.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A person at a customer: buyer, quality engineer, accounts payable. */
@Entity
@Table(name = "CONTACT")
public class Contact extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Column(name = "NAME", length = 100, nullable = false)
    private String name;
    @Column(name = "CONTACT_ROLE", length = 60)
    private String role;
    @Column(name = "PHONE", length = 40)
    private String phone;
    @Column(name = "EMAIL", length = 120)
    private String email;

    protected Contact() {
    }

    Contact(Customer customer, String name, String role, String phone, String email) {
        this.customer = customer;
        this.name = name;
        this.role = role;
        this.phone = phone;
        this.email = email;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getName() {
        return name;
    }

    public String getRole() {
        return role;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }
}
