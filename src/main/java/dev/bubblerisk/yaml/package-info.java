/** Reads YAML and JSON into a tree that remembers every line and column, and walks its mappings field by field. */
package dev.bubblerisk.yaml;
