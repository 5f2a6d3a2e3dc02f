-- Issue 18: every date says where it comes from. Existing rows are STATED until the seed pass (or an editor) says
-- otherwise; INFERRED always comes with a note.
ALTER TABLE event ADD COLUMN date_basis varchar(14) NOT NULL DEFAULT 'STATED';
ALTER TABLE event ADD COLUMN date_note text;
ALTER TABLE event ADD CONSTRAINT event_date_basis_check
    CHECK (date_basis IN ('STATED', 'CITATION_DATE', 'INFERRED') AND (date_basis <> 'INFERRED' OR date_note IS NOT NULL));
CREATE INDEX event_date_basis_idx ON event (date_basis, event_date, slug);
