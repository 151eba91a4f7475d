package vn.partyreview.campaign;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignResultsController {

    private final CampaignResults results;
    private final CampaignReaders readers;
    private final IdentityService identityService;

    public CampaignResultsController(CampaignResults results, CampaignReaders readers,
                                     IdentityService identityService) {
        this.results = results;
        this.readers = readers;
        this.identityService = identityService;
    }

    @GetMapping("/{id}/results")
    public ResponseEntity<List<SubjectResult>> results(@PathVariable long id) {
        if (!readers.mayRead(id, identityService.getCurrentAuthentication())) {
            return ResponseEntity.status(HttpStatus.FORBIDDEN).build();
        }
        return ResponseEntity.of(results.of(id));
    }
}
