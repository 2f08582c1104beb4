/** Open calls, applications and jury work stored in the registry's schema with JdbcClient. */
package org.opencities.testbench.registry.call.persistence;
