package org.ksrelations.recognition.domain;

import org.ksrelations.kit.data.Citation;

import java.util.List;
import java.util.Map;

/** A dated step of Kosovo's relation with an organisation, stored as JSON (dates as ISO-8601 strings). */
public record MembershipEvent(String date, String datePrecision, String type, Map<String, String> description,
                              List<Citation> sources) {
}
