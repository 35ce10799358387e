package ro.casefile.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Domain settings of safety assessments. */
@ConfigMapping(prefix = "ro.safety")
public interface SafetySettings {

    /** Days from finalising an assessment to the next one, when the assessor gives no date. */
    @WithDefault("90")
    int reassessmentDays();
}
