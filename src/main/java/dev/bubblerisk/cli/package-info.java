/** The command line: parses arguments, runs load → engine → score → report, maps failures to exit codes. */
package dev.bubblerisk.cli;
