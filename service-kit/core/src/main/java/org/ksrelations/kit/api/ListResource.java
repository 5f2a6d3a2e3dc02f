package org.ksrelations.kit.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;

/**
 * What every resource that answers lists is given: the list responses ({@link ListResponses}) and the request's URI
 * and headers they are built from. A resource extends it instead of declaring the three itself.
 */
public abstract class ListResource {

    @Inject
    protected ListResponses lists;

    @Inject
    protected UriInfo uri;

    @Inject
    protected HttpHeaders headers;
}
