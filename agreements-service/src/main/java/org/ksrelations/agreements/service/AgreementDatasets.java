package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.agreements.api.Views;
import org.ksrelations.agreements.domain.Agreement;
import org.ksrelations.kit.api.Cursor;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;
import org.ksrelations.kit.service.Slice;

import java.util.List;

/**
 * The downloadable dataset of agreements-service (the kit's {@code DatasetStore} builds and serves it): the
 * agreements with their provisions, milestones, signatories and sources. Read in keyset pages of {@link #PAGE} in the
 * list's order, the persistence context cleared after each page.
 */
@ApplicationScoped
public class AgreementDatasets implements DatasetCatalog {

    static final int PAGE = 500;
    static final AgreementFilter EVERY_AGREEMENT = new AgreementFilter(null, null, null, null, null, null, null, null,
            null, null, null, null);

    @Inject
    AgreementQueries agreements;

    @Inject
    EntityManager em;

    @Override
    public List<DatasetSpec> datasets() {
        return List.of(new DatasetSpec("agreements", "Agreements between or about Kosovo and Serbia",
                "Every agreement, draft, plan and resolution with its kind, status, stage, process, facilitator,"
                        + " parties and dates, its provisions with their implementation status, its milestones, its"
                        + " signatories and its sources.",
                "Agreement", "slug", "agreement", List.of("provisions", "milestones", "signatories", "sources"),
                (lang, sink) -> {
                    String cursor = null;
                    do {
                        Slice<Agreement> page = agreements.list(EVERY_AGREEMENT, AgreementSort.DATE, PAGE,
                                cursor == null ? null : Cursor.decode(cursor, AgreementSort.DATE.param), false);
                        page.items().forEach(a -> sink.accept(Views.agreement(a, lang)));
                        cursor = page.nextCursor();
                        em.clear();
                    } while (cursor != null);
                }));
    }
}
