package org.ksrelations.recognition.api;

/** Examples for the OpenAPI document (real records of the seed). */
final class Examples {

    private Examples() {
    }

    static final String SOURCE = "{\"title\": \"Serbia and Kosovo sign breakthrough economic accord that is short of normal relations\","
            + " \"publisher\": \"The Washington Post\", \"url\": \"https://www.washingtonpost.com/politics/trump-kosovo-serbia-agreement/2020/09/04/b1283f8c-eec0-11ea-99a1-71343d03bc29_story.html\","
            + " \"publishedOn\": \"2020-09-04\", \"accessedOn\": \"2020-09-04\", \"quote\": null}";

    static final String ACT = "{\"id\": \"il-recognition-2020-09-04\", \"state\": \"IL\", \"stateName\": \"Israel\","
            + " \"region\": \"ASIA\", \"type\": \"RECOGNITION\", \"date\": \"2020-09-04\", \"datePrecision\": \"DAY\","
            + " \"verified\": true, \"note\": \"Mutual recognition agreed by Israel and Kosovo with the Washington agreements of 4 September 2020\","
            + " \"sources\": [" + SOURCE + "]}";

    static final String STATE = "{\"code\": \"IL\", \"iso2\": \"IL\", \"iso3\": \"ISR\", \"name\": \"Israel\","
            + " \"unMember\": true, \"region\": \"ASIA\", \"stance\": \"RECOGNIZES\", \"recognizedOn\": \"2020-09-04\","
            + " \"note\": \"enwikipedia.net International recognition of Kosovo (as of 4 Sep 2020) and Washington agreement 4 Sep 2020; Kosovo MFA lists formal date 2021-02-01 (liberale.al)\","
            + " \"updatedAt\": \"2026-11-01T10:00:00Z\"}";

    static final String STATE_PAGE = "{\"items\": [" + STATE + "], \"nextCursor\": null, \"totalItems\": 1}";

    static final String GW_SOURCE = "{\"title\": \"Copy of the de.wikipedia withdrawal table\", \"publisher\": \"balkanforum.info\","
            + " \"url\": null, \"publishedOn\": null, \"accessedOn\": null, \"quote\": null}";

    static final String STATE_DETAIL = "{\"code\": \"GW\", \"iso2\": \"GW\", \"iso3\": \"GNB\", \"name\": \"Guinea-Bissau\","
            + " \"unMember\": true, \"region\": \"AFRICA\", \"stance\": \"DISPUTED\", \"recognizedOn\": \"2011-01-10\","
            + " \"note\": \"balkanforum.info copy of de.wikipedia (recognised 10 Jan 2011; annulled 21 Nov 2017; recognition restored 30 Jan 2018); africa-news.net 74th country 13 Jan 2011\", \"version\": 1,"
            + " \"updatedAt\": \"2026-11-01T10:00:00Z\", \"acts\": ["
            + "{\"id\": \"gw-recognition-2011-01-10\", \"state\": \"GW\", \"stateName\": \"Guinea-Bissau\", \"region\": \"AFRICA\","
            + " \"type\": \"RECOGNITION\", \"date\": \"2011-01-10\", \"datePrecision\": \"DAY\", \"verified\": true,"
            + " \"note\": \"Recognised on 10 January 2011\", \"sources\": [{\"title\": \"Copy of the de.wikipedia withdrawal table\","
            + " \"publisher\": \"balkanforum.info\", \"url\": null, \"publishedOn\": null, \"accessedOn\": null, \"quote\": null}]},"
            + "{\"id\": \"gw-withdrawal-claimed-2017-11-21\", \"state\": \"GW\", \"stateName\": \"Guinea-Bissau\", \"region\": \"AFRICA\","
            + " \"type\": \"WITHDRAWAL_CLAIMED\", \"date\": \"2017-11-21\", \"datePrecision\": \"DAY\", \"verified\": true,"
            + " \"note\": \"Recognition annulled on 21 November 2017\", \"sources\": [" + GW_SOURCE + "]},"
            + "{\"id\": \"gw-withdrawal-denied-2018-01-30\", \"state\": \"GW\", \"stateName\": \"Guinea-Bissau\", \"region\": \"AFRICA\","
            + " \"type\": \"WITHDRAWAL_DENIED\", \"date\": \"2018-01-30\", \"datePrecision\": \"DAY\", \"verified\": true,"
            + " \"note\": \"Recognition restored on 30 January 2018, reversing the withdrawal\", \"sources\": [" + GW_SOURCE + "]}]}";

    static final String ACT_PAGE = "{\"items\": [" + ACT + "], \"nextCursor\": \"eyJvIjoiZGF0ZSIsImsiOiIyMDIwLTA5LTA0IiwicyI6IklMIiwibiI6MC4wfQ\","
            + " \"totalItems\": null}";

    static final String ACT_INPUT = "{\"type\": \"RECOGNITION\", \"date\": \"2024-03-01\", \"datePrecision\": \"DAY\","
            + " \"verified\": true, \"note\": \"Recognition announced by the foreign ministry\","
            + " \"sources\": [{\"title\": \"Statement of the foreign ministry\", \"publisher\": \"Ministry of Foreign Affairs\","
            + " \"url\": \"https://example.org/statement\", \"publishedOn\": \"2024-03-01\", \"accessedOn\": null, \"quote\": null}]}";

    static final String AS_OF = "{\"date\": \"2008-12-31\", \"counts\": {\"RECOGNIZES\": 55, \"WITHDRAWAL_CLAIMED\": 0,"
            + " \"DISPUTED\": 0, \"DOES_NOT_RECOGNIZE\": 142}, \"unMemberCounts\": {\"RECOGNIZES\": 53,"
            + " \"WITHDRAWAL_CLAIMED\": 0, \"DISPUTED\": 0, \"DOES_NOT_RECOGNIZE\": 140}, \"undatedActs\": 6,"
            + " \"undatedStates\": [\"GN\", \"JM\", \"KN\", \"ST\", \"TO\", \"YE\"],"
            + " \"items\": [{\"code\": \"AF\", \"iso2\": \"AF\","
            + " \"name\": \"Afghanistan\", \"region\": \"ASIA\", \"unMember\": true, \"stance\": \"RECOGNIZES\"}]}";

    /** The totals both groupings of the statistics end with. */
    static final String STATS_TOTALS = "{\"states\": 197, \"recognitions\": 119, \"withdrawalsClaimed\": 18, \"undatedActs\": 6,"
            + " \"stances\": {\"RECOGNIZES\": 102, \"WITHDRAWAL_CLAIMED\": 14, \"DISPUTED\": 7, \"DOES_NOT_RECOGNIZE\": 74}}";

    static final String STATS_YEAR = "{\"groupBy\": \"year\", \"years\": [{\"year\": 2008, \"recognitions\": 55,"
            + " \"withdrawalsClaimed\": 0, \"cumulativeRecognizing\": 55}], \"regions\": null, \"totals\": " + STATS_TOTALS + "}";

    static final String STATS_REGION = "{\"groupBy\": \"region\", \"years\": null, \"regions\": [{\"region\": \"EUROPE\","
            + " \"states\": 44, \"counts\": {\"RECOGNIZES\": 34, \"WITHDRAWAL_CLAIMED\": 0, \"DISPUTED\": 0,"
            + " \"DOES_NOT_RECOGNIZE\": 10}}], \"totals\": " + STATS_TOTALS + "}";

    static final String MEMBERSHIP = "{\"slug\": \"interpol\", \"organisation\": \"Interpol\", \"kind\": \"INTERNATIONAL_ORGANISATION\","
            + " \"status\": \"REJECTED\", \"summary\": \"Kosovo has bid for Interpol membership three times without success; the third failed bid (November 2018) was widely blamed on Serbian campaigning.\", \"lang\": \"en\","
            + " \"events\": [{\"date\": \"2018-11-01\", \"datePrecision\": \"MONTH\", \"type\": \"APPLICATION_REJECTED\","
            + " \"description\": \"Kosovo's third bid for Interpol membership failed, a result widely blamed on Serbian campaigning.\", \"sources\": []}], \"sources\": [], \"updatedAt\": \"2026-11-01T10:00:00Z\"}";

    static final String MEMBERSHIP_PAGE = "{\"items\": [" + MEMBERSHIP + "], \"nextCursor\": null, \"totalItems\": null}";

    static final String CHANGES = "{\"items\": [{\"change\": \"DELETE\", \"resource\": \"ACT\", \"id\": \"dz-recognition-2024-03-01\","
            + " \"at\": \"2026-11-02T09:30:00Z\", \"state\": null, \"act\": null, \"membership\": null}], \"nextCursor\": null}";

    static final String PROBLEM_422 = "{\"type\": \"https://ksrelations.org/problems/validation\", \"title\": \"Invalid request\","
            + " \"status\": 422, \"detail\": \"1 field(s) are invalid\", \"instance\": \"/api/v1/states/DZ/acts\","
            + " \"errors\": [{\"field\": \"date\", \"message\": \"a recognition of the Republic of Kosovo cannot be dated before"
            + " its declaration of independence (2008-02-17)\"}]}";
}
