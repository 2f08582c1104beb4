/** Segment measurements and pilots' scored responses in the feedback schema. */
package org.opencities.testbench.feedback.qos.persistence;
