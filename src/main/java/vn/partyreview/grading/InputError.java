package vn.partyreview.grading;

/** One rejected input field, e.g. {@code criteria[0].rating}, with a Vietnamese message. */
public record InputError(String field, String message) {
}
