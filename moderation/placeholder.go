package moderation

import "strings"

// placeholder returns the visible text that replaces a masked span, in the
// language of the contribution, so that the sentence still reads.
func placeholder(lang int, k maskKind) string {
	return placeholderRow(lang)[k]
}

// placeholderRow returns the placeholders of a language (see langCodes),
// indexed by mask kind.
func placeholderRow(lang int) [nMaskKinds]string {
	switch lang {
	case 1:
		return [...]string{"[name removed]", "[e-mail removed]", "[phone removed]", "[number removed]", "[IBAN removed]", "[address removed]"}
	case 2:
		return [...]string{"[nombre ocultado]", "[correo ocultado]", "[teléfono ocultado]", "[número ocultado]", "[IBAN ocultado]", "[dirección ocultada]"}
	case 3:
		return [...]string{"[Name entfernt]", "[E-Mail entfernt]", "[Telefon entfernt]", "[Nummer entfernt]", "[IBAN entfernt]", "[Adresse entfernt]"}
	case 4:
		return [...]string{"[nome rimosso]", "[e-mail rimossa]", "[telefono rimosso]", "[numero rimosso]", "[IBAN rimosso]", "[indirizzo rimosso]"}
	case 5:
		return [...]string{"[nome removido]", "[e-mail removido]", "[telefone removido]", "[número removido]", "[IBAN removido]", "[morada removida]"}
	}
	return [...]string{"[nom masqué]", "[e-mail masqué]", "[téléphone masqué]", "[numéro masqué]", "[IBAN masqué]", "[adresse masquée]"}
}

// placeholderAt returns the length of the placeholder starting at byte i of
// text, or 0: text that was already masked is never analysed again.
func placeholderAt(text string, i int) int {
	if text[i] != '[' {
		return 0
	}
	for lang := range nLangs {
		for _, p := range placeholderRow(lang) {
			if strings.HasPrefix(text[i:], p) {
				return len(p)
			}
		}
	}
	return 0
}

// inNamePlaceholder reports whether byte p of text is inside the
// placeholder of a name, of any language.
func inNamePlaceholder(text string, p int) bool {
	j := strings.LastIndexByte(text[max(0, p-40):p], '[')
	if j < 0 {
		return false
	}
	j += max(0, p-40)
	for lang := range nLangs {
		if ph := placeholderRow(lang)[maskName]; strings.HasPrefix(text[j:], ph) && j+len(ph) > p {
			return true
		}
	}
	return false
}

// addressPlaceholderAt reports whether an address placeholder of any
// language starts at byte i of text.
func addressPlaceholderAt(text string, i int) bool {
	for lang := range nLangs {
		if strings.HasPrefix(text[i:], placeholderRow(lang)[maskAddress]) {
			return true
		}
	}
	return false
}

// maskReason returns the reason of the flag for a mask kind.
func maskReason(k maskKind) string {
	switch k {
	case maskName:
		return "a person's name was masked"
	case maskEmail:
		return "an e-mail address was masked"
	case maskPhone:
		return "a phone number was masked"
	case maskNumber:
		return "a social security, tax or file number was masked"
	case maskIBAN:
		return "a bank account number (IBAN) was masked"
	}
	return "a postal address was masked"
}
