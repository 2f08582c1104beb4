/** Accounts and confirmation tokens stored with portable SQL through JdbcClient. */
package org.opencities.testbench.registry.account.persistence;
