package org.ksrelations.recognition;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import org.ksrelations.testing.PostgresTestResource;

/** One throwaway PostgreSQL for all tests of this module. */
@QuarkusTestResource(value = PostgresTestResource.class, initArgs = @ResourceArg(name = "database", value = "recognition"))
public class PostgresResource {
}
