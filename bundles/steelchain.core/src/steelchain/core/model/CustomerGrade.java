package steelchain.core.model;

/** Credit and service grade of a customer, A best; drives pricing tiers and credit approval. */
public enum CustomerGrade {
    A, B, C, D
}
