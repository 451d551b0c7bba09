/** The arithmetic on findings: sum, clamp, band and ranking, in plain Java. */
package dev.bubblerisk.score;
