/** Inspector actions: checked, then published as commands on the actions topic. */
package fr.sentinelle.api.actions;
