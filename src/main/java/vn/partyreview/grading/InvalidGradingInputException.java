package vn.partyreview.grading;

import java.util.List;
import java.util.stream.Collectors;

public class InvalidGradingInputException extends RuntimeException {

    private final List<InputError> errors;

    public InvalidGradingInputException(List<InputError> errors) {
        super(errors.stream().map(error -> error.field() + ": " + error.message()).collect(Collectors.joining("; ")));
        this.errors = List.copyOf(errors);
    }

    public List<InputError> errors() {
        return errors;
    }
}
