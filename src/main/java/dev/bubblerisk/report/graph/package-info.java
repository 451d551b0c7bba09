/** The money-flow graph: companies and the value between them, laid out with ELK and drawn as SVG or DOT. */
package dev.bubblerisk.report.graph;
