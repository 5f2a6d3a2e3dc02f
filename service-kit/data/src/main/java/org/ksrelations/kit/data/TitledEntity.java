package org.ksrelations.kit.data;

import org.ksrelations.kit.dates.DateBasis;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A curated record of a timeline or a catalogue (with its citations), named by a public {@code slug} (unique; a rename leaves an alias),
 * with its title and summary in each language (JSON objects: language code to text), how its date is known
 * ({@code date_basis}, {@code date_note}) and its tags. Columns {@code slug}, {@code title}, {@code summary},
 * {@code date_basis}, {@code date_note}, {@code tags} in the entity's table.
 */
@MappedSuperclass
public abstract class TitledEntity extends CitedEntity {

    @Column(nullable = false, unique = true)
    public String slug;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> title;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> summary;

    @Enumerated(EnumType.STRING)
    @Column(name = "date_basis", nullable = false)
    public DateBasis dateBasis = DateBasis.STATED;

    @Column(name = "date_note")
    public String dateNote;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> tags = new ArrayList<>();
}
