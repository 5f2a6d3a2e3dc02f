package org.ksrelations.kit.datasets;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The formats of a dataset's downloads (the names are the file extensions). */
@Schema(name = "DatasetFormat", description = "zip: CSV files (records and their child tables), codebook.csv, codebook.md"
        + " and CITATION.txt; jsonl: one record per line in the API's JSON with every language")
public enum DatasetFormat {
    zip, jsonl
}
