package vn.partyreview.member;

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
import jakarta.persistence.Table;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

/** A party, government or mass-organisation position held by a member; exactly one of organization or body is set. */
@Entity
@Table(name = "member_position")
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id")
    private PartyMember member;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PositionRole role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    private PartyBody body;

    @Column(nullable = false)
    private String title;

    protected Position() {
    }

    Position(PartyMember member, PositionRole role, Organization organization, PartyBody body, String title) {
        if ((organization == null) == (body == null)) {
            throw new IllegalArgumentException("A position belongs to exactly one organisation or body");
        }
        this.member = member;
        this.role = role;
        this.organization = organization;
        this.body = body;
        this.title = title;
    }

    public PositionRole getRole() {
        return role;
    }

    public Organization getOrganization() {
        return organization;
    }

    public PartyBody getBody() {
        return body;
    }

    public String getTitle() {
        return title;
    }

    /** Code of the organisation or body the position belongs to. */
    public String getUnitCode() {
        return organization != null ? organization.getCode() : body.getCode();
    }
}
