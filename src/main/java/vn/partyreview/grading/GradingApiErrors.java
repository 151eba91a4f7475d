package vn.partyreview.grading;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.partyreview.grading.rules.UnknownRuleSetException;

/** Bad grading input answers 400 naming each field; scoped to this package so other modules keep their own style. */
@RestControllerAdvice(basePackageClasses = GradingController.class)
public class GradingApiErrors {

    public record Errors(List<InputError> errors) {
    }

    @ExceptionHandler(InvalidGradingInputException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Errors invalidInput(InvalidGradingInputException e) {
        return new Errors(e.errors());
    }

    @ExceptionHandler(UnknownRuleSetException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Errors unknownRuleSet(UnknownRuleSetException e) {
        return new Errors(List.of(new InputError("ruleSet", e.getMessage())));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public Errors unreadableBody(HttpMessageNotReadableException e) {
        return new Errors(List.of(new InputError("", "Nội dung yêu cầu không phải JSON hợp lệ")));
    }
}
