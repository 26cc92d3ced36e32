package steelchain.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import steelchain.core.model.BaseEntity;
import steelchain.core.model.Customer;

/** An entity of a second contributor that refers to the core model: a note on a customer. */
@Entity
@Table(name = "TEST_CUSTOMER_NOTE")
public class CustomerNote extends BaseEntity {

    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Column(name = "NOTE_TEXT", length = 200, nullable = false)
    private String text;

    protected CustomerNote() {
    }

    public CustomerNote(Customer customer, String text) {
        this.customer = customer;
        this.text = text;
    }

    public Customer getCustomer() {
        return customer;
    }

    public String getText() {
        return text;
    }
}
