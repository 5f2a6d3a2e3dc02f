-- Issue 18: every dated act says where its date comes from (null for an undated act); INFERRED comes with a note.
ALTER TABLE recognition_act ADD COLUMN date_basis varchar(14);
ALTER TABLE recognition_act ADD COLUMN date_note text;
UPDATE recognition_act SET date_basis = 'STATED' WHERE act_date IS NOT NULL;
ALTER TABLE recognition_act ADD CONSTRAINT recognition_act_date_basis_check
    CHECK ((act_date IS NULL) = (date_basis IS NULL)
        AND (date_basis IS NULL OR date_basis IN ('STATED', 'CITATION_DATE', 'INFERRED'))
        AND (date_basis IS DISTINCT FROM 'INFERRED' OR date_note IS NOT NULL));
