package org.ksrelations.agreements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.ksrelations.agreements.api.Views;
import org.ksrelations.kit.data.DatasetPages;
import org.ksrelations.kit.datasets.DatasetCatalog;
import org.ksrelations.kit.datasets.DatasetSpec;

import java.util.List;

/**
 * The downloadable dataset of agreements-service (the kit's {@code DatasetStore} builds and serves it): the
 * agreements with their provisions, milestones, signatories and sources, read as the list answers them
 * ({@link DatasetPages}).
 */
@ApplicationScoped
public class AgreementDatasets implements DatasetCatalog {

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
                (lang, sink) -> DatasetPages.forEach(em, AgreementSort.DATE.param,
                        after -> agreements.list(EVERY_AGREEMENT, AgreementSort.DATE, DatasetPages.SIZE, after, false),
                        a -> sink.accept(Views.agreement(a, lang)))));
    }
}
