package org.ksrelations.kit.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ConditionalTest {

    private static final String MODIFIED = "Tue, 01 Dec 2026 10:00:00 GMT";

    @Test
    void aMatchingEntityTagMeansNotModified() {
        assertTrue(Conditional.notModified("\"7-abc\"", null, "\"7-abc\"", MODIFIED));
        assertTrue(Conditional.notModified("\"x\", \"7-abc\"", null, "\"7-abc\"", MODIFIED));
        assertTrue(Conditional.notModified("*", null, "\"7-abc\"", MODIFIED));
    }

    @Test
    void weakAndStrongFormsOfOneTagMatchForAGet() {
        assertTrue(Conditional.notModified("W/\"7-abc\"", null, "\"7-abc\"", MODIFIED));
        assertTrue(Conditional.notModified("\"7-abc\"", null, "W/\"7-abc\"", MODIFIED));
    }

    @Test
    void anotherEntityTagMeansModifiedEvenWhenTheDateWouldSayOtherwise() {
        assertFalse(Conditional.notModified("\"6-abc\"", "Tue, 01 Dec 2026 11:00:00 GMT", "\"7-abc\"", MODIFIED));
        assertFalse(Conditional.notModified("\"7-abc\"", null, null, MODIFIED));
    }

    @Test
    void ifModifiedSinceCountsOnlyWithoutIfNoneMatch() {
        assertTrue(Conditional.notModified(null, MODIFIED, "\"7\"", MODIFIED));
        assertTrue(Conditional.notModified(null, "Tue, 01 Dec 2026 11:00:00 GMT", "\"7\"", MODIFIED));
        assertFalse(Conditional.notModified(null, "Tue, 01 Dec 2026 09:59:59 GMT", "\"7\"", MODIFIED));
        assertFalse(Conditional.notModified(null, MODIFIED, "\"7\"", null));
    }

    @Test
    void anUnreadableDateIsIgnored() {
        assertFalse(Conditional.notModified(null, "yesterday", "\"7\"", MODIFIED));
        assertFalse(Conditional.notModified(null, "", "\"7\"", MODIFIED));
    }

    @Test
    void aDigestIsTheLeadingBytesOfTheSha256InHex() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01cfea", Conditional.digest("abc", 8));
        assertEquals("ba7816bf8f01cfea414140de", Conditional.digest("abc".getBytes(java.nio.charset.StandardCharsets.UTF_8), 12));
        assertNotEquals(Conditional.digest("abc", 12), Conditional.digest("abd", 12));
    }
}
