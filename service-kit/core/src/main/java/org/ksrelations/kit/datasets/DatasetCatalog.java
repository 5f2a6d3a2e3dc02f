package org.ksrelations.kit.datasets;

import java.util.List;

/** A service's downloadable datasets: a bean each service provides (the kit's dataset store finds it). */
public interface DatasetCatalog {

    List<DatasetSpec> datasets();

    /** The dataset by name, or null. */
    default DatasetSpec find(String name) {
        for (DatasetSpec d : datasets()) {
            if (d.name().equals(name)) {
                return d;
            }
        }
        return null;
    }
}
