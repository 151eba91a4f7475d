package vn.partyreview.campaign;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/campaigns")
public class CampaignResultsController {

    private final CampaignResults results;

    public CampaignResultsController(CampaignResults results) {
        this.results = results;
    }

    @GetMapping("/{id}/results")
    public ResponseEntity<List<SubjectResult>> results(@PathVariable long id) {
        return ResponseEntity.of(results.of(id));
    }
}
