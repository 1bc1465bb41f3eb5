package vn.protocolbrief.store;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import vn.protocolbrief.domain.Agreement;
import vn.protocolbrief.domain.AidProject;
import vn.protocolbrief.domain.KeyFigure;
import vn.protocolbrief.domain.LocalityLink;
import vn.protocolbrief.domain.Sensitivity;

/**
 * Agreements, aid projects, key figures, locality links and sensitivities, bound to one transaction
 * ({@link Work#facts}): each saved and deleted whole, by the kind the change log calls it.
 */
public final class WorkFacts {
    private final Handle h;
    private final Repositories repos;

    WorkFacts(Handle h, Repositories repos) {
        this.h = h;
        this.repos = repos;
    }

    public void save(Agreement a) {
        repos.agreements().upsert(h, a);
    }

    public void save(AidProject a) {
        repos.aidProjects().upsert(h, a);
    }

    public void save(KeyFigure k) {
        repos.keyFigures().upsert(h, k);
    }

    public void save(LocalityLink l) {
        repos.localityLinks().upsert(h, l);
    }

    public void save(Sensitivity s) {
        repos.sensitivities().upsert(h, s);
    }

    /** What the record of {@code kind} ("agreement", "aid", "figure", "link", "sensitivity") is called in the trash. */
    public Optional<String> label(String kind, String id) {
        return switch (kind) {
            case "agreement" -> repos.agreements().label(h, id);
            case "aid" -> repos.aidProjects().label(h, id);
            case "figure" -> repos.keyFigures().label(h, id);
            case "link" -> repos.localityLinks().label(h, id);
            case "sensitivity" -> repos.sensitivities().label(h, id);
            default -> throw new IllegalArgumentException("Not a fact kind: " + kind);
        };
    }

    /** Deletes the record of {@code kind}; false when there is none. */
    public boolean delete(String kind, String id) {
        return switch (kind) {
            case "agreement" -> repos.agreements().delete(h, id);
            case "aid" -> repos.aidProjects().delete(h, id);
            case "figure" -> repos.keyFigures().delete(h, id);
            case "link" -> repos.localityLinks().delete(h, id);
            case "sensitivity" -> repos.sensitivities().delete(h, id);
            default -> throw new IllegalArgumentException("Not a fact kind: " + kind);
        };
    }
}
