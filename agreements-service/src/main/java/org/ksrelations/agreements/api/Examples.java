package org.ksrelations.agreements.api;

/** OpenAPI examples, taken from the seed data. */
final class Examples {

    private Examples() {
    }

    static final String SOURCE = """
            {"title": "Belgrade–Pristina dialogue", "publisher": "Wikipedia (English)",
             "url": "https://en.wikipedia.org/wiki/Belgrade%E2%80%93Pristina_dialogue", "publishedOn": null,
             "accessedOn": null, "quote": null}""";

    static final String PROVISION = """
            {"number": "5", "topic": "Community of Serb Municipalities",
             "text": "Establishes the proposal of the Community (Association) of Serb Municipalities.",
             "implementationStatus": "NOT_IMPLEMENTED",
             "quote": "The agreement ... also established the proposal of the Community of Serb Municipalities."}""";

    static final String MILESTONE_INPUT = """
            {"date": "2013-06-28", "datePrecision": "DAY", "type": "RATIFIED",
             "description": {"en": "Ratified by the Assembly of Kosovo."},
             "sources": [""" + SOURCE + "]}";

    static final String MILESTONE = """
            {"id": "2013-06-28-ratified-1", "date": "2013-06-28", "datePrecision": "DAY", "type": "RATIFIED",
             "description": "Ratified by the Assembly of Kosovo.", "sources": [""" + SOURCE + "]}";

    static final String AGREEMENT_INPUT = """
            {"slug": "2013-04-19-brussels-agreement",
             "title": {"en": "First Agreement of Principles Governing the Normalisation of Relations"},
             "summary": {"en": "Agreement reached in Brussels between the governments of Serbia and Kosovo."},
             "kind": "BILATERAL_AGREEMENT", "status": "RATIFIED", "stage": "FRAMEWORK_COMPREHENSIVE",
             "process": "EU_DIALOGUE", "facilitator": "EU", "parties": ["serbia", "kosovo"],
             "signatories": [{"name": "Ivica Dačić", "party": "serbia", "role": "Prime Minister of Serbia"},
                             {"name": "Hashim Thaçi", "party": "kosovo", "role": "Prime Minister of Kosovo"}],
             "proposedOn": "2013-04-19", "proposedOnPrecision": "DAY",
             "concludedOn": "2013-04-19", "concludedOnPrecision": "DAY",
             "provisions": [""" + PROVISION + """
            ],
             "milestones": [{"date": "2013-04-19", "datePrecision": "DAY", "type": "SIGNED",
                             "description": {"en": "Signed in Brussels."}, "sources": [""" + SOURCE + """
            ]},
                            """ + MILESTONE_INPUT + """
            ],
             "relatedEvents": [], "tags": ["brussels-dialogue", "normalisation"],
             "sources": [""" + SOURCE + "]}";

    static final String AGREEMENT = """
            {"slug": "2013-04-19-brussels-agreement",
             "title": "First Agreement of Principles Governing the Normalisation of Relations",
             "summary": "Agreement reached in Brussels between the governments of Serbia and Kosovo.", "lang": "en",
             "kind": "BILATERAL_AGREEMENT", "status": "RATIFIED", "stage": "FRAMEWORK_COMPREHENSIVE",
             "process": "EU_DIALOGUE", "facilitator": "EU", "parties": ["serbia", "kosovo"],
             "signatories": [{"name": "Ivica Dačić", "party": "serbia", "role": "Prime Minister of Serbia"}],
             "proposedOn": "2013-04-19", "proposedOnPrecision": "DAY",
             "concludedOn": "2013-04-19", "concludedOnPrecision": "DAY", "date": "2013-04-19", "datePrecision": "DAY",
             "provisions": [""" + PROVISION + "], \"milestones\": [" + MILESTONE + """
            ],
             "relatedEvents": [], "tags": ["brussels-dialogue", "normalisation"], "sources": [""" + SOURCE + """
            ],
             "updatedAt": "2026-11-01T12:00:00Z"}""";

    static final String AGREEMENT_PAGE = "{\"items\": [" + AGREEMENT + "], \"nextCursor\": \"eyJvIjoiZGF0ZSIsImsiOiIyMDEzLTA0LTE5IiwicyI6IjIwMTMtMDQtMTktYnJ1c3NlbHMtYWdyZWVtZW50In0\", \"totalItems\": 27}";

    static final String PROVISION_PAGE = "{\"items\": [" + PROVISION + "], \"nextCursor\": null, \"totalItems\": 1}";

    static final String MILESTONE_PAGE = "{\"items\": [" + MILESTONE + "], \"nextCursor\": null, \"totalItems\": 1}";

    static final String TIMELINE_PAGE = """
            {"items": [{"agreement": "2013-04-19-brussels-agreement",
                        "agreementTitle": "First Agreement of Principles Governing the Normalisation of Relations",
                        "date": "2013-06-28", "datePrecision": "DAY", "type": "RATIFIED",
                        "description": "Ratified by the Assembly of Kosovo.", "sources": [""" + SOURCE + """
            ]}],
             "nextCursor": null, "totalItems": 1}""";

    static final String CHANGES = """
            {"items": [{"change": "DELETE", "slug": "2099-01-01-withdrawn-draft", "at": "2026-11-02T09:30:00Z", "agreement": null}],
             "nextCursor": null}""";

    static final String PATCH = "{\"status\": \"IN_IMPLEMENTATION\", \"tags\": [\"brussels-dialogue\"]}";

    static final String PROBLEM = """
            {"type": "https://ksrelations.org/problems/validation", "title": "Invalid request", "status": 422,
             "detail": "1 field(s) are invalid", "instance": "/api/v1/agreements",
             "errors": [{"field": "status", "message": "RATIFIED needs a RATIFIED milestone"}]}""";
}
