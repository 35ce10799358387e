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
    @Column(name = "postal_address")
    public String postalAddress;
    @Enumerated(EnumType.STRING)
    @Column(name = "preferred_contact_method")
    public ContactMethod preferredMethod;
    @Column(name = "safe_times")
    public String safeTimes;
    @Column(name = "may_leave_message")
    public Boolean mayLeaveMessage;
}
