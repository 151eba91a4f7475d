package vn.partyreview.documents;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * SPEC §13: the list of an organisation's documents and each document, for those who may read them; the dossier
 * as it was sent up ({@code sent.zip}), for them and the receiving office.
 */
@RestController
@RequestMapping("/api/campaigns/{id}/documents")
class DocumentsController {

    private static final String CODE = "[A-Za-z0-9._-]{1,64}";

    private final DossierDocuments documents;
    private final DossierSendings sendings;
    private final IdentityService identityService;

    DocumentsController(DossierDocuments documents, DossierSendings sendings, IdentityService identityService) {
        this.documents = documents;
        this.sendings = sendings;
        this.identityService = identityService;
    }

    @GetMapping
    ResponseEntity<?> list(@PathVariable String id, @RequestParam(name = "org", required = false) String org) {
        ResponseEntity<?> invalid = invalid(id, org);
        if (invalid != null) {
            return invalid;
        }
        DossierDocuments.Answer<List<DossierDocuments.Document>> answer =
                documents.list(Long.parseLong(id), org, identityService.getCurrentAuthentication());
        return answer.refusal() != null ? refused(answer.refusal()) : ResponseEntity.ok(answer.value());
    }

    @GetMapping("/{kind}/{subject}.{format}")
    ResponseEntity<?> file(@PathVariable String id, @PathVariable String kind, @PathVariable String subject,
                           @PathVariable String format, @RequestParam(name = "org", required = false) String org) {
        ResponseEntity<?> invalid = invalid(id, org);
        if (invalid != null) {
            return invalid;
        }
        return download(documents.file(Long.parseLong(id), org, kind, subject, format,
                identityService.getCurrentAuthentication()));
    }

    @GetMapping("/sent.zip")
    ResponseEntity<?> sent(@PathVariable String id, @RequestParam(name = "org", required = false) String org) {
        ResponseEntity<?> invalid = invalid(id, org);
        if (invalid != null) {
            return invalid;
        }
        return download(sendings.sent(Long.parseLong(id), org, identityService.getCurrentAuthentication()));
    }

    private static ResponseEntity<?> download(DossierDocuments.Answer<DossierDocuments.File> answer) {
        if (answer.refusal() != null) {
            return refused(answer.refusal());
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(answer.value().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(answer.value().name()).build().toString())
                .body(answer.value().content());
    }

    /** 400 naming the field in Vietnamese; null when the campaign id and organisation code are well formed. */
    private static ResponseEntity<?> invalid(String id, String org) {
        if (!id.matches("[0-9]{1,18}")) {
            return badRequest("id", "Mã đợt kiểm điểm phải là một số.");
        }
        if (org == null || org.isBlank()) {
            return badRequest("org", "Thiếu mã tổ chức đảng (org).");
        }
        if (!org.matches(CODE)) {
            return badRequest("org", "Mã tổ chức đảng (org) không hợp lệ.");
        }
        return null;
    }

    private static ResponseEntity<?> badRequest(String field, String message) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON).body(Map.of("type", "INVALID",
                "message", message, "errors", List.of(Map.of("field", field, "message", message))));
    }

    private static ResponseEntity<?> refused(DossierDocuments.Refusal refusal) {
        return refusal == DossierDocuments.Refusal.FORBIDDEN
                ? ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", "Không có quyền xem hồ sơ của tổ chức này."))
                : ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                        .body(Map.of("message", "Không tìm thấy đợt kiểm điểm, tổ chức hoặc tài liệu."));
    }
}
