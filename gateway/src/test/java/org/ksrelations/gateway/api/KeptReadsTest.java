package org.ksrelations.gateway.api;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
import org.ksrelations.gateway.service.Service;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** How a resource tells the kept reads' filter what an answer was made from (the header never leaves the gateway). */
class KeptReadsTest {

    @Test
    void theRevisionsAnAnswerWasMadeAtGoThroughTheHeaderUnchanged() {
        Map<Service, Long> at = new EnumMap<>(Service.class);
        at.put(Service.EVENTS, 1796204222638L);
        at.put(Service.AGREEMENTS, 7L);
        at.put(Service.RECOGNITION, -3L);
        String header = KeptReads.madeAt(Response.ok(), at).build().getHeaderString(KeptReads.MADE_AT);
        assertEquals("events=1796204222638,agreements=7,recognition=-3", header);
        assertEquals(at, KeptReads.madeAt(header));
    }

    @Test
    void anAnswerMadeFromAPartWhoseRevisionIsNotKnownSaysNothingAndIsNotKept() {
        Map<Service, Long> unknown = Collections.singletonMap(Service.EVENTS, null);
        assertNull(KeptReads.madeAt(Response.ok(), unknown).build().getHeaderString(KeptReads.MADE_AT));
        assertNull(KeptReads.madeAt(Response.ok(), Map.of()).build().getHeaderString(KeptReads.MADE_AT));
    }

    @Test
    void aHeaderThatNamesNoKnownServiceOrNoNumberNamesNothing() {
        assertNull(KeptReads.madeAt("gateway=1"));
        assertNull(KeptReads.madeAt("events=x"));
        assertNull(KeptReads.madeAt("events"));
        assertNull(KeptReads.madeAt(""));
        assertNull(KeptReads.madeAt("events=1,agreements="));
    }
}
