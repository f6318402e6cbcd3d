package cli

import (
	"errors"

	"github.com/spf13/cobra"
)

// placeholder: replaced by the real command.
func newBatchCmd(s *IOStreams) *cobra.Command {
	return &cobra.Command{Use: "batch", Hidden: true, RunE: func(*cobra.Command, []string) error { return errors.New("not implemented yet") }}
}
