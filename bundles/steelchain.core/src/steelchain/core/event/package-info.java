/** Events that modules publish and listen to through OSGi EventAdmin. */
package steelchain.core.event;
