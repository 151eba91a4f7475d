package vn.partyreview.integrity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes refusals in the engine REST API's error format, which Tasklist shows: its {@code message} is what the
 * official reads in the notification; {@code errors} names each field for API clients.
 */
final class Refusals {

    static final String NOT_ALLOWED = "Không được phép: tài khoản của đồng chí chỉ được xem dữ liệu, nhận việc và "
            + "hoàn thành công việc của mình bằng biểu mẫu của công việc đó.";
    static final String NOT_FOR_OTHERS = "Không được phép: đồng chí chỉ được nhận công việc cho chính mình.";
    static final String NO_FORM = "Không được phép: công việc này không có biểu mẫu được triển khai, chỉ quản trị "
            + "viên mới hoàn thành được.";
    static final String UNSUPPORTED_FORM = "Không được phép: biểu mẫu của công việc này dùng loại trường máy chủ "
            + "chưa kiểm tra được; đề nghị quản trị viên sửa biểu mẫu.";
    static final String NOT_YOURS = "Không được phép: đồng chí không có quyền với công việc hoặc quy trình này.";

    static final String UPDATED_MEANWHILE = "Hệ thống vừa cập nhật quy trình của công việc này cùng lúc (ví dụ một "
            + "thời hạn vừa đến); lần gửi này chưa được ghi nhận và không thay đổi gì, đồng chí vui lòng gửi lại.";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Refusals() {
    }

    static void invalid(HttpServletResponse response, List<FieldError> errors) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", errors.stream().map(FieldError::message).collect(Collectors.joining(" ")));
        body.put("errors", errors);
        write(response, HttpServletResponse.SC_BAD_REQUEST, body);
    }

    static void notFound(HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "InvalidRequestException");
        body.put("message", "Không tìm thấy công việc này: có thể công việc đã được hoàn thành.");
        write(response, HttpServletResponse.SC_NOT_FOUND, body);
    }

    /** The task was completed by another submission meanwhile (sent twice at once): this one changed nothing. */
    static void alreadyCompleted(HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "TaskAlreadyCompletedException");
        body.put("message", "Công việc này vừa được hoàn thành bởi một lần gửi khác (có thể đồng chí đã gửi hai lần); "
                + "lần gửi này không được ghi nhận và không thay đổi gì.");
        write(response, HttpServletResponse.SC_CONFLICT, body);
    }

    /** The engine's own work (a due timer, a continuation) updated the task's process meanwhile: send again. */
    static void updatedMeanwhile(HttpServletResponse response) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "OptimisticLockingException");
        body.put("message", UPDATED_MEANWHILE);
        write(response, HttpServletResponse.SC_CONFLICT, body);
    }

    static void forbidden(HttpServletResponse response, String reason) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "AuthorizationException");
        body.put("message", reason);
        write(response, HttpServletResponse.SC_FORBIDDEN, body);
    }

    private static void write(HttpServletResponse response, int status, Map<String, Object> body)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.setCharacterEncoding("UTF-8");
        // bytes, not the writer: a refusal replacing the engine's answer comes after the engine took the stream
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
