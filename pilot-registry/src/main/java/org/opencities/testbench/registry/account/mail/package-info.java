/** The implementations of the mail sender SPI: a real mail server over SMTP, or an outbox table for development. */
package org.opencities.testbench.registry.account.mail;
