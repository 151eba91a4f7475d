package vn.partyreview.campaign;

import static vn.partyreview.process.ProcessContract.CAMPAIGN_ID;
import static vn.partyreview.process.ProcessContract.ROOT_ORG_CODE;

import vn.partyreview.process.ProcessContract;

/** The contract of {@code processes/campaign.bpmn}: one campaign over a root organisation's tree. */
public final class CampaignProcess {

    public static final String PROCESS_KEY = "campaign";
    /** Start form: the year graded. */
    public static final String YEAR = "year";
    /** The start form: year, root organisation, rule set and the deadlines ({@link Deadline}), blank ones defaulted. */
    public static final String START_FORM = "campaign-start";
    /**
     * Start form: the rule set (blank: {@link CampaignRuleSets#choose}); then the record's, shown in Cockpit. Nothing
     * reads the variable: forms and decisions read the campaign record.
     */
    public static final String RULE_SET = "ruleSet";

    public static final ProcessContract CONTRACT = ProcessContract.of(PROCESS_KEY)
            .inputs(YEAR, ROOT_ORG_CODE, RULE_SET)
            .inputs(Deadline.ALL.stream().map(Deadline::field).toArray(String[]::new))
            .owned(CAMPAIGN_ID)
            .build();

    private CampaignProcess() {
    }
}
