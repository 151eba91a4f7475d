package vn.partyreview.grading.points;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.partyreview.importer.ImportError;
import vn.partyreview.importer.ImportFileException;

/**
 * {@code POST /api/points-sheets}: administrators import scoring sheets, multipart with a part {@code file} (.xlsx
 * with a sheet {@code items}) or {@code items} (CSV). {@code GET /api/points-sheets/applicable}: the sheet that
 * applies to an organisation's subjects, for any signed-in user.
 */
@RestController
@RequestMapping("/api/points-sheets")
class PointsSheetsController {

    record Imported(List<Map<String, Object>> sheets) {
    }

    record Rejected(List<ImportError> errors) {
    }

    record Message(String message) {
    }

    private final PointsSheets sheets;
    private final IdentityService identityService;

    PointsSheetsController(PointsSheets sheets, IdentityService identityService) {
        this.sheets = sheets;
        this.identityService = identityService;
    }

    @PostMapping(consumes = "multipart/form-data")
    ResponseEntity<?> importSheets(MultipartHttpServletRequest request) throws IOException {
        Authentication caller = identityService.getCurrentAuthentication();
        if (caller == null || caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN)
                    .body(new Message("Chỉ quản trị viên mới được nhập biểu chấm điểm"));
        }
        Map<String, MultipartFile> parts = request.getFileMap();
        if (parts.size() != 1 || !(parts.containsKey("file") || parts.containsKey(ItemRows.TABLE))) {
            throw new ImportFileException("Gửi một tệp: .xlsx (phần 'file') hoặc CSV (phần 'items')");
        }
        SheetImport.Result result;
        try (InputStream input = parts.values().iterator().next().getInputStream()) {
            result = parts.containsKey("file") ? sheets.importWorkbook(input) : sheets.importCsv(input);
        }
        if (!result.errors().isEmpty()) {
            return ResponseEntity.badRequest().body(new Rejected(result.errors()));
        }
        return ResponseEntity.ok(new Imported(result.sheets().stream().map(sheet -> Map.<String, Object>of(
                "kind", sheet.kind().name(), "owner", sheet.owner(), "sector", sheet.sector() == null ? "" : sheet.sector(),
                "items", sheet.items().size())).toList()));
    }

    @GetMapping("/applicable")
    ResponseEntity<?> applicable(@RequestParam String kind, @RequestParam String org,
                                 @RequestParam(required = false) String sector) {
        SheetKind sheetKind;
        try {
            sheetKind = SheetKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            return ResponseEntity.badRequest().body(Map.of("errors", List.of(Map.of("field", "kind",
                    "message", "Loại biểu không hợp lệ '" + kind + "'"))));
        }
        return sheets.applicable(sheetKind, org, sector).<ResponseEntity<?>>map(ResponseEntity::ok)
                .orElse(ResponseEntity.notFound().build());
    }

    @ExceptionHandler(ImportFileException.class)
    ResponseEntity<Message> unreadable(ImportFileException exception) {
        return ResponseEntity.badRequest().body(new Message(exception.getMessage()));
    }
}
