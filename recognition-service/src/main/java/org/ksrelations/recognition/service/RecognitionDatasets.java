package org.ksrelations.recognition.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;
import org.ksrelations.kit.service.Slice;
import org.ksrelations.recognition.api.Views;
import org.ksrelations.recognition.domain.Membership;

import java.util.List;

/**
 * The downloadable datasets of recognition-service (the kit's {@code DatasetStore} builds and serves them): the states
 * with their stance and acts (each state as {@code GET /api/v1/states/{code}} serves it), and Kosovo's memberships.
 * Read in keyset pages of {@link #PAGE} in the lists' order, the persistence context cleared after each page.
 */
@ApplicationScoped
public class RecognitionDatasets implements DatasetCatalog {

    static final int PAGE = 500;
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
                        (lang, sink) -> {
                            String cursor = null;
                            do {
                                Slice<StateWithStance> page = states.list(EVERY_STATE, byCode, PAGE,
                                        cursor == null ? null : Cursor.decode(cursor, byCode), false);
                                page.items().forEach(s -> sink.accept(Views.detail(s)));
                                cursor = page.nextCursor();
                                em.clear();
                            } while (cursor != null);
                        }),
                new DatasetSpec("memberships", "Kosovo's memberships of international organisations",
                        "Kosovo's memberships of, and applications to, international organisations, with their"
                                + " dated steps and sources.",
                        "Membership", "slug", "membership", List.of("events", "sources"),
                        (lang, sink) -> {
                            String cursor = null;
                            do {
                                Slice<Membership> page = memberships.list(null, null, null, null, PAGE,
                                        cursor == null ? null : Cursor.decode(cursor, "slug"), false);
                                page.items().forEach(m -> sink.accept(Views.membership(m, lang)));
                                cursor = page.nextCursor();
                                em.clear();
                            } while (cursor != null);
                        }));
    }
}
