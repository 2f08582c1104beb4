/** Registered SME accounts: self-registration, e-mail confirmation tokens and the mail sender SPI. */
package org.opencities.testbench.registry.account;
