package vn.partyreview.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/import}: multipart with one part {@code file} (.xlsx) or CSV parts named after the tables.
 * Administrators only, since the answer carries the new users' initial passwords.
 */
@RestController
@RequestMapping("/api/import")
class ImportController {

    record Imported(Map<String, Integer> counts, List<CreatedUser> createdUsers) {
    }

    record Rejected(List<ImportError> errors) {
    }

    record Message(String message) {
    }

    private final ImportService importService;
    private final IdentityService identityService;

    ImportController(ImportService importService, IdentityService identityService) {
        this.importService = importService;
        this.identityService = identityService;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<?> importFile(MultipartHttpServletRequest request) throws IOException {
        if (!isAdministrator()) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(new Message("Chỉ quản trị viên mới được nhập dữ liệu"));
        }
        Map<String, MultipartFile> parts = request.getFileMap();
        ImportResult result;
        if (parts.isEmpty()) {
            throw new ImportFileException("Chưa chọn tệp để nhập");
        } else if (parts.containsKey("file")) {
            if (parts.size() > 1) {
                throw new ImportFileException("Gửi một tệp .xlsx (phần 'file') hoặc các tệp CSV, không gửi cả hai");
            }
            try (InputStream xlsx = parts.get("file").getInputStream()) {
                result = importService.importWorkbook(xlsx);
            }
        } else {
            result = importService.importCsv(inMemory(parts));
        }
        return result.succeeded()
                ? ResponseEntity.ok(new Imported(result.counts(), result.createdUsers()))
                : ResponseEntity.badRequest().body(new Rejected(result.errors()));
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<Message> unreadable(ImportFileException exception) {
        return ResponseEntity.badRequest().body(new Message(exception.getMessage()));
    }

    private boolean isAdministrator() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getGroupIds() != null
                && authentication.getGroupIds().contains(Groups.CAMUNDA_ADMIN);
    }

    /** In memory, so no stream is left open; uploads are capped by spring.servlet.multipart.max-file-size. */
    private static Map<String, InputStream> inMemory(Map<String, MultipartFile> parts) throws IOException {
        Map<String, InputStream> streams = new LinkedHashMap<>();
        for (Map.Entry<String, MultipartFile> part : parts.entrySet()) {
            streams.put(part.getKey(), new ByteArrayInputStream(part.getValue().getBytes()));
        }
        return streams;
    }
}
