package org.ksrelations.events.domain;

public enum ActorType {
    PERSON, STATE, ORGANISATION
}
