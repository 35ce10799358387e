package ro.participant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** How a harmed person or support person can be reached safely. Never shown to the offender side. */
@Embeddable
public class Contact {
    public String phone;
    public String email;
    public String postalAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact_method")
    public ContactMethod preferredMethod;
    public String safeTimes;
    public Boolean mayLeaveMessage;
}
