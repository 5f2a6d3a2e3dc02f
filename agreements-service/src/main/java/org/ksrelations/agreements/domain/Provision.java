package org.ksrelations.agreements.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A numbered provision of an agreement. */
@Entity
@Table(name = "agreement_provision")
public class Provision extends AgreementPart {

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
