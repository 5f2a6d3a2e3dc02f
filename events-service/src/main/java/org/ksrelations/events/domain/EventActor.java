package org.ksrelations.events.domain;

import org.ksrelations.kit.data.KeyedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** An actor's part in an event. */
@Entity
@Table(name = "event_actor")
public class EventActor extends KeyedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    public Event event;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "actor_id")
    public Actor actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ActorRole role;

    @Column(nullable = false)
    public int position;
}
