/** The state of the product's data store, as other bundles may ask for it. */
package steelchain.core.data;
