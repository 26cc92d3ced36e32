/** How a business module announces itself to the shell and the batch runner. */
package steelchain.core.module;
