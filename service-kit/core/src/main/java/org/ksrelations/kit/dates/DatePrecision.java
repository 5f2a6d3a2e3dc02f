package org.ksrelations.kit.dates;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How exact a historical date is: "17 February 2008" (DAY), "In January 2017" (MONTH), "In 1922" (YEAR). */
@Schema(name = "DatePrecision", description = "How exact a date is: DAY (the day is known), MONTH (only the month: the date is"
        + " its first day) or YEAR (only the year: the date is 1 January)")
public enum DatePrecision {
    DAY, MONTH, YEAR
}
