package org.ksrelations.agreements.domain;

import org.ksrelations.kit.data.KeyedEntity;

import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** A part of an agreement (a provision, a milestone): a row of its own table that points to its agreement. */
@MappedSuperclass
public abstract class AgreementPart extends KeyedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;
}
