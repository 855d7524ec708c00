// Collects every Content-Security-Policy violation on the page (Trusted Types included), for the test to read.
window.violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample || '(inline)'}`);
});
