package org.opencities.testbench.feedback.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencities.testbench.feedback.Conflict;
import org.opencities.testbench.feedback.FeedbackModule;
import org.opencities.testbench.feedback.Forbidden;
import org.opencities.testbench.feedback.Gone;
import org.opencities.testbench.feedback.InvalidRequest;
import org.opencities.testbench.feedback.NotFound;
import org.opencities.testbench.feedback.Unprocessable;
import org.opencities.testbench.feedback.Violation;
import org.opencities.testbench.feedback.instrument.InvalidAnswers;
import org.opencities.testbench.feedback.instrument.UnknownInstrument;
import org.opencities.testbench.feedback.tester.TesterToken;
import org.opencities.testbench.feedback.tester.UnknownTester;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where the feedback module's exceptions become RFC 9457 problem details.
 * Validation failures list every offending field with its reason under {@code errors}; answers
 * that are well-formed but cannot be scored are 422. Refusals by state name the field they concern:
 * 401 unknown tester token, 403 not this tester's or this caller's, 404 unknown, 409 state (published,
 * answered, not yet open, quota reached), 410 closed.
 */
@RestControllerAdvice(basePackageClasses = FeedbackModule.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class FeedbackProblems extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://opencities.example/problems/validation");
    private static final URI INVALID_ANSWERS = URI.create("https://opencities.example/problems/invalid-answers");
    private static final URI UNPROCESSABLE = URI.create("https://opencities.example/problems/unprocessable");

    @ExceptionHandler({UnknownInstrument.class, NotFound.class})
    ProblemDetail notFound(RuntimeException e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(UnknownTester.class)
    ProblemDetail unknownTester(UnknownTester e) {
        return withErrors(HttpStatus.UNAUTHORIZED, e.getMessage(), List.of(new Violation(TesterToken.HEADER, e.getMessage())));
    }

    @ExceptionHandler(Forbidden.class)
    ProblemDetail forbidden(Forbidden e) {
        return refusal(HttpStatus.FORBIDDEN, e);
    }

    @ExceptionHandler(Gone.class)
    ProblemDetail gone(Gone e) {
        return refusal(HttpStatus.GONE, e);
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return refusal(HttpStatus.CONFLICT, e);
    }

    @ExceptionHandler(Unprocessable.class)
    ProblemDetail unprocessable(Unprocessable e) {
        var problem = withErrors(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage(), e.violations());
        problem.setType(UNPROCESSABLE);
        return problem;
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        var problem = withErrors(HttpStatus.BAD_REQUEST, "The request has invalid fields", e.violations());
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        return problem;
    }

    @ExceptionHandler(InvalidAnswers.class)
    ProblemDetail unscorable(InvalidAnswers e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        problem.setType(INVALID_ANSWERS);
        problem.setTitle("Answers cannot be scored");
        problem.setProperty("instrument", e.instrument().code());
        return problem;
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

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var unreadable = databindCause(e);
        if (unreadable == null || unreadable.getPath().isEmpty()) {
            return validationProblem(List.of(Map.of("field", "body", "reason", "must be a JSON document of the documented shape")),
                    headers);
        }
        String field = unreadable.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String reason = "must be a value of type " + (unreadable instanceof MismatchedInputException mismatch
                && mismatch.getTargetType() != null ? mismatch.getTargetType().getSimpleName() : "the documented one");
        return validationProblem(List.of(Map.of("field", field, "reason", reason)), headers);
    }

    /** The JSON binding failure behind an unreadable body, which knows the path to the field. */
    @Nullable
    private static DatabindException databindCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabindException databind) {
                return databind;
            }
        }
        return null;
    }

    private static String parameterName(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        return name == null ? "argument " + result.getMethodParameter().getParameterIndex() : name;
    }

    private static ProblemDetail refusal(HttpStatus status, Conflict e) {
        return withErrors(status, e.getMessage(), List.of(new Violation(e.field(), e.getMessage())));
    }

    private static ProblemDetail withErrors(HttpStatus status, String detail, List<Violation> violations) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setProperty("errors", violations.stream()
                .map(violation -> Map.of("field", violation.field(), "reason", violation.reason())).toList());
        return problem;
    }

    private ResponseEntity<Object> validationProblem(List<Map<String, String>> errors, @Nullable HttpHeaders headers) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "The request has invalid fields");
        problem.setType(VALIDATION);
        problem.setTitle("Invalid request");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().headers(headers).body(problem);
    }
}
