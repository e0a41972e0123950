/** Typed service settings, each with its documented default. */
package fr.sentinelle.api.config;
