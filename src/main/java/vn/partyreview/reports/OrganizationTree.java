package vn.partyreview.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.partyreview.organization.Organization;

/** The organisations read in the caller's transaction, as a tree walked from a campaign's root. */
final class OrganizationTree {

    /** An organisation and how deep it lies below the root (the root at 0). */
    record Node(Organization organization, int depth) {
    }

    private final Map<String, Organization> byCode = new LinkedHashMap<>();
    private final Map<String, List<Organization>> children = new HashMap<>();

    OrganizationTree(List<Organization> organizations) {
        organizations.stream().sorted(Comparator.comparing(Organization::getCode)).forEach(organization -> {
            byCode.put(organization.getCode(), organization);
            if (organization.getParent() != null) {
                children.computeIfAbsent(organization.getParent().getCode(), code -> new ArrayList<>())
                        .add(organization);
            }
        });
    }

    Optional<Organization> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The root and everything below it, each parent before its children. */
    List<Node> subtree(Organization root) {
        List<Node> nodes = new ArrayList<>();
        collect(root, 0, nodes);
        return nodes;
    }

    private void collect(Organization organization, int depth, List<Node> nodes) {
        nodes.add(new Node(organization, depth));
        children.getOrDefault(organization.getCode(), List.of())
                .forEach(child -> collect(child, depth + 1, nodes));
    }
}
