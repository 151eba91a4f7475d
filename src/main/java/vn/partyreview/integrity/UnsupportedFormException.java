package vn.partyreview.integrity;

/** A deployed form uses something the server cannot validate as the browser does: its submissions are refused. */
class UnsupportedFormException extends RuntimeException {

    UnsupportedFormException(String message) {
        super(message);
    }
}
