/** What DRL rules see besides the input facts: derived roles, the findings global and sentence helpers. */
package dev.bubblerisk.ruleapi;
