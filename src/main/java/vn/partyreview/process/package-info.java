/**
 * What every model shares: process contracts, JSON process variables and lists, parse listeners added by plugins.
 * {@link vn.partyreview.process.ProcessContract} is the module's entry.
 */
package vn.partyreview.process;
