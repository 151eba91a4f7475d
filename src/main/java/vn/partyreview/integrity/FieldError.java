package vn.partyreview.integrity;

/** One refused field: its variable name and a Vietnamese message that names it as the form labels it. */
record FieldError(String field, String message) {
}
