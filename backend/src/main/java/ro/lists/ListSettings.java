package ro.lists;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How far a list counts its rows: past the cap, a page says "more than the cap" rather than scanning everything. */
@ConfigMapping(prefix = "ro.lists")
public interface ListSettings {

    /** The most rows a list counts for its total (RO_LISTS_COUNT_CAP). */
    @WithDefault("10000")
    int countCap();
}
