// How much text the error-code analysis has looked at in this process. The
// analysis must stay linear in its input (a section may mention one code
// thousands of times); test/codes/linear.test.ts checks it by these counts,
// never by timing.
export const codeWork = {
  /** Text units handed to the meaning/resolution checks. */
  unitsJudged: 0,
  /** Characters of sentence context cut around code candidates. */
  contextChars: 0,
};
