/**
 * Immutable facts read from deal files and the findings rules make about them, and
 * {@link dev.bubblerisk.model.IdentityList}, by which the engine and the report compare lists of
 * them; depends on nothing else in bubblerisk.
 */
package dev.bubblerisk.model;
