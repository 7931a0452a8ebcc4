package moderation

import "testing"

func TestValidNIR(t *testing.T) {
	tests := []struct {
		name string
		nir  string
		want bool
	}{
		{"key matches", "151110829873159", true},
		{"another valid key", "283057812888642", true},
		{"wrong key", "151110829873158", false},
		{"Corsica 2A counts as 19", "185072A123456" + nirKey("1850719123456"), true},
		{"Corsica 2B counts as 18", "285012B001117" + nirKey("2850118001117"), true},
		{"2A with the key of 20 fails", "185072A123456" + nirKey("1850720123456"), false},
		{"month 13 is impossible", "185132012345" + "678", false},
		{"sex digit 5 is impossible", "585072012345" + "678", false},
		{"too short", "15111082987", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := validNIR([]byte(tt.nir)); got != tt.want {
				t.Fatalf("validNIR(%s) = %v, want %v", tt.nir, got, tt.want)
			}
		})
	}
}

// nirKey computes the key of 13 digits, for building test cases.
func nirKey(digits string) string {
	var n uint64
	for _, c := range digits {
		n = n*10 + uint64(c-'0')
	}
	k := 97 - n%97
	return string([]byte{byte('0' + k/10), byte('0' + k%10)})
}

func TestValidIBAN(t *testing.T) {
	tests := []struct {
		name string
		iban string
		want bool
	}{
		{"French IBAN", "FR7620041920484399637312089", true},
		{"French IBAN, other bank", "FR7610278533539248042438629", true},
		{"German IBAN", "DE89370400440532013000", true},
		{"one digit changed", "FR7620041920484399637312088", false},
		{"wrong length for France", "FR762004192048439963731208", false},
		{"not letters first", "7620041920484399637312089FR", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := validIBAN([]byte(tt.iban)); got != tt.want {
				t.Fatalf("validIBAN(%s) = %v, want %v", tt.iban, got, tt.want)
			}
		})
	}
}

func TestValidRIB(t *testing.T) {
	for _, tt := range []struct {
		bank, branch, account, key string
		want                       bool
	}{
		{"20041", "01005", "0500013M026", "06", true},
		{"30002", "62383", "96019828748", "33", true},
		{"10096", "18000", "00012345678", "06", true},
		{"10096", "18000", "00012345678", "07", false},
		{"20041", "01005", "0500013N026", "06", false},
	} {
		if got := validRIB(tt.bank, tt.branch, tt.account, tt.key); got != tt.want {
			t.Errorf("validRIB(%s %s %s %s) = %v, want %v", tt.bank, tt.branch, tt.account, tt.key, got, tt.want)
		}
	}
}

func TestValidSteuerID(t *testing.T) {
	for _, tt := range []struct {
		d    string
		want bool
	}{
		{"47193850642", true},
		{"86029173583", true},
		{"39182746512", true},
		{"47193850643", false}, // the key
		{"12345678903", false}, // no digit repeated, the key right
		{"07193850643", false}, // a zero first, the key right
		{"11145678908", false}, // a digit three times in a row, the key right
		{"12315678900", true},  // a digit twice
		{"11112345678", false}, // a digit four times
		{"4719385064", false},  // ten digits
	} {
		if got := validSteuerID([]byte(tt.d)); got != tt.want {
			t.Errorf("validSteuerID(%s) = %v, want %v", tt.d, got, tt.want)
		}
	}
}
