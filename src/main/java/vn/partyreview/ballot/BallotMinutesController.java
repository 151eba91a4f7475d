package vn.partyreview.ballot;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The minutes of a closed session, for its chair group (counting committee) and administrators only. */
@RestController
@RequestMapping("/api/ballots")
class BallotMinutesController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final BallotBox box;
    private final BallotTally tally;
    private final BallotMinutes minutes;
    private final IdentityService identityService;

    BallotMinutesController(BallotBox box, BallotTally tally, BallotMinutes minutes, IdentityService identityService) {
        this.box = box;
        this.tally = tally;
        this.minutes = minutes;
        this.identityService = identityService;
    }

    @GetMapping("/{sessionId}/minutes.docx")
    ResponseEntity<?> minutes(@PathVariable String sessionId) {
        BallotSession session = box.session(sessionId).orElse(null);
        if (session == null) {
            return error(HttpStatus.NOT_FOUND, "Không tìm thấy phiên bỏ phiếu.");
        }
        if (!mayRead(session)) {
            return error(HttpStatus.FORBIDDEN, "Chỉ Ban kiểm phiếu của phiên và quản trị viên được xem biên bản.");
        }
        if (session.isOpen()) {
            return error(HttpStatus.CONFLICT, BallotTally.STILL_OPEN);
        }
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("bien-ban-kiem-phieu-" + sessionId + ".docx").build().toString())
                .body(minutes.render(tally.result(session)));
    }

    private boolean mayRead(BallotSession session) {
        Authentication caller = identityService.getCurrentAuthentication();
        return caller != null && caller.getGroupIds() != null
                && (caller.getGroupIds().contains(session.chairGroup())
                || caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN));
    }

    private static ResponseEntity<Map<String, String>> error(HttpStatus status, String message) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(Map.of("error", message));
    }
}
