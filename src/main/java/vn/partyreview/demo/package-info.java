/**
 * The demo ward loaded through the ordinary import on the {@code demo} profile.
 * {@link vn.partyreview.demo.DemoDataLoader} is the module's entry.
 */
package vn.partyreview.demo;
