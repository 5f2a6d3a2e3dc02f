package org.ksrelations.recognition.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.kit.data.DatasetPages;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;
import org.ksrelations.recognition.api.Views;

import java.util.List;

/**
 * The downloadable datasets of recognition-service (the kit's {@code DatasetStore} builds and serves them): the states
 * with their stance and acts (each state as {@code GET /api/v1/states/{code}} serves it), and Kosovo's memberships.
 * Each is read as its list answers it ({@link DatasetPages}).
 */
@ApplicationScoped
public class RecognitionDatasets implements DatasetCatalog {

    static final StateFilter EVERY_STATE = new StateFilter(null, null, null, null, null);

    @Inject
    StateService states;

    @Inject
    MembershipService memberships;

    @Inject
    EntityManager em;

    @Override
    public List<DatasetSpec> datasets() {
        String byCode = Sorts.parse(null, Sorts.STATES);
        return List.of(
                new DatasetSpec("states", "The international recognition of Kosovo",
                        "Every state (and the Sovereign Military Order of Malta) with its region, UN membership and"
                                + " its stance towards Kosovo derived from its acts, and every act (recognition,"
                                + " withdrawal claimed, ...) with its date and sources.",
                        "StateDetail", "code", "state", List.of("acts"),
                        (lang, sink) -> DatasetPages.forEach(em, byCode,
                                after -> states.list(EVERY_STATE, byCode, DatasetPages.SIZE, after, false),
                                s -> sink.accept(Views.detail(s)))),
                new DatasetSpec("memberships", "Kosovo's memberships of international organisations",
                        "Kosovo's memberships of, and applications to, international organisations, with their"
                                + " dated steps and sources.",
                        "Membership", "slug", "membership", List.of("events", "sources"),
                        (lang, sink) -> DatasetPages.forEach(em, "slug",
                                after -> memberships.list(null, null, null, null, DatasetPages.SIZE, after, false),
                                m -> sink.accept(Views.membership(m, lang)))));
    }
}
