/** Which alerts a caller may see. */
package fr.sentinelle.api.access;
