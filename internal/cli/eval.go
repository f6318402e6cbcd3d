package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// placeholder: replaced by the real command.
func newEvalCmd(s *IOStreams) *cobra.Command {
	return &cobra.Command{Use: "eval", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("not implemented yet") }}
}
