package org.opencities.testbench.orchestrator.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencities.testbench.orchestrator.Conflict;
import org.opencities.testbench.orchestrator.NotFound;
import org.opencities.testbench.orchestrator.OrchestratorModule;
import org.opencities.testbench.orchestrator.Unprocessable;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.lang.Nullable;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where the orchestrator's exceptions become RFC 9457 problem details. Validation
 * failures list every offending field with its reason under {@code errors}.
 */
@RestControllerAdvice(basePackageClasses = OrchestratorModule.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class OrchestratorProblems extends ResponseEntityExceptionHandler {

    private static final URI VALIDATION = URI.create("https://opencities.example/problems/validation");

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler(Unprocessable.class)
    ProblemDetail unprocessable(Unprocessable e) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
        if (e.field() != null) {
            problem.setProperty("errors", List.of(e.fieldError()));
        }
        e.details().forEach(problem::setProperty);
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
                        .map(error -> Map.of("field", field(result, error), "reason",
                                String.valueOf(error.getDefaultMessage()))))
                .toList();
        return validationProblem(errors, headers);
    }

    /** A body Jackson cannot read names the field it stopped at and, for enums, the values it takes. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (!(e.getMostSpecificCause() instanceof DatabindException unreadable) || unreadable.getPath().isEmpty()) {
            return validationProblem(List.of(Map.of("field", "body", "reason", "must be a JSON document of the documented shape")),
                    headers);
        }
        String field = unreadable.getPath().stream()
                .map(reference -> reference.getPropertyName() != null ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String reason = unreadable instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                ? "must be one of " + Arrays.toString(invalid.getTargetType().getEnumConstants())
                : "must be a value of type " + (unreadable instanceof MismatchedInputException mismatch
                        && mismatch.getTargetType() != null ? mismatch.getTargetType().getSimpleName() : "the documented one");
        return validationProblem(List.of(Map.of("field", field, "reason", reason)), headers);
    }

    /** A body's field by its name in the body (as when the body alone is validated), any other parameter by its own name. */
    private static String field(ParameterValidationResult result, MessageSourceResolvable error) {
        return error instanceof FieldError field ? field.getField() : parameterName(result);
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
