package vn.partyreview.grading.rules;

public class UnknownRuleSetException extends RuntimeException {

    public UnknownRuleSetException(String id) {
        super("Không có bộ tiêu chuẩn xếp loại \"" + id + "\"");
    }
}
