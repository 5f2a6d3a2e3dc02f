-- Issue 18: every date says where it comes from: the agreement's main date (concludedOn, else proposedOn) and each
-- milestone's date. STATED until the seed pass (or an editor) says otherwise; INFERRED always comes with a note.
ALTER TABLE agreement ADD COLUMN date_basis varchar(14) NOT NULL DEFAULT 'STATED';
ALTER TABLE agreement ADD COLUMN date_note text;
ALTER TABLE agreement ADD CONSTRAINT agreement_date_basis_check
    CHECK (date_basis IN ('STATED', 'CITATION_DATE', 'INFERRED') AND (date_basis <> 'INFERRED' OR date_note IS NOT NULL));
ALTER TABLE agreement_milestone ADD COLUMN date_basis varchar(14) NOT NULL DEFAULT 'STATED';
ALTER TABLE agreement_milestone ADD COLUMN date_note text;
ALTER TABLE agreement_milestone ADD CONSTRAINT agreement_milestone_date_basis_check
    CHECK (date_basis IN ('STATED', 'CITATION_DATE', 'INFERRED') AND (date_basis <> 'INFERRED' OR date_note IS NOT NULL));
