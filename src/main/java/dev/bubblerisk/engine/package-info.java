/** Compiles DRL rules and runs them over a portfolio; the only package that touches Drools. */
package dev.bubblerisk.engine;
