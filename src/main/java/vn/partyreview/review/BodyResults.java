package vn.partyreview.review;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.partyreview.facts.FactNames;
import vn.partyreview.facts.SubjectFacts;
import vn.partyreview.grading.rules.Level;
import vn.partyreview.organization.BodyKind;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.OrganizationRepository;
import vn.partyreview.organization.PartyBody;
import vn.partyreview.organization.PartyBodyRepository;

/**
 * The non-party bodies' own results, reported to the committee of their level before it is graded [H C.2-3: UBND's
 * rating of the basic government, MTTQ's and the mass organisations' results by 20/12; P C.2.3, 2.6: by 05/12]. Each
 * is recorded as a fact of the organisation ({@link FactNames#BODY_RESULTS}) that its standards read [P II.1.4].
 * The model calls these as {@code ${bodyResults.reportingBodyCodes(orgCode)}}.
 */
@Service("bodyResults")
@Transactional
public class BodyResults {

    /** The grading API fact each reporting kind of body feeds; HĐND reports with UBND's rating of the government. */
    private static final Map<BodyKind, String> FACT_BY_KIND = Map.of(
            BodyKind.UBND_LEADERSHIP, FactNames.GOVERNMENT_LEVEL,
            BodyKind.MTTQ_STANDING, FactNames.MTTQ_LEVEL,
            BodyKind.MASS_ORGANIZATION, FactNames.MASS_ORGANIZATION_LEVELS);

    private final OrganizationRepository organizations;
    private final PartyBodyRepository bodies;
    private final SubjectFacts facts;

    BodyResults(OrganizationRepository organizations, PartyBodyRepository bodies, SubjectFacts facts) {
        this.organizations = organizations;
        this.bodies = bodies;
        this.facts = facts;
    }

    /** The bodies of the organisation's own level that report a result: UBND, MTTQ, the mass organisations. */
    @Transactional(readOnly = true)
    public List<String> reportingBodyCodes(String orgCode) {
        return reporting(organization(orgCode)).stream().map(PartyBody::getCode).sorted().toList();
    }

    /** The body's name, for the report form's title. */
    @Transactional(readOnly = true)
    public String bodyName(String bodyCode) {
        return bodies.findByCode(bodyCode).map(PartyBody::getName).orElseThrow();
    }

    /** Records one body's result on the organisation; only a reporting body of that organisation in our records. */
    public void record(String campaignId, String orgCode, String bodyCode, Level level, String reportedBy) {
        PartyBody body = reporting(organization(orgCode)).stream()
                .filter(candidate -> candidate.getCode().equals(bodyCode)).findFirst()
                .orElseThrow(() -> new IllegalStateException(bodyCode + " không báo cáo kết quả cho " + orgCode));
        facts.recordBodyResult(campaignId, orgCode, bodyCode, FACT_BY_KIND.get(body.getKind()), level, reportedBy);
    }

    private List<PartyBody> reporting(Organization org) {
        return bodies.findByOrganization(org).stream().filter(body -> FACT_BY_KIND.containsKey(body.getKind()))
                .toList();
    }

    private Organization organization(String code) {
        return organizations.findByCode(code)
                .orElseThrow(() -> new IllegalStateException("Không tìm thấy tổ chức đảng " + code));
    }
}
