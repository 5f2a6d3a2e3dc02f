package org.ksrelations.testing;

/** A service's seed pass, run by a test (its seed loader's {@code load}). */
@FunctionalInterface
public interface SeedPass {

    void run() throws Exception;
}
