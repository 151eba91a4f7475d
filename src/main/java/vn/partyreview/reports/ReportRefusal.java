package vn.partyreview.reports;

import org.springframework.http.HttpStatus;

/** Why a page is not shown: a bad address (400 naming the field), nothing there (404) or not for this caller (403). */
class ReportRefusal extends RuntimeException {

    static final String FORBIDDEN = "Đồng chí không có quyền xem trang này.";
    static final String NOT_FOUND = "Không tìm thấy đợt kiểm điểm, tổ chức hoặc đối tượng.";

    private final HttpStatus status;

    ReportRefusal(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    static ReportRefusal forbidden() {
        return new ReportRefusal(HttpStatus.FORBIDDEN, FORBIDDEN);
    }

    static ReportRefusal notFound() {
        return new ReportRefusal(HttpStatus.NOT_FOUND, NOT_FOUND);
    }

    static ReportRefusal badField(String field, String message) {
        return new ReportRefusal(HttpStatus.BAD_REQUEST, message + " (" + field + ")");
    }

    HttpStatus status() {
        return status;
    }
}
