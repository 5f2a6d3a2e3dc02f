package org.ksrelations.kit.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.time.OffsetDateTime;
import java.util.Date;

/**
 * What every service's {@code /api/v1/about} shares: the ready-made citation of its dataset and the answer, public and
 * cacheable like the lists, with {@code Last-Modified} when the dataset has records.
 */
public final class AboutResponses {

    private AboutResponses() {
    }

    /** {@code Kosovo–Serbia Relations API, <dataset> dataset, version <version>[, updated <date>].} */
    public static String howToCite(String dataset, String version, OffsetDateTime lastUpdated) {
        return "Kosovo–Serbia Relations API, " + dataset + " dataset, version " + version
                + (lastUpdated == null ? "" : ", updated " + lastUpdated.toLocalDate()) + ".";
    }

    /** The about record, with the lists' caching headers and {@code Last-Modified} (none for an empty dataset). */
    public static Response answer(Object about, OffsetDateTime lastUpdated) {
        Response.ResponseBuilder rb = Response.ok(about).header(HttpHeaders.CACHE_CONTROL, ListResponses.CACHE_CONTROL);
        if (lastUpdated != null) {
            rb.lastModified(Date.from(lastUpdated.toInstant()));
        }
        return rb.build();
    }
}
