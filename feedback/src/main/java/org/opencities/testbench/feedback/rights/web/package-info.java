/** Testers' data rights over HTTP: the download and erasure API, the my-data page, campaigns' retention settings. */
package org.opencities.testbench.feedback.rights.web;
