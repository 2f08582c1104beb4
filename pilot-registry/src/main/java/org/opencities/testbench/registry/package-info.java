/** The pilot registry: the living lab's front door, from open calls to pilots and their testers. */
package org.opencities.testbench.registry;
