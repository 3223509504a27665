package jp.kakehashi.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A Japanese postal address as the shop keeps it. */
@Embeddable
public class PostalAddress {

    @Column(name = "recipient_name", length = 200)
    private String recipientName;

    @Column(name = "postal_code", length = 8)
    private String postalCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "prefecture", length = 20)
    private Prefecture prefecture;

    @Column(name = "address_line1", length = 300)
    private String line1;

    @Column(name = "address_line2", length = 300)
    private String line2;

    @Column(name = "phone_number", length = 30)
    private String phoneNumber;

    protected PostalAddress() {
        // for JPA
    }

    public PostalAddress(
            String recipientName,
            String postalCode,
            Prefecture prefecture,
            String line1,
            String line2,
            String phoneNumber) {
        this.recipientName = recipientName;
        this.postalCode = postalCode;
        this.prefecture = prefecture;
        this.line1 = line1;
        this.line2 = line2;
        this.phoneNumber = phoneNumber;
    }

    public String getRecipientName() {
        return recipientName;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public Prefecture getPrefecture() {
        return prefecture;
    }

    public String getLine1() {
        return line1;
    }

    public String getLine2() {
        return line2;
    }

    public String getPhoneNumber() {
        return phoneNumber;
    }
}
