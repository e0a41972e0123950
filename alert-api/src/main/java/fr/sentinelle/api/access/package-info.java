/** Who may see and do what: token roles and claims, the signing key, and the scope of a caller. */
package fr.sentinelle.api.access;
