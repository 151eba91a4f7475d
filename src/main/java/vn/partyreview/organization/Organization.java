package vn.partyreview.organization;

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
import java.time.LocalDate;

/** A party organisation: district committee, basic committee or cell. Its code is stable and names its groups. */
@Entity
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrganizationKind kind;

    @Enumerated(EnumType.STRING)
    private CellCategory category;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    private LocalDate establishedOn;

    protected Organization() {
    }

    public Organization(String code, String name, OrganizationKind kind, CellCategory category,
                        Organization parent, LocalDate establishedOn) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.category = category;
        this.parent = parent;
        this.establishedOn = establishedOn;
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

    public OrganizationKind getKind() {
        return kind;
    }

    public CellCategory getCategory() {
        return category;
    }

    public Organization getParent() {
        return parent;
    }

    public LocalDate getEstablishedOn() {
        return establishedOn;
    }

    /**
     * The Camunda tenant this organisation's work belongs to: the organisation itself from a basic organisation up
     * (a basic cell, a basic or district committee), the nearest such organisation above it for a cell. The one
     * rule of scope by subtree (SPEC I4); everything else derives from it.
     */
    public String tenantCode() {
        return kind == OrganizationKind.CELL && parent != null ? parent.tenantCode() : code;
    }
}
