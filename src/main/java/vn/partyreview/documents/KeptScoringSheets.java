package vn.partyreview.documents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.partyreview.grading.points.ScoredSheet;
import vn.partyreview.grading.rules.SubjectType;
import vn.partyreview.subjects.CampaignSubject;
import vn.partyreview.subjects.CampaignSubjects;

/** The Biểu an organisation scored itself on with its self-assessment in a QĐ 132 campaign, as it was kept. */
@Component
class KeptScoringSheets {

    private final CampaignSubjects subjects;
    private final ObjectMapper mapper;

    KeptScoringSheets(CampaignSubjects subjects, ObjectMapper mapper) {
        this.subjects = subjects;
        this.mapper = mapper;
    }

    Optional<ScoredSheet> of(String campaignId, String orgCode) {
        return subjects.ownRecord(campaignId, SubjectType.PARTY_ORGANIZATION, orgCode)
                .map(CampaignSubject::getSheetScoringJson).map(this::read);
    }

    private ScoredSheet read(String json) {
        try {
            return mapper.readValue(json, ScoredSheet.class);
        } catch (JsonProcessingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
