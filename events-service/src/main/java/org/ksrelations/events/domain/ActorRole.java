package org.ksrelations.events.domain;

/** The part an actor played in an event. */
public enum ActorRole {
    INITIATOR, PARTICIPANT, TARGET, FACILITATOR, SIGNATORY, MEDIATOR, SPOKESPERSON, OBSERVER, AUTHORITY
}
