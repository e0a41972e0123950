/** Command-line tools of the alert service: minting access tokens. */
package fr.sentinelle.api.cli;
