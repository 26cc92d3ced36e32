package steelchain.core.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/** A customer's order; users know it by its {@link #getOrderNumber() order number}. */
@Entity
@Table(name = "SALES_ORDER")
public class SalesOrder extends BaseEntity {

    @Column(name = "ORDER_NUMBER", length = 32, nullable = false, unique = true)
    private String orderNumber;
    @ManyToOne(optional = false)
    @JoinColumn(name = "CUSTOMER_ID", nullable = false)
    private Customer customer;
    @Column(name = "ORDER_DATE", nullable = false)
    private LocalDate orderDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", length = 16, nullable = false)
    private OrderStatus status = OrderStatus.OPEN;
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("lineNumber")
    private List<OrderLine> lines = new ArrayList<>();

    protected SalesOrder() {
    }

    public SalesOrder(String orderNumber, Customer customer, LocalDate orderDate) {
        this.orderNumber = orderNumber;
        this.customer = customer;
        this.orderDate = orderDate;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LocalDate getOrderDate() {
        return orderDate;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public List<OrderLine> getLines() {
        return lines;
    }

    /** Adds a line numbered after the last one. */
    public OrderLine addLine(ProductForm form, SteelGrade grade, BigDecimal thicknessMm, BigDecimal widthMm,
            BigDecimal tonnes, LocalDate dueDate, BigDecimal priceCnyPerTonne) {
        OrderLine line = new OrderLine(this, lines.size() + 1, form, grade, thicknessMm, widthMm, tonnes, dueDate,
                priceCnyPerTonne);
        lines.add(line);
        return line;
    }

    /** Total ordered weight in tonnes. */
    public BigDecimal totalTonnes() {
        return lines.stream().map(OrderLine::getTonnes).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Total value in CNY. */
    public BigDecimal totalValueCny() {
        return lines.stream().map(OrderLine::valueCny).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
