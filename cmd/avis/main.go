// Command avis runs the avis server and its administration tools.
//
//	avis serve      run the HTTP server (API, widget, pages)
//	avis moderate   moderate JSON lines from standard input
//	avis train-model  train the statistical models of abuse and threats
//	avis services   add or list services
//	avis users      manage staff accounts, API tokens and the queue digest
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if errors.Is(err, flag.ErrHelp) {
		return // the flag package has printed the usage
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "avis:", err)
		os.Exit(1)
	}
}

const usage = `usage: avis <command> [flags]

commands:
  serve      run the HTTP server (avis serve -h for its flags)
  moderate   read {"id","text"} JSON lines on stdin, write decisions on stdout
  train-model  train the model of abuse (or --kind threat) on labelled JSON lines
  services   add or list services
  users      add, list or disable moderators, answerers and administrators
  help       show this help

Every flag of serve can also be set by an AVIS_* environment variable
(--trusted-proxies is AVIS_TRUSTED_PROXIES); the flag wins.
`

// run dispatches one command; env reads the environment.
func run(ctx context.Context, args []string, env func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("no command given")
	}
	switch args[0] {
	case "serve":
		return runServe(ctx, args[1:], env, stderr)
	case "services":
		return runServices(ctx, args[1:], env, stdout, stderr)
	case "users":
		return runUsers(ctx, args[1:], env, stdin, stdout, stderr)
	case "moderate":
		return runModerate(ctx, args[1:], stdin, stdout, stderr)
	case "train-model":
		return runTrainModel(ctx, args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", args[0])
}
