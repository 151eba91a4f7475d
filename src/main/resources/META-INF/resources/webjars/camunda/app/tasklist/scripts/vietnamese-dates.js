// party-review: dates in Camunda Forms read and are typed as dd/mm/yyyy, whatever language the browser is set to.
// form-js 1.8.7 (Tasklist's forms) derives a date field's display and input format, and its placeholder, from
// `new Intl.DateTimeFormat('default')`, the browser's own locale: an English browser shows mm/dd/yyyy. This script
// gives that one call (the default locale, no options) Vietnamese day/month/year with two-digit day and month.
// The value a form submits stays ISO yyyy-mm-dd (form-js serialises the date itself), as the server guard expects.
// Loaded through customScripts in config.js; DateFieldBrowserTest checks it.

const NativeDateTimeFormat = Intl.DateTimeFormat;
const DAY_MONTH_YEAR = { day: '2-digit', month: '2-digit', year: 'numeric' };

function isBrowserDefault(locales, options) {
  return (locales === undefined || locales === 'default') && options === undefined;
}

function VietnameseDateTimeFormat(locales, options) {
  return isBrowserDefault(locales, options)
    ? new NativeDateTimeFormat('vi-VN', DAY_MONTH_YEAR)
    : new NativeDateTimeFormat(locales, options);
}

VietnameseDateTimeFormat.prototype = NativeDateTimeFormat.prototype;
VietnameseDateTimeFormat.supportedLocalesOf = NativeDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = VietnameseDateTimeFormat;

export default [];
