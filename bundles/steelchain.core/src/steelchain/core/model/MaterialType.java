package steelchain.core.model;

/** Kinds of raw and auxiliary material a steel plant buys. */
public enum MaterialType {
    IRON_ORE, COKE, COAL, SCRAP, FERROALLOY, LIMESTONE, ZINC, REFRACTORY
}
