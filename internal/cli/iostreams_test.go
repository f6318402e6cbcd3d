package cli

import "testing"

func TestColor(t *testing.T) {
	tests := []struct {
		tty     bool
		noColor string
		want    bool
	}{
		{true, "", true},
		{true, "1", false},
		{false, "", false},
		{false, "1", false},
	}
	for _, tt := range tests {
		t.Setenv("NO_COLOR", tt.noColor)
		s := &IOStreams{StdoutTTY: tt.tty}
		if got := s.Color(); got != tt.want {
			t.Errorf("tty %v, NO_COLOR=%q: Color() = %v, want %v", tt.tty, tt.noColor, got, tt.want)
		}
	}
}
