package org.ksrelations.agreements.domain;

/** A person who signed for a party, stored as JSON in the agreement. */
public record Signatory(String name, String party, String role) {
}
