package org.ksrelations.kit.dates;

/** How exact a historical date is: "17 February 2008" (DAY), "In January 2017" (MONTH), "In 1922" (YEAR). */
public enum DatePrecision {
    DAY, MONTH, YEAR
}
