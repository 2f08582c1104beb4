package org.opencities.testbench.probes.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.opencities.testbench.probes.ProbesModule;
import org.opencities.testbench.probes.agent.AgentNotFound;
import org.opencities.testbench.probes.history.InvalidMeasurementQuery;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where the probes' exceptions become RFC 9457 problem details. Validation
 * failures list every offending field with its reason under {@code errors}.
 */
@RestControllerAdvice(basePackageClasses = ProbesModule.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProbesProblems extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://opencities.example/problems/validation");

    @ExceptionHandler(AgentNotFound.class)
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(InvalidMeasurementQuery.class)
    ResponseEntity<Object> badQuery(InvalidMeasurementQuery e) {
        return validationProblem(List.of(Map.of("field", e.field(), "reason", e.reason())), null);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badValue(IllegalArgumentException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "reason", String.valueOf(error.getDefaultMessage())))
                .toList();
        return validationProblem(errors, headers);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var errors = e.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", parameterName(result), "reason",
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return validationProblem(errors, headers);
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "argument " + result.getMethodParameter().getParameterIndex() : name;
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, @Nullable HttpHeaders headers) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }
}
