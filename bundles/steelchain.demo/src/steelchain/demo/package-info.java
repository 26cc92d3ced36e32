/**
 * A seeded generator of a believable Chinese steel company and its order history, as plain
 * entity objects of the shared model: for demonstrations, training and tests of the modules.
 */
package steelchain.demo;
