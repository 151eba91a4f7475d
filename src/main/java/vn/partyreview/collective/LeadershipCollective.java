package vn.partyreview.collective;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import vn.partyreview.member.PartyMember;
import vn.partyreview.organization.Organization;
import vn.partyreview.organization.PartyBody;

/**
 * A leadership collective (tập thể lãnh đạo, quản lý) of a party organisation or a non-party body; graded
 * never above its unit (SPEC §5.3).
 */
@Entity
@Table(name = "leadership_collective")
public class LeadershipCollective {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organization_id")
    private Organization organization;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "body_id")
    private PartyBody body;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "head_member_id")
    private PartyMember head;

    @ManyToMany
    @JoinTable(name = "collective_member",
            joinColumns = @JoinColumn(name = "collective_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<PartyMember> members = new LinkedHashSet<>();

    protected LeadershipCollective() {
    }

    public LeadershipCollective(String code, String name, Organization organization, PartyBody body,
                                PartyMember head) {
        if ((organization == null) == (body == null)) {
            throw new IllegalArgumentException("A collective leads exactly one organisation or body");
        }
        this.code = code;
        this.name = name;
        this.organization = organization;
        this.body = body;
        this.head = head;
        if (head != null) {
            members.add(head);
        }
    }

    public void addMember(PartyMember member) {
        members.add(member);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Organization getOrganization() {
        return organization;
    }

    public PartyBody getBody() {
        return body;
    }

    public PartyMember getHead() {
        return head;
    }

    public Set<PartyMember> getMembers() {
        return Collections.unmodifiableSet(members);
    }
}
