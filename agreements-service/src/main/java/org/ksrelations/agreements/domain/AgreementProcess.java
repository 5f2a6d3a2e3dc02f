package org.ksrelations.agreements.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The process an agreement belongs to: UN administration (1999–2008), UN status talks (2006–2007), the EU-facilitated
 * dialogue (from 2011), the US-mediated talks (2019–2020), or another.
 */
@Schema(name = "AgreementProcess")
public enum AgreementProcess {
    UN_ADMINISTRATION, UN_STATUS_TALKS, EU_DIALOGUE, US_MEDIATED, OTHER
}
