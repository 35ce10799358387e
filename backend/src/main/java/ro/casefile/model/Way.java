package ro.casefile.model;

/** The ways of communicating, chosen by the participants' needs. */
public enum Way {
    FACE_TO_FACE, LETTERS, VIDEO_MESSAGES, SHUTTLE
}
