/** Immutable facts read from deal files and the findings rules make about them; depends on nothing else in bubblerisk. */
package dev.bubblerisk.model;
