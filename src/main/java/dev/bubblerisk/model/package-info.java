/**
 * Immutable facts read from deal files and the findings rules make about them, and
 * {@link dev.bubblerisk.model.IdentityList}, by which the engine and the report compare lists of
 * them, and {@link dev.bubblerisk.model.InOrder}, by which the engine and the score card sort
 * them; depends on nothing else in bubblerisk.
 */
package dev.bubblerisk.model;
