/** Platform monitoring: the health report that the Monitor view and the {@code health} job show. */
package steelchain.monitor;
