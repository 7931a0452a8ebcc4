package moderation

// validNIR reports whether d, 15 characters of a French social security
// number (NIR) without separators, has a valid shape and key: the key is
// 97 - (first 13 digits mod 97), with the Corsican departments 2A and 2B
// counted as 19 and 18.
func validNIR(d []byte) bool {
	if len(d) != 15 {
		return false
	}
	switch d[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	month := int(d[3]-'0')*10 + int(d[4]-'0')
	if d[3] > '9' || d[4] > '9' || month == 0 || (month > 12 && month < 20) {
		return false
	}
	var buf [13]byte
	copy(buf[:], d[:13])
	if buf[5] == '2' && (buf[6] == 'A' || buf[6] == 'a') {
		buf[5], buf[6] = '1', '9'
	} else if buf[5] == '2' && (buf[6] == 'B' || buf[6] == 'b') {
		buf[5], buf[6] = '1', '8'
	}
	var n uint64
	for _, c := range buf {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + uint64(c-'0')
	}
	key := int(d[13]-'0')*10 + int(d[14]-'0')
	if d[13] > '9' || d[14] > '9' {
		return false
	}
	return key == 97-int(n%97)
}

// nirShape reports whether d, 13 or 15 digits, looks like a NIR: sex,
// year, month of birth and department, without checking the key.
func nirShape(d []byte) bool {
	if len(d) != 13 && len(d) != 15 {
		return false
	}
	switch d[0] {
	case '1', '2', '3', '4', '7', '8':
	default:
		return false
	}
	if d[3] > '9' || d[4] > '9' {
		return false
	}
	month := int(d[3]-'0')*10 + int(d[4]-'0')
	return month >= 1 && month <= 12 || month >= 20 && month <= 99
}

// validIBAN reports whether s, an IBAN without separators, passes the
// ISO 13616 mod-97 check, and has the length of its country when known.
func validIBAN(s []byte) bool {
	if len(s) < 15 || len(s) > 34 {
		return false
	}
	if want, ok := ibanLength(string(s[:2])); ok && len(s) != want {
		return false
	}
	rem := 0
	add := func(c byte) bool {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		case c >= 'a' && c <= 'z':
			rem = (rem*100 + int(c-'a') + 10) % 97
		default:
			return false
		}
		return true
	}
	for _, c := range s[4:] {
		if !add(c) {
			return false
		}
	}
	for _, c := range s[:4] {
		if !add(c) {
			return false
		}
	}
	return rem == 1
}

// ibanLength returns the IBAN length of the countries citizens of French
// services most often bank in.
func ibanLength(country string) (int, bool) {
	var c [2]byte
	for i := range c {
		c[i] = country[i] &^ 0x20 // upper case
	}
	switch string(c[:]) {
	case "FR", "MC", "IT", "GR":
		return 27, true
	case "BE":
		return 16, true
	case "DE", "GB", "IE", "BG":
		return 22, true
	case "ES", "RO", "SE", "CZ", "SK", "TN":
		return 24, true
	case "PT":
		return 25, true
	case "LU", "AT", "LT", "EE":
		return 20, true
	case "CH", "HR", "LV":
		return 21, true
	case "NL", "DK", "FI":
		return 18, true
	case "PL", "MA", "SN", "CI", "HU", "CY":
		return 28, true
	case "DZ", "TR":
		return 26, true
	case "SI":
		return 19, true
	case "NO":
		return 15, true
	case "MT":
		return 31, true
	}
	return 0, false
}

// validDNI reports whether letter is the control letter of the eight
// digits d of a Spanish DNI: the letter of the number mod 23.
func validDNI(d []byte, letter byte) bool {
	n := 0
	for _, c := range d {
		if c < '0' || c > '9' {
			return false
		}
		n = n*10 + int(c-'0')
	}
	return "TRWAGMYFPDXBNJZSQVHLCKE"[n%23] == letter
}

// digitsOnly reports whether every byte of d is an ASCII digit.
func digitsOnly(d []byte) bool {
	for _, c := range d {
		if !isDigit(c) {
			return false
		}
	}
	return true
}

// validNSS reports whether d, twelve digits, is a Spanish social security
// number (número de afiliación): a province from 01 to 53 or 66, eight
// digits, and a key of two, the first ten read as a number modulo 97.
// One number of twelve digits in 97 passes the key.
func validNSS(d []byte) bool {
	if len(d) != 12 || !digitsOnly(d) {
		return false
	}
	province := int(d[0]-'0')*10 + int(d[1]-'0')
	if province == 0 || province > 53 && province != 66 {
		return false
	}
	var n uint64
	for _, c := range d[:10] {
		n = n*10 + uint64(c-'0')
	}
	return int(n%97) == int(d[10]-'0')*10+int(d[11]-'0')
}

// validCNS reports whether d, fifteen digits, is a Brazilian health card
// number (Cartão Nacional de Saúde): starting with 1 or 2 (definitive) or
// 7, 8 or 9 (provisional), its digits weighted 15 down to 1 summing to a
// multiple of 11.
func validCNS(d []byte) bool {
	if len(d) != 15 || !digitsOnly(d) {
		return false
	}
	switch d[0] {
	case '1', '2', '7', '8', '9':
	default:
		return false
	}
	sum := 0
	for i, c := range d {
		sum += int(c-'0') * (15 - i)
	}
	return sum%11 == 0
}

// validNHS reports whether d, ten digits, is a British NHS number: its
// first nine weighted 10 down to 2, the sum modulo 11 taken from 11 giving
// the last (11 giving 0; 10 no number).
func validNHS(d []byte) bool {
	if len(d) != 10 || !digitsOnly(d) {
		return false
	}
	sum := 0
	for i, c := range d[:9] {
		sum += int(c-'0') * (10 - i)
	}
	key := 11 - sum%11
	if key == 11 {
		key = 0
	}
	return key < 10 && key == int(d[9]-'0')
}

// validSteuerID reports whether d, eleven digits, is a German tax
// identification number (steuerliche Identifikationsnummer): no zero
// first; among the first ten digits one appears twice or three times
// (never three in a row) and every other at most once; the eleventh the
// key of ISO 7064 MOD 11,10.
func validSteuerID(d []byte) bool {
	if len(d) != 11 || !digitsOnly(d) || d[0] == '0' {
		return false
	}
	var seen [10]int
	for _, c := range d[:10] {
		seen[c-'0']++
	}
	repeated := 0
	for _, c := range seen {
		switch {
		case c == 2 || c == 3:
			repeated++
		case c > 3:
			return false
		}
	}
	if repeated != 1 {
		return false
	}
	// (Nor one digit three times in a row.)
	for i := 2; i < 10; i++ {
		if d[i] == d[i-1] && d[i] == d[i-2] {
			return false
		}
	}
	p := 10
	for _, c := range d[:10] {
		s := (int(c-'0') + p) % 10
		if s == 0 {
			s = 10
		}
		p = 2 * s % 11
	}
	return (11-p)%10 == int(d[10]-'0')
}

// validMedicare reports whether d, ten digits, is an Australian Medicare
// card's number: a first digit from 2 to 6, the first eight weighted 1,
// 3, 7, 9, 1, 3, 7, 9, the sum modulo 10 giving the ninth (the tenth is
// the card's issue number).
func validMedicare(d []byte) bool {
	if len(d) != 10 || !digitsOnly(d) || d[0] < '2' || d[0] > '6' {
		return false
	}
	weights := [8]int{1, 3, 7, 9, 1, 3, 7, 9}
	sum := 0
	for i, w := range weights {
		sum += int(d[i]-'0') * w
	}
	return sum%10 == int(d[8]-'0')
}

// validLuhn reports whether the digits d pass the Luhn check of payment
// cards: every second digit from the right doubled, the sum a multiple of
// ten.
func validLuhn(d []byte) bool {
	if len(d) < 13 || !digitsOnly(d) {
		return false
	}
	return luhnSum(d)%10 == 0
}

// validSIN reports whether d, nine digits, is a Canadian social insurance
// number (numéro d'assurance sociale): the Luhn check, and a first digit
// no province gives (0 and 8) excluded.
func validSIN(d []byte) bool {
	return len(d) == 9 && digitsOnly(d) && d[0] != '0' && d[0] != '8' && luhnSum(d)%10 == 0
}

// luhnSum is the sum of the Luhn check of the digits d.
func luhnSum(d []byte) int {
	sum := 0
	for i := range d {
		v := int(d[len(d)-1-i] - '0')
		if i%2 == 1 {
			if v *= 2; v > 9 {
				v -= 9
			}
		}
		sum += v
	}
	return sum
}

// validRIB reports whether the key of French bank details checks: 97 -
// (89 bank + 15 branch + 3 account) mod 97, the account's capitals read as
// digits (A and J 1, B, K and S 2…). bank and branch are five digits,
// account eleven digits or capitals, key two digits.
func validRIB(bank, branch, account, key string) bool {
	mod := func(w string) int {
		r := 0
		for i := 0; i < len(w); i++ {
			v := int(w[i] - '0')
			if c := w[i]; c >= 'A' && c <= 'Z' {
				v = int("12345678912345678923456789"[c-'A'] - '0')
			}
			r = (r*10 + v) % 97
		}
		return r
	}
	sum := (89*mod(bank) + 15*mod(branch) + 3*mod(account)) % 97
	return 97-sum == int(key[0]-'0')*10+int(key[1]-'0')
}
