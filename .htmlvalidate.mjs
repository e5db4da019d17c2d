// html-validate config (a module rather than .htmlvalidate.json so each exception can say why).
import { defineConfig } from 'html-validate';

export default defineConfig({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro serialises void elements as <meta/>, <link/>: valid HTML, only a style choice.
    'void-style': 'off',
    // Astro's redirect pages (fix aliases) start with a lowercase <!doctype html>: valid, a style choice.
    'doctype-style': 'off',
    // Starlight's skip-link target is id="_top"; any id without spaces is valid HTML5.
    'valid-id': ['error', { relaxed: true }],
    // Expressive Code renders each code line as a <div> inside <code>; browsers and screen readers handle it.
    'element-permitted-content': 'off',
    // Expressive Code's copy button is named by its title/aria attributes, which axe accepts (0 violations).
    'text-content': 'off',
    // Starlight's menu toggle and Expressive Code's copy button omit type="button"; outside a form it changes nothing.
    'no-implicit-button-type': 'off',
    // Starlight's desktop and mobile tables of contents are two <nav> with the same label, one hidden at a time.
    'unique-landmark': 'off',
    // Code pages are titled with the code's symbolic name (e.g. disconnectReasonAtClientWinsockFDCLOSE): that is what
    // people search for, and shortening it to fit the 70-character search-snippet heuristic would hide it.
    'long-title': 'off',
    // Starlight's <Steps> puts role="list" on its <ol> on purpose: with list-style: none, Safari/VoiceOver drop
    // the list semantics unless the role is explicit.
    'no-redundant-role': 'off',
    // A group of checkboxes shares one name (the selector's symptoms), as HTML forms intend.
    // Named here although html-validate:recommended enables them: the browser a11y checks run on one page per
    // template, so these are what check heading order and image alt text on EVERY page (check-html.mjs).
    // Starlight's "On this page" <h2> (inside its TOC elements) precedes the page's <h1>: a section of its own.
    'heading-level': [
      'error',
      {
        minSectioningRootInitialRank: 'h2',
        sectioningRoots: ['dialog', '[role="dialog"]', '[role="alertdialog"]', 'starlight-toc', 'mobile-starlight-toc'],
      },
    ],
    'empty-heading': 'error',
    'wcag/h37': 'error',
    'wcag/h30': 'error',
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
});
