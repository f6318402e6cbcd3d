package normalize

import "testing"

func TestKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Moscú", "Moscú"},
		{"Mosc\u0075\u0301", "Moscú"},
		{"O\u2019Donnell", "O'Donnell"},
		{"Jong\u2011un", "Jong-un"},
		{"Vla\u00ADdi\u00ADvos\u00ADtok", "Vladivostok"},
		{"Nueva\u00A0York", "Nueva York"},
		{"plain ascii", "plain ascii"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Key(tt.in); got != tt.want {
			t.Errorf("Key(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestKeyASCIIDoesNotAllocate(t *testing.T) {
	s := "Vladivostok"
	if n := testing.AllocsPerRun(100, func() { _ = Key(s) }); n != 0 {
		t.Errorf("Key allocated %v times on ASCII input", n)
	}
}
