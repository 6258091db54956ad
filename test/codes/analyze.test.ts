// Does the article say what a code means and how to resolve it, in its section?
import { describe, expect, it } from 'vitest';
import { analyze, settings, verdict } from './support.js';

const both = { meaning: true, resolution: true };

describe('what it means', () => {
  it.each([
    ['"means"', 'Error 50110 means your IP address is not allowed. Add it to the list.'],
    ['"occurs when"', 'Error 50110 occurs when the IP address is missing. Add it to the list.'],
    ['"is shown because"', 'Error 50110 is shown because the IP address is missing. Add it to the list.'],
    ['"this error is caused by"', 'You may see error 50110. This error is caused by a missing IP address. Add it to the list.'],
    ['a condition', 'If you see error 50110, your IP address is not on the list. Add it.'],
    ['a label', 'Error 50110: IP address not allowed. Add it to the list.'],
    ['the situation that produces it', 'A bot that sends too many requests gets error 50110. Slow it down.'],
    ['the code then when it happens', 'You get error 50110 when your IP address changes. Add the new one.'],
  ])('accepts %s', (_name, text) => {
    expect(verdict(text, '50110')).toEqual(both);
  });

  it('accepts the catalog message in other words', () => {
    const s = settings({ catalog: '"50110":\n  message: Your IP address is not on the allow list for this API key\n' });
    expect(verdict('Error 50110: the API key allow list does not contain your IP address. Add it.', '50110', s)).toEqual(both);
    expect(verdict('You may see error 50110 with this API key and its allow list on your IP address. Add it.', '50110', s).meaning).toBe(true);
    expect(verdict('You may see error 50110. Add it.', '50110', s).meaning).toBe(false);
  });

  it('does not take a question heading as the answer', () => {
    expect(verdict('# Why does it show the error 50110 when binding to third-party software?\n\nSome users reported error 50110.\n', '50110')).toEqual({
      meaning: false,
      resolution: false,
    });
  });

  it('takes a heading that labels the code with its meaning', () => {
    expect(verdict('## 10199 Call rejected as private calling is disabled\n\n- Response code: **10199**\n- Turn on private calls.\n', '10199').meaning).toBe(true);
  });
});

describe('how to resolve it', () => {
  it.each([
    ['steps', 'Error 50110 means X.\n\n1. Open the key.\n2. Save it.\n'],
    ['an imperative', 'Error 50110 means X. Check the allow list of your key.'],
    ['"make sure"', 'Error 50110 means X. Make sure the IP address is right.'],
    ['"go to"', 'Error 50110 means X. Go to **Profile → API**.'],
    ['"to fix it"', 'Error 50110 means X. To fix it, the key needs the address.'],
    ['a link', 'Error 50110 means X. The [allow list guide](https://example.com/guide) helps.'],
    ['contacting support', 'Error 50110 means X. If it persists, contact our support team.'],
    ['an instruction after a condition', 'Error 50110 means X. If that fails, create a new key.'],
  ])('accepts %s', (_name, text) => {
    expect(verdict(text, '50110')).toEqual(both);
  });

  it('accepts a "What to do" column in a table row, and flags a table with meanings only', () => {
    const table = '| Error code | Meaning | What to do |\n| --- | --- | --- |\n| 50110 | IP not allowed | Add the IP |\n| 50111 | Key deleted | |\n';
    expect(verdict(table, '50110')).toEqual(both);
    expect(verdict(table, '50111')).toEqual({ meaning: true, resolution: false });
  });

  it('counts "Cause" and "Resolution" sections for every code of the article', () => {
    const text = '# Outlook error\n\n## Symptoms\n\nYou receive error 50110.\n\n## Cause\n\nThe profile is damaged.\n\n## Resolution\n\n1. Create a new profile.\n';
    expect(verdict(text, '50110')).toEqual(both);
  });
});

describe('sections', () => {
  it('judges a code by its own section, not by a sibling section', () => {
    const text = '# Keys\n\n## Signature\n\nError 50113 means a bad signature. Sign the body you send.\n\n## Other\n\nSome tools report error 50110 after an update.\n';
    expect(verdict(text, '50113')).toEqual(both);
    expect(verdict(text, '50110')).toEqual({ meaning: true, resolution: false });
  });

  it('includes subsections: a section runs to the next heading of the same or higher level', () => {
    const text = '## Error 50110 on login\n\nThe call fails.\n\n### What to try\n\nError 50110 means the IP is missing. Add the IP address.\n\n## Next topic\n\nText.\n';
    expect(verdict(text, '50110')).toEqual(both);
  });

  it('uses the whole article when no heading is above the code', () => {
    expect(verdict('Some tools report error 50110.\n\n## Fix\n\nError codes like this one mean the IP is missing; add it.\n', '50110')).toEqual(both);
  });

  it('does not let one code borrow the explanation of another code in the same section', () => {
    const text = '## Errors\n\nError 50110 means the IP is missing. Add the IP address.\n\nTools also report error 50111.\n';
    expect(verdict(text, '50110')).toEqual(both);
    expect(verdict(text, '50111')).toEqual({ meaning: false, resolution: false });
  });

  it('reports where a code is first named outside code blocks', () => {
    const [report] = analyze('```json\n{ "code": 50110 }\n```\n\nThe call fails with error 50110.\n').codes;
    expect(report!.anchor?.span.start.line).toBe(5);
  });
});

describe('quoted error messages', () => {
  it('takes the quoted message next to the code as what it means, in prose or in a question heading', () => {
    expect(verdict('You receive the error "We couldn\'t connect you" with code 12029. Restart the app.', '12029')).toEqual(both);
    expect(verdict("## What should I do if I get the error 'Insufficient balance' (error 51008)?\n\nMake sure you have enough funds.\n", '51008')).toEqual(both);
  });
});

describe('FAQ articles', () => {
  it('does not let an unrelated "Why …?" question explain every code of the article', () => {
    const text = "# Deposit FAQ\n\n## Why hasn't my deposit arrived?\n\nDeposits need 12 confirmations.\n\n## Withdrawal errors\n\nError 58207 shows up too.\n";
    expect(verdict(text, '58207')).toEqual({ meaning: false, resolution: false });
    expect(verdict(text.replace("Why hasn't my deposit arrived?", 'Why does the error appear?'), '58207').meaning).toBe(true);
  });

  it('takes "please try again" in a table row as the fix', () => {
    const table = '| Error code | Message |\n| --- | --- |\n| 50001 | Service unavailable, please try again later |\n| 50000 | Body can not be empty |\n';
    expect(verdict(table, '50001')).toEqual(both);
    expect(verdict(table, '50000')).toEqual({ meaning: true, resolution: false });
  });
});

describe('instructions are not explanations', () => {
  it('does not take "If you see error X, please contact us" as saying what X means', () => {
    expect(verdict('If you get error code 51000, please contact us.', '51000')).toEqual({ meaning: false, resolution: true });
    expect(verdict('If you see error 51000, try again later.', '51000')).toEqual({ meaning: false, resolution: true });
    expect(verdict('Error 51000 occurred. Please try again later.', '51000')).toEqual({ meaning: false, resolution: true });
    expect(verdict('If you see error 51000, a parameter is missing. Please try again.', '51000')).toEqual(both);
  });
});
