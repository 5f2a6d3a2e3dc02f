package org.ksrelations.kit.data;

import java.time.OffsetDateTime;
import java.util.Map;

/**
 * What a service's {@code /api/v1/about} tells of its data: when any record last changed and how many records of each
 * kind it holds. Each service with a database has one bean of this type (its main service); {@link AboutResource}
 * answers with it.
 */
public interface AboutFacts {

    /** When any record last changed; null when the dataset is empty. */
    OffsetDateTime lastModified();

    /** Number of records by kind, in the order the answer lists them. */
    Map<String, Long> counts();
}
