package moderation

import (
	"bytes"
	"strings"
)

// Postal addresses: the writer's own are masked, a service's are kept.

// Address cues.
const (
	addressPrivate     = 1
	addressService     = 2
	addressServiceNear = 3 // a service only right before its address: "the Jobcentre at 12 High Street"
)

// addresses finds "12 rue des Glycines" and "3 bis, avenue Foch": a house
// number, a street word and the street name. digits are the indexes of
// the tokens holding a digit.
func (p *personal) addresses(text string, toks []token, fold []byte, digits []int32, out []finding) []finding {
	next := 0 // the first token not yet read
	for _, d := range digits {
		k := int(d)
		t := toks[k]
		if k+2 >= len(toks) {
			break
		}
		// Nor a number or a street word inside what was found before:
		// "0@0.BD A.AA" is an e-mail address, then a name (found by
		// fuzzing).
		if k < next || t.has(tokLetter) && !lettered(text[t.cs:t.ce]) || t.ce-t.cs > 4 && !lettered(text[t.cs:t.ce]) || t.has(tokMasked) || overlapsAny(out, t.cs, toks[k+1].ce) {
			continue
		}
		// Nor the minutes of a time: "à 10:00 via le site" (Italian via);
		// an hour is one or two digits after no other ("0612345678:4 rue
		// des Lilas" is a phone and an address, and reads so once the
		// phone is masked).
		if t.ce-t.cs == 2 && t.cs >= 2 && text[t.cs-1] == ':' && isDigit(text[t.cs-2]) &&
			(t.cs < 3 || !isAlnumASCII(text[t.cs-3]) || isDigit(text[t.cs-3]) && (t.cs < 4 || !isAlnumASCII(text[t.cs-4]))) {
			continue
		}
		// Nor the decimals of a number, glued to it by a comma: "12,5
		// km" ("+000000000,0 AV A" was an address, then the number
		// before it a phone on a second reading; found by fuzzing). A
		// phone found before the comma is no such number: "0100000000,0
		// AV A" is a phone and an address.
		if t.cs >= 2 && text[t.cs-1] == ',' && isDigit(text[t.cs-2]) && !overlapsAny(out, t.cs-2, t.cs-1) {
			continue
		}
		// Nor a number that a word before it labels: "Ward 4 Oak View",
		// "Exit 2 North Road", "le bus 21c avenue Jean Jaurès".
		if k > 0 && numberLabels[string(fold[toks[k-1].fs:toks[k-1].fe])] {
			continue
		}
		j := k + 1
		if w := string(fold[toks[j].fs:toks[j].fe]); w == "bis" || w == "ter" || w == "quater" || len(w) == 1 && w[0] >= 'a' && w[0] <= 'd' && toks[j].cs == t.ce+1 && (k == 0 || !classBefore[string(fold[toks[k-1].fs:toks[k-1].fe])]) && (k == 0 || string(fold[toks[k-1].fs:toks[k-1].fe]) != "du") {
			// "3 bis", and a flat's letter apart: "12 B rue des Lilas"
			// (a street word must follow); not a school's class, "la
			// classe de 4 B", nor a shop's after du ("la boulangerie du
			// 7 B rue Nationale").
			j++
		} else if toks[j].cs == t.ce+1 && text[t.ce] == '-' && toks[j].ce-toks[j].cs <= 3 && countDigits(text[toks[j].cs:toks[j].ce]) == int(toks[j].ce-toks[j].cs) && j+1 < len(toks) && toks[j+1].has(tokCap) {
			// A range of numbers, as English writes a house made of two:
			// "3-5 Kingsway", "12-14 Station Road".
			j++
		}
		if j >= len(toks) {
			continue
		}
		if !p.streets[string(fold[toks[j].fs:toks[j].fe])] {
			// "14 Station Road": English puts the street word last.
			// A street of one word (Kingsway) is one after a word of the
			// writer's own only: "the 24 Highgate bus", "2 Gateway
			// advisers" are none.
			if e, one := englishStreetEnd(text, toks, fold, j); e > 0 && (!one || p.privateBefore(text, toks, fold, k) || k > 0 && flatWords[string(fold[toks[k-1].fs:toks[k-1].fe])]) && !p.serviceAddress(text, toks, fold, k, out) {
				start := t.cs
				if k > 0 && flatWords[string(fold[toks[k-1].fs:toks[k-1].fe])] && !gapHasBreak(text, toks[k-1], t) {
					start = toks[k-1].cs // "Flat 9, Corbett House"
				}
				out = append(out, finding{start, toks[e].ce, maskAddress})
				next = e + 1
			} else if e == 0 {
				// In small letters, where the writer says someone lives
				// there: "i live at 14 elm grove, leeds", "she lives at
				// 9 holly close".
				if e = lowerStreetEnd(text, toks, fold, j); e > 0 && (p.livesBefore(text, toks, fold, k) || atOrTo(text, toks, fold, k) && plainStreets[string(fold[toks[e].fs:toks[e].fe])]) && !p.serviceAddress(text, toks, fold, k, out) {
					out = append(out, finding{t.cs, toks[e].ce, maskAddress})
					next = e + 1
				}
			}
			continue
		}
		// The street name: words up to punctuation or a digit, at most five.
		end := j
		for m := j + 1; m < len(toks) && m <= j+5; m++ {
			// Nor over what was found before or masked already: "0 BD
			// A@A.AAA" is an e-mail address after the street word, which
			// a second reading finds masked (found by fuzzing).
			// A street word abbreviated with a full stop goes on: "45 av.
			// de la République".
			abbrev := m == j+1 && toks[j].fe-toks[j].fs <= 3 && text[toks[j].ce:toks[m].cs] == ". " &&
				(toks[m].info.particle || toks[m].has(tokCap) && toks[m].fe-toks[m].fs >= 2) // not "3 av. J.-C."
			if toks[m].has(tokDigit) || !abbrev && gapHasBreak(text, toks[m-1], toks[m]) || toks[m].has(tokMasked) || overlapsAny(out, toks[m].cs, toks[m].ce) {
				break
			}
			// "7 impasse des Tilleuls à Chambéry": the town after à or in
			// is not part of the street, and is kept.
			if w := text[toks[m].cs:toks[m].ce]; w == "à" || w == "in" || w == "In" {
				break
			}
			// "12 rue Montorgueil and the town hall": a frequent word
			// that is no particle ends the street's name; not a
			// possessive's s, "10 St Mary's Road".
			// (Nor Welsh "y", "yr" before the name's next word: "27 Heol
			// y Nant".)
			if toks[m].info.stop && !toks[m].info.particle && !toks[m].has(tokCap) &&
				!possessiveS(text, toks, fold, m) && !welshLink(text, toks, fold, m) {
				break
			}
			// Nor a word that opens a clause of its own: "6 rue des
			// Tanneurs malgré l'arrêté".
			if streetEnders[string(fold[toks[m].fs:toks[m].fe])] {
				break
			}
			end = m
		}
		if end == j {
			continue
		}
		// A postcode and town after it (", 59000 Lille") are kept: a
		// town is shared by thousands, the street is what finds a home.
		if !p.serviceAddress(text, toks, fold, k, out) {
			out = append(out, finding{t.cs, toks[end].ce, maskAddress})
		}
		next = end + 1
	}
	return out
}

// streetEnders are folded words that no street's name holds and that open
// a clause or a phrase after an address: "6 rue des Tanneurs malgré
// l'arrêté", "12 Church Lane despite the letters".
var streetEnders = map[string]bool{
	"malgre": true, "depuis": true, "pendant": true, "car": true, "mais": true, "donc": true, "lorsque": true, "puisque": true, "quand": true, "parce": true, "alors": true, "pourtant": true, "sauf": true, "ainsi": true,
	"despite": true, "since": true, "because": true, "although": true, "though": true, "while": true, "until": true, "unless": true, "whereas": true,
}

// lettered reports whether w is a house number with a letter, one to
// three digits then one of a to d, as English writes a flat in a divided
// house ("22b Kingsway Road", "J'habite au 12b rue des Lilas"), or bis,
// ter or quater written on ("au 38bis avenue de la République"); not an
// hour ("22h, rue Gambetta", "en 48h via la messagerie"), an ordinal ("3e
// avenue"), a road (A7) nor a size (4K).
func lettered(w string) bool {
	for _, s := range [...]string{"bis", "ter", "quater"} {
		if n := len(w) - len(s); n >= 1 && strings.EqualFold(w[n:], s) {
			return n <= 3 && countDigits(w[:n]) == n
		}
	}
	n := len(w) - 1
	if n < 1 || n > 3 || countDigits(w[:n]) != n {
		return false
	}
	c := w[n] | 0x20
	return c >= 'a' && c <= 'd'
}

// streetFirst finds addresses written street first, the number after the
// name: "calle Mayor 12", "via Roma 5", "Hauptstraße 12", "Rua Augusta
// 100".
func (p *personal) streetFirst(text string, toks []token, fold []byte, out []finding) []finding {
	for k := 0; k+1 < len(toks); k++ {
		// Most words are no street word and no German street: told with
		// no branch but one, from what germanStreet first asks (a
		// capital, six bytes or more, the last byte).
		t := &toks[k]
		last := fold[t.fe-1]
		maybe := b2i(t.info.street) | b2i(t.has(tokCap))&b2i(t.fe-t.fs >= 6)&(b2i(last == 'e')|b2i(last == 'r')|b2i(last == 'g')|b2i(last == 'z'))
		if maybe == 0 && !(last == 'r' && t.fe-t.fs >= 6 && fold[t.fe-2] == 't' && fold[t.fe-3] == 's') {
			continue // (in small letters, a street cut short only: "lindenstr")
		}
		// A German street in one word, capitalised; or in small letters
		// where the writer says it is a home ("ich wohne lindenstr. 14").
		compound := germanStreet(fold[toks[k].fs:toks[k].fe]) && (toks[k].has(tokCap) || p.homeBefore(text, toks, fold, k))
		if !toks[k].info.street && !compound {
			continue
		}
		// The name: up to four capitalised words or particles, then a
		// house number of three digits at most.
		num, named, french := -1, compound, frenchStreets[string(fold[t.fs:t.fe])]
		for m := k + 1; m < len(toks) && m <= k+5; m++ {
			// A comma may come before the number, as Spanish and Italian
			// write it ("Calle Mayor, 12", "Via Roma, 5"), when no word
			// follows the number ("Calle Mayor, 12 personas en la cola").
			// A placeholder after it is a word: it stands for the name a
			// first reading found there ("ViA A,0 BiA 000"; found by
			// fuzzing).
			comma := named && gapText(text, toks[m-1], toks[m]) == "," && toks[m].has(tokDigit) &&
				(m+1 == len(toks) || gapHasBreak(text, toks[m], toks[m+1]) || !toks[m+1].has(tokLetter) || toks[m+1].has(tokDigit)) &&
				!(m+1 < len(toks) && toks[m+1].has(tokMasked))
			// The number after a comma and its abbreviation: "Rua das
			// Flores, n.º 23", "Calle Mayor, nº 12".
			if named && gapText(text, toks[m-1], toks[m]) == "," && numberAbbreviations[string(fold[toks[m].fs:toks[m].fe])] {
				abbrev := func(a, b int) bool {
					switch strings.TrimSpace(text[toks[a].ce:toks[b].cs]) {
					case "", ".", "º", ".º", "°":
						return true
					}
					return false
				}
				d := m + 1
				if d < len(toks) && !toks[d].has(tokDigit) && toks[d].fe-toks[d].fs <= 2 && abbrev(m, d) {
					d++ // "n" and "º" apart
				}
				if d < len(toks) && toks[d].has(tokDigit) && !toks[d].has(tokLetter) && countDigits(text[toks[d].cs:toks[d].ce]) <= 3 && abbrev(d-1, d) {
					num = d
				}
				break
			}
			// An avenue abbreviated goes on after its full stop:
			// "Avda. de la Constitución 5", "Av. da Liberdade 245".
			// So does a German street's "Str." where the writer says it
			// is a home ("ich wohne Lindenstr. 14"; not "in der
			// Hauptstr. 5 Minuten gewartet": the full stop may end a
			// sentence).
			abbrev := m == k+1 && gapText(text, *t, toks[m]) == "." && (streetAbbreviations[string(fold[t.fs:t.fe])] || compound && fold[t.fe-1] == 'r' && p.homeBefore(text, toks, fold, k))
			if gapHasBreak(text, toks[m-1], toks[m]) && !comma && !abbrev {
				break
			}
			if toks[m].has(tokDigit) {
				if named && countDigits(text[toks[m].cs:toks[m].ce]) <= 3 && toks[m].ce-toks[m].cs <= 4 {
					num = m
				}
				break
			}
			if toks[m].has(tokCap) {
				named = true
			} else if french && frenchStreetLinks[string(fold[toks[m].fs:toks[m].fe])] {
				// "Rue des Vosges": read on.
			} else if !toks[m].info.particle && !streetLinks[string(fold[toks[m].fs:toks[m].fe])] {
				break
			}
		}
		// A French street's name with its number after it, as a writer of
		// another language puts it ("Wir wohnen Rue des Vosges 14"), only
		// when said to be a home: "je suis passée rue des Lilas 3 fois".
		// Nor when a word follows the number in its clause: "je suis
		// passé rue de la République 2 fois", "rue des Écoles 30
		// enfants".
		if num < 0 || overlapsAny(out, toks[k].cs, toks[num].ce) || french && (!p.homeBefore(text, toks, fold, k) || num+1 < len(toks) && toks[num+1].has(tokLetter) && !gapHasBreak(text, toks[num], toks[num+1]) && !afterHouseNumber[string(fold[toks[num+1].fs:toks[num+1].fe])]) {
			continue
		}
		// The postcode and town after it (", 28013 Madrid", "1100-053
		// Lisboa") are kept, as in addresses.
		if !p.serviceAddress(text, toks, fold, k, out) {
			out = append(out, finding{toks[k].cs, toks[num].ce, maskAddress})
		}
		k = num
	}
	return out
}

// germanPlaceStreets finds German streets named by a preposition and a
// place, then the house number ("Adresse: Am Markt 3", "wir wohnen Im
// Winkel 12"), where the writer says it is his home or an address, no
// word but those after a home's number following it: "Am Montag 3
// Termine verpasst", "Meine Wohnung: Im Januar 3 Mal Schimmel gemeldet"
// are none.
func (p *personal) germanPlaceStreets(text string, toks []token, fold []byte, out []finding) []finding {
	for k := 0; k+2 < len(toks); k++ {
		t, name, num := toks[k], toks[k+1], toks[k+2]
		if !t.has(tokCap) || !germanPlacePrepositions[string(fold[t.fs:t.fe])] || !name.has(tokCap) || name.has(tokDigit) || !num.has(tokDigit) || num.has(tokLetter) && !lettered(text[num.cs:num.ce]) ||
			countDigits(text[num.cs:num.ce]) > 3 || gapHasBreak(text, t, name) || gapHasBreak(text, name, num) || overlapsAny(out, t.cs, num.ce) || !p.homeBefore(text, toks, fold, k) && !(postcodeTownAfter(text, toks, k+2) && !p.serviceAddress(text, toks, fold, k, out)) ||
			germanTimes[string(fold[name.fs:name.fe])] ||
			k+3 < len(toks) && toks[k+3].has(tokLetter) && !gapHasBreak(text, num, toks[k+3]) && !afterHouseNumber[string(fold[toks[k+3].fs:toks[k+3].fe])] {
			continue
		}
		out = append(out, finding{t.cs, num.ce, maskAddress})
		k += 2
	}
	return out
}

// postcodeTownAfter reports whether a German postcode and its town follow
// the house number at token k after a comma: "Am Mühlbach 7, 83022
// Rosenheim" is an address wherever it is written.
func postcodeTownAfter(text string, toks []token, k int) bool {
	if k+2 >= len(toks) || strings.TrimSpace(text[toks[k].ce:toks[k+1].cs]) != "," {
		return false
	}
	pc, town := toks[k+1], toks[k+2]
	return pc.ce-pc.cs == 5 && countDigits(text[pc.cs:pc.ce]) == 5 && town.has(tokCap) && !town.has(tokDigit) && text[pc.ce:town.cs] == " "
}

// germanPlacePrepositions are the folded prepositions that open a German
// street's name (germanPlaceStreets); germanTimes the months and days
// after them that are no place ("Im Januar 3 Mal Schimmel gemeldet").
var (
	germanPlacePrepositions = map[string]bool{"am": true, "im": true, "zum": true, "zur": true}
	germanTimes             = map[string]bool{
		"januar": true, "februar": true, "marz": true, "april": true, "mai": true, "juni": true, "juli": true, "august": true, "september": true, "oktober": true, "november": true, "dezember": true,
		"montag": true, "dienstag": true, "mittwoch": true, "donnerstag": true, "freitag": true, "samstag": true, "sonntag": true, "wochenende": true, "jahr": true, "monat": true,
	}
)

// streetAbbreviations are the folded street words abbreviated with a full
// stop before the street's name, in the languages that write the number
// after it.
var streetAbbreviations = map[string]bool{"avda": true, "av": true}

// streetLinks join the words of a street's name, besides the particles of
// names: "Rua do Almada", "Via della Spiga", "Calle de la Paz".
var streetLinks = map[string]bool{"do": true, "da": true, "dos": true, "das": true, "del": true, "della": true, "dello": true, "dei": true, "degli": true, "delle": true, "la": true, "las": true, "los": true, "der": true, "am": true, "an": true, "zum": true, "zur": true}

// welshLink reports whether token m is Welsh "y" or "yr" (the) between
// two words of a street's name, the next capitalised: "Heol y Nant",
// "Ffordd yr Orsaf".
func welshLink(text string, toks []token, fold []byte, m int) bool {
	w := string(fold[toks[m].fs:toks[m].fe])
	if (w != "y" && w != "yr") || m+1 >= len(toks) || !toks[m+1].has(tokCap) || gapHasBreak(text, toks[m], toks[m+1]) {
		return false
	}
	// After a Welsh street word, one or two words back: not Spanish "y"
	// ("4 Calle Sol y Hacienda me manda las cartas").
	for j := m - 1; j >= 0 && j >= m-2; j-- {
		switch string(fold[toks[j].fs:toks[j].fe]) {
		case "heol", "ffordd", "stryd":
			return true
		}
	}
	return false
}

// frenchStreetLinks join the words of a French street's name: "Rue des
// Vosges", "rue du Moulin".
var frenchStreetLinks = map[string]bool{"des": true, "du": true, "de": true, "d": true, "les": true, "le": true}

// afterHouseNumber are the words that may follow the house number of a
// home: "nous habitons rue des Vosges 14 depuis 2019", "…14 with my
// family".
var afterHouseNumber = map[string]bool{"depuis": true, "avec": true, "et": true, "a": true, "au": true, "en": true, "since": true, "with": true, "and": true, "in": true, "seit": true, "mit": true, "und": true}

// frenchStreets are French street words, read like those of numberAfter
// too (build marks both as street words): a writer of another language
// may put the number after the name ("Wir wohnen Rue des Vosges 14").
var frenchStreets = map[string]bool{"rue": true, "avenue": true, "boulevard": true, "chemin": true, "impasse": true}

// numberAfter holds the street words of languages that write the house
// number after the street's name.
var numberAfter = map[string]bool{"calle": true, "avenida": true, "avda": true, "av": true, "via": true, "viale": true, "piazza": true, "corso": true, "rua": true, "travessa": true, "largo": true, "strasse": true, "weg": true, "platz": true, "gasse": true, "allee": true, "plaza": true, "paseo": true, "carrer": true}

// germanStreet reports whether the folded word w is a German street name
// written as one word: Hauptstrasse, Bahnhofstr, Lindenweg, Marktplatz.
func germanStreet(w []byte) bool {
	if len(w) < 6 {
		return false
	}
	switch w[len(w)-1] {
	case 'e', 'r', 'g', 'z':
	default:
		return false
	}
	for _, suffix := range []string{"strasse", "str", "weg", "platz", "gasse", "allee"} {
		if len(w) > len(suffix)+2 && string(w[len(w)-len(suffix):]) == suffix {
			return true
		}
	}
	return false
}

// wordsBack returns the first of the tokens before token k that hold n
// words, a run of masked tokens counting as one: a placeholder
// ("[numéro masqué]") stands for what it masked, one number or one name,
// so that a second reading reaches as far back as the first ("NIR 00000
// A0 0 0 0 0 A 0100000000": the acronym NIR, eight words back, made the
// landline a service's number on the first reading only; found by
// fuzzing).
func wordsBack(toks []token, k, n int) int {
	j := k
	for words := 0; j > 0 && words < n; {
		j--
		if !toks[j].has(tokMasked) || j == k-1 || !toks[j+1].has(tokMasked) {
			words++
		}
	}
	return j
}

// serviceAddress reports whether the address starting at token k is the
// address of a public service ("préfecture du Rhône, 106 rue Pierre
// Corneille"), which is kept: a service word or an acronym among the
// eight words before it in the same sentence, and no word saying that
// the writer lives there ("j'habite", "mon adresse", "chez moi").
func (p *personal) serviceAddress(text string, toks []token, fold []byte, k int, out []finding) bool {
	service := false
	for j := k - 1; j >= 0 && j >= wordsBack(toks, k, 8); j-- {
		// A sentence ended after word j: its words are not read ("a
		// brilliant service. Our new address is 23 rue du Four").
		if gapEndsSentence(text, toks[j], toks[j+1]) && !strings.ContainsAny(text[toks[j].ce:toks[j+1].cs], ":(") {
			break
		}
		// Words of what was found before (an address, an e-mail) say
		// nothing of this one: a second reading finds them masked ("0 AV
		// EU 0 AV A"; found by fuzzing).
		if toks[j].has(tokMasked) || overlapsAny(out, toks[j].cs, toks[j].ce) {
			continue
		}
		w := string(fold[toks[j].fs:toks[j].fe])
		switch p.addressCue[w] {
		case addressPrivate:
			return false
		case addressServiceNear:
			// "the library at 8 Market Place"; not "the council sent the
			// bailiffs to 7 Bramble Close".
			if j >= wordsBack(toks, k, 2) {
				service = true
			}
		case addressService:
			service = true
		}
		// An acronym names a service, unless it is in a street's name
		// ("Via AF 0, 0 Via A", "ViA A AF 0 0 ViA A": a street that the
		// street-first reading finds and masks later; found by fuzzing).
		// Nor the "PS" or "PD" of a postscript, which turns to the
		// writer's own business ("PS: schreibt mir auf WhatsApp 0176…").
		if toks[j].info.acronym && toks[j].has(tokUpper) && !inStreetName(text, toks, j) && w != "ps" && w != "pd" {
			service = true
		}
	}
	return service
}

// inStreetName reports whether token j follows a street word, with at
// most two capitalised words between: it is part of the street's name.
func inStreetName(text string, toks []token, j int) bool {
	for m := j - 1; m >= 0 && m >= j-3; m-- {
		if gapHasBreak(text, toks[m], toks[m+1]) {
			return false
		}
		if toks[m].info.street {
			return true
		}
		if !toks[m].has(tokCap) {
			return false
		}
	}
	return false
}

// englishStreetEnd returns the index of the street word ending the English
// street name that starts at token j ("Station Road", "Mill Hill Lane"):
// one to three capitalised words, then a street word; 0 if there is none.
// Or a street of one word (oneWordStreet), or a block of flats ("14
// Shelley House"), then one is true: an address only after a word of the
// writer's own or a flat's word.
func englishStreetEnd(text string, toks []token, fold []byte, j int) (end int, one bool) {
	if unitWords[string(fold[toks[j].fs:toks[j].fe])] {
		return 0, false // "a 5 Percent Rise in rents"; not Mile End Road, Pound Lane, Day Street
	}
	single := 0 // a street in one word, unless a street word follows ("22b Kingsway Road")
	for m, last := j, j+3; m < len(toks) && m <= last; m++ {
		// A possessive's s inside the name, one word more: "72 Queen's
		// Park Road".
		if m > j && possessiveS(text, toks, fold, m) {
			last++
			continue
		}
		if !toks[m].has(tokCap) || toks[m].has(tokDigit) || m > j && gapHasBreak(text, toks[m-1], toks[m]) {
			break
		}
		w := string(fold[toks[m].fs:toks[m].fe])
		if m > j && homeStreets[w] {
			// A street word that names walks and events too: an
			// address after a word of the writer's own only, as a
			// street in one word ("the flat at 7 Larch Walk"), and not
			// after a measure ("our sponsored 10 Mile Walk", "a 20
			// Minute Walk").
			if walkMeasures[string(fold[toks[j].fs:toks[j].fe])] {
				return 0, false
			}
			return m, true
		}
		if m > j && englishStreets[w] {
			// A block's word ends its clause, after a name that is no
			// frequent word: "14 Shelley House, Keats Estate"; not "3
			// Opera House tickets", "a 3 Bed House".
			// Nor a year ("In June 2017 Grenfell Tower, a council
			// block, burned"). A frequent word may follow it: "our
			// council flat at 6 Tennyson House for over a year".
			if blockWords[w] && (m+1 < len(toks) && gapText(text, toks[m], toks[m+1]) == "" && !toks[m+1].info.stop || toks[m-1].info.stop || nounWordsBeforeBlock[string(fold[toks[m-1].fs:toks[m-1].fe])] || toks[j-1].ce-toks[j-1].cs > 3 ||
				j >= 2 && numberLabels[string(fold[toks[j-2].fs:toks[j-2].fe])] || j >= 2 && string(fold[toks[j-2].fs:toks[j-2].fe]) == "number") {
				return 0, false
			}
			// A block's number is a home's after a word of the writer's
			// own or a flat's word ("My mum lives at 27 Wordsworth
			// House", "Flat 9, Corbett House"); not a public building's,
			// "held at 1 Kings House, the civic centre" (the caller asks,
			// with one).
			if blockWords[w] {
				return m, true
			}
			return m, false
		}
		if m == j && oneWordStreet(w) {
			single = m
		}
	}
	return single, single > 0
}

// lowerStreetEnd returns the index of the street word ending an English
// street's name written in small letters from token j ("elm grove", "holly
// close"): one to three words of letters, no frequent word, then a street
// word (englishStreets); 0 if there is none.
func lowerStreetEnd(text string, toks []token, fold []byte, j int) int {
	for m := j; m < len(toks) && m <= j+3; m++ {
		u := &toks[m]
		if u.has(tokCap) || u.has(tokDigit) || !u.has(tokLetter) || u.has(tokMasked) || u.info.stop || gapText(text, toks[m-1], *u) != "" {
			return 0 // (nor across a comma: "we live at 12, lovely quiet road")
		}
		if m > j && englishStreets[string(fold[u.fs:u.fe])] {
			return m
		}
	}
	return 0
}

// atOrTo reports whether the house number at token k comes right after
// "at" after a person (a name, a neighbour, a pronoun) or after
// "to" with the post or a parcel said before it in its sentence: a street
// of a number and a street word in small letters is then where someone
// lives ("mrs okonkwo at 31 fairfield close", "no post has come to 22
// ashgrove road"); not where a service moved ("the food bank moved to 6
// mill lane", "the hearing is at 2 bridge street"), nor Downing Street.
func atOrTo(text string, toks []token, fold []byte, k int) bool {
	if k < 2 || string(fold[toks[k+1].fs:toks[k+1].fe]) == "downing" {
		return false
	}
	switch string(fold[toks[k-1].fs:toks[k-1].fe]) {
	case "at":
		p := toks[k-2]
		// (Not a placeholder, a name or an e-mail masked by the first
		// reading: the second must find what the first did.)
		return knownName(p) && !p.info.stop && !p.has(tokMasked) || homePeople[string(fold[p.fs:p.fe])]
	case "to":
		for j := k - 2; j >= 0 && j >= k-8; j-- {
			if gapEndsSentence(text, toks[j], toks[j+1]) {
				return false
			}
			if postWords[string(fold[toks[j].fs:toks[j].fe])] {
				return true
			}
		}
	}
	return false
}

// homePeople, folded, are people whose address "at" follows: "my
// neighbour at 31 fairfield close", "she's at 4 elm road".
var homePeople = map[string]bool{
	"neighbour": true, "neighbours": true, "neighbor": true, "neighbors": true, "mum": true, "mom": true, "dad": true, "mother": true, "father": true,
	"nan": true, "gran": true, "grandmother": true, "grandfather": true, "sister": true, "brother": true, "daughter": true, "son": true, "aunt": true, "uncle": true,
	"tenant": true, "tenants": true, "lives": true, "live": true, "living": true, "she": true, "he": true, "s": true, "i": true, "im": true, "m": true, "we": true, "re": true,
}

// postWords, folded, tell the post delivered: "no post has come to 22
// ashgrove road", "parcels delivered to 8 meadow view gardens".
var postWords = map[string]bool{
	"post": true, "parcel": true, "parcels": true, "letter": true, "letters": true, "mail": true, "delivered": true, "delivery": true, "deliveries": true, "postman": true, "courier": true,
}

// plainStreets, folded, are the street words of englishStreets that are
// seldom anything else after a number and a word ("45 minute drive", "a
// 3 bed house" are none).
var plainStreets = map[string]bool{"street": true, "road": true, "lane": true, "avenue": true, "close": true, "crescent": true, "grove": true, "terrace": true, "gardens": true, "mews": true}

// livesBefore reports whether the place at token k comes right after
// "at", "is", "on" or "no", and a word saying someone lives there ("live", "lives",
// "habite", "address") is among the six words before it in its sentence:
// "she lives at 9 holly close", "my address is 3 mill lane" (not "lives
// 2 hours drive from", "we live in a 2 bedroom house", a review's).
func (p *personal) livesBefore(text string, toks []token, fold []byte, k int) bool {
	if k == 0 {
		return false
	}
	switch string(fold[toks[k-1].fs:toks[k-1].fe]) {
	case "at", "is", "on", "no":
		// "lives at", "address is", "live on", "at no 9"
	default:
		return false
	}
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if gapEndsSentence(text, toks[j], toks[j+1]) {
			return false
		}
		if w := string(fold[toks[j].fs:toks[j].fe]); toks[j].info.lives || w == "address" || w == "adresse" {
			return true
		}
	}
	return false
}

// homeBefore reports whether a word saying the place at token k is a
// home, an address or the writer's own (privateBefore's, or "adresse",
// "address") is among the eight words before it in its sentence, a colon
// read over: "l'adresse est claire : lieu-dit Le Bousquet".
func (p *personal) homeBefore(text string, toks []token, fold []byte, k int) bool {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if gapEndsClause(text, toks[j], toks[j+1]) {
			return false
		}
		w := string(fold[toks[j].fs:toks[j].fe])
		if p.addressCue[w] == addressPrivate || toks[j].info.lives || w == "adresse" || w == "address" {
			return true
		}
	}
	return false
}

// privateBefore reports whether a word saying the address is the writer's
// ("I live at", "my address", "chez") is among the six words before token
// k in its sentence.
func (p *personal) privateBefore(text string, toks []token, fold []byte, k int) bool {
	for j := k - 1; j >= 0 && j >= k-6; j-- {
		if gapEndsSentence(text, toks[j], toks[j+1]) {
			return false
		}
		w := string(fold[toks[j].fs:toks[j].fe])
		if p.addressCue[w] == addressPrivate || toks[j].info.lives {
			return true
		}
	}
	return false
}

// oneWordStreet reports whether w, folded and capitalised in the text, is
// a street's name written as one word with its street word, as British
// towns name their old roads: Kingsway, Broadway, Parkway, Northgate,
// Moorgate. Seven letters at least: not Norway, Galway, Subway.
func oneWordStreet(w string) bool {
	return len(w) >= 7 && (strings.HasSuffix(w, "way") || strings.HasSuffix(w, "gate"))
}

// englishStreets holds the street words written after the street's name.
var englishStreets = map[string]bool{
	"street": true, "st": true, "road": true, "rd": true, "lane": true, "drive": true, "avenue": true, "close": true, "crescent": true,
	"way": true, "grove": true, "terrace": true, "gardens": true, "court": true, "place": true,
	"view": true, "rise": true, "parade": true, "row": true, "hill": true, "square": true, "mews": true, "vale": true,
	"quay": true, "wharf": true, "heights": true, "cottages": true, "villas": true, "approach": true,
	// A flat's number in a named block: "14 Shelley House, Keats Estate".
	"house": true, "lodge": true, "mansions": true, "tower": true,
}

// homeStreets are street words written after the street's name that are
// an address's only after a word of the writer's own (englishStreetEnd).
var homeStreets = map[string]bool{"walk": true}

// walkMeasures are the folded measures of a walk before homeStreets,
// besides the plurals and times of unitWords, which englishStreetEnd
// reads first.
var walkMeasures = map[string]bool{"mile": true, "km": true, "k": true, "day": true, "step": true, "steps": true}

// blockWords are the englishStreets that end a block's name, and
// nounWordsBeforeBlock the words before them that make a kind of house,
// not a name: "a 3 Bed House", "the Opera House".
var (
	blockWords           = map[string]bool{"house": true, "lodge": true, "mansions": true, "tower": true}
	nounWordsBeforeBlock = map[string]bool{"bed": true, "bedroom": true, "opera": true, "guest": true, "country": true, "town": true, "council": true, "public": true, "terraced": true, "detached": true, "family": true, "tree": true, "club": true}
)

// flats finds a flat in a block of flats: "Résidence Les Pins, bât. C,
// appt 42", "bâtiment B escalier 2 appartement 17" — a flat number after
// a building word in the same sentence, from the building word on. A
// flat number alone ("l'appartement 42 n'a pas de chauffage") says little
// of who lives there, and is kept. digits are the indexes of the tokens
// holding a digit.
func (p *personal) flats(text string, toks []token, fold []byte, digits []int32, out []finding) []finding {
	for _, d := range digits {
		k := int(d)
		if k < 1 || toks[k].has(tokLetter) || toks[k].ce-toks[k].cs > 4 || toks[k-1].info.sets&setFlat == 0 { // flatWords (build.go)
			continue
		}
		start := -1
		for j := k - 2; j >= 0 && j >= k-10; j-- {
			// The dot of "bât. C" ends no sentence.
			abbrev := abbreviations[string(fold[toks[j].fs:toks[j].fe])] && gapText(text, toks[j], toks[j+1]) == "."
			if gapEndsSentence(text, toks[j], toks[j+1]) && !abbrev {
				break
			}
			if buildingWords[string(fold[toks[j].fs:toks[j].fe])] {
				start = j
			}
		}
		if start >= 0 && !overlapsAny(out, toks[start].cs, toks[k].ce) {
			out = append(out, finding{toks[start].cs, toks[k].ce, maskAddress})
			continue
		}
		// English names the building after the flat: "Flat 9, Kingsley
		// House", "Apartment 4 Riverside Court"; from the flat word to
		// the building's noun, capitalised words between.
		if e := namedBuildingAfter(text, toks, fold, k); e > k && !overlapsAny(out, toks[k-1].cs, toks[e].ce) {
			out = append(out, finding{toks[k-1].cs, toks[e].ce, maskAddress})
		}
	}
	return out
}

// namedBuildingAfter returns the token of the noun ending a building's
// name (House, Court, Tower…) that follows the flat number at token k,
// after a comma maybe, one to three capitalised words long; or -1.
func namedBuildingAfter(text string, toks []token, fold []byte, k int) int {
	for j := k + 1; j < len(toks) && j <= k+4; j++ {
		if gap := gapText(text, toks[j-1], toks[j]); gap != "" && !(j == k+1 && gap == ",") || !toks[j].has(tokCap) || toks[j].has(tokDigit) {
			return -1
		}
		if j > k+1 && englishBuildings[string(fold[toks[j].fs:toks[j].fe])] {
			return j
		}
	}
	return -1
}

// classBefore, folded, come before a school's class: "la classe de 4 B".
var classBefore = map[string]bool{"de": true, "en": true, "classe": true, "class": true}

// lieuDitBefore, folded, come before a numbered lieu-dit: "au 2 lieu-dit
// Kerlann", "J'habite 4 lieu-dit…".
var lieuDitBefore = map[string]bool{"au": true, "habite": true, "habitons": true, "demeurant": true, "domicilie": true, "domiciliee": true}

// flatWords come before a flat's number, buildingWords before the name or
// letter of its building.
var (
	flatWords     = map[string]bool{"appt": true, "appart": true, "appartement": true, "apt": true, "apartment": true, "flat": true, "logement": true}
	buildingWords = map[string]bool{"residence": true, "res": true, "bat": true, "batiment": true, "immeuble": true, "escalier": true, "block": true, "building": true}
	abbreviations = map[string]bool{"bat": true, "esc": true, "appt": true, "apt": true, "res": true}
	// englishBuildings end the name of a block of flats: "Kingsley
	// House", "Riverside Court".
	englishBuildings = map[string]bool{"house": true, "court": true, "tower": true, "lodge": true, "mansions": true, "heights": true, "building": true, "buildings": true, "block": true}
)

// namedAddresses finds the writer's address that has no house number, a
// place's name then its postcode and town, after a word saying he lives
// there: "J'habite Lieu-dit La Garenne, 46100 Figeac", "I live at Bramble
// Cottage, Lower Lane, Ambleside LA22 0BJ" (rural addresses, where a
// hamlet or a house has a name and no number). Between the word and the
// postcode only capitalised words, particles and commas, in one sentence;
// two capitalised words at least: a town with its postcode ("j'habite à
// Lyon, 69003 Lyon", "I live in Leeds LS6 1AB") says little more than
// the town.
func (p *personal) namedAddresses(text string, toks []token, fold []byte, out []finding) []finding {
	// The words of class lives are marked in the word table (build.go),
	// which annotate read for every token: a flag of the token says it.
	// Few texts name a lieu-dit: one search of the folded words tells,
	// not a test for every word.
	lieuDit := bytes.Contains(fold, []byte("lieu"))
	for k := 0; k+3 < len(toks); k++ {
		if !toks[k].info.lives && !lieuDit {
			continue
		}
		s := k + 1
		// "Lieu-dit" names a place as a capitalised word does: "J'habite
		// au lieu-dit Chantemerle, 26400 Crest".
		// A house number may come before it: "J'habite au 4 lieu-dit
		// Les Combes, 24220 Saint-Cyprien".
		names := 0
		if !toks[k].info.lives {
			// A lieu-dit's name with its postcode is an address said as
			// one, whoever lives there: "l'adresse est claire : lieu-dit
			// Le Bousquet, 46100 Figeac", masked as a named address is.
			// Only a home's, said so before it (an address, the writer's
			// own): not a public place's, "La salle des fêtes, lieu-dit
			// La Grange, 46300 Gourdon", "L'arrêt du 215 lieu-dit Les
			// Granges est supprimé".
			if toks[k].fe-toks[k].fs != 4 || string(fold[toks[k].fs:toks[k].fe]) != "lieu" || string(fold[toks[k+1].fs:toks[k+1].fe]) != "dit" || k > 0 && toks[k-1].info.lives || !p.homeBefore(text, toks, fold, k) {
				continue
			}
			s, names = k+2, 1
		}
		from, house := -1, false
		// "au 2 lieu-dit Kerlann": a house's number after au or habite;
		// not a year, a line's, an exit's or a count ("Depuis 2019
		// lieu-dit…", "ligne 12 lieu-dit…", "Il y a 3 lieu-dit…").
		if s == k+2 && k > 1 && toks[k-1].has(tokDigit) && !toks[k-1].has(tokLetter) && toks[k-1].ce-toks[k-1].cs <= 3 && !toks[k-1].has(tokMasked) && lieuDitBefore[string(fold[toks[k-2].fs:toks[k-2].fe])] {
			from = k - 1
		}
		for s < len(toks) && !toks[s].has(tokCap) {
			if numbered := toks[s].has(tokDigit) && toks[s].fe-toks[s].fs <= 4 && s+2 < len(toks) && string(fold[toks[s+1].fs:toks[s+1].fe]) == "lieu" && string(fold[toks[s+2].fs:toks[s+2].fe]) == "dit"; numbered {
				from = s
			} else if toks[s].has(tokDigit) && !toks[s].has(tokLetter) && toks[s].fe-toks[s].fs <= 3 && from < 0 && s+1 < len(toks) && toks[s+1].has(tokCap) && !gapHasBreak(text, toks[s], toks[s+1]) {
				// A house's number before its name, with its postcode:
				// "I live at 2 The Paddocks, Little Hadham SG11 2DX"
				// (not "I live in a 3 Bed House").
				from, house = s, true
			} else if !livesLinks[string(fold[toks[s].fs:toks[s].fe])] {
				break
			}
			if string(fold[toks[s].fs:toks[s].fe]) == "dit" && s > 0 && string(fold[toks[s-1].fs:toks[s-1].fe]) == "lieu" {
				names++
			}
			s++
		}
		if from < 0 {
			from = s
		}
		lastName := -1
		for m := s; m < len(toks) && m <= s+8; m++ {
			t := toks[m]
			if m > s && gapEndsSentence(text, toks[m-1], t) || t.has(tokMasked) || overlapsAny(out, t.cs, t.ce) {
				break
			}
			if t.has(tokDigit) {
				e := postcodeTownEnd(text, toks, m)
				// Numbered, it is an address as a street's is, masked
				// up to its postcode, its town left.
				if e >= 0 && from < s && m > s {
					e = m - 1
				}
				if e >= 0 && names >= 2 && !overlapsAny(out, toks[from].cs, toks[e].ce) {
					out = append(out, finding{toks[from].cs, toks[e].ce, maskAddress})
					k = e
				}
				break
			}
			if t.has(tokCap) {
				names++
				lastName = m
			} else if !t.info.particle && !(m > s && toks[m-1].has(tokHyphen)) { // "Lieu-dit"
				break
			}
		}
		// A numbered lieu-dit with no postcode is an address still, as a
		// street's is: "au 2 lieu-dit Kerlann, et le courrier…".
		if from < s && !house && lastName >= s && names >= 2 && k < lastName && !overlapsAny(out, toks[from].cs, toks[lastName].ce) && (lastName+1 == len(toks) || !toks[lastName+1].has(tokDigit)) {
			out = append(out, finding{toks[from].cs, toks[lastName].ce, maskAddress})
			k = lastName
		}
	}
	return out
}

// postcodeTownEnd returns the last token of a postcode and its town
// starting at token m, French ("46100 Figeac") or British, the town first
// ("Ambleside LA22 0BJ": m is the postcode's first half); -1 if none.
func postcodeTownEnd(text string, toks []token, m int) int {
	t := toks[m]
	w := text[t.cs:t.ce]
	if len(w) == 5 && countDigits(w) == 5 && w != "00000" && m+1 < len(toks) && toks[m+1].has(tokCap) && text[t.ce:toks[m+1].cs] == " " {
		e := m + 1
		for e+1 < len(toks) && toks[e].has(tokHyphen) && toks[e+1].has(tokLetter) {
			e++ // Saint-Jean-de-Luz
		}
		return e
	}
	if m+1 < len(toks) && text[t.ce:toks[m+1].cs] == " " && ukOutward(w) && ukInward(text[toks[m+1].cs:toks[m+1].ce]) {
		return m + 1
	}
	return -1
}

// ukOutward and ukInward report whether w is the first or second half of
// a British postcode: LA22, SW1A, M1; 0BJ.
func ukOutward(w string) bool {
	if len(w) < 2 || len(w) > 4 || !isUpperASCII(w[0]) {
		return false
	}
	d := countDigits(w)
	return d >= 1 && d <= 2 && isDigit(w[len(w)-1]) || d >= 1 && isUpperASCII(w[len(w)-1]) && len(w) == 4
}

func ukInward(w string) bool { return layout(w, "dLL") }

// unitWords are the folded words of what a number counts, which starts no
// street's name after it.
var unitWords = map[string]bool{
	"percent": true, "per": true, "miles": true, "years": true, "hour": true, "hours": true,
	"minute": true, "minutes": true, "days": true, "weeks": true, "month": true, "months": true,
	"pounds": true, "points": true,
}

// numberLabels are the folded words that make the number after them a
// ward's, a bus's, a room's, an exit's, not a house's.
var numberLabels = map[string]bool{
	"ward": true, "exit": true, "terminal": true, "year": true, "section": true, "chapter": true, "bus": true,
	"route": true, "line": true, "platform": true, "level": true, "floor": true, "gate": true, "junction": true, "page": true,
	"part": true, "step": true, "stage": true, "counter": true, "desk": true, "window": true, "bay": true,
	"guichet": true, "salle": true, "porte": true, "ligne": true, "quai": true, "bureau": true, "etage": true, "chapitre": true,
	"zone": true, "zones": true, "day": true,
	"room": true, "queue": true, "box": true, "office": true, "cubicle": true,
}

// livesLinks may come between a word of personal_cues' class lives and
// the place it names.
var livesLinks = map[string]bool{"at": true, "a": true, "au": true, "in": true, "en": true, "sur": true, "le": true, "la": true, "lieu": true, "dit": true, "is": true}
