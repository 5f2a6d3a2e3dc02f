package org.ksrelations.agreements.domain;

import org.ksrelations.kit.data.KeyedEntity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A numbered provision of an agreement. */
@Entity
@Table(name = "agreement_provision")
public class Provision extends KeyedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    @Column(nullable = false)
    public String number;

    @Column(nullable = false)
    public String topic;

    @Column(nullable = false)
    public String text;

    @Enumerated(EnumType.STRING)
    @Column(name = "implementation_status", nullable = false)
    public ImplementationStatus implementationStatus;

    public String quote;
}
