/** Apps stored with portable SQL through JdbcClient. */
package org.opencities.testbench.registry.app.persistence;
