/** Batch jobs: the contract between modules and the headless runner. */
package steelchain.core.batch;
