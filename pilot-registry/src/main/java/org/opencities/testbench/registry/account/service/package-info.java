/** Registration and confirmation of SME accounts, and logging in with them. */
package org.opencities.testbench.registry.account.service;
