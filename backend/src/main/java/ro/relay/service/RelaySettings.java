package ro.relay.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Domain settings of the message relay. */
@ConfigMapping(prefix = "ro.relay")
public interface RelaySettings {

    /** Where message files are kept (the default storage). */
    @WithDefault("data/files")
    String storageDir();

    /** The largest scan of a letter, in bytes (20 MB). */
    @WithDefault("20971520")
    long maxScanBytes();

    /** The largest video message, in bytes (1 GB). */
    @WithDefault("1073741824")
    long maxVideoBytes();
}
