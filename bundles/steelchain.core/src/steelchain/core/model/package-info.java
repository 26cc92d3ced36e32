/**
 * The shared steel model every module works on: customers, steel grades and product
 * specifications, plants, warehouses, work centres, suppliers, materials, sales orders.
 * Plain JPA entities; business keys (codes, order numbers) are unique and are what users see.
 */
package steelchain.core.model;
