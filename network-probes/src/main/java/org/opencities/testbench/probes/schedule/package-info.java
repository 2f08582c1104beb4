/**
 * When measurements run, after perfSONAR pScheduler: repeating tasks with a slip window, runs with
 * their states, one exclusive run per endpoint at a time and priorities that pre-empt. Pure Java.
 */
package org.opencities.testbench.probes.schedule;
