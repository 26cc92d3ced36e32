package steelchain.core.model;

/** The industry a customer buys steel for. */
public enum Industry {
    AUTOMOTIVE, CONSTRUCTION, APPLIANCES, MACHINERY, SHIPBUILDING, ENERGY, CONTAINERS, TRADING
}
