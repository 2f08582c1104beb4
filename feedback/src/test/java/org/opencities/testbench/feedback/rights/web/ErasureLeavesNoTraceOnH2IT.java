package org.opencities.testbench.feedback.rights.web;

import org.opencities.testbench.feedback.FeedbackTestApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** {@link ErasureLeavesNoTrace} against the module's H2 in PostgreSQL mode and the embedded broker. */
@SpringBootTest(classes = FeedbackTestApplication.class)
@AutoConfigureMockMvc
class ErasureLeavesNoTraceOnH2IT extends ErasureLeavesNoTrace {
}
