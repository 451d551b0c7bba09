/** Reads and validates deal files (format v1, YAML or JSON) into a portfolio, reporting every problem with its location. */
package dev.bubblerisk.load;
