/// The top of a letter from the library to a partner (the reminder, the exchange dates): the library's name and
/// address, then the partner with its contact person and address, each line wrapped to `width`.
enum Letterhead {
    /// The sender's block and the recipient's block; `attention` words the contact line ("Att.: Pia Møller").
    static func blocks(
        from settings: LibrarySettings, to partner: Partner, attention: (String) -> String, width: Int
    ) -> [String] {
        let fit = { (text: String) in TextWrap.paragraph(text, width: width, indent: "  ") }
        var recipient = [partner.name]
        if !partner.contact.name.isEmpty { recipient.append(attention(partner.contact.name)) }
        recipient.append(partner.address.singleLine)
        return [
            [settings.name, settings.address.singleLine].map(fit).joined(separator: "\n"),
            recipient.map(fit).joined(separator: "\n"),
        ]
    }
}
