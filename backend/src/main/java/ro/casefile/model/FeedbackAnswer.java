package ro.casefile.model;

/** An answer to a feedback statement: a five-point scale of agreement, or declined (voluntary). */
public enum FeedbackAnswer {
    STRONGLY_DISAGREE, DISAGREE, NEUTRAL, AGREE, STRONGLY_AGREE, DECLINED
}
