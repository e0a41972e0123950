/** Cases: the alerts of one detector about one subject, and the inspectors' actions on them, folded into one state. */
package fr.sentinelle.api.cases;
