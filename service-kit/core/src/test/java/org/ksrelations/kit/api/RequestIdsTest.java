package org.ksrelations.kit.api;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RequestIdsTest {

    @Test
    void aSaneIdFromTheClientIsKept() {
        assertEquals("gw-7f3a:2.1", RequestIds.accept("gw-7f3a:2.1"));
        String hundred = "a".repeat(100);
        assertEquals(hundred, RequestIds.accept(hundred));
    }

    @Test
    void aMissingEmptyLongOrOddIdIsReplacedByANewVersion4Uuid() {
        for (String header : new String[] {null, "", " ", "a".repeat(101), "id with spaces", "id\r\nX-Evil: 1", "ünïcode"}) {
            String id = RequestIds.accept(header);
            assertNotEquals(header, id);
            UUID uuid = UUID.fromString(id);
            assertEquals(4, uuid.version(), id);
            assertEquals(2, uuid.variant(), id);
        }
    }

    @Test
    void newIdsDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(ids.add(RequestIds.accept(null)));
        }
    }
}
