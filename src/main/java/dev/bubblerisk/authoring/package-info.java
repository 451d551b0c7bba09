/** Tools for rule authors: rule scenario files and the runner that checks rules against them. */
package dev.bubblerisk.authoring;
