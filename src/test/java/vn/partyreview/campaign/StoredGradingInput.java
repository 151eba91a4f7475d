package vn.partyreview.campaign;

import vn.partyreview.subjects.CampaignSubjects;

/** Test double of {@link CampaignSubjects} answering the grading input of any subject. */
public class StoredGradingInput {

    static final String CRITERIA = "[{\"code\": \"chuc-trach-nhiem-vu\", \"key\": true, \"rating\": \"TOT\"}]";
    static final String FACTS = "{\"subordinateLevels\": [\"HTTNV\"]}";

    public String criteria(String campaignId, String subjectType, String subjectCode) {
        return CRITERIA;
    }

    public String facts(String campaignId, String subjectType, String subjectCode) {
        return FACTS;
    }
}
