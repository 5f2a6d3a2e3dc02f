package org.ksrelations.recognition.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** UN geoscheme region. */
@Schema(name = "Region")
public enum Region {
    AFRICA, AMERICAS, ASIA, EUROPE, OCEANIA
}
