/** The report API, its CSV/JSON and open-data exports, and the report page with server-rendered charts. */
package org.opencities.testbench.feedback.report.web;
