/** Testers' data rights: everything kept about them as one download, erasure, and the retention of free text. */
package org.opencities.testbench.feedback.rights;
