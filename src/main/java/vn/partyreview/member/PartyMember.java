package vn.partyreview.member;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

/** A party member (đảng viên); also a Camunda user whose id is {@link #getUserId()}. */
@Entity
@Table(name = "party_member")
public class PartyMember {

    /** Thời hạn dự bị (Điều lệ Đảng, Điều 5). */
    public static final int PROBATION_MONTHS = 12;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Party card number or the organisation's own member code. */
    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false, unique = true)
    private String userId;

    @Column(nullable = false)
    private String fullName;

    private String gender;

    private LocalDate birthDate;

    /** Null only for a leader who is not a party member ({@link MemberStatus#NON_PARTY}). */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "official_cell_id")
    private Organization officialCell;

    /** Chi bộ sinh hoạt tạm thời, which comments before grading at the official cell. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "temporary_cell_id")
    private Organization temporaryCell;

    /** Chi bộ nơi cư trú, which fills the residence comment form. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "residence_cell_id")
    private Organization residenceCell;

    /** Null only for a leader who is not a party member. */
    private LocalDate admittedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberStatus status;

    @Column(nullable = false)
    private boolean civilServant;

    /** Set for a member transferred in this year; the previous cell comments when the member spent 6 months there. */
    private LocalDate transferredInOn;

    private String previousCell;

    /** Phụ lục 4's sector for a civil servant without a post; null where not on record. */
    @Enumerated(EnumType.STRING)
    @Column(name = "work_sector")
    private WorkSector workSector;

    /** Đảng viên dự bị: reviewed and graded, but no vote (Điều lệ Đảng); the probation runs from admission. */
    @Column(nullable = false)
    private boolean probationary;

    /** The day the member was recognised as a full member (công nhận đảng viên chính thức), where known. */
    private LocalDate fullMembershipOn;

    @OneToMany(mappedBy = "member", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Position> positions = new ArrayList<>();

    protected PartyMember() {
    }

    public PartyMember(String code, String userId, String fullName, Organization officialCell, LocalDate admittedOn,
                       MemberStatus status, boolean civilServant) {
        this.code = code;
        this.userId = userId;
        this.fullName = fullName;
        this.officialCell = officialCell;
        this.admittedOn = admittedOn;
        this.status = status;
        this.civilServant = civilServant;
    }

    /** A leader who is not a party member: no cell, no admission, posts in non-party bodies only. */
    public static PartyMember nonPartyLeader(String code, String userId, String fullName, boolean civilServant) {
        return new PartyMember(code, userId, fullName, null, null, MemberStatus.NON_PARTY, civilServant);
    }

    /** Whether the person is a party member: everyone on record except a leader who is not one. */
    public boolean isPartyMember() {
        return status != MemberStatus.NON_PARTY;
    }

    public void describe(String gender, LocalDate birthDate) {
        this.gender = gender;
        this.birthDate = birthDate;
    }

    public void placeIn(Organization temporaryCell, Organization residenceCell) {
        this.temporaryCell = temporaryCell;
        this.residenceCell = residenceCell;
    }

    public void transferredIn(LocalDate on, String previousCell) {
        this.transferredInOn = on;
        this.previousCell = previousCell;
    }

    public void worksIn(WorkSector sector) {
        this.workSector = sector;
    }

    public void probation(boolean probationary, LocalDate fullMembershipOn) {
        this.probationary = probationary;
        this.fullMembershipOn = fullMembershipOn;
    }

    public void addPosition(PositionRole role, Organization organization, PartyBody body, String title) {
        positions.add(new Position(this, role, organization, body, title));
    }

    /** Whole months of party membership at the given date (members admitted under 6 months are not graded). */
    public int monthsSinceAdmission(LocalDate at) {
        return (int) Period.between(admittedOn, at).toTotalMonths();
    }

    /** Only full members vote: a probationary member is neither a voter nor in a ballot's denominator. */
    public boolean hasVote() {
        return isPartyMember() && !probationary;
    }

    /** When the 12-month probation ends for a probationary member; null for a full member. */
    public LocalDate probationEndsOn() {
        return probationary ? admittedOn.plusMonths(PROBATION_MONTHS) : null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getUserId() {
        return userId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getGender() {
        return gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public Organization getOfficialCell() {
        return officialCell;
    }

    public Organization getTemporaryCell() {
        return temporaryCell;
    }

    public Organization getResidenceCell() {
        return residenceCell;
    }

    public LocalDate getAdmittedOn() {
        return admittedOn;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public boolean isCivilServant() {
        return civilServant;
    }

    public LocalDate getTransferredInOn() {
        return transferredInOn;
    }

    public String getPreviousCell() {
        return previousCell;
    }

    public WorkSector getWorkSector() {
        return workSector;
    }

    public boolean isProbationary() {
        return probationary;
    }

    public LocalDate getFullMembershipOn() {
        return fullMembershipOn;
    }

    public List<Position> getPositions() {
        return Collections.unmodifiableList(positions);
    }
}
