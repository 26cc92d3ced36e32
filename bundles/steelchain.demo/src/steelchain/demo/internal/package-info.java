/** The {@code demo-data} batch job: writes a generated demo plant into the product's database. */
package steelchain.demo.internal;
